/**
 * Output formats: plugins over the one stable Report. `render` validates the report against its schema
 * first, so no format ever prints a half-formed result.
 */
import { Report } from '../score/report.js';
import { csvSections, renderCsv } from './formats/csv.js';
import { renderHtml } from './formats/html.js';
import { jsonSections, renderJson } from './formats/json.js';
import type { Sections } from './sections.js';
import { renderMarkdown } from './formats/md.js';
import { renderSarif } from './formats/sarif.js';
import type { RenderOptions } from './shared.js';

export type { RenderOptions } from './shared.js';
export { sectionsOf, type Sections } from './sections.js';
export { compareDocuments, renderComparison, type Comparison, type Change } from './compare.js';
export { renderExplanation } from './explain.js';

export interface Format {
  name: string;
  /** File extension for `--out DIR`. */
  extension: string;
  mediaType: string;
  render(report: Report, options: RenderOptions): string;
  /**
   * The same text a document at a time (sections.ts), for formats whose documents do not depend on one
   * another: a batch's report is then written as its documents are checked, never held whole.
   */
  sections?: Sections;
}

export const formats: Format[] = [
  { name: 'md', extension: 'md', mediaType: 'text/markdown', render: renderMarkdown },
  { name: 'json', extension: 'json', mediaType: 'application/json', render: renderJson, sections: jsonSections },
  { name: 'html', extension: 'html', mediaType: 'text/html', render: renderHtml },
  { name: 'csv', extension: 'csv', mediaType: 'text/csv', render: renderCsv, sections: csvSections },
  { name: 'sarif', extension: 'sarif', mediaType: 'application/sarif+json', render: renderSarif },
];

export const formatNames = formats.map((f) => f.name);

export function getFormat(name: string): Format {
  const f = formats.find((x) => x.name === name);
  if (!f) throw new Error(`unknown format "${name}" (one of ${formatNames.join(', ')})`);
  return f;
}

export function render(report: Report, format: string, options: RenderOptions = {}): string {
  const f = getFormat(format);
  return f.render(Report.parse(report), options);
}
