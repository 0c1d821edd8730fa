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

/**
 * The text of JSON.stringify(report, null, 2) (with a final line break), a document at a time: each
 * document is printed on its own and indented two levels, as JSON.stringify indents it inside the
 * report (every line break it prints is its own: line breaks in strings are escaped). A report with
 * no documents prints its empty list on one line: `renderJson` prints that one whole.
 */
export const jsonSections: Sections = {
  opening: (frame) => `${aroundDocuments(frame)[0]}\n  "documents": [\n`,
  document: (doc: DocumentReport) => `    ${JSON.stringify(doc, null, 2).replaceAll('\n', '\n    ')}`,
  separator: ',\n',
  closing: (frame) => `\n  ]${aroundDocuments(frame)[1]}\n`,
};
