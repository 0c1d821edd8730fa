/**
 * A long PDF read on two cores. In Node pdf.js runs its "worker" on the calling thread, so reading
 * pages is one core's work, and for a long PDF it is most of a check. Here the calling thread and one
 * helper thread each open the PDF and take its pages one at a time from a counter they share
 * (src/node/pdf-worker.ts): neither waits for the other, and a helper that is slow to start takes
 * fewer pages. ingest reads any page the helper did not deliver itself (src/ingest/pdf.ts), so a
 * helper that fails costs time, never text.
 *
 * The helper stays up between documents, not holding the process open. One PDF at a time shares it:
 * a second one read meanwhile is read alone. Not for threads that already share the cores with
 * others (a batch on several workers), nor on a single core.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { PdfPageShare, PdfPageSharing } from '../ingest/types.js';
import { PDF_HELPER_KIND, takePage, type FromPdfHelper, type PdfJob } from './pdf-worker.js';
import { builtFile } from './built-file.js';

export interface PdfHelperOptions {
  /** Where the helper's script lives (default: dist/pdf-worker.js next to the running bundle). */
  workerFile?: string;
  /** PDFs with fewer pages are read alone once the helper is up: it would take too few (default 8). */
  minPages?: number;
  /**
   * Before the helper is up, PDFs with fewer pages are read alone (default: minPages). A new thread
   * compiles pdf.js afresh: on two cores that costs more than it saves on a PDF under about 150 pages,
   * so a process that checks a few documents and ends (the CLI) starts one only for longer PDFs,
   * while a service that reads PDFs all day starts it on the first and keeps it (SHORT_RUN).
   */
  coldMinPages?: number;
  /** Heap cap of the helper thread; a PDF that needs more is read by the calling thread (default 512). */
  memoryMb?: number;
}

export const MIN_SHARED_PAGES = 8;

/** For a process that checks a few documents and ends: no helper for PDFs it would not pay for. */
export const SHORT_RUN: PdfHelperOptions = { coldMinPages: 150 };

interface Helper { worker?: Worker; busy: boolean }

/** One helper per script, for the whole process. */
const helpers = new Map<string, Helper>();

/** The sharing to pass as `ingest`'s `sharePdfPages`, or undefined where a helper cannot help. */
export function pdfHelper(options: PdfHelperOptions = {}): PdfPageSharing | undefined {
  const file = options.workerFile ?? builtFile('pdf-worker.js');
  if (!file || availableParallelism() < 2) return undefined;
  const minPages = options.minPages ?? MIN_SHARED_PAGES;
  const memoryMb = options.memoryMb ?? 512;
  const coldMinPages = options.coldMinPages ?? minPages;
  const helper = helperFor(file);
  return (bytes, total, password, signal) => {
    if (total < (helper.worker ? minPages : coldMinPages) || helper.busy || signal.aborted) return undefined;
    return share(helper, workerOf(helper, file, memoryMb), { bytes, password, total, taken: new Int32Array(new SharedArrayBuffer(4)) }, signal);
  };
}

/** End every helper thread (a service shutting down, a test): the next long PDF starts a new one. */
export async function stopPdfHelpers(): Promise<void> {
  const running = [...helpers.values()].flatMap((h) => (h.worker ? [h.worker] : []));
  await Promise.all(running.map((w) => w.terminate()));
}

function helperFor(file: string): Helper {
  let helper = helpers.get(file);
  if (!helper) helpers.set(file, (helper = { busy: false }));
  return helper;
}

function workerOf(helper: Helper, file: string, memoryMb: number): Worker {
  if (helper.worker) return helper.worker;
  const worker = new Worker(file, { workerData: { kind: PDF_HELPER_KIND }, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  worker.unref();
  worker.on('error', () => {}); // it exits next; the share it was on ends there
  worker.once('exit', () => { if (helper.worker === worker) helper.worker = undefined; });
  helper.worker = worker;
  return worker;
}

/** Share one PDF with the helper until it says it is done, exits, or the time is up. */
function share(helper: Helper, worker: Worker, job: PdfJob, signal: AbortSignal): PdfPageShare {
  const pages = new Map<number, string>();
  let mine = 0;
  let ended = false;
  let endShare!: () => void;
  const over = new Promise<void>((resolve) => (endShare = resolve));
  const end = () => {
    if (ended) return;
    ended = true;
    worker.off('message', onMessage);
    worker.off('exit', end);
    signal.removeEventListener('abort', stop);
    worker.unref();
    helper.busy = false;
    endShare();
  };
  // A helper stopped mid-page may never answer: it is ended, and the next PDF starts another.
  const stop = () => {
    if (!ended) {
      if (helper.worker === worker) helper.worker = undefined; // not offered to the next PDF while it exits
      void worker.terminate();
    }
    end();
  };
  /** Pages the helper has taken and not delivered yet. */
  const owed = () => Math.min(Atomics.load(job.taken, 0), job.total) - mine - pages.size;
  const onMessage = (m: FromPdfHelper) => ('page' in m ? pages.set(m.page, m.text) : end());
  helper.busy = true;
  worker.ref(); // while the calling thread waits for pages, the helper keeps the process up
  worker.on('message', onMessage);
  worker.once('exit', end);
  signal.addEventListener('abort', stop, { once: true });
  // A copy of exactly the PDF's bytes, moved: a view may sit on a larger buffer the clone would copy whole.
  const bytes = job.bytes.slice();
  worker.postMessage({ ...job, bytes }, [bytes.buffer]);
  return {
    pages,
    next: () => {
      const page = takePage(job.taken, job.total);
      if (page) return (mine++, page);
      // None left to take: wait only for the pages the helper took (none, if it is still starting).
      return owed() > 0 ? over.then(() => 0) : 0;
    },
    close: () => {
      Atomics.store(job.taken, 0, job.total); // nothing left to take
      // Reading stopped while the helper still owes pages (a failure here): it may be stuck, stop it.
      // Otherwise it sees nothing left, says done and is free for the next PDF; the process need not wait.
      if (owed() > 0) stop();
      else worker.unref();
    },
  };
}
