/** The report as is: the versioned, schema-checked result that scripts consume. */
import type { Report } from '../../score/report.js';

export function renderJson(report: Report): string {
  return [...jsonParts(report)].join('');
}

/** Where the documents go in the report printed with an empty list: a line of its own at the top level. */
const EMPTY_DOCUMENTS = '\n  "documents": []';

/**
 * The same text as `renderJson`, a document at a time. A batch of a few thousand agreements with their
 * text makes a report longer than a JavaScript string may be (about 512 million characters in V8), and
 * one string that size would be built only to be written out. Each document is printed on its own and
 * indented two levels, as JSON.stringify indents it inside the report (every line break it prints is
 * its own: line breaks in strings are escaped).
 */
export function* jsonParts(report: Report): Generator<string> {
  const frame = JSON.stringify({ ...report, documents: [] }, null, 2);
  const at = frame.indexOf(EMPTY_DOCUMENTS);
  if (report.documents.length === 0 || at < 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  yield `${frame.slice(0, at)}\n  "documents": [\n`;
  const last = report.documents.length - 1;
  for (const [i, doc] of report.documents.entries()) {
    yield `    ${JSON.stringify(doc, null, 2).replaceAll('\n', '\n    ')}${i < last ? ',' : ''}\n`;
  }
  yield `  ]${frame.slice(at + EMPTY_DOCUMENTS.length)}\n`;
}
