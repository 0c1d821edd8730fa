/**
 * Checks many documents on worker threads. Each worker prepares the pack once and takes the next
 * document as soon as it is free, so a batch keeps every core busy. A worker that dies fails only the
 * document it held and is replaced. Without the built worker file (running from sources), or for a
 * single document, documents are checked in this thread.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, type CheckOptions, type Prepared } from '../core.js';
import { checkTask, type CheckOutcome, type CheckTask } from './check-worker.js';

export type { CheckOutcome, CheckTask } from './check-worker.js';

export interface PoolOptions {
  jobs: number;
  options: CheckOptions;
  /** Called as each document finishes, in completion order. */
  onDone?: (outcome: CheckOutcome, task: CheckTask) => void;
  /** Override where the worker script lives (tests). */
  workerFile?: string;
}

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

function runOnWorkers(tasks: CheckTask[], file: string, pool: PoolOptions): Promise<CheckOutcome[]> {
  const results = new Map<number, CheckOutcome>();
  const queue = [...tasks];
  const size = Math.min(pool.jobs, tasks.length);
  return new Promise((resolveAll) => {
    let live = 0;
    const finish = (task: CheckTask, outcome: CheckOutcome) => {
      results.set(task.id, outcome);
      pool.onDone?.(outcome, task);
      if (results.size === tasks.length) resolveAll(tasks.map((t) => results.get(t.id)!));
    };
    const start = () => {
      const worker = new Worker(file, { workerData: { kind: 'bla-check-check', options: pool.options } });
      live++;
      let current: CheckTask | undefined;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (outcome: CheckOutcome) => {
        const task = current!;
        current = undefined;
        finish(task, outcome);
        next();
      });
      worker.on('error', (err) => {
        if (current) finish(current, { id: current.id, ok: false, code: 'WORKER_FAILED', message: String(err?.message ?? err).split('\n')[0] });
        current = undefined;
      });
      worker.on('exit', () => {
        live--;
        if (current) finish(current, { id: current.id, ok: false, code: 'WORKER_FAILED', message: 'the worker checking this file stopped' });
        current = undefined;
        if (queue.length && live < size) start();
      });
      next();
    };
    for (let i = 0; i < size; i++) start();
  });
}

/** Check every task; the result array is in task order whatever the completion order. */
export async function checkAll(tasks: CheckTask[], pool: PoolOptions): Promise<CheckOutcome[]> {
  if (!tasks.length) return [];
  const file = pool.workerFile ?? defaultWorkerFile();
  if (!file || pool.jobs <= 1 || tasks.length < 2) return runInProcess(tasks, pool);
  return runOnWorkers(tasks, file, pool);
}
