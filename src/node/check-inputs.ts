/**
 * Turning command-line arguments into inputs: files, globs, directories and `-` for stdin.
 * Kept small and behind two functions so it can give way to src/node/read.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface InputRef {
  /** Name shown in reports: the argument as given, or the path relative to cwd for glob matches. */
  source: string;
  /** Absolute path, absent for stdin. */
  path?: string;
  stdin?: boolean;
}

export interface InputProblem {
  source: string;
  code: string;
  message: string;
}

const GLOB = /[*?[\]{}]/;

/** `*`, `?`, `[...]`, `{a,b}` within a segment and `**` across segments. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') { const end = glob.indexOf('}', i); re += `(${glob.slice(i + 1, end).split(',').map(escapeRe).join('|')})`; i = end; }
    else if (c === '[') { const end = glob.indexOf(']', i); re += glob.slice(i, end + 1); i = end; }
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^$()|\\/]/g, (c) => `\\${c}`);
}

async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const toPosix = (p: string) => p.split(sep).join('/');

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !GLOB.test(parts[0])) fixed.push(parts.shift()!);
  const base = resolve(cwd, fixed.join('/') || '.');
  const re = globToRegExp(parts.join('/'));
  const files = await walk(base).catch(() => []);
  return files.filter((f) => re.test(toPosix(relative(base, f)))).sort();
}

/** Files to check, in argument order; arguments that match nothing come back as problems. */
export async function expandInputs(args: string[], cwd: string): Promise<{ inputs: InputRef[]; problems: InputProblem[] }> {
  const inputs: InputRef[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-') { inputs.push({ source: 'stdin', stdin: true }); continue; }
    const full = isAbsolute(arg) ? arg : resolve(cwd, arg);
    const info = await stat(full).catch(() => undefined);
    if (info?.isFile()) inputs.push({ source: arg, path: full });
    else if (info?.isDirectory()) for (const f of await walk(full)) inputs.push({ source: relative(cwd, f) || basename(f), path: f });
    else if (GLOB.test(arg)) {
      const found = await expandGlob(arg, cwd);
      if (!found.length) problems.push({ source: arg, code: 'NOT_FOUND', message: 'no file matches this pattern' });
      for (const f of found) inputs.push({ source: relative(cwd, f), path: f });
    } else problems.push({ source: arg, code: 'NOT_FOUND', message: 'no such file' });
  }
  return { inputs, problems };
}

export async function readInputBytes(input: InputRef, readStdin: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (input.stdin) return readStdin();
  return new Uint8Array(await readFile(input.path!));
}
