/**
 * A worker thread of `bla-check check`: reads the built-in pack precompiled (or receives the pack the
 * main thread compiled), then claims documents of the batch one after another and posts back each
 * one's DocumentReport or the error that stopped it. `checkTask` is also what the main thread runs
 * when it checks documents itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkText, type CheckOptions, type Prepared } from '../core.js';
import { fromPortable, type PortablePack } from '../rules/index.js';
import { ingest, type Document, type PdfPageSharing } from '../ingest/index.js';
import type { DocumentReport } from '../score/report.js';
import type { Pack } from '../rules/pack-schema.js';
import { getFormat } from '../report/index.js';
import { docxInWorker, readInput } from './read.js';
import { claimNext, type SharedClaims } from './claims.js';
import { lexiconsOfBuild, preparedBuiltin, warmBuiltin } from './precompiled.js';
import { WORKER_KIND } from './prestart.js';

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
  | { id: number; ok: true; rendered: RenderedDocument }
  | { id: number; ok: false; code: string; message: string };

/**
 * A checked document already printed as its section of the report (src/report/sections.ts), with what
 * the command still needs of it: the thread that checked it renders it, so reports do not cross threads.
 */
export interface RenderedDocument { source: string; score: number; section: string }

/** The section of `format` for a checked document. */
function rendered(report: DocumentReport, format: string, pack: Pack): RenderedDocument {
  const sections = getFormat(format).sections;
  if (!sections) throw new Error(`the ${format} format is not written a document at a time`);
  return { source: report.source, score: report.scores.overall.score, section: sections.document(report, { pack }) };
}

export function failureOf(id: number, err: unknown): CheckOutcome {
  const e = err as { code?: unknown; message?: string };
  return { id, ok: false, code: typeof e?.code === 'string' ? e.code : 'INTERNAL', message: (e?.message ?? String(err)).split('\n')[0] };
}

const noStdin = async (): Promise<Uint8Array> => { throw new Error('standard input is read by the main thread'); };

/** How a thread checks: the options, and the format whose sections it renders in place of handing back reports. */
export interface CheckHow {
  options: CheckOptions;
  sections?: string;
}

/**
 * Read, ingest (DOCX on its own memory-capped worker) and check one document. `prepared` may be a function:
 * the pack is then compiled only once a document has been read, so a file that cannot be read is refused
 * at once instead of after the compile. `sharePdfPages`: a helper for long PDFs, for a thread that has the
 * cores to itself (src/node/pdf-helper.ts).
 */
export async function checkTask(task: CheckTask, how: CheckHow, prepared: Prepared | (() => Prepared), sharePdfPages?: PdfPageSharing): Promise<CheckOutcome> {
  const { options } = how;
  let document: Document;
  try {
    const data = task.data ?? (await readInput(task.source, { cwd: task.cwd, readStdin: noStdin })).data;
    document = await ingest(data, task.source, { ...options.ingest, extractDocx: docxInWorker(), sharePdfPages });
  } catch (err) {
    return failureOf(task.id, err);
  }
  // Outside the try: a pack that does not compile stops the run, it is not one document's failure.
  const ready = typeof prepared === 'function' ? prepared() : prepared;
  try {
    const report = checkText(document, options, ready);
    return how.sections ? { id: task.id, ok: true, rendered: rendered(report, how.sections, ready.compiled.pack) } : { id: task.id, ok: true, report };
  } catch (err) {
    return failureOf(task.id, err);
  }
}

export { WORKER_KIND };

/** What a worker starts with: the whole batch, the shared claims, and where its pack comes from. */
export interface WorkerStart extends CheckHow {
  kind: typeof WORKER_KIND;
  tasks: CheckTask[];
  claims: SharedClaims;
  /** This worker's number in the claims. */
  thread: number;
  /** A built-in pack the worker reads precompiled itself; without it the main thread posts the compiled pack. */
  builtin?: string;
}

/** What a worker posts: each document's outcome, in the order it checks them. */
export type FromWorker = { index: number; outcome: CheckOutcome };

/** Claim and check documents until none is left; the thread then ends (no handle keeps it). */
async function checkClaimed(start: WorkerStart, prepared: Prepared): Promise<void> {
  for (let i = claimNext(start.claims, start.thread); i >= 0; i = claimNext(start.claims, start.thread)) {
    parentPort!.postMessage({ index: i, outcome: await checkTask(start.tasks[i], start, prepared) } satisfies FromWorker);
  }
}

/** Check the batch `start` describes, once the pack is at hand. */
function begin(start: WorkerStart): void {
  if (start.builtin !== undefined) {
    void checkClaimed(start, preparedBuiltin(start.builtin));
  } else {
    // Loaded while the main thread compiles the pack; ingest's language detection needs them too.
    const lexicons = start.options.lexicons ?? lexiconsOfBuild();
    parentPort!.once('message', (pack: PortablePack) => void checkClaimed(start, { compiled: fromPortable(pack, lexicons), lexicons }));
  }
}

if (parentPort && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) {
  const data = workerData as WorkerStart | { kind: string };
  if ('tasks' in data) {
    begin(data);
  } else {
    // Started before the batch was known (src/node/prestart.ts): read the default pack meanwhile.
    warmBuiltin();
    parentPort.once('message', begin);
  }
}
