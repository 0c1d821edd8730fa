/** The checked document's identity, its warnings, and the exports (decisions, JSON, HTML). */
import type { DocumentReport } from '../../score/report.js';
import { h } from '../dom.js';

export interface HeaderActions {
  exportDecisions(): void;
  exportJson(): void;
  exportHtml(): void;
  importDecisions(file: File): void;
}

const FORMAT: Record<DocumentReport['format'], string> = { pdf: 'PDF', docx: 'Word (DOCX)', text: 'plain text', html: 'HTML', markdown: 'Markdown' };

export function resultsHeader(doc: DocumentReport, decisionCount: number, id: string, a: HeaderActions): HTMLElement {
  const pages = doc.pages.length;
  const importField = h('input', { type: 'file', id: `${id}-import`, accept: '.json,application/json', onchange: () => {
    const file = importField.files?.[0];
    if (file) a.importDecisions(file);
    importField.value = '';
  } });
  return h('section', { className: 'blc-results-head', 'aria-labelledby': `${id}-doc-name` },
    h('div', {},
      h('h2', { id: `${id}-doc-name`, className: 'blc-doc-name' }, doc.source),
      h('p', { className: 'blc-meta' }, `${FORMAT[doc.format]} · ${pages} page${pages === 1 ? '' : 's'} · language: ${doc.language} · SHA-256 ${doc.hash.slice(0, 12)}… · ${decisionCount} decision${decisionCount === 1 ? '' : 's'} kept in this browser`)),
    h('div', { className: 'blc-exports', role: 'group', 'aria-label': 'Save and load' },
      h('button', { type: 'button', onclick: a.exportDecisions }, 'Export decisions'),
      h('div', { className: 'blc-import' }, h('label', { for: importField.id, className: 'blc-button-label' }, 'Import decisions'), importField),
      h('button', { type: 'button', onclick: a.exportJson }, 'Report as JSON'),
      h('button', { type: 'button', onclick: a.exportHtml }, 'Report as HTML')),
    notices(doc));
}

function notices(doc: DocumentReport): HTMLElement | null {
  const lines = [
    ...doc.warnings.map((w) => `${w.page ? `Page ${w.page}: ` : ''}${w.message}`),
    ...doc.staleDecisions.map((s) => `${s.element}: ${s.reason}`),
  ];
  if (!lines.length) return null;
  return h('div', { className: 'blc-notices' }, h('h3', {}, 'Read these first'), h('ul', {}, ...lines.map((l) => h('li', {}, l))));
}
