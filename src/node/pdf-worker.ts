/**
 * A helper thread reading pages of the PDF the calling thread reads at the same time
 * (src/node/pdf-helper.ts). It loads pdf.js as it starts and stays up between documents, since
 * loading pdf.js costs more than reading a few pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { preloadPdf, readClaimedPages } from '../ingest/pdf.js';

export const PDF_HELPER_KIND = 'bla-check-pdf-pages';

/** One PDF to share: its bytes, and the counter both threads take page numbers from. */
export interface PdfJob {
  bytes: Uint8Array;
  password?: string;
  total: number;
  /** [0]: pages taken so far, by either thread; page n is taken by whoever moves it from n - 1 to n. */
  taken: Int32Array;
}

/** Each page's text as it is read, then `done` (with why, when the PDF could not be read here). */
export type FromPdfHelper = { page: number; text: string } | { done: true; failed?: string };

/** The next page nobody has taken, taken now; 0 when all are. */
export function takePage(taken: Int32Array, total: number): number {
  const page = Atomics.add(taken, 0, 1) + 1;
  return page <= total ? page : 0;
}

if (parentPort && (workerData as { kind?: string } | null)?.kind === PDF_HELPER_KIND) {
  const port = parentPort;
  void preloadPdf().catch(() => undefined); // a PDF that needs it will say why it failed
  port.on('message', (job: PdfJob) => {
    readClaimedPages(job.bytes, job.password, () => takePage(job.taken, job.total), (page, text) => port.postMessage({ page, text } satisfies FromPdfHelper)).then(
      () => port.postMessage({ done: true } satisfies FromPdfHelper),
      (err: { message?: string }) => port.postMessage({ done: true, failed: String(err?.message ?? err) } satisfies FromPdfHelper),
    );
  });
}
