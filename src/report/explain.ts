/** Everything behind one verdict, for `bla-check explain`: the checks, the words, the places, what was searched. */
import type { Verdict } from '../judge/verdict.js';
import type { DocumentReport } from '../score/report.js';
import { elementMeta, LEVEL_WORD, oneLine, phaseLabel, reviewText, STATUS_WORD, whereText, type RenderOptions } from './shared.js';

function evidenceLines(v: Verdict, doc: DocumentReport): string[] {
  if (!v.evidence.length) return ['Evidence: none'];
  const lines = [`Evidence (${v.evidence.length}, strongest first):`];
  v.evidence.forEach((e, i) => {
    lines.push(`  ${i + 1}. ${whereText(e)} [${e.provisionId}] chars ${e.start}-${e.end}, supports ${e.supports}`);
    lines.push(`     "${oneLine(e.quote, 600)}"`);
    lines.push(`     force ${e.force}, ${e.polarity}${e.bearer ? `, bearer ${e.bearer}` : ''}; checks ${e.checks.join(', ') || '-'}; concepts ${e.concepts.join(', ') || '-'}`);
    for (const m of e.matches) {
      const words = doc.text?.slice(m.start, m.end) ?? '';
      lines.push(`     matched ${m.concept} by "${m.pattern}"${words ? `: "${oneLine(words, 120)}"` : ''}`);
    }
  });
  return lines;
}

function searchedLines(v: Verdict): string[] {
  const lines: string[] = [];
  if (v.searched) lines.push(`Searched: scopes ${v.searched.scopes.join(', ') || '-'}; concepts ${v.searched.concepts.join(', ') || '-'}`);
  if (v.nearMisses) {
    lines.push(v.nearMisses.length ? 'Near misses:' : 'Near misses: none');
    for (const n of v.nearMisses) lines.push(`  - ${whereText(n)} [${n.provisionId}] score ${n.score.toFixed(2)}: "${oneLine(n.excerpt, 300)}"`);
  }
  return lines;
}

export function renderExplanation(doc: DocumentReport, v: Verdict, options: RenderOptions = {}): string {
  const meta = elementMeta(options.pack, v.element);
  const lines = [
    `${v.element}: ${v.title}`,
    `Document: ${doc.source}`,
    `Verdict: ${STATUS_WORD[v.status]} (confidence ${v.confidence.toFixed(2)})${v.needsReview ? `, needs review: ${reviewText(v)}` : ''}`,
    `Phase: ${phaseLabel(v.phase)}; level: ${LEVEL_WORD[v.level]}`,
  ];
  if (meta?.question) lines.push(`Question: ${meta.question}`);
  if (v.decision) lines.push(`Decision: ${v.decision.status} by ${v.decision.reviewer} on ${v.decision.date} (machine: ${v.decision.machineStatus}): ${v.decision.reason}`);
  lines.push('', `Checks (${v.trace.length}):`);
  for (const t of v.trace) lines.push(`  ${t.passed ? 'PASS' : 'fail'}  ${t.path}: ${t.detail}`);
  if (!v.trace.length) lines.push('  (none recorded)');
  lines.push('', ...evidenceLines(v, doc));
  const searched = searchedLines(v);
  if (searched.length) lines.push('', ...searched);
  if (meta?.guidance) lines.push('', `Guidance: ${meta.guidance}`);
  return lines.join('\n') + '\n';
}
