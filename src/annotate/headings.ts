/**
 * Headings that the structure stage left in a provision's own text: a run-in title ("Clause 8. Medical
 * care. The employer shall ...") or a short title on a line of its own. A heading names a topic; it
 * settles nothing, so the judge counts it for `weak` at most (judge/settle.ts). Headings the structure
 * stage recognised lie before Provision.bodyStart and never become sentences at all.
 */
import type { Sentence } from './types.js';

/** Longest heading in tokens: "Hours of work and rest", "Entry into force and duration". */
export const MAX_HEADING_TOKENS = 6;

/**
 * Mark `heading` on sentences that read as titles: no force, no negation, no quantity, short, opening
 * with a capital and a content word (not "The ..."), ending without a colon or semicolon, and standing
 * either first in its provision with more text after it on the same line, or alone on its line.
 */
export function markHeadings(text: string, sentences: Sentence[], stopwords: (language: string) => ReadonlySet<string>): void {
  sentences.forEach((s, i) => {
    if (!looksLikeTitle(text, s, stopwords(s.language))) return;
    const prev = sentences[i - 1], next = sentences[i + 1];
    const first = !prev || prev.provisionId !== s.provisionId;
    const runIn = first && next !== undefined && next.provisionId === s.provisionId && !text.slice(s.end, next.start).includes('\n');
    if (runIn || aloneOnLine(text, s)) s.heading = true;
  });
}

function looksLikeTitle(text: string, s: Sentence, stopwords: ReadonlySet<string>): boolean {
  if (s.force !== 'none' || s.inheritedForce || s.polarity !== 'affirmed' || s.quantities.length > 0) return false;
  if (s.tokens.length === 0 || s.tokens.length > MAX_HEADING_TOKENS || stopwords.has(s.tokens[0].norm)) return false;
  const body = text.slice(s.start, s.end).trim();
  return /^\p{Lu}/u.test(body) && !/[:;,]$/.test(body);
}

function aloneOnLine(text: string, s: Sentence): boolean {
  const before = text.lastIndexOf('\n', s.start - 1);
  const lineStart = text.slice(before + 1, s.start).trim() === '';
  const after = text.indexOf('\n', s.end);
  const lineEnd = text.slice(s.end, after < 0 ? text.length : after).trim() === '';
  return lineStart && lineEnd;
}
