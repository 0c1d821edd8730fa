/** The report as is: the versioned, schema-checked result that scripts consume. */
import type { DocumentReport, Report } from '../../score/report.js';
import { sectionsOf, type Sections } from '../sections.js';

export function renderJson(report: Report): string {
  return report.documents.length ? [...sectionsOf(jsonSections, report, {})].join('') : `${JSON.stringify(report, null, 2)}\n`;
}

/** Where the documents go in the report printed with an empty list: a line of its own at the top level. */
const EMPTY_DOCUMENTS = '\n  "documents": []';

/** The report printed with no documents, cut where they go. */
function aroundDocuments(frame: Report): [string, string] {
  const text = JSON.stringify(frame, null, 2);
  const at = text.indexOf(EMPTY_DOCUMENTS);
  if (at < 0) throw new Error('a report frame must have an empty documents list');
  return [text.slice(0, at), text.slice(at + EMPTY_DOCUMENTS.length)];
}

/** What JSON.stringify prints around a document in a one-document list, two levels in. */
const LIST_OPENING = '{\n  "documents": [\n'.length;
const LIST_CLOSING = '\n  ]\n}'.length;

/** A document as the report prints it, two levels in: printed inside a list, which is cut off. */
function documentInPlace(doc: DocumentReport): string {
  // JSON.stringify indents it itself: indenting its output afterwards made a second copy of a string
  // of hundreds of kilobytes, about a third of the time a batch spent printing JSON.
  const text = JSON.stringify({ documents: [doc] }, null, 2);
  return text.slice(LIST_OPENING, text.length - LIST_CLOSING);
}

/**
 * The text of JSON.stringify(report, null, 2) (with a final line break), a document at a time, each
 * printed on its own as JSON.stringify prints it inside the report. A report with no documents prints
 * its empty list on one line: `renderJson` prints that one whole.
 */
export const jsonSections: Sections = {
  opening: (frame) => `${aroundDocuments(frame)[0]}\n  "documents": [\n`,
  document: documentInPlace,
  separator: ',\n',
  closing: (frame) => `\n  ]${aroundDocuments(frame)[1]}\n`,
};
