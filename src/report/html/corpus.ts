/** Several documents: a heat map of elements (rows) by documents (columns), each cell a link to its verdict. */
import type { Report } from '../../score/report.js';
import { percent, phaseLabel, STATUS_WORD } from '../shared.js';
import { esc } from './escape.js';
import { verdictId } from './verdict.js';

const LETTER = { addressed: 'A', weak: 'W', contradicted: 'C', absent: '–' } as const;

export function corpusView(report: Report): string {
  const docs = report.documents;
  const elements = new Map<string, { title: string; phase: string }>();
  for (const d of docs) for (const v of d.elements) if (!elements.has(v.element)) elements.set(v.element, { title: v.title, phase: v.phase });
  const ids = [...elements.keys()].sort((a, b) => elements.get(a)!.phase.localeCompare(elements.get(b)!.phase));
  const head = docs.map((d, i) => `<th scope="col"><a href="#d${i}" title="${esc(d.source)}">D${i + 1}</a></th>`).join('');
  const score = docs.map((d) => `<td class="num">${percent(d.scores.overall.score)}</td>`).join('');
  const rows = ids.map((id) => {
    const el = elements.get(id)!;
    const cells = docs.map((d, i) => {
      const v = d.elements.find((x) => x.element === id);
      if (!v) return '<td class="cell none">·</td>';
      const label = `${d.source}: ${STATUS_WORD[v.status]}${v.needsReview ? ', needs review' : ''}`;
      return `<td class="cell s-${v.status}${v.needsReview ? ' review' : ''}"><a href="#${verdictId(i, id)}" title="${esc(label)}" aria-label="${esc(label)}">${LETTER[v.status]}${v.needsReview ? '?' : ''}</a></td>`;
    }).join('');
    return `<tr><th scope="row"><span class="ph">${esc(phaseLabel(el.phase).slice(0, 1))}</span> ${esc(el.title)}</th>${cells}</tr>`;
  }).join('');
  const legend = docs.map((d, i) => `<li><a href="#d${i}">D${i + 1}</a> ${esc(d.source)}</li>`).join('');
  return `<section class="corpus" aria-labelledby="corpus-h"><h2 id="corpus-h">Corpus: ${docs.length} documents × ${ids.length} elements</h2>` +
    `<p class="legend">A addressed · W weak · C contradicted · – absent · ? needs review</p>` +
    `<div class="heat-wrap"><table class="heat"><thead><tr><th scope="col">Element</th>${head}</tr></thead>` +
    `<tbody><tr class="scores"><th scope="row">Coverage</th>${score}</tr>${rows}</tbody></table></div>` +
    `<details><summary>Documents</summary><ol class="doc-legend">${legend}</ol></details></section>`;
}
