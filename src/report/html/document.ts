/** One document's section: what was read, coverage, the chart, elements by phase and the full text. */
import type { DocumentReport } from '../../score/report.js';
import { byPhase, phaseLabel, scoreText, STATUS_WORD, unreadablePages, type RenderOptions } from '../shared.js';
import { phaseChart } from './chart.js';
import { esc } from './escape.js';
import { provisionAnchor, verdictEntry } from './verdict.js';

const STATUSES = ['addressed', 'weak', 'contradicted', 'absent'] as const;

function facts(doc: DocumentReport): string {
  const unreadable = unreadablePages(doc);
  const rows: Array<[string, string]> = [
    ['Format', doc.format], ['Language', doc.language], ['Pages', String(doc.pages.length)], ['Size', `${doc.bytes.toLocaleString('en')} bytes`],
    ['SHA-256', doc.hash.slice(0, 16) + '…'], ['Reviewed', doc.reviewed ? 'decisions applied' : 'no'],
  ];
  if (unreadable.length) rows.push(['Unreadable pages', unreadable.join(', ')]);
  return `<dl class="facts-list">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
}

function counts(doc: DocumentReport): string {
  const c = doc.scores.overall.counts;
  return `<ul class="counts">${STATUSES.map((s) => `<li class="s-${s}"><span class="n">${c[s]}</span> ${STATUS_WORD[s].toLowerCase()}</li>`).join('')}` +
    `<li class="review"><span class="n">${c.needsReview}</span> to review</li></ul>`;
}

function alerts(doc: DocumentReport): string {
  const out: string[] = [];
  const unreadable = unreadablePages(doc);
  if (unreadable.length) out.push(`<p class="alert" role="note"><strong>Pages ${esc(unreadable.join(', '))} could not be read.</strong> An element shown as absent may sit on them: get a readable copy or OCR.</p>`);
  for (const s of doc.staleDecisions) out.push(`<p class="alert" role="note"><strong>Stale decision on ${esc(s.element)}:</strong> ${esc(s.reason)}</p>`);
  if (doc.warnings.length) out.push(`<details class="warnings"><summary>${doc.warnings.length} warning(s) while reading</summary><ul>${doc.warnings.map((w) => `<li><code>${esc(w.code)}</code>${w.page ? ` p. ${w.page}` : ''}: ${esc(w.message)}</li>`).join('')}</ul></details>`);
  return out.join('');
}

/** The text with an anchor at every provision start, so evidence links jump into it. */
function fullText(doc: DocumentReport, d: number): string {
  const text = doc.text;
  if (text === undefined) return '';
  const starts = [...doc.provisions].filter((p) => p.kind !== 'document').sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const p of starts) {
    if (p.start < at) { out += `<span id="${provisionAnchor(d, p.id)}"></span>`; continue; }
    out += esc(text.slice(at, p.start)) + `<span class="anchor" id="${provisionAnchor(d, p.id)}"></span>`;
    at = p.start;
  }
  out += esc(text.slice(at));
  return `<details class="fulltext"><summary>Full text (${text.length.toLocaleString('en')} characters)</summary><pre>${out}</pre></details>`;
}

export function documentSection(doc: DocumentReport, d: number, options: RenderOptions): string {
  const phases = byPhase(doc).map(({ phase, verdicts }) =>
    `<section class="phase" data-phase="${esc(phase)}"><h3>${esc(phaseLabel(phase))} <span class="phase-score">${scoreText(doc.scores.byPhase[phase] ?? doc.scores.overall)}</span></h3>` +
    `<ul class="verdicts">${verdicts.map((v) => verdictEntry(doc, d, v, options)).join('')}</ul></section>`).join('');
  return `<section class="document" id="d${d}" aria-labelledby="d${d}-h"><h2 id="d${d}-h">${esc(doc.source)}</h2>` +
    `<div class="summary"><div class="score-box"><div class="big">${esc(scoreText(doc.scores.overall))}</div><div>coverage</div></div>${counts(doc)}${facts(doc)}</div>` +
    alerts(doc) + `<h3 class="sr-only">Coverage by phase</h3><figure>${phaseChart(doc)}<figcaption>Coverage by phase: ` +
    STATUSES.map((s) => `<span class="key s-${s}">${STATUS_WORD[s]}</span>`).join(' ') + '</figcaption></figure>' +
    phases + fullText(doc, d) + '</section>';
}
