/**
 * The `word*` keys of an automaton as a trie of char codes. A token walks it along its folded form
 * and collects the keys it passes ("recruit" on the way to "recruitment"): most tokens leave the trie
 * after a letter or two, and none slices a string or hashes one.
 */
import { PairTable } from './pair-table.js';

export class PrefixIndex {
  /** (trie node, char code) → child node. Node 0 is the root. */
  private readonly children: PairTable;
  /** Per trie node: the number of the key that ends there, or -1. */
  private readonly keyAt: Int32Array;

  /** `ids`: each key and the number that stands for it. */
  constructor(ids: ReadonlyMap<string, number>) {
    const pending = new Map<string, number>(); // path so far → trie node
    const links: Array<[number, number, number]> = [];
    const ends: Array<[number, number]> = [];
    let nodes = 1;
    for (const [key, id] of ids) {
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
    this.children = new PairTable(links.length);
    for (const [from, code, to] of links) this.children.set(from, code, to);
    this.keyAt = new Int32Array(nodes).fill(-1);
    for (const [node, id] of ends) this.keyAt[node] = id;
  }

  /** Appends to `out` the numbers of the keys that `norm` begins with, shortest first. */
  idsOf(norm: string, out: number[]): void {
    let node = 0;
    for (let i = 0; i < norm.length; i++) {
      node = this.children.get(node, norm.charCodeAt(i));
      if (node < 0) return;
      if (this.keyAt[node] >= 0) out.push(this.keyAt[node]);
    }
  }
}
