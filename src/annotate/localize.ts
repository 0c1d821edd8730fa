/**
 * Reading a sentence's plainly scanned tokens in its language: stems, compound cuts and marker start
 * bits (starts.ts). What a word gets depends only on its folded form, so each form is worked out once
 * per lexicon and remembered: one map look-up per token does the stem and every marker set's index.
 */
import type { Token } from './types.js';
import type { CompiledLexicon } from './compile.js';
import { hasDigit, scanTokens, type WordScanner } from './tokenize.js';
import { NUMBER_BIT } from './starts.js';

interface WordFacts {
  stem: string;
  /** Marker start bits (StartIndex.bitsOf), and NUMBER_BIT for a number. */
  starts: number;
  /** Starts like a solid compound of the language (cut only if the raw word folds letter for letter). */
  compound: boolean;
}

/** Words repeat a lot in a treaty; the bound only keeps a pathological text from growing the cache. */
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<CompiledLexicon, Map<string, WordFacts>>();

/** Bits of the marker sets that may start at each token, appended as tokens are read. */
export class StartBitsBuffer {
  bits = new Uint16Array(4096);
  length = 0;

  /** Room for n more entries; entries already written stay where they are in the old array too. */
  reserve(n: number): Uint16Array {
    if (this.length + n > this.bits.length) {
      const grown = new Uint16Array(Math.max(this.bits.length * 2, this.length + n));
      grown.set(this.bits.subarray(0, this.length));
      this.bits = grown;
    }
    return this.bits;
  }
}

/**
 * Give tokens scanned without a language (stem = norm) the stems and compound cuts of `lex`'s language
 * and write their start bits at out.length. A word that may be a compound is scanned again by the
 * language's scanner, so it is cut exactly as tokenize cuts it. Returns the same array when nothing
 * was cut.
 */
export function localize(text: string, tokens: Token[], lex: CompiledLexicon, out: StartBitsBuffer): Token[] {
  const cache = cacheOf(lex);
  let cut: Token[] | undefined;
  let bits = out.reserve(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const facts = factsOf(t, lex, cache);
    if (facts.compound && t.text.length === t.norm.length) {
      cut ??= tokens.slice(0, i);
      const from = cut.length;
      scanTokens(text, t.start, t.end, lex.scanner, cut);
      bits = out.reserve(cut.length - from);
      for (let k = from; k < cut.length; k++) bits[out.length++] = factsOf(cut[k], lex, cache).starts;
      continue;
    }
    t.stem = facts.stem;
    bits[out.length++] = facts.starts;
    if (cut) cut.push(t);
  }
  return cut ?? tokens;
}

function cacheOf(lex: CompiledLexicon): Map<string, WordFacts> {
  let cache = caches.get(lex);
  if (!cache) caches.set(lex, (cache = new Map()));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  return cache;
}

/** What every token with this token's folded form gets (the form alone decides each). */
function factsOf(t: Token, lex: CompiledLexicon, cache: Map<string, WordFacts>): WordFacts {
  const norm = t.norm;
  let facts = cache.get(norm);
  if (!facts) {
    const stem = hasDigit(norm) ? norm : lex.scanner.stem(norm);
    const starts = lex.starts.bitsOf(norm, stem) | (lex.isNumber(t) ? NUMBER_BIT : 0);
    facts = { stem, starts, compound: mayBeCompound(norm, lex.scanner) };
    cache.set(norm, facts);
  }
  return facts;
}

/** Does the word extend one of the language's compound prefixes (tokenize.ts's condition)? */
function mayBeCompound(norm: string, scanner: WordScanner): boolean {
  for (const prefix of scanner.compounds.keys()) if (norm.length > prefix.length && norm.startsWith(prefix)) return true;
  return false;
}
