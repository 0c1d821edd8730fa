/**
 * A set of lexicon markers compiled once and indexed by what their first token can be, so finding all
 * markers in a sentence looks at each token once plus the few markers that could start there. A set may
 * also take a sentence's start bits (starts.ts), computed once for all sets: then it tries only the
 * tokens where one of its own markers can start.
 */
import type { Token } from './types.js';
import { firstKeys, matchFrom, parsePattern, type IsNumber, type Item } from './pattern.js';
import type { WordScanner } from './tokenize.js';

interface Entry<T> { pattern: string; items: Item[]; tag: T; seen: number }

export interface MarkerMatch<T> {
  pattern: string;
  tag: T;
  /** Token range [start, end) in the token array searched. */
  start: number;
  end: number;
}

/** Start bits of a sentence: bit b of bits[offset + i] is set when set b may start a marker at token i. */
export interface StartBits { bits: Uint16Array; offset: number }

/** The first two letters of a word as one number (no string cut per token); -1 when shorter. */
export function prefixKey(norm: string): number {
  return norm.length >= 2 ? norm.charCodeAt(0) * 0x10000 + norm.charCodeAt(1) : -1;
}

export class MarkerSet<T> {
  readonly byStem = new Map<string, Entry<T>[]>();
  readonly byNorm = new Map<string, Entry<T>[]>();
  /** Prefix markers indexed by their first two letters (prefixKey). */
  readonly byPrefix = new Map<number, Entry<T>[]>();
  readonly anywhere: Entry<T>[] = [];
  /** This set's bit in start bits (0: the set takes none and tries every token). */
  bit = 0;
  private stamp = 0;
  size = 0;

  /** exactWords: plain words compare whole folded forms instead of stems. */
  constructor(private readonly isNumber: IsNumber, private readonly exactWords = false) {}

  /** Add a marker; throws with the pattern named when it is malformed. */
  add(pattern: string, tag: T, scanner: WordScanner): void {
    let items: Item[];
    try {
      items = parsePattern(pattern, scanner, this.exactWords);
    } catch (err) {
      throw new Error(`pattern "${pattern}": ${(err as Error).message}`);
    }
    const entry: Entry<T> = { pattern, items, tag, seen: -1 };
    const keys = firstKeys(items);
    this.size++;
    if (!keys) { this.anywhere.push(entry); return; }
    for (const key of keys) {
      if (key.t === 'stem') push(this.byStem, key.v, entry);
      else if (key.t === 'exact') push(this.byNorm, key.v, entry);
      else if (key.v.length >= 2) push(this.byPrefix, prefixKey(key.v), entry);
      else this.anywhere.push(entry);
    }
  }

  /**
   * Every match in tokens[from, to), by start then pattern order; overlapping matches are all kept.
   * With `starts` (the same sentence's start bits), tokens where none of this set's markers can start
   * are skipped without a look-up.
   */
  find(tokens: Token[], from = 0, to = tokens.length, starts?: StartBits): Array<MarkerMatch<T>> {
    const found: Array<MarkerMatch<T>> = [];
    if (!this.size) return found;
    const bit = starts ? this.bit : 0;
    for (let i = from; i < to; i++) {
      if (bit && !(starts!.bits[starts!.offset + i] & bit)) continue;
      const stamp = ++this.stamp;
      const t = tokens[i];
      this.tryAll(this.byStem.get(t.stem), tokens, i, to, stamp, found);
      this.tryAll(this.byNorm.get(t.norm), tokens, i, to, stamp, found);
      if (this.byPrefix.size) this.tryAll(this.byPrefix.get(prefixKey(t.norm)), tokens, i, to, stamp, found);
      if (this.anywhere.length) this.tryAll(this.anywhere, tokens, i, to, stamp, found);
    }
    return found;
  }

  private tryAll(entries: Entry<T>[] | undefined, tokens: Token[], i: number, to: number, stamp: number, found: Array<MarkerMatch<T>>): void {
    if (!entries) return;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.seen === stamp) continue;
      e.seen = stamp;
      const end = matchFrom(e.items, 0, tokens, i, to, this.isNumber);
      if (end > i) found.push({ pattern: e.pattern, tag: e.tag, start: i, end });
    }
  }
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
