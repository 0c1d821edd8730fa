/**
 * The review form's worker: reads and checks one document at a time off the page's thread, so the page
 * stays responsive on a long PDF. Built as worker.js; the form starts it as a module worker.
 */
import { checkText, makeReport, prepare, type CheckOptions } from '../core.js';
import { ingest } from '../ingest/index.js';
import { setPdfWorker } from '../ingest/pdf.js';
import { parsePack, resolvePack } from '../rules/index.js';
import type { Pack } from '../rules/pack-schema.js';
import { CHANNEL, isCheckRequest, type CheckRequest, type PackChoice, type WorkerMessage } from './protocol.js';

type Out = WorkerMessage extends infer M ? (M extends { channel: string } ? Omit<M, 'channel'> : never) : never;

const post = (message: Out) => (self as unknown as Worker).postMessage({ channel: CHANNEL, ...message });

/** A picked pack file is parsed once per text; `extends` may name a built-in pack. */
const picked = new Map<string, Pack>();

function packOf(choice: PackChoice): Pack | string {
  if ('builtin' in choice) return choice.builtin;
  let pack = picked.get(choice.text);
  if (!pack) picked.set(choice.text, (pack = resolvePack(parsePack(choice.text, choice.name))));
  return pack;
}

async function run(req: CheckRequest): Promise<void> {
  setPdfWorker(req.pdfWorkerUrl);
  const options: CheckOptions = { pack: packOf(req.pack), tags: req.tags };
  const prepared = prepare(options);
  post({ type: 'progress', id: req.id, stage: 'reading' });
  const onPage = (page: number, pages: number) => post({ type: 'progress', id: req.id, stage: 'reading', page, pages });
  const document = await ingest(req.data, req.source, { onPage });
  post({ type: 'progress', id: req.id, stage: 'checking' });
  const report = makeReport([checkText(document, options, prepared)], prepared, [], req.tags);
  post({ type: 'result', id: req.id, report, pack: prepared.compiled.pack });
}

/** Errors cross to the page as code and message: IngestError and PackError codes are stable. */
function failure(id: number, err: unknown): Out {
  const e = err as { code?: unknown; message?: unknown };
  return { type: 'failure', id, code: typeof e?.code === 'string' ? e.code : 'INTERNAL', message: typeof e?.message === 'string' ? e.message : String(err) };
}

self.addEventListener('message', (event: MessageEvent) => {
  const req: unknown = event.data;
  if (!isCheckRequest(req)) return; // pdf.js talks on this port too
  run(req).catch((err) => post(failure(req.id, err)));
});

post({ type: 'ready' });

// The built-in pack is compiled now, while the reviewer picks a file, not after it is chosen; a pack
// narrowed by tags uses it too. A check sent meanwhile waits its turn; a failure here is the check's to report.
try {
  prepare({});
} catch {
  // the first check prepares its pack again and reports what went wrong
}
