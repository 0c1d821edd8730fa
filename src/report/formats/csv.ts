/**
 * The corpus matrix: one row per document × element, for a spreadsheet. RFC 4180 (CRLF, quotes
 * doubled), and cells a spreadsheet would run as a formula are defused with a leading apostrophe.
 */
import type { DocumentReport, Report } from '../../score/report.js';
import { sectionsOf, type Sections } from '../sections.js';
import { oneLine } from '../shared.js';

export const CSV_COLUMNS = [
  'source', 'element', 'title', 'phase', 'level', 'status', 'needs_review', 'review_reasons', 'confidence',
  'evidence', 'page', 'quote', 'decided_by', 'machine_status',
] as const;

/** Spreadsheets run cells starting with these as formulas (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: Report): string {
  return [...sectionsOf(csvSections, report, {})].join('');
}

const line = (cells: Array<string | undefined>) => `${cells.map(csvCell).join(',')}\r\n`;

/** One row per element of each document, after the header row; the files that failed close the matrix. */
export const csvSections: Sections = {
  opening: () => line([...CSV_COLUMNS]),
  document: (doc: DocumentReport) => doc.elements.map((v) => {
    const e = v.evidence[0];
    return line([
      doc.source, v.element, v.title, v.phase, v.level, v.status, v.needsReview ? 'yes' : 'no', v.reasons.join(' '),
      v.confidence.toFixed(2), e?.label ?? '', e ? String(e.page) : '', e ? oneLine(e.quote, 1000) : '',
      v.decision?.reviewer ?? '', v.decision?.machineStatus ?? '',
    ]);
  }).join(''),
  separator: '',
  closing: (frame) => frame.failures.map((f) => line([f.source, '', '', '', '', `failed: ${f.code}`, '', '', '', '', '', oneLine(f.message), '', ''])).join(''),
};
