/**
 * One look-up table for all marker sets of a lexicon: which sets can start a marker at a token. A
 * sentence's tokens are looked up once here (three map probes each); each set's find then tries only
 * the tokens that carry its bit, instead of every set probing every token.
 */
import { prefixKey, type MarkerSet } from './markers.js';

/** At most 8 sets, bits 0-7; bit 8 is not a set's. */
const MAX_SETS = 8;
/** The token is a number (CompiledLexicon.isNumber): quantities are looked for only there. */
export const NUMBER_BIT = 1 << 8;

export class StartIndex {
  private byStem = new Map<string, number>();
  private byNorm = new Map<string, number>();
  private byPrefix = new Map<number, number>();
  /** Bits of the sets with a marker that may start anywhere (a number, a gap). */
  private anywhere = 0;

  /** Give each set a bit and index its first keys. */
  constructor(sets: Array<MarkerSet<unknown>>) {
    if (sets.length > MAX_SETS) throw new Error(`at most ${MAX_SETS} marker sets share start bits`);
    sets.forEach((set, k) => {
      const bit = 1 << k;
      set.bit = bit;
      for (const key of set.byStem.keys()) or(this.byStem, key, bit);
      for (const key of set.byNorm.keys()) or(this.byNorm, key, bit);
      for (const key of set.byPrefix.keys()) or(this.byPrefix, key, bit);
      if (set.anywhere.length) this.anywhere |= bit;
    });
  }

  /** The start bits of a word with this folded form and stem. */
  bitsOf(norm: string, stem: string): number {
    let b = this.anywhere | (this.byStem.get(stem) ?? 0) | (this.byNorm.get(norm) ?? 0);
    if (this.byPrefix.size) b |= this.byPrefix.get(prefixKey(norm)) ?? 0;
    return b;
  }
}

function or<K>(map: Map<K, number>, key: K, bit: number): void {
  map.set(key, (map.get(key) ?? 0) | bit);
}
