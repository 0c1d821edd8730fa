/** Two drafts, or two agreements, element by element: what got better, worse, appeared or disappeared. */
import type { Verdict } from '../judge/verdict.js';
import type { ElementStatus } from '../rules/pack-schema.js';
import type { DocumentReport } from '../score/report.js';
import { mdEscape } from './formats/md.js';
import { oneLine, percent, phaseLabel, STATUS_ICON, STATUS_WORD, whereText } from './shared.js';

export type Change = 'better' | 'worse' | 'appeared' | 'disappeared' | 'same';
export const CHANGES: Change[] = ['worse', 'disappeared', 'appeared', 'better', 'same'];

/** Contrary wording is worse than silence; silence is worse than a weak mention. */
const RANK: Record<ElementStatus, number> = { contradicted: 0, absent: 1, weak: 2, addressed: 3 };

export interface Side {
  status: ElementStatus;
  needsReview: boolean;
  evidence?: { label: string; page: number; quote: string };
}

export interface ComparisonRow {
  element: string;
  title: string;
  phase: string;
  level: Verdict['level'];
  change: Change;
  a: Side;
  b: Side;
}

export interface Comparison {
  a: { source: string; hash: string; score: number };
  b: { source: string; hash: string; score: number };
  rows: ComparisonRow[];
  summary: Record<Change, number>;
}

const missing: Side = { status: 'absent', needsReview: false };

function side(v: Verdict | undefined): Side {
  if (!v) return missing;
  const e = v.evidence[0];
  return { status: v.status, needsReview: v.needsReview, ...(e ? { evidence: { label: e.label, page: e.page, quote: e.quote } } : {}) };
}

export function changeOf(a: ElementStatus, b: ElementStatus): Change {
  if (a === b) return 'same';
  if (a === 'absent' && b !== 'contradicted') return 'appeared';
  if (b === 'absent' && a !== 'contradicted') return 'disappeared';
  return RANK[b] > RANK[a] ? 'better' : 'worse';
}

export function compareDocuments(a: DocumentReport, b: DocumentReport): Comparison {
  const ids = [...new Set([...a.elements.map((v) => v.element), ...b.elements.map((v) => v.element)])];
  const rows = ids.map((id) => {
    const va = a.elements.find((v) => v.element === id);
    const vb = b.elements.find((v) => v.element === id);
    const any = (va ?? vb)!;
    const sa = side(va);
    const sb = side(vb);
    return { element: id, title: any.title, phase: any.phase, level: any.level, change: changeOf(sa.status, sb.status), a: sa, b: sb };
  });
  const summary = Object.fromEntries(CHANGES.map((c) => [c, rows.filter((r) => r.change === c).length])) as Record<Change, number>;
  const head = (d: DocumentReport) => ({ source: d.source, hash: d.hash, score: d.scores.overall.score });
  return { a: head(a), b: head(b), rows, summary };
}

const CHANGE_WORD: Record<Change, string> = { better: 'Better', worse: 'Worse', appeared: 'Appeared', disappeared: 'Disappeared', same: 'Same' };

function sideText(s: Side): string {
  const base = `${STATUS_ICON[s.status]} ${STATUS_WORD[s.status]}${s.needsReview ? ' (needs review)' : ''}`;
  return s.evidence ? `${base}: ${mdEscape(whereText(s.evidence))}: «${mdEscape(oneLine(s.evidence.quote, 240))}»` : base;
}

function rowLines(r: ComparisonRow): string[] {
  const head = `- **${CHANGE_WORD[r.change]}**: ${mdEscape(r.title)} (\`${r.element}\`, ${mdEscape(phaseLabel(r.phase))})`;
  if (r.change === 'same') return [`${head}: ${STATUS_WORD[r.a.status]}`];
  return [head, `  - A: ${sideText(r.a)}`, `  - B: ${sideText(r.b)}`];
}

export function renderComparison(cmp: Comparison, format: 'md' | 'json' = 'md'): string {
  if (format === 'json') return JSON.stringify(cmp, null, 2) + '\n';
  const lines = [
    '# bla-check comparison', '',
    `- A: ${mdEscape(cmp.a.source)} (coverage ${percent(cmp.a.score)})`,
    `- B: ${mdEscape(cmp.b.source)} (coverage ${percent(cmp.b.score)})`,
    `- ${CHANGES.map((c) => `${cmp.summary[c]} ${c}`).join(' · ')}`,
  ];
  for (const change of CHANGES) {
    const rows = cmp.rows.filter((r) => r.change === change);
    if (!rows.length) continue;
    lines.push('', `## ${CHANGE_WORD[change]} (${rows.length})`, '');
    for (const r of rows) lines.push(...rowLines(r));
  }
  return lines.join('\n') + '\n';
}
