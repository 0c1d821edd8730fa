/** One element's verdict as an expandable entry: status, why (checks), where (evidence in context). */
import type { Verdict } from '../../judge/verdict.js';
import type { DocumentReport } from '../../score/report.js';
import { elementMeta, LEVEL_WORD, phaseLabel, REASON_WORD, STATUS_WORD, whereText, type RenderOptions } from '../shared.js';
import { evidenceInContext } from './context.js';
import { esc, idPart } from './escape.js';

export const verdictId = (d: number, element: string) => `d${d}-el-${idPart(element)}`;
export const provisionAnchor = (d: number, provisionId: string) => `d${d}-p-${idPart(provisionId)}`;

function badge(v: Verdict): string {
  return `<span class="badge s-${v.status}">${esc(STATUS_WORD[v.status])}</span>`;
}

function chips(v: Verdict): string {
  const out = [`<span class="chip">${esc(LEVEL_WORD[v.level])}</span>`];
  if (v.needsReview) out.push('<span class="chip review">needs review</span>');
  if (v.decision) out.push(`<span class="chip decided">decided by ${esc(v.decision.reviewer)}</span>`);
  return out.join('');
}

function evidenceItem(doc: DocumentReport, d: number, e: Verdict['evidence'][number]): string {
  const facts = [e.force, e.polarity, e.bearer ? `bearer: ${e.bearer}` : '', `supports ${e.supports}`, e.concepts.length ? `concepts: ${e.concepts.join(', ')}` : '']
    .filter(Boolean).map(esc).join(' · ');
  const link = doc.text !== undefined ? ` <a href="#${provisionAnchor(d, e.provisionId)}">in the text</a>` : '';
  return `<li class="evidence"><div class="where"><strong>${esc(whereText(e))}</strong>${link}</div>` +
    `<blockquote class="context">${evidenceInContext(doc, e)}</blockquote><div class="facts">${facts}</div></li>`;
}

function traceList(v: Verdict): string {
  if (!v.trace.length) return '';
  const items = v.trace.map((t) => `<li class="${t.passed ? 'pass' : 'fail'}"><span class="mark" aria-label="${t.passed ? 'fired' : 'did not fire'}">${t.passed ? '✓' : '✗'}</span> <code>${esc(t.path)}</code> ${esc(t.detail)}</li>`);
  return `<h5>Checks</h5><ul class="trace">${items.join('')}</ul>`;
}

function absentPart(v: Verdict): string {
  if (v.status !== 'absent' && !v.searched) return '';
  const searched = v.searched ? `<p>Searched <strong>${esc(v.searched.scopes.join(', '))}</strong> text for ${v.searched.concepts.map((c) => `<code>${esc(c)}</code>`).join(', ')}.</p>` : '';
  const near = v.nearMisses ?? [];
  const list = near.length
    ? `<h5>Nearest provisions</h5><ul class="near">${near.map((n) => `<li><strong>${esc(whereText(n))}</strong> <span class="score">(${n.score.toFixed(2)})</span>: ${esc(n.excerpt)}</li>`).join('')}</ul>`
    : v.status === 'absent' ? '<p>No provision comes close.</p>' : '';
  return searched + list;
}

function decisionPart(v: Verdict): string {
  if (!v.decision) return '';
  const d = v.decision;
  return `<p class="decision">Reviewer <strong>${esc(d.reviewer)}</strong> set <strong>${esc(d.status)}</strong> on ${esc(d.date)} (machine: ${esc(d.machineStatus)}): ${esc(d.reason)}</p>`;
}

export function verdictEntry(doc: DocumentReport, d: number, v: Verdict, options: RenderOptions): string {
  const meta = elementMeta(options.pack, v.element);
  const reasons = v.needsReview ? `<p class="reasons">Needs review: ${esc(v.reasons.map((r) => REASON_WORD[r] ?? r).join('; '))}.</p>` : '';
  const evidence = v.evidence.length ? `<h5>Evidence</h5><ol class="evidence-list">${v.evidence.map((e) => evidenceItem(doc, d, e)).join('')}</ol>` : '';
  const attrs = `data-status="${v.status}" data-phase="${esc(v.phase)}" data-level="${v.level}" data-review="${v.needsReview}" data-text="${esc(`${v.title} ${v.element}`.toLowerCase())}"`;
  return `<li class="verdict" id="${verdictId(d, v.element)}" ${attrs}><details><summary>${badge(v)} <span class="title">${esc(v.title)}</span> <code class="eid">${esc(v.element)}</code> ${chips(v)}` +
    `<span class="conf" title="confidence">${Math.round(v.confidence * 100)}%</span></summary><div class="body">` +
    (meta?.question ? `<p class="question">${esc(meta.question)}</p>` : '') +
    decisionPart(v) + reasons + evidence + absentPart(v) + traceList(v) +
    (meta?.guidance ? `<h5>Guidance</h5><p class="guidance">${esc(meta.guidance)}</p>` : '') +
    `<p class="phase-note">${esc(phaseLabel(v.phase))}</p></div></details></li>`;
}
