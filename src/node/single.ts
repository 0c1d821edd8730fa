/** One document for explain and compare: a file (or -) checked now, or a saved JSON report reused. */
import { checkDocument, type CheckOptions } from '../core.js';
import { Report, type DocumentReport } from '../score/report.js';
import type { Io } from './io.js';
import { docxInWorker, readInput } from './read.js';
import { prepareFor } from './precompiled.js';
import { pdfHelper, SHORT_RUN } from './pdf-helper.js';

/** A saved `check --format json` report: the first document in it. */
function savedReport(bytes: Uint8Array): DocumentReport | undefined {
  if (bytes[0] !== 0x7b) return undefined; // '{'
  try {
    const parsed = Report.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data.documents[0] : undefined;
  } catch {
    return undefined;
  }
}

export async function documentOf(arg: string, options: CheckOptions, io: Io): Promise<DocumentReport> {
  const input = await readInput(arg, io);
  const ingest = { ...options.ingest, extractDocx: docxInWorker(), sharePdfPages: pdfHelper(SHORT_RUN) };
  return savedReport(input.data) ?? checkDocument(input.data, input.source, { ...options, ingest }, prepareFor(options));
}
