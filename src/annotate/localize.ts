/**
 * Reading a sentence's plainly scanned tokens in its language: stems, compound cuts and marker start
 * bits (starts.ts). What a word gets depends only on its form, so each form is worked out once per
 * language and remembered: one look-up per token gives its tokens, another every marker set's index.
 */
import type { Token } from './types.js';
import type { CompiledLexicon } from './compile.js';
import { keepOn, keptOn, pushWord, readingOf } from './tokenize.js';
import { NUMBER_BIT } from './starts.js';
import type { SpanBuffer } from './spans.js';

/** Words repeat a lot in a treaty; the bound only keeps a pathological text from growing the cache. */
const CACHE_LIMIT = 50_000;
/** Marker start bits (StartIndex.bitsOf) by folded form, and NUMBER_BIT for a number. */
const caches = new WeakMap<CompiledLexicon, Map<string, number>>();

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
 * The tokens of a sentence scanned without a language (whole words, stem = norm) as `lex`'s language
 * reads them, its stems and compound cuts: each word is read by the language's scanner, so it is cut
 * exactly as tokenize cuts it. `plainSpans` holds the words' spans from token `first` on; their tokens'
 * spans go to `spans` and their start bits to `out`. `plain` is returned, rewritten in place, when no
 * word was cut.
 */
export function localize(plain: Token[], plainSpans: Int32Array, first: number, lex: CompiledLexicon, out: StartBitsBuffer, spans: SpanBuffer): Token[] {
  const cache = cacheOf(lex);
  let cut: Token[] | undefined;
  let bits = out.reserve(plain.length);
  for (let i = 0; i < plain.length; i++) {
    const w = plain[i];
    const parts = keptOn<Token[]>(w, lex.scanner.memo) ?? keepOn(w, lex.scanner.memo, readingOf(w.text, lex.scanner));
    const start = plainSpans[2 * (first + i)];
    if (parts.length > 1 || cut) {
      cut ??= plain.slice(0, i);
      pushWord(parts, start, cut, spans);
      bits = out.reserve(parts.length);
    } else {
      plain[i] = parts[0];
      spans.push(start, plainSpans[2 * (first + i) + 1]);
    }
    for (const t of parts) bits[out.length++] = startBitsOf(t, lex, cache);
  }
  return cut ?? plain;
}

function cacheOf(lex: CompiledLexicon): Map<string, number> {
  let cache = caches.get(lex);
  if (!cache) caches.set(lex, (cache = new Map()));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  return cache;
}

/** The marker sets that may start at a token of this folded form. */
function startBitsOf(t: Token, lex: CompiledLexicon, cache: Map<string, number>): number {
  const kept = keptOn<number>(t, lex.memo);
  if (kept !== undefined) return kept;
  let bits = cache.get(t.norm);
  if (bits === undefined) {
    bits = lex.starts.bitsOf(t.norm, t.stem) | (lex.isNumber(t) ? NUMBER_BIT : 0);
    cache.set(t.norm, bits);
  }
  return keepOn(t, lex.memo, bits);
}
