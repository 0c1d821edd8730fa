/**
 * Checks many documents in parallel. The main thread compiles the pack once and checks documents
 * itself; `jobs - 1` worker threads start at once (they load while the pack compiles), receive the
 * compiled pack instead of compiling it again, and check documents from the same queue. Each worker
 * holds two documents, the one it checks and the next, so it never waits for a busy main thread.
 * A worker that dies fails only the document it was checking and is replaced; the one it held next
 * goes back to the queue. Small batches, a single job, or no built worker file (running from
 * sources): every document is checked in this thread.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, type CheckOptions, type Prepared } from '../core.js';
import { toPortable, type PortablePack } from '../rules/index.js';
import { checkTask, WORKER_KIND, type CheckOutcome, type CheckTask, type ToWorker } from './check-worker.js';

export type { CheckOutcome, CheckTask } from './check-worker.js';

export interface PoolOptions {
  jobs: number;
  options: CheckOptions;
  /** Called as each document finishes, in completion order. */
  onDone?: (outcome: CheckOutcome, task: CheckTask) => void;
  /** Override where the worker script lives (tests). */
  workerFile?: string;
  /**
   * Documents per worker thread below which one is not started: starting a worker costs about as
   * much as checking a few documents (default MIN_TASKS_PER_WORKER).
   */
  minTasksPerWorker?: number;
}

export const MIN_TASKS_PER_WORKER = 8;

/** Documents a worker holds at once: the one it is checking and the next. */
const HELD = 2;

/** dist/check-worker.js next to the running bundle, if it exists. */
export function defaultWorkerFile(): string | undefined {
  try {
    const file = fileURLToPath(new URL('./check-worker.js', import.meta.url));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined; // CommonJS build or unusual loader: stay in-process
  }
}

async function runInProcess(tasks: CheckTask[], pool: PoolOptions): Promise<CheckOutcome[]> {
  // Compiled on the first readable document (prepare caches it): unreadable files are refused at once.
  let compiled: Prepared | undefined;
  const prepared = () => (compiled ??= prepare(pool.options));
  const out: CheckOutcome[] = [];
  for (const task of tasks) {
    const outcome = await checkTask(task, pool.options, prepared);
    out.push(outcome);
    pool.onDone?.(outcome, task);
  }
  return out;
}

/** The shared queue and the outcomes, which settle once every task has one. */
class Batch {
  private readonly queue: CheckTask[];
  private readonly results = new Map<number, CheckOutcome>();
  private settle!: (outcomes: CheckOutcome[]) => void;
  readonly done = new Promise<CheckOutcome[]>((resolve) => (this.settle = resolve));
  closed = false;

  constructor(private readonly tasks: CheckTask[], private readonly onDone: PoolOptions['onDone']) {
    this.queue = [...tasks];
  }

  take(): CheckTask | undefined {
    return this.closed ? undefined : this.queue.shift();
  }

  /** Tasks a dead worker held but had not started: first in line again. */
  giveBack(tasks: CheckTask[]): void {
    this.queue.unshift(...tasks);
  }

  get waiting(): number {
    return this.queue.length;
  }

  finish(task: CheckTask, outcome: CheckOutcome): void {
    this.results.set(task.id, outcome);
    this.onDone?.(outcome, task);
    if (this.results.size === this.tasks.length) this.settle(this.tasks.map((t) => this.results.get(t.id)!));
  }
}

/** Options as a worker needs them: the pack travels compiled, once, in its own message. */
function workerOptions(options: CheckOptions): CheckOptions {
  return { ...options, pack: undefined, lexicons: undefined };
}

/** A worker thread fed from the batch; `send` hands it the compiled pack and its first documents. */
function startWorker(file: string, batch: Batch, options: CheckOptions, replace: () => void): { send: (pack: PortablePack) => void; stop: () => void } {
  const worker = new Worker(file, { workerData: { kind: WORKER_KIND, options: workerOptions(options) } });
  const held: CheckTask[] = [];
  let failed = false;
  const post = (message: ToWorker) => worker.postMessage(message);
  const fill = () => {
    for (let task = held.length < HELD ? batch.take() : undefined; task; task = held.length < HELD ? batch.take() : undefined) {
      held.push(task);
      post({ type: 'task', task });
    }
    if (!held.length) void worker.terminate();
  };
  worker.on('message', (outcome: CheckOutcome) => {
    batch.finish(held.shift()!, outcome);
    fill();
  });
  worker.on('error', (err) => {
    failed = true;
    const task = held.shift();
    if (task) batch.finish(task, { id: task.id, ok: false, code: 'WORKER_FAILED', message: String(err?.message ?? err).split('\n')[0] });
  });
  worker.on('exit', () => {
    // Documents are checked in the order sent, so the first held is the one the worker died on.
    const current = failed ? undefined : held.shift();
    const next = held.splice(0);
    if (current) batch.finish(current, { id: current.id, ok: false, code: 'WORKER_FAILED', message: 'the worker checking this file stopped' });
    batch.giveBack(next);
    if (batch.waiting && !batch.closed) replace();
  });
  return {
    send: (pack) => {
      post({ type: 'pack', pack });
      fill();
    },
    stop: () => void worker.terminate(),
  };
}

/** The main thread's share: the next document whenever it is free, letting worker replies in between. */
async function checkOwnShare(batch: Batch, options: CheckOptions, prepared: Prepared): Promise<void> {
  for (let task = batch.take(); task; task = batch.take()) {
    batch.finish(task, await checkTask(task, options, prepared));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function runShared(tasks: CheckTask[], file: string, workers: number, pool: PoolOptions): Promise<CheckOutcome[]> {
  const batch = new Batch(tasks, pool.onDone);
  let pack: PortablePack | undefined;
  const start = () => {
    const worker = startWorker(file, batch, pool.options, start);
    if (pack) worker.send(pack);
    return worker;
  };
  // Started before the compile, so their start-up overlaps it.
  const started = Array.from({ length: workers }, start);
  let prepared: Prepared;
  try {
    prepared = prepare(pool.options);
    pack = toPortable(prepared.compiled);
  } catch (err) {
    batch.closed = true;
    for (const w of started) w.stop();
    throw err;
  }
  for (const w of started) w.send(pack);
  await checkOwnShare(batch, pool.options, prepared);
  return batch.done;
}

/** Check every task; the result array is in task order whatever the completion order. */
export async function checkAll(tasks: CheckTask[], pool: PoolOptions): Promise<CheckOutcome[]> {
  if (!tasks.length) return [];
  const file = pool.workerFile ?? defaultWorkerFile();
  const workers = Math.min(pool.jobs - 1, Math.floor(tasks.length / (pool.minTasksPerWorker ?? MIN_TASKS_PER_WORKER)));
  if (!file || workers < 1) return runInProcess(tasks, pool);
  return runShared(tasks, file, workers, pool);
}
