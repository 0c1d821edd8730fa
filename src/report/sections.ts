/**
 * Formats that can be written a document at a time. A ministry's batch of a few thousand agreements
 * makes a report of hundreds of megabytes: longer than a JavaScript string may be (about 512 million
 * characters in V8), and too much to hold until the last document is checked. A format with sections
 * prints what comes before the documents, each document, what goes between two, and what comes after
 * them once the failures are known; put together they are the very text of rendering the report whole.
 */
import type { DocumentReport, Report } from '../score/report.js';
import type { RenderOptions } from './shared.js';

export interface Sections {
  /** Before the first document. `frame`: the report without its documents (failures not known yet). */
  opening(frame: Report, options: RenderOptions): string;
  document(doc: DocumentReport, options: RenderOptions): string;
  /** Between two documents. */
  separator: string;
  /** After the last document; `frame` now carries the failures. */
  closing(frame: Report, options: RenderOptions): string;
}

/** The report without its documents: what sections open and close with. */
export function frameOf(report: Report): Report {
  return { ...report, documents: [] };
}

/** The whole report in sections, one string per section, to write out one after another. */
export function* sectionsOf(sections: Sections, report: Report, options: RenderOptions): Generator<string> {
  const frame = frameOf(report);
  yield sections.opening(frame, options);
  for (const [i, doc] of report.documents.entries()) {
    if (i > 0) yield sections.separator;
    yield sections.document(doc, options);
  }
  yield sections.closing(frame, options);
}
