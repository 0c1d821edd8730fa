/**
 * `bla-check check` on a batch starts its first worker thread before it loads the rest of the
 * program: the worker loads the same modules and the precompiled pack (about 0.4 s) on another core
 * while this thread loads them and lists the inputs, instead of only after. The pool takes it over,
 * or ends it when the batch turns out to need no worker. Only node built-ins here: this module is
 * loaded first.
 */
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFlags } from './commands/check-flags.js';
import { builtFile } from './built-file.js';

export const WORKER_KIND = 'bla-check-check';

/**
 * Documents per worker thread below which one is not started: starting a worker costs about as
 * much as checking a few documents.
 */
export const MIN_TASKS_PER_WORKER = 8;

/** dist/check-worker.js next to the running bundle, if it exists (otherwise batches stay in-process). */
export function defaultWorkerFile(): string | undefined {
  return builtFile('check-worker.js');
}

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** `check` arguments that will likely start workers: more than one job, and a directory, a glob or many files. */
export function looksLikeBatch(args: string[], cwd: string): boolean {
  let parsed;
  try {
    parsed = parseArgs({ args, options: checkFlags, allowPositionals: true, strict: false });
  } catch {
    return false;
  }
  if (args.includes('--help') || args.includes('-h')) return false;
  const jobs = parsed.values.jobs === undefined ? availableParallelism() : Number(parsed.values.jobs);
  if (!(jobs >= 2)) return false;
  const inputs = parsed.positionals.filter((p) => p !== '-');
  return inputs.length >= MIN_TASKS_PER_WORKER || inputs.some((p) => /[*?[\]{}]/.test(p) || isDirectory(resolve(cwd, p)));
}

let prestarted: { file: string; worker: Worker } | undefined;

/** Start the first check worker now if `check` with these arguments will likely want one. */
export function prestartCheckWorker(args: string[], cwd: string): void {
  const file = defaultWorkerFile();
  if (!file || !looksLikeBatch(args, cwd)) return;
  const worker = new Worker(file, { workerData: { kind: WORKER_KIND } });
  worker.unref(); // never what keeps the process alive: the pool refs it when it takes it over
  worker.on('error', () => {}); // one that cannot start is not taken; the pool starts its own
  worker.once('exit', () => { if (prestarted?.worker === worker) prestarted = undefined; });
  prestarted = { file, worker };
}

/** The prestarted worker, still running, if it runs `file`: the caller owns it from now on. */
export function takePrestarted(file: string): Worker | undefined {
  if (prestarted?.file !== file) return void releasePrestarted();
  const { worker } = prestarted;
  prestarted = undefined;
  worker.ref();
  return worker;
}

/** End a prestarted worker the batch did not need. */
export function releasePrestarted(): void {
  void prestarted?.worker.terminate();
  prestarted = undefined;
}
