/** Coverage by phase as an inline SVG stacked bar chart: no script, no fonts, readable without colour. */
import type { Coverage, DocumentReport } from '../../score/report.js';
import { percent, phaseLabel } from '../shared.js';
import { esc } from './escape.js';

const PARTS = [
  ['addressed', 'var(--addressed-bar)'],
  ['weak', 'var(--weak-bar)'],
  ['contradicted', 'var(--contradicted-bar)'],
  ['absent', 'var(--absent-bar)'],
] as const;

const ROW = 30;
const LABEL_W = 250;
const BAR_W = 380;

function bar(c: Coverage, y: number): string {
  const total = PARTS.reduce((n, [k]) => n + c.counts[k], 0) || 1;
  let x = LABEL_W;
  return PARTS.map(([k, fill]) => {
    const w = (c.counts[k] / total) * BAR_W;
    const rect = w > 0 ? `<rect x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${ROW - 12}" fill="${fill}"><title>${c.counts[k]} ${k}</title></rect>` : '';
    x += w;
    return rect;
  }).join('');
}

export function phaseChart(doc: DocumentReport): string {
  const rows = Object.entries(doc.scores.byPhase).sort(([a], [b]) => a.localeCompare(b));
  const height = rows.length * ROW + 8;
  const width = LABEL_W + BAR_W + 70;
  const body = rows.map(([phase, c], i) => {
    const y = i * ROW;
    return `<g><text x="0" y="${y + ROW / 2 + 4}" class="chart-label">${esc(phaseLabel(phase))}</text>${bar(c, y)}` +
      `<text x="${LABEL_W + BAR_W + 8}" y="${y + ROW / 2 + 4}" class="chart-value">${percent(c.score)}</text></g>`;
  }).join('');
  const summary = rows.map(([p, c]) => `${phaseLabel(p)}: ${percent(c.score)}`).join('; ');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Coverage by phase: ${esc(summary)}">${body}</svg>`;
}
