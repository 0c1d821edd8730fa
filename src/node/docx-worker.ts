/**
 * A worker thread that reads one DOCX. mammoth has no limits of its own, so Node runs it here, where a
 * memory cap and a timer can stop a zip bomb without taking the process down (src/node/read.ts spawns it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDocx } from '../ingest/docx.js';

export interface DocxJob {
  kind: 'bla-check-docx';
  bytes: Uint8Array;
  limits: import('../ingest/types.js').DocxLimits;
}

export type DocxReply =
  | { ok: true; content: import('../ingest/types.js').DocxContent }
  | { ok: false; code?: string; message: string };

const job = workerData as DocxJob | undefined;
if (parentPort && job?.kind === 'bla-check-docx') {
  const port = parentPort;
  readDocx(job.bytes, job.limits).then(
    (content) => port.postMessage({ ok: true, content } satisfies DocxReply),
    (err: { code?: unknown; message?: string }) =>
      port.postMessage({ ok: false, code: typeof err?.code === 'string' ? err.code : undefined, message: String(err?.message ?? err) } satisfies DocxReply),
  );
}
