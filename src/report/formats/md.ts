/** A Markdown review: per document its coverage, then every element by phase with its strongest evidence. */
import type { Verdict } from '../../judge/verdict.js';
import type { DocumentReport, Report } from '../../score/report.js';
import {
  byPhase, elementMeta, LEVEL_WORD, oneLine, phaseLabel, reviewText, scoreText, STATUS_ICON, STATUS_WORD, unreadablePages, whereText,
  type RenderOptions,
} from '../shared.js';

/** Document text must not turn into Markdown or HTML in a viewer. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

const quote = (text: string) => `«${mdEscape(oneLine(text, 300))}»`;

function countsLine(doc: DocumentReport): string {
  const c = doc.scores.overall.counts;
  return `${c.addressed} addressed · ${c.weak} weak · ${c.contradicted} contradicted · ${c.absent} absent · ${c.needsReview} to review`;
}

function phaseTable(doc: DocumentReport): string[] {
  const rows = Object.entries(doc.scores.byPhase).sort(([a], [b]) => a.localeCompare(b));
  return [
    '| Phase | Coverage | Addressed | Weak | Contradicted | Absent |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(([p, c]) => `| ${mdEscape(phaseLabel(p))} | ${scoreText(c)} | ${c.counts.addressed} | ${c.counts.weak} | ${c.counts.contradicted} | ${c.counts.absent} |`),
  ];
}

function header(doc: DocumentReport): string[] {
  const unreadable = unreadablePages(doc);
  const pages = `${doc.pages.length}${unreadable.length ? ` (unreadable: ${unreadable.join(', ')})` : ''}`;
  const lines = [
    `## ${mdEscape(doc.source)}`,
    '',
    `- Language: ${doc.language} · Format: ${doc.format} · Pages: ${pages}`,
    `- Coverage: **${scoreText(doc.scores.overall)}** · ${countsLine(doc)}`,
  ];
  if (doc.reviewed) lines.push('- Reviewer decisions applied');
  if (unreadable.length) lines.push('', `> **Unreadable pages ${unreadable.join(', ')}:** elements found absent may sit on them; they need OCR or a readable copy.`);
  for (const s of doc.staleDecisions) lines.push('', `> **Stale decision** on \`${s.element}\`: ${mdEscape(s.reason)}`);
  for (const w of doc.warnings) lines.push(`- Warning ${w.code}${w.page ? ` (p. ${w.page})` : ''}: ${mdEscape(oneLine(w.message))}`);
  return [...lines, '', ...phaseTable(doc)];
}

function verdictLines(v: Verdict, options: RenderOptions): string[] {
  const flags = [LEVEL_WORD[v.level], v.needsReview ? `**needs review**: ${reviewText(v)}` : '', v.decision ? `decided by ${mdEscape(v.decision.reviewer)} (machine said ${v.decision.machineStatus})` : '']
    .filter(Boolean).join(' · ');
  const lines = [`- ${STATUS_ICON[v.status]} **${STATUS_WORD[v.status]}**: ${mdEscape(v.title)} (\`${v.element}\`) · ${flags}`];
  const question = elementMeta(options.pack, v.element)?.question;
  if (question && v.status !== 'addressed') lines.push(`  - Question: ${mdEscape(question)}`);
  if (v.decision) lines.push(`  - Decision: ${mdEscape(oneLine(v.decision.reason))} (${v.decision.date})`);
  const strongest = v.evidence[0];
  if (strongest) lines.push(`  - ${mdEscape(whereText(strongest))}: ${quote(strongest.quote)}`);
  if (v.evidence.length > 1) lines.push(`  - and ${v.evidence.length - 1} more: ${v.evidence.slice(1, 4).map((e) => mdEscape(e.label)).join(', ')}`);
  if (v.status === 'absent') lines.push(...absentLines(v));
  return lines;
}

function absentLines(v: Verdict): string[] {
  const lines: string[] = [];
  if (v.searched) lines.push(`  - Searched ${v.searched.scopes.join(', ')} text for: ${v.searched.concepts.map((c) => `\`${c}\``).join(', ')}`);
  const near = v.nearMisses ?? [];
  if (near.length) for (const n of near.slice(0, 3)) lines.push(`  - Near miss: ${mdEscape(whereText(n))}: ${quote(n.excerpt)}`);
  else lines.push('  - No near miss: nothing in the text comes close.');
  return lines;
}

function documentSection(doc: DocumentReport, options: RenderOptions): string[] {
  const lines = header(doc);
  for (const { phase, verdicts } of byPhase(doc)) {
    lines.push('', `### ${mdEscape(phaseLabel(phase))}`, '');
    for (const v of verdicts) lines.push(...verdictLines(v, options));
  }
  return lines;
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const lines = [
    `# ${mdEscape(options.title ?? 'bla-check report')}`,
    '',
    `Pack \`${report.pack.id}\` ${report.pack.version} (${report.pack.elements} elements${report.pack.tags?.length ? `, tags ${report.pack.tags.join(', ')}` : ''}) · bla-check ${report.tool.version} · ${report.documents.length} document(s)`,
    '',
    'Status: ✅ addressed (the text settles it) · ⚠️ weak (only touches it) · ❌ contradicted (runs against it) · ⬜ absent (silent)',
  ];
  for (const doc of report.documents) lines.push('', ...documentSection(doc, options));
  if (report.failures.length) {
    lines.push('', '## Files that could not be checked', '');
    for (const f of report.failures) lines.push(`- ${mdEscape(f.source)}: ${f.code}: ${mdEscape(oneLine(f.message))}`);
  }
  return lines.join('\n') + '\n';
}
