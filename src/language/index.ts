/**
 * Which language a text is in, from counts of frequent function words listed by each lexicon. Shared
 * by ingest (a document-level guess) and annotate (per provision and per sentence, for bilingual texts).
 */
import { builtinLexicons, type LexiconSet } from '../annotate/lexicons.js';
import { normalize } from '../annotate/fold.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when the text is too short or matches no lexicon. */
  language: string;
  /** 0..1 */
  confidence: number;
}

/** Least weighted stop-word evidence for a guess; below it the answer is 'und'. */
export const MIN_EVIDENCE = 3;
/** Least share the winner must have of its own and the runner-up's evidence together. */
export const MIN_SHARE = 0.6;
/** Text beyond this is not read: a long document's language shows well before. */
const SAMPLE_CHARS = 100_000;

/** Stop word → the languages that list it. */
export type StopwordTable = Map<string, string[]>;
const tables = new WeakMap<LexiconSet, StopwordTable>();

export function stopwordTable(lexicons: LexiconSet): StopwordTable {
  let table = tables.get(lexicons);
  if (!table) {
    table = new Map();
    for (const [lang, lex] of Object.entries(lexicons)) {
      for (const w of new Set(lex.stopwords.map(normalize))) {
        const langs = table.get(w);
        if (langs) langs.push(lang);
        else table.set(w, [lang]);
      }
    }
    tables.set(lexicons, table);
  }
  return table;
}

/** Running stop-word scores; a word shared by k languages gives each 1/k. */
export class LanguageScore {
  readonly scores = new Map<string, number>();
  constructor(private readonly table: StopwordTable) {}

  add(norm: string): void {
    const langs = this.table.get(norm);
    if (!langs) return;
    const share = 1 / langs.length;
    for (const l of langs) this.scores.set(l, (this.scores.get(l) ?? 0) + share);
  }

  addAll(other: LanguageScore): void {
    for (const [l, s] of other.scores) this.scores.set(l, (this.scores.get(l) ?? 0) + s);
  }

  /**
   * The best language, its evidence and its share against the runner-up. Words shared by several
   * languages ("de", "en") raise every score alike, so the runner-up, not the total, is the rival.
   */
  best(): { language: string; evidence: number; share: number } {
    let language = 'und';
    let evidence = 0;
    let second = 0;
    for (const [l, s] of this.scores) {
      if (s > evidence) { second = evidence; language = l; evidence = s; }
      else if (s > second) second = s;
    }
    return { language, evidence, share: evidence ? evidence / (evidence + second) : 0 };
  }

  /** The guess, or 'und' under the minimum evidence or share. */
  guess(minEvidence = MIN_EVIDENCE, minShare = MIN_SHARE): LanguageGuess {
    const b = this.best();
    if (b.evidence < minEvidence || b.share < minShare) return { language: 'und', confidence: 0 };
    // Confidence grows with the winner's share and, up to a point, with how much evidence there is.
    const amount = Math.min(1, b.evidence / (minEvidence * 4));
    return { language: b.language, confidence: round(b.share * (0.6 + 0.4 * amount)) };
  }
}

/** Guess the language of a text from the stop words of the lexicons ('und' when unsure). */
export function detectLanguage(text: string, lexicons: LexiconSet = builtinLexicons()): LanguageGuess {
  const score = new LanguageScore(stopwordTable(lexicons));
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  forEachWord(sample, (word) => score.add(normalize(word)));
  return score.guess();
}

const LETTER = /[\p{L}\p{M}]/uy;

/**
 * Each word of the text, a run of letters and marks (what /[\p{L}\p{M}]+/gu matches), found without a match
 * object per word: ASCII characters are decided here and only the others ask the Unicode regex (ingest
 * guesses the language of every document it reads, and this loop was most of that).
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let next = i + 1;
    let letter: boolean;
    if (c < 0x80) letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    else {
      LETTER.lastIndex = i;
      letter = LETTER.test(text);
      // A letter outside the BMP is two code units; so is any surrogate pair, which is one code point.
      if (letter) next = LETTER.lastIndex;
      else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) next = i + 2;
    }
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) visit(text.slice(start));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
