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
const WORD = /[\p{L}\p{M}]+/gu;

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
  for (const m of sample.matchAll(WORD)) score.add(normalize(m[0]));
  return score.guess();
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
