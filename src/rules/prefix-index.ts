/**
 * The `word*` keys of an automaton as a trie of char codes. A token walks it along its folded form
 * and collects the keys it passes ("recruit" on the way to "recruitment"): most tokens leave the trie
 * after a letter or two, and none slices a string or hashes one.
 */
import { PairTable } from './pair-table.js';

/** A PrefixIndex as typed arrays and a number (what a precompiled pack or a worker receives). */
export interface PrefixIndexData { children: Int32Array; keyAt: Int32Array; longest: number }

export class PrefixIndex {
  private constructor(
    /** (trie node, char code) → child node. Node 0 is the root. */
    private readonly children: PairTable,
    /** Per trie node: the number of the key that ends there, or -1. */
    private readonly keyAt: Int32Array,
    /** Letters of the longest key: no word begins with more keys than that. */
    readonly longest: number,
  ) {}

  /** The index of these keys, `ids` giving each key and the number that stands for it. */
  static of(ids: ReadonlyMap<string, number>): PrefixIndex {
    const pending = new Map<string, number>(); // path so far → trie node
    const links: Array<[number, number, number]> = [];
    const ends: Array<[number, number]> = [];
    let nodes = 1;
    let longest = 0;
    for (const [key, id] of ids) {
      longest = Math.max(longest, key.length);
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const path = key.slice(0, i + 1);
        let child = pending.get(path);
        if (child === undefined) {
          child = nodes++;
          pending.set(path, child);
          links.push([node, key.charCodeAt(i), child]);
        }
        node = child;
      }
      ends.push([node, id]);
    }
    const children = new PairTable(links.length);
    for (const [from, code, to] of links) children.set(from, code, to);
    const keyAt = new Int32Array(nodes).fill(-1);
    for (const [node, id] of ends) keyAt[node] = id;
    return new PrefixIndex(children, keyAt, longest);
  }

  /** The index read back from `toData`. */
  static fromData(data: PrefixIndexData): PrefixIndex {
    return new PrefixIndex(PairTable.fromData(data.children), data.keyAt, data.longest);
  }

  /** The index as plain data, to store or post. */
  toData(): PrefixIndexData {
    return { children: this.children.data, keyAt: this.keyAt, longest: this.longest };
  }

  /**
   * Writes into `out` from `count` on the numbers of the keys that `norm` begins with, shortest first,
   * as far as `out` has room; returns the new count.
   */
  idsOf(norm: string, out: Int32Array, count = 0): number {
    let node = 0;
    for (let i = 0; i < norm.length && count < out.length; i++) {
      node = this.children.get(node, norm.charCodeAt(i));
      if (node < 0) break;
      if (this.keyAt[node] >= 0) out[count++] = this.keyAt[node];
    }
    return count;
  }
}
