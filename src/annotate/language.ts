/**
 * Which lexicon each sentence is read with. The document's language is the default; a provision or a
 * sentence whose own stop words clearly say otherwise (a Dutch title over a French body, the other
 * column of a bilingual treaty) is read in its own language.
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

export function scoreTokens(tokens: Token[], table: StopwordTable): LanguageScore {
  const score = new LanguageScore(table);
  for (const t of tokens) score.add(t.norm);
  return score;
}

/** The language to switch to, or undefined to keep the surrounding one. */
export function ownLanguage(score: LanguageScore): string | undefined {
  const g = score.guess(SWITCH_EVIDENCE, SWITCH_SHARE);
  return g.language === 'und' ? undefined : g.language;
}

/** The document's main language: ingest's guess if it made one, else the best stop-word score of the text. */
export function documentLanguage(document: Document, all: LanguageScore, lexicons: LexiconSet): { language: string; guessed: boolean } {
  if (document.language && document.language !== 'und') return { language: document.language, guessed: false };
  const best = all.best();
  if (best.evidence > 0) return { language: best.language, guessed: best.evidence < MIN_EVIDENCE };
  return { language: lexicons[FALLBACK] ? FALLBACK : Object.keys(lexicons)[0] ?? 'und', guessed: true };
}

export { stopwordTable };
