/**
 * A worker thread of `bla-check check`: receives the pack the main thread compiled, then checks each
 * document it is sent and posts back its DocumentReport or the error that stopped it. `checkTask` is
 * also what the main thread runs when it checks documents itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinLexicons } from '../annotate/index.js';
import { checkText, type CheckOptions, type Prepared } from '../core.js';
import { fromPortable, type PortablePack } from '../rules/index.js';
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

export const WORKER_KIND = 'bla-check-check';

/** What the pool posts: the compiled pack once, then documents. */
export type ToWorker = { type: 'pack'; pack: PortablePack } | { type: 'task'; task: CheckTask };

if (parentPort && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) {
  const port = parentPort;
  const options = (workerData as { options: CheckOptions }).options;
  // Loaded while the main thread compiles the pack; ingest's language detection needs them too.
  const lexicons = options.lexicons ?? builtinLexicons();
  let prepared: Prepared | undefined;
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'pack') {
      prepared = { compiled: fromPortable(message.pack, lexicons), lexicons };
      return;
    }
    // One document at a time, in the order sent: the pool knows which one a crash took.
    queue = queue.then(async () => port.postMessage(await checkTask(message.task, options, prepared!)));
  });
}
