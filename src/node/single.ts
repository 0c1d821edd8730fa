/** One document for explain and compare: a file (or -) checked now, or a saved JSON report reused. */
import { checkDocument, type CheckOptions } from '../core.js';
import { Report, type DocumentReport } from '../score/report.js';
import type { Io } from './io.js';
import { aboutInput, docxInWorker, readInput } from './read.js';
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
  const input = await aboutInput(arg, readInput(arg, io));
  const saved = savedReport(input.data);
  if (saved) return saved;
  // Prepared outside the file's errors: what is wrong with a pack is not about this file.
  const prepared = prepareFor(options);
  const ingest = { ...options.ingest, extractDocx: docxInWorker(), sharePdfPages: pdfHelper(SHORT_RUN) };
  return aboutInput(arg, checkDocument(input.data, input.source, { ...options, ingest }, prepared));
}
