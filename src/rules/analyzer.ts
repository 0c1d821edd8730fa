/**
 * How pattern words become token keys. Patterns must be cut and stemmed exactly as annotate cuts and
 * stems the text, so by default this borrows annotate's public tokenizer; tests may inject their own.
 */
import { normalize, startsWithDigit, tokenize, type LexiconSet } from '../annotate/index.js';

export interface PatternAnalyzer {
  /** Folded form and stem of each token of a pattern word. `language` is `any` for neutral patterns. */
  words(text: string, language: string): Array<{ norm: string; stem: string }>;
  /** Whether a token (by its folded form) is a number: digits, or a number word of the language. */
  isNumber(norm: string, language: string): boolean;
}


/** The lexicon's number words ("twelve", "douze"), folded as tokens are. */
function numberWords(lexicons: LexiconSet, language: string): Set<string> {
  const words = (lexicons[language] as { numberWords?: Record<string, number> } | undefined)?.numberWords ?? {};
  return new Set(Object.keys(words).map((w) => normalize(w)));
}

export function defaultAnalyzer(lexicons: LexiconSet): PatternAnalyzer {
  const numbers = new Map<string, Set<string>>();
  // A pack repeats the same words across thousands of expanded sequences: tokenize each once.
  const seen = new Map<string, Array<{ norm: string; stem: string }>>();
  return {
    words(text, language) {
      const key = `${language}\u0000${text}`;
      let words = seen.get(key);
      if (!words) {
        words = tokenize(text, language === 'any' ? 'und' : language, lexicons).tokens.map((t) => ({ norm: t.norm, stem: t.stem }));
        seen.set(key, words);
      }
      return words;
    },
    isNumber(norm, language) {
      if (startsWithDigit(norm)) return true;
      let set = numbers.get(language);
      if (!set) numbers.set(language, (set = numberWords(lexicons, language)));
      return set.has(norm);
    },
  };
}
