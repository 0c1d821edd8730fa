/**
 * A worker thread of `bla-check check`: prepares the pack once (from workerData), then checks each
 * document it is sent and posts back its DocumentReport or the error that stopped it. `checkTask` is
 * also what the main thread runs when it checks documents itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkText, prepare, type CheckOptions, type Prepared } from '../core.js';
import { ingest, type Document } from '../ingest/index.js';
import type { DocumentReport } from '../score/report.js';
import { docxInWorker, readInput } from './read.js';

export interface CheckTask {
  id: number;
  /** The name reports use: the path as the user gave it, or "stdin". */
  source: string;
  /** Directory `source` is relative to. */
  cwd: string;
  /** Bytes already read (stdin); otherwise the worker reads `source` itself, so file bytes never cross threads. */
  data?: Uint8Array;
}

export type CheckOutcome =
  | { id: number; ok: true; report: DocumentReport }
  | { id: number; ok: false; code: string; message: string };

export function failureOf(id: number, err: unknown): CheckOutcome {
  const e = err as { code?: unknown; message?: string };
  return { id, ok: false, code: typeof e?.code === 'string' ? e.code : 'INTERNAL', message: (e?.message ?? String(err)).split('\n')[0] };
}

const noStdin = async (): Promise<Uint8Array> => { throw new Error('standard input is read by the main thread'); };

/**
 * Read, ingest (DOCX on its own memory-capped worker) and check one document. `prepared` may be a function:
 * the pack is then compiled only once a document has been read, so a file that cannot be read is refused
 * at once instead of after the compile.
 */
export async function checkTask(task: CheckTask, options: CheckOptions, prepared: Prepared | (() => Prepared)): Promise<CheckOutcome> {
  let document: Document;
  try {
    const data = task.data ?? (await readInput(task.source, { cwd: task.cwd, readStdin: noStdin })).data;
    document = await ingest(data, task.source, { ...options.ingest, extractDocx: docxInWorker() });
  } catch (err) {
    return failureOf(task.id, err);
  }
  // Outside the try: a pack that does not compile stops the run, it is not one document's failure.
  const ready = typeof prepared === 'function' ? prepared() : prepared;
  try {
    return { id: task.id, ok: true, report: checkText(document, options, ready) };
  } catch (err) {
    return failureOf(task.id, err);
  }
}

if (parentPort && (workerData as { kind?: string } | null)?.kind === 'bla-check-check') {
  const port = parentPort;
  const options = (workerData as { options: CheckOptions }).options;
  let prepared: Prepared | undefined;
  let prepareError: unknown;
  try {
    prepared = prepare(options);
  } catch (err) {
    prepareError = err;
  }
  port.on('message', async (task: CheckTask) => {
    port.postMessage(prepared ? await checkTask(task, options, prepared) : failureOf(task.id, prepareError));
  });
}
