/**
 * Checks many documents in parallel: this thread and `jobs - 1` worker threads take the documents of
 * one shared list, each claiming the next unclaimed one itself (src/node/claims.ts), so no thread
 * waits for another to hand it work. The built-in pack comes precompiled from the build
 * (src/node/precompiled.ts), which every thread reads itself, so workers start checking while this
 * one is still starting (the first may have started with the program, src/node/prestart.ts); another
 * pack is compiled here once, while the workers load, and posted to them as its laid-out tables. Each
 * outcome goes to the caller as it comes and is not kept here. A worker that dies fails only the
 * document it was checking and is replaced while documents are left. Small batches, a single job, or
 * no built worker file (running from sources): every document is checked in this thread, which then
 * reads a long PDF with a helper thread unless told to use one job (src/node/pdf-helper.ts).
 */
import { Worker } from 'node:worker_threads';
import type { CheckOptions, Prepared } from '../core.js';
import { toPortable } from '../rules/index.js';
import { checkTask, WORKER_KIND, type CheckHow, type CheckOutcome, type CheckTask, type FromWorker, type WorkerStart } from './check-worker.js';
import { anyUnclaimed, claimedBy, claimNext, closeClaims, createClaims, type SharedClaims } from './claims.js';
import { builtinIdOf, loadPrecompiled, prepareFor } from './precompiled.js';
import { defaultWorkerFile, MIN_TASKS_PER_WORKER, releasePrestarted, takePrestarted } from './prestart.js';
import { pdfHelper, SHORT_RUN } from './pdf-helper.js';

export { defaultWorkerFile, MIN_TASKS_PER_WORKER } from './prestart.js';

export type { CheckOutcome, CheckTask, RenderedDocument } from './check-worker.js';

export interface PoolOptions extends CheckHow {
  jobs: number;
  /** Called as each document finishes, in completion order. */
  onDone?: (outcome: CheckOutcome, task: CheckTask) => void;
  /** Override where the worker script lives (tests). */
  workerFile?: string;
  /** Override where the PDF page helper's script lives (tests); src/node/pdf-helper.ts. */
  pdfWorkerFile?: string;
  /**
   * Documents per worker thread below which one is not started: starting a worker costs about as
   * much as checking a few documents (default MIN_TASKS_PER_WORKER).
   */
  minTasksPerWorker?: number;
}

/** The main thread's number in the claims; workers get 2, 3, ... (a replacement gets a new one). */
const MAIN_THREAD = 1;

async function runInProcess(tasks: CheckTask[], pool: PoolOptions): Promise<void> {
  // Compiled on the first readable document (prepare caches it): unreadable files are refused at once.
  let compiled: Prepared | undefined;
  const prepared = () => (compiled ??= prepareFor(pool.options));
  // One document at a time here: a long PDF may take a second core to read.
  const sharePdfPages = pool.jobs > 1 ? pdfHelper({ ...SHORT_RUN, workerFile: pool.pdfWorkerFile }) : undefined;
  for (const task of tasks) pool.onDone?.(await checkTask(task, pool, prepared, sharePdfPages), task);
}

/**
 * Which documents have an outcome; settles once every one has. Outcomes go to `onDone` and are not
 * kept: a batch of thousands must not hold every report until the last.
 */
class Batch {
  readonly claims: SharedClaims;
  private readonly finished: Uint8Array;
  private count = 0;
  private settle!: () => void;
  readonly done = new Promise<void>((resolve) => (this.settle = resolve));

  constructor(readonly tasks: CheckTask[], private readonly onDone: PoolOptions['onDone']) {
    this.claims = createClaims(tasks.length);
    this.finished = new Uint8Array(tasks.length);
  }

  finish(index: number, outcome: CheckOutcome): void {
    if (this.finished[index]) return;
    this.finished[index] = 1;
    this.count++;
    this.onDone?.(outcome, this.tasks[index]);
    if (this.count === this.tasks.length) this.settle();
  }

  /** Fail a dead worker's claimed document that has no outcome, the one it was checking; false if none. */
  failClaimed(thread: number, message: string): boolean {
    const unfinished = claimedBy(this.claims, thread).filter((i) => !this.finished[i]);
    for (const i of unfinished) this.finish(i, { id: this.tasks[i].id, ok: false, code: 'WORKER_FAILED', message });
    return unfinished.length > 0;
  }
}

/** Options as a worker needs them: the pack is read precompiled or posted compiled, once. */
function workerOptions(options: CheckOptions): CheckOptions {
  return { ...options, pack: undefined, lexicons: undefined };
}

interface Started { worker: Worker; stop: () => void }

/**
 * A worker thread checking the batch's documents alongside this one. One that dies on a document is
 * replaced while documents are left; one that dies before its first (it cannot start) is not, and
 * the other threads check the rest.
 */
function startWorker(file: string, batch: Batch, start: Omit<WorkerStart, 'thread'>, thread: number, replace: () => void): Started {
  const prestarted = thread === MAIN_THREAD + 1 ? takePrestarted(file) : undefined;
  prestarted?.postMessage({ ...start, thread } satisfies WorkerStart);
  const worker = prestarted ?? new Worker(file, { workerData: { ...start, thread } satisfies WorkerStart });
  let failure = 'the worker checking this file stopped';
  worker.on('message', ({ index, outcome }: FromWorker) => batch.finish(index, outcome));
  worker.on('error', (err) => { failure = String(err?.message ?? err).split('\n')[0]; });
  worker.on('exit', () => {
    // Messages it posted before it stopped have been delivered: a claimed document without an outcome is the one it died on.
    if (batch.failClaimed(thread, failure) && anyUnclaimed(batch.claims)) replace();
  });
  return { worker, stop: () => void worker.terminate() };
}

/** The main thread's share: the next document whenever it is free, letting worker replies in between. */
async function checkOwnShare(batch: Batch, how: CheckHow, prepared: Prepared): Promise<void> {
  for (let i = claimNext(batch.claims, MAIN_THREAD); i >= 0; i = claimNext(batch.claims, MAIN_THREAD)) {
    batch.finish(i, await checkTask(batch.tasks[i], how, prepared));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function runShared(tasks: CheckTask[], file: string, workers: number, pool: PoolOptions): Promise<void> {
  const batch = new Batch(tasks, pool.onDone);
  const builtin = builtinIdOf(pool.options);
  const start: Omit<WorkerStart, 'thread'> = { kind: WORKER_KIND, options: workerOptions(pool.options), sections: pool.sections, tasks, claims: batch.claims, builtin };
  let portable: ReturnType<typeof toPortable> | undefined;
  let threads = MAIN_THREAD;
  const launch = (): Started => {
    const started = startWorker(file, batch, start, ++threads, launch);
    if (portable) started.worker.postMessage(portable);
    return started;
  };
  // Started first: they load (and read a precompiled pack) while this thread prepares its own.
  const started = Array.from({ length: workers }, launch);
  let prepared: Prepared;
  try {
    prepared = prepareFor(pool.options);
    if (builtin === undefined) portable = toPortable(prepared.compiled);
  } catch (err) {
    closeClaims(batch.claims);
    for (const w of started) w.stop();
    throw err;
  }
  if (portable) for (const w of started) w.worker.postMessage(portable);
  await checkOwnShare(batch, pool, prepared);
  return batch.done;
}

/**
 * Check every task, handing each outcome to `onDone` as it comes (in completion order, not task order)
 * and keeping none: the caller decides what to hold.
 */
export async function checkEach(tasks: CheckTask[], pool: PoolOptions): Promise<void> {
  if (!tasks.length) return;
  loadPrecompiled(); // before the first ingest, whose language detection needs the lexicons
  const file = pool.workerFile ?? defaultWorkerFile();
  const workers = Math.min(pool.jobs - 1, Math.floor(tasks.length / (pool.minTasksPerWorker ?? MIN_TASKS_PER_WORKER)));
  if (!file || workers < 1) {
    releasePrestarted();
    return runInProcess(tasks, pool);
  }
  return runShared(tasks, file, workers, pool);
}

/** Check every task; the result array is in task order whatever the completion order. */
export async function checkAll(tasks: CheckTask[], pool: PoolOptions): Promise<CheckOutcome[]> {
  const outcomes = new Array<CheckOutcome>(tasks.length);
  const position = new Map(tasks.map((task, i) => [task, i]));
  await checkEach(tasks, { ...pool, onDone: (outcome, task) => { outcomes[position.get(task)!] = outcome; pool.onDone?.(outcome, task); } });
  return outcomes;
}
