/**
 * Sentence boundaries inside one provision's own text. A full stop ends a sentence unless it closes an
 * abbreviation of the lexicon ("Art.", "No.", "e.g."), an initial ("U.S.", "M.") or a number ("5.1"),
 * or the next word starts in lower case. Blank lines, and line breaks before a list marker or after a
 * colon, end a sentence too: extracted contracts often put one term per line with no full stop.
 */
import { normalize } from './fold.js';
import { checkList, rangeOf } from '../lifetime.js';

const CLOSERS = `"')]}\u2019\u201D\u00BB`;
const LIST_MARKER = /^[ \t]*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[-\u2022*\u2013\u2014\u25AA\u25CF])[ \t]/iu;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const WORDCHAR = /[\p{L}\p{N}\p{M}.]/u;

/** Char ranges [start, end) of the sentences in text[from, to), trimmed, never empty. */
export function splitSentences(text: string, from: number, to: number, abbreviations: Set<string>): Array<[number, number]> {
  const out: Array<[number, number]> = checkList();
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 46 || c === 33 || c === 63) cut = isListNumber(text, start, i) ? -1 : stopBoundary(text, i, to, abbreviations); // . ! ?
    else if (c === 10) cut = lineBoundary(text, i, to); // \n
    if (cut < 0) continue;
    pushTrimmed(text, start, cut, out);
    start = cut;
    i = Math.max(i, cut - 1);
  }
  pushTrimmed(text, start, to, out);
  return out;
}

/** Where a sentence ending at the stop at `i` ends (after closing quotes), or -1 when it does not. */
function stopBoundary(text: string, i: number, to: number, abbreviations: Set<string>): number {
  let j = i + 1;
  while (j < to && CLOSERS.includes(text[j])) j++;
  if (j < to && !/\s/.test(text[j])) return joinedBoundary(text, i, j, abbreviations); // "5.1", "e.g.," or "Art.5"
  let k = j;
  while (k < to && /\s/.test(text[k])) k++;
  if (k >= to) return j;
  if (LOWER.test(text[k])) return -1; // "e.g. the employer", "par. 3 of"
  if (text[i] === '.' && isAbbreviation(wordBefore(text, i), abbreviations)) return -1;
  return j;
}

/**
 * A stop with no space after it ends a sentence only between a lower-case word and a capital that
 * opens the next ("similaire.L'employeur", a typing or extraction slip); "5.1", "U.S.A", "Art.5" and
 * "e.g.," stay whole.
 */
function joinedBoundary(text: string, i: number, j: number, abbreviations: Set<string>): number {
  if (text[i] !== '.' || j !== i + 1 || !UPPER.test(text[j]) || !LOWER.test(text[i - 1] ?? '')) return -1;
  const word = wordBefore(text, i);
  if (word.length < 3 || word.includes('.') || isAbbreviation(word, abbreviations)) return -1;
  return j;
}

/** "1." or "(b)." opening a sentence numbers it; it does not end one. */
function isListNumber(text: string, start: number, dot: number): boolean {
  return dot - start <= 6 && /^\s*\(?[\p{L}\p{N}]{1,4}\)?$/u.test(text.slice(start, dot));
}

function lineBoundary(text: string, i: number, to: number): number {
  let k = i + 1;
  while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  if (k < to && text[k] === '\n') return i; // blank line
  let p = i - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  if (p >= 0 && text[p] === ':') return i; // chapeau then its items
  const lineEnd = text.indexOf('\n', k);
  return LIST_MARKER.test(text.slice(k, Math.min(lineEnd < 0 ? to : lineEnd, k + 12, to))) ? i : -1;
}

function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && WORDCHAR.test(text[s - 1]) && dot - s < 30) s--;
  return text.slice(s, dot).replace(/^\.+/, '');
}

function isAbbreviation(word: string, abbreviations: Set<string>): boolean {
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "M.", "J. Smith", the "S" of "U.S."
  return abbreviations.has(normalize(word));
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push(rangeOf(start, end));
}
