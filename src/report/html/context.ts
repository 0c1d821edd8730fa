/** An evidence quote shown inside its provision's text, the quote in <mark> and matched words in bold. */
import type { Evidence } from '../../judge/verdict.js';
import type { DocumentReport } from '../../score/report.js';
import { esc } from './escape.js';

const CONTEXT_CHARS = 500;

/** Matched word ranges inside [start, end), merged where they overlap. */
function matchRanges(e: Evidence): Array<[number, number]> {
  const ranges = e.matches
    .map((m) => [Math.max(m.start, e.start), Math.min(m.end, e.end)] as [number, number])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function markedQuote(text: string, e: Evidence): string {
  let out = '';
  let at = e.start;
  for (const [a, b] of matchRanges(e)) {
    out += esc(text.slice(at, a)) + `<strong class="match">${esc(text.slice(a, b))}</strong>`;
    at = b;
  }
  return `<mark>${out}${esc(text.slice(at, e.end))}</mark>`;
}

export function evidenceInContext(doc: DocumentReport, e: Evidence): string {
  const text = doc.text;
  if (text === undefined || text.slice(e.start, e.end) !== e.quote) return `<mark>${esc(e.quote)}</mark>`;
  const p = doc.provisions.find((q) => q.id === e.provisionId);
  const from = Math.max(p?.start ?? e.start, e.start - CONTEXT_CHARS);
  const to = Math.min(p?.end ?? e.end, e.end + CONTEXT_CHARS);
  const before = (from > (p?.start ?? from) ? '…' : '') + esc(text.slice(from, e.start));
  const after = esc(text.slice(e.end, to)) + (to < (p?.end ?? to) ? '…' : '');
  return `${before}${markedQuote(text, e)}${after}`;
}
