/**
 * Starts the checking worker and talks to it. The worker is started from a one-line blob module that
 * imports worker.js: a blob worker inherits the page's Content-Security-Policy, so the policy that keeps
 * the page off the network binds the worker too (a worker loaded straight from its URL would obey only
 * the headers it was served with). If the page's policy does not allow blob: workers, the worker is
 * started straight from its URL instead.
 */
import type { Pack } from '../rules/pack-schema.js';
import type { Report } from '../score/report.js';
import { CHANNEL, isWorkerMessage, type CheckRequest, type PackChoice, type Stage, type WorkerMessage } from './protocol.js';

export interface CheckJob {
  source: string;
  data: Uint8Array | string;
  pack: PackChoice;
  tags: string[];
}

export interface Progress {
  stage: Stage;
  page?: number;
  pages?: number;
}

export interface CheckResult {
  report: Report;
  pack: Pack;
}

/** A check the worker refused or could not finish; `code` is the pipeline's (EMPTY_FILE, INVALID_PACK…). */
export class CheckFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'CheckFailure';
    this.code = code;
  }
}

export interface Checker {
  /**
   * Start the worker now rather than at the first check: it compiles the built-in pack as it starts,
   * so that work is done while the reviewer picks a file. A worker that cannot start says so at the check.
   */
  warm(): void;
  /** Check one document; a new check cancels the one running (its promise rejects with CANCELLED). */
  check(job: CheckJob, onProgress?: (p: Progress) => void): Promise<CheckResult>;
  dispose(): void;
}

interface Pending {
  id: number;
  resolve: (r: CheckResult) => void;
  reject: (e: Error) => void;
  onProgress?: (p: Progress) => void;
}

function startWorker(url: string, inherit: boolean): { worker: Worker; revoke: () => void } {
  if (!inherit) return { worker: new Worker(url, { type: 'module' }), revoke: () => undefined };
  const blobUrl = URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};\n`], { type: 'text/javascript' }));
  return { worker: new Worker(blobUrl, { type: 'module' }), revoke: () => URL.revokeObjectURL(blobUrl) };
}

export function createChecker(workerUrl: string, pdfWorkerUrl: string): Checker {
  let worker: Worker | undefined;
  let ready: Promise<Worker> | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  function onMessage(message: WorkerMessage): void {
    if (!pending || message.type === 'ready' || message.id !== pending.id) return;
    const p = pending;
    if (message.type === 'progress') return p.onProgress?.({ stage: message.stage, page: message.page, pages: message.pages });
    pending = undefined;
    if (message.type === 'result') p.resolve({ report: message.report, pack: message.pack });
    else p.reject(new CheckFailure(message.code, message.message));
  }

  /** Resolves once the worker said it is ready; a blob start that fails falls back to the plain URL. */
  function boot(inherit: boolean): Promise<Worker> {
    return new Promise((resolve, reject) => {
      const { worker: w, revoke } = startWorker(workerUrl, inherit);
      worker = w;
      let up = false;
      w.addEventListener('message', (e) => {
        if (!isWorkerMessage(e.data)) return;
        if (e.data.type === 'ready' && !up) {
          up = true;
          revoke();
          resolve(w);
        }
        onMessage(e.data);
      });
      w.addEventListener('error', (e) => {
        if (up) return fail(new CheckFailure('WORKER_FAILED', `the checking worker stopped: ${e.message || 'unknown error'}`));
        w.terminate();
        revoke();
        if (inherit) boot(false).then(resolve, reject);
        else reject(new CheckFailure('WORKER_FAILED', `the checking worker could not start from ${workerUrl}`));
      });
    });
  }

  function fail(err: Error): void {
    const p = pending;
    pending = undefined;
    p?.reject(err);
  }

  function restart(): void {
    fail(new CheckFailure('CANCELLED', 'a newer check replaced this one'));
    worker?.terminate();
    worker = undefined;
    ready = undefined;
  }

  return {
    warm() {
      ready ??= boot(true);
      ready.catch(() => (ready = undefined));
    },
    async check(job, onProgress) {
      if (pending) restart();
      ready ??= boot(true);
      const id = nextId++;
      const done = new Promise<CheckResult>((resolve, reject) => (pending = { id, resolve, reject, onProgress }));
      const w = await ready.catch((err: Error) => {
        ready = undefined;
        fail(err);
        return undefined;
      });
      if (!w) return done;
      const request: CheckRequest = { channel: CHANNEL, type: 'check', id, ...job, pdfWorkerUrl };
      w.postMessage(request, typeof job.data === 'string' ? [] : [job.data.buffer]);
      return done;
    },
    dispose() {
      restart();
    },
  };
}
