/**
 * Which lexicon each sentence is read with. The document's language is the default; a provision or a
 * sentence whose own stop words clearly say otherwise (a Dutch title over a French body, the other
 * column of a bilingual treaty) is read in its own language.
 *
 * Scores are rows of a flat array, one number per language, summed in the order LanguageScore sums
 * them, so every guess is the one LanguageScore would make, without a map per sentence.
 */
import { LanguageScore, MIN_EVIDENCE, stopwordTable, type StopwordTable } from '../language/index.js';
import type { Document } from '../ingest/types.js';
import type { LexiconSet } from './lexicons.js';
import type { Token } from './types.js';

/** A provision or sentence switches language only on this much evidence and share. */
export const SWITCH_EVIDENCE = MIN_EVIDENCE;
export const SWITCH_SHARE = 0.7;
/** With no evidence at all, read the text as English, the usual language of these texts' drafts. */
const FALLBACK = 'en';

/** A stop-word table with languages numbered: word → the numbers of the languages that list it. */
export interface NumberedTable { table: StopwordTable; languages: string[]; byWord: Map<string, number[]> }

const numbered = new WeakMap<StopwordTable, NumberedTable>();

export function numberedTable(lexicons: LexiconSet): NumberedTable {
  const table = stopwordTable(lexicons);
  let n = numbered.get(table);
  if (!n) {
    const languages: string[] = [];
    const byWord = new Map<string, number[]>();
    for (const [word, langs] of table) {
      byWord.set(word, langs.map((l) => (languages.includes(l) ? languages.indexOf(l) : languages.push(l) - 1)));
    }
    numbered.set(table, (n = { table, languages, byWord }));
  }
  return n;
}

/**
 * Add the stop-word evidence of tokens to row `at` of `rows` (a word shared by k languages gives each
 * 1/k). `order` receives each language number the first time it is seen, as a LanguageScore's map
 * would receive its keys.
 */
export function scoreTokens(tokens: Token[], t: NumberedTable, rows: Float64Array, at: number, seen: Uint8Array, order: number[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const ids = t.byWord.get(tokens[i].norm);
    if (!ids) continue;
    const share = 1 / ids.length;
    for (const id of ids) {
      rows[at + id] += share;
      if (!seen[id]) { seen[id] = 1; order.push(id); }
    }
  }
}

/** The language to switch to, or undefined to keep the surrounding one (LanguageScore.guess with the switch thresholds). */
export function ownLanguage(rows: Float64Array, at: number, t: NumberedTable): string | undefined {
  let best = -1;
  let evidence = 0;
  let second = 0;
  for (let id = 0; id < t.languages.length; id++) {
    const s = rows[at + id];
    if (s > evidence) { second = evidence; best = id; evidence = s; }
    else if (s > second) second = s;
  }
  // A tie for first place has a share of one half, under the switch share: which one is first never matters.
  const share = evidence ? evidence / (evidence + second) : 0;
  return evidence < SWITCH_EVIDENCE || share < SWITCH_SHARE ? undefined : t.languages[best];
}

/** The whole text's score as a LanguageScore, its languages in the order they first occurred. */
export function scoreOf(rows: Float64Array, at: number, t: NumberedTable, order: number[]): LanguageScore {
  const score = new LanguageScore(t.table);
  for (const id of order) score.scores.set(t.languages[id], rows[at + id]);
  return score;
}

/** The document's main language: ingest's guess if it made one, else the best stop-word score of the text. */
export function documentLanguage(document: Document, all: LanguageScore, lexicons: LexiconSet): { language: string; guessed: boolean } {
  if (document.language && document.language !== 'und') return { language: document.language, guessed: false };
  const best = all.best();
  if (best.evidence > 0) return { language: best.language, guessed: best.evidence < MIN_EVIDENCE };
  return { language: lexicons[FALLBACK] ? FALLBACK : Object.keys(lexicons)[0] ?? 'und', guessed: true };
}
