/**
 * Files into bytes for ingest, in Node: a path or "-" for stdin, glob patterns, and `ingestFile`, which
 * reads DOCX files on a worker thread with a memory cap (a zip bomb then fails alone, never the process).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ingest } from '../ingest/index.js';
import { IngestError, ingestErrorCodes, type Document, type DocxExtractor, type IngestErrorCode, type IngestOptions } from '../ingest/types.js';
import { defaultLimits } from '../ingest/limits.js';
import type { Io } from './io.js';
import type { DocxJob, DocxReply } from './docx-worker.js';
import { pdfHelper, SHORT_RUN } from './pdf-helper.js';

/** A file that cannot be read at all (before its contents are looked at). */
export class InputError extends Error {
  readonly code: 'FILE_NOT_FOUND' | 'NOT_A_FILE' | 'READ_FAILED';
  constructor(code: InputError['code'], message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

/**
 * What `work` on one input gives, or its error marked with that input (the path as given, or
 * "stdin"), so that the error's line on stderr names the file as `check` does: `compare` reads two,
 * and "the file is empty" must say which.
 */
export function aboutInput<T>(pathOrDash: string, work: Promise<T>): Promise<T> {
  return work.catch((err: unknown) => {
    const coded = err as (Error & { code?: unknown; source?: string }) | undefined;
    if (coded instanceof Error && typeof coded.code === 'string' && coded.code !== 'USAGE') coded.source ??= pathOrDash === '-' ? 'stdin' : pathOrDash;
    throw err;
  });
}

export interface Input {
  /** The name reports use: the path as given, or "stdin". */
  source: string;
  data: Uint8Array;
}

/** Read one input: a file path (relative to `io.cwd`) or "-" for standard input. */
export async function readInput(pathOrDash: string, io?: Pick<Io, 'cwd' | 'readStdin'>, maxBytes = defaultLimits.maxBytes): Promise<Input> {
  if (pathOrDash === '-') {
    if (!io) throw new InputError('READ_FAILED', 'reading standard input needs an Io');
    return { source: 'stdin', data: await io.readStdin() };
  }
  const full = resolve(io?.cwd ?? process.cwd(), pathOrDash);
  const info = await stat(full).catch(() => undefined);
  if (!info) throw new InputError('FILE_NOT_FOUND', `no such file: ${pathOrDash}`);
  if (info.isDirectory()) throw new InputError('NOT_A_FILE', `${pathOrDash} is a folder, not a file`);
  if (!info.isFile()) throw new InputError('NOT_A_FILE', `not a file: ${pathOrDash}`);
  // Refuse before reading: a 10 GB file should not be loaded only to be refused.
  if (info.size > maxBytes) throw new IngestError('TOO_LARGE', `the file has ${info.size} bytes; the limit is ${maxBytes}`);
  try {
    return { source: pathOrDash, data: new Uint8Array(await readFile(full)) };
  } catch (err) {
    throw new InputError('READ_FAILED', `cannot read ${pathOrDash}: ${(err as Error).message}`);
  }
}

// ---- globs --------------------------------------------------------------------------------------

const GLOB_CHARS = /[*?]/;

/** `*` and `?` within one path segment, `**` across any number of segments (none included). */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files below `dir`, skipping hidden folders and node_modules, as posix paths relative to `dir`. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(join(dir, e.name), rel)));
    else if (e.isFile() || (e.isSymbolicLink() && (await linksToFile(join(dir, e.name))))) out.push(rel);
  }
  return out;
}

/**
 * A link to a file counts as the file (corpora are often folders of links); links to folders are not
 * followed, so a link back up the tree cannot make the walk endless.
 */
async function linksToFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const posix = pattern.split(sep).join('/');
  const segments = posix.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, firstGlob).join('/');
  const baseDir = resolve(cwd, base || '.');
  const re = globToRegExp(segments.slice(firstGlob).join('/'));
  const found = (await listFiles(baseDir)).filter((f) => re.test(f));
  // Answer in the pattern's own terms: relative patterns give relative paths, absolute ones absolute.
  return found.map((f) => (isAbsolute(pattern) ? join(baseDir, f) : relative(cwd, join(baseDir, f)) || f));
}

/**
 * Patterns → file paths, in argument order, each once. "-" and plain paths pass through; a pattern that
 * matches nothing is kept as written so that reading it reports FILE_NOT_FOUND under the user's own words.
 */
export async function expandInputs(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const matches = pattern !== '-' && GLOB_CHARS.test(pattern) ? await expandPattern(pattern, cwd) : [];
    for (const p of matches.length ? matches : [pattern]) if (!out.includes(p)) out.push(p);
  }
  return out;
}

// ---- DOCX on a worker thread --------------------------------------------------------------------

export interface DocxWorkerSettings {
  /** Heap cap of the worker, in MB. Default 512: a real agreement needs a few tens. */
  memoryMb?: number;
}

/** This module's own location, in the ESM and the CJS builds alike. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}

/** The built worker next to the bundle; from sources (tests, tsx), the .ts file loaded through tsx. */
function spawnDocxWorker(job: DocxJob, memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 };
  const built = new URL('./docx-worker.js', here());
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: job, resourceLimits });
  const source = new URL('./docx-worker.ts', here()).href;
  const tsx = tsxEsmApi();
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData: job, resourceLimits });
}

/** tsx's ESM register API (require.resolve would give its CJS twin, which cannot load .ts modules here). */
function tsxEsmApi(): string {
  const manifest = createRequire(here()).resolve('tsx/package.json');
  const exported = JSON.parse(readFileSync(manifest, 'utf8')).exports['./esm/api'].import.default as string;
  return pathToFileURL(join(dirname(manifest), exported)).href;
}

/**
 * Keep what reaches mammoth well under the worker's cap, because V8 does not always stop an out-of-memory
 * worker cleanly (it can abort the whole process). Measured: ~2 kB of heap per XML element; a part's text
 * takes up to 2 bytes per byte.
 */
function fitToMemory(memoryMb: number): { maxPartBytes: number; maxElements: number } {
  const heap = memoryMb * 1048576;
  return { maxPartBytes: Math.floor(heap / 4), maxElements: Math.floor(heap / 2048) };
}

const isIngestCode = (code: unknown): code is IngestErrorCode => ingestErrorCodes.includes(code as IngestErrorCode);

/** A DocxExtractor that runs mammoth on a worker thread: out of memory → ZIP_BOMB, too slow → TIMEOUT. */
export function docxInWorker(settings: DocxWorkerSettings = {}): DocxExtractor {
  const memoryMb = settings.memoryMb ?? 512;
  return (bytes, limits) =>
    new Promise((resolvePromise, reject) => {
      const worker = spawnDocxWorker({ kind: 'bla-check-docx', bytes, limits: { ...limits, ...fitToMemory(memoryMb) } }, memoryMb);
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        fn();
      };
      const timer = setTimeout(
        () => settle(() => reject(new IngestError('TIMEOUT', `reading the DOCX took longer than ${limits.timeoutMs} ms and was stopped`))),
        limits.timeoutMs,
      );
      worker.once('message', (reply: DocxReply) =>
        settle(() => (reply.ok ? resolvePromise(reply.content) : reject(new IngestError(isIngestCode(reply.code) ? reply.code : 'CORRUPT_DOCX', reply.message)))),
      );
      worker.once('error', (err: Error & { code?: string }) =>
        settle(() =>
          reject(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new IngestError('ZIP_BOMB', 'the DOCX unpacks to more than the reader may hold in memory (a zip bomb?)')
              : new IngestError('CORRUPT_DOCX', `the DOCX cannot be read (${err.message.split('\n')[0]})`),
          ),
        ),
      );
      worker.once('exit', () => settle(() => reject(new IngestError('CORRUPT_DOCX', 'the DOCX reader stopped without an answer'))));
    });
}

export interface IngestFileOptions extends IngestOptions {
  docxWorker?: DocxWorkerSettings;
}

/** Read and ingest one file (or "-"), DOCX on a worker thread, a long PDF with a helper thread. */
export async function ingestFile(path: string, options: IngestFileOptions = {}, io?: Pick<Io, 'cwd' | 'readStdin'>): Promise<Document> {
  const { docxWorker, ...ingestOptions } = options;
  const input = await readInput(path, io, options.maxBytes ?? defaultLimits.maxBytes);
  return ingest(input.data, input.source, { extractDocx: docxInWorker(docxWorker), sharePdfPages: pdfHelper(SHORT_RUN), ...ingestOptions });
}
