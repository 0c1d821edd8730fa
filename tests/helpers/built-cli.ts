/**
 * CLI tests run the built binary as a user would. Other people rebuild dist/ while tests run (the build
 * starts with rm -rf dist), so these tests build the same Node entries with the same tool (tsup,
 * node20, ESM) into a private directory, once per change of the sources, under a lock, and swap it in
 * whole.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildCliInto } from '../../scripts/build-cli.js';

export const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, 'node_modules/.cache/bla-check-cli-test');
const BUILD = join(CACHE, 'dist');
export const CLI = join(BUILD, 'cli.js');
const STAMP = join(BUILD, 'built-at');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name !== 'rules-data.ts') newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The build's recipe counts as a source: a change to how it bundles must rebuild too. */
const RECIPE = ['scripts/build-cli.ts', 'scripts/tsup-cli.config.ts'].map((f) => join(ROOT, f));
const sourcesChangedAt = () => Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'rules')), ...RECIPE.map((f) => statSync(f).mtimeMs));
const fresh = () => existsSync(STAMP) && Number(readFileSync(STAMP, 'utf8')) >= sourcesChangedAt();

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function build(): void {
  const startedAt = Date.now();
  const out = join(CACHE, `build-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  buildCliInto(out);
  writeFileSync(join(out, 'built-at'), String(startedAt));
  rmSync(BUILD, { recursive: true, force: true });
  renameSync(out, BUILD);
}

/** Build once per change of src/ or rules/; parallel test files wait for one another. */
export function ensureBuilt(): string {
  if (fresh()) return CLI;
  mkdirSync(CACHE, { recursive: true });
  const lock = join(tmpdir(), `bla-check-cli-test-${Buffer.from(ROOT).toString('hex').slice(-24)}`);
  for (let waited = 0; ; waited += 200) {
    try { mkdirSync(lock); break; } catch { if (waited > 180_000) throw new Error(`build lock ${lock} held too long`); sleep(200); }
  }
  try {
    if (!fresh()) build();
  } finally {
    rmdirSync(lock);
  }
  return CLI;
}

export interface RunResult { code: number; stdout: string; stderr: string }

export function runCli(args: string[], opts: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
