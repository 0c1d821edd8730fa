/**
 * A hash table from a pair of small non-negative integers to an integer, in one typed array. The
 * matcher asks it for an edge at every live state of every token, so a look-up must be arithmetic and
 * one cache line, with no string hashing and no allocation. Sized once: the number of entries is known
 * before filling.
 */
export class PairTable {
  /** Open addressing: slot i holds the pair and its value at 3i, 3i+1, 3i+2; an empty slot has -1 first. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** An empty table with room for `entries`. */
  constructor(entries: number, slots?: Int32Array) {
    const capacity = slots ? slots.length / 3 : 2 ** Math.ceil(Math.log2(Math.max(2, entries * 2)));
    this.mask = capacity - 1;
    this.slots = slots ?? new Int32Array(capacity * 3).fill(-1);
  }

  /** The table whose `data` this is. */
  static fromData(slots: Int32Array): PairTable {
    return new PairTable(slots.length / 3 / 2, slots);
  }

  /** The whole table as one array, to store or post. */
  get data(): Int32Array {
    return this.slots;
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const slots = this.slots;
    let h = hash(a, b) & this.mask;
    for (;;) {
      const at = slots[h * 3];
      if (at < 0) return -1;
      if (at === a && slots[h * 3 + 1] === b) return slots[h * 3 + 2];
      h = (h + 1) & this.mask;
    }
  }

  /** Store a value for a pair not yet in the table (the callers build from maps: no pair comes twice). */
  set(a: number, b: number, value: number): void {
    let h = hash(a, b) & this.mask;
    while (this.slots[h * 3] >= 0) h = (h + 1) & this.mask;
    this.slots[h * 3] = a;
    this.slots[h * 3 + 1] = b;
    this.slots[h * 3 + 2] = value;
  }
}

/** A hash of the pair whose low bits depend on every bit of both. */
function hash(a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(b + 1, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 15);
}
