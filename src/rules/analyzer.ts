/**
 * How pattern words become token keys. Patterns must be cut and stemmed exactly as annotate cuts and
 * stems the text, so by default this borrows annotate's public tokenizer; tests may inject their own.
 */
import { tokenize, type LexiconSet } from '../annotate/index.js';

export interface PatternAnalyzer {
  /** Folded form and stem of each token of a pattern word. `language` is `any` for neutral patterns. */
  words(text: string, language: string): Array<{ norm: string; stem: string }>;
  /** Whether a token (by its folded form) is a number: digits, or a number word of the language. */
  isNumber(norm: string, language: string): boolean;
}

const DIGITS = /^\p{Nd}+(?:[.,']\p{Nd}+)*$/u;

export function isDigits(norm: string): boolean {
  return DIGITS.test(norm);
}

/** Number words a lexicon may list, under `numbers` (a word → value map or a list of words). */
function numberWords(lexicons: LexiconSet, language: string): Set<string> {
  const lexicon = lexicons[language] as { numbers?: unknown; numberWords?: unknown } | undefined;
  const raw = lexicon?.numbers ?? lexicon?.numberWords;
  if (Array.isArray(raw)) return new Set(raw.map(String));
  if (raw && typeof raw === 'object') return new Set(Object.keys(raw));
  return new Set();
}

export function defaultAnalyzer(lexicons: LexiconSet): PatternAnalyzer {
  const numbers = new Map<string, Set<string>>();
  return {
    words: (text, language) =>
      tokenize(text, language === 'any' ? 'und' : language, lexicons).map((t) => ({ norm: t.norm, stem: t.stem })),
    isNumber(norm, language) {
      if (isDigits(norm)) return true;
      let set = numbers.get(language);
      if (!set) numbers.set(language, (set = numberWords(lexicons, language)));
      return set.has(norm);
    },
  };
}
