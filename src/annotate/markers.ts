/**
 * A set of lexicon markers compiled once and indexed by what their first token can be, so finding all
 * markers in a sentence looks at each token once plus the few markers that could start there.
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

export class MarkerSet<T> {
  private byStem = new Map<string, Entry<T>[]>();
  private byNorm = new Map<string, Entry<T>[]>();
  /** Prefix markers indexed by their first two letters. */
  private byPrefix = new Map<string, Entry<T>[]>();
  private anywhere: Entry<T>[] = [];
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
      else if (key.v.length >= 2) push(this.byPrefix, key.v.slice(0, 2), entry);
      else this.anywhere.push(entry);
    }
  }

  /** Every match in tokens[from, to), by start then pattern order; overlapping matches are all kept. */
  find(tokens: Token[], from = 0, to = tokens.length): Array<MarkerMatch<T>> {
    const found: Array<MarkerMatch<T>> = [];
    if (!this.size) return found;
    for (let i = from; i < to; i++) {
      const stamp = ++this.stamp;
      const t = tokens[i];
      this.tryAll(this.byStem.get(t.stem), tokens, i, to, stamp, found);
      this.tryAll(this.byNorm.get(t.norm), tokens, i, to, stamp, found);
      this.tryAll(this.byPrefix.get(t.norm.slice(0, 2)), tokens, i, to, stamp, found);
      this.tryAll(this.anywhere, tokens, i, to, stamp, found);
    }
    return found;
  }

  private tryAll(entries: Entry<T>[] | undefined, tokens: Token[], i: number, to: number, stamp: number, found: Array<MarkerMatch<T>>): void {
    if (!entries) return;
    for (const e of entries) {
      if (e.seen === stamp) continue;
      e.seen = stamp;
      const end = matchFrom(e.items, 0, tokens, i, to, this.isNumber);
      if (end > i) found.push({ pattern: e.pattern, tag: e.tag, start: i, end });
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
