/** Coverage at a glance: overall (a range when verdicts need review) and per phase of migration. */
import { phaseLabel, phasesOf, scoreText } from '../../report/shared.js';
import type { Coverage, DocumentReport } from '../../score/report.js';
import { h } from '../dom.js';

const COLUMNS = ['addressed', 'weak', 'contradicted', 'absent', 'needsReview'] as const;
const HEAD: Record<(typeof COLUMNS)[number], string> = { addressed: 'Addressed', weak: 'Weak', contradicted: 'Contradicted', absent: 'Absent', needsReview: 'Needs review' };

function bar(c: Coverage): HTMLElement {
  // The bar shows the score and, lighter, how far it could move once the flagged verdicts are reviewed.
  // Widths go through CSSOM, which a style-src without 'unsafe-inline' still allows.
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const range = h('span', { className: 'blc-bar-range' });
  const scored = h('span', { className: 'blc-bar-score' });
  Object.assign(range.style, { left: pct(c.min), width: pct(Math.max(0, c.max - c.min)) });
  scored.style.width = pct(c.score);
  return h('span', { className: 'blc-bar', 'aria-hidden': 'true' }, range, scored);
}

function row(label: string, c: Coverage, strong = false): HTMLTableRowElement {
  const name = strong ? h('th', { scope: 'row' }, h('strong', {}, label)) : h('th', { scope: 'row' }, label);
  return h('tr', {}, name,
    h('td', { className: 'blc-cov' }, bar(c), h('span', { className: 'blc-cov-text' }, scoreText(c))),
    ...COLUMNS.map((k) => h('td', { className: `blc-num blc-col-${k}` }, String(c.counts[k]))));
}

export function needReview(n: number): string {
  return n === 1 ? '1 verdict needs review' : `${n} verdicts need review`;
}

export function summaryView(doc: DocumentReport, id: string): HTMLElement {
  const overall = doc.scores.overall;
  const phases = phasesOf(doc).filter((p) => doc.scores.byPhase[p]);
  return h('section', { className: 'blc-summary', 'aria-labelledby': `${id}-sum-h` },
    h('h2', { id: `${id}-sum-h` }, 'Coverage'),
    h('p', { className: 'blc-headline' },
      h('span', { className: 'blc-big' }, scoreText(overall)),
      ` of the ${doc.elements.length} elements settled (weak counts half)`,
      overall.counts.needsReview ? `; ${needReview(overall.counts.needsReview)}, so the score is a range.` : '.'),
    h('table', { className: 'blc-phases' },
      h('caption', { className: 'blc-sr' }, 'Coverage by phase'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Phase'), h('th', { scope: 'col' }, 'Coverage'), ...COLUMNS.map((k) => h('th', { scope: 'col', className: 'blc-num' }, HEAD[k])))),
      h('tbody', {}, ...phases.map((p) => row(phaseLabel(p), doc.scores.byPhase[p]))),
      h('tfoot', {}, row('All elements', overall, true))));
}
