/**
 * An automaton laid out for matching. Every key a pattern tests (a stem, a folded form, a prefix)
 * becomes a small number, once per token; every edge then lives in one hash table over (node,
 * key number) in typed arrays. Stepping a state is integer arithmetic instead of a look-up by string
 * in a map per node, which was most of the matcher's time.
 */
import type { AutomatonNode } from './automaton.js';
import { PairTable } from './pair-table.js';
import { PrefixIndex } from './prefix-index.js';

/** A word form's key numbers and their bits (see TransitionTable.edgeBits). */
export interface FormKeys { stem: string; keys: number[]; bits: number }

/** The bit that stands for a key number in edge and token bit sets. */
export function keyBit(key: number): number {
  return 1 << (key & 31);
}

/** Word forms whose keys are remembered at once; past it the memory starts again (a bound, not a tuning). */
const FORMS_REMEMBERED = 50_000;

export class TransitionTable {
  /** Key numbers, distinct across the three kinds: a stem, a folded form and a prefix never share one. */
  readonly stems = new Map<string, number>();
  readonly norms = new Map<string, number>();
  readonly prefixes: PrefixIndex;
  /** Per node: how many edges leave it, where its number edge goes (-1: none), whether patterns end there. */
  readonly edgeCount: Int32Array;
  /**
   * Per node: one bit per key number modulo 32 that has an edge there. A token's keys whose bits
   * miss it cannot lead anywhere from that node, so most states skip the table altogether.
   */
  readonly edgeBits: Int32Array;
  readonly numberTarget: Int32Array;
  readonly accepting: Uint8Array;
  /** Gaps of node n are gapMax/gapTarget[gapStart[n] .. gapStart[n + 1]). */
  readonly gapStart: Int32Array;
  readonly gapMax: Int32Array;
  readonly gapTarget: Int32Array;
  private readonly edges: PairTable;
  /** The start state's edges by key number: every token steps it, so it gets a plain array. */
  private readonly fromStart: Int32Array;
  /** Key numbers per word form, with the stem they were read with (see keysOf). */
  private readonly forms = new Map<string, FormKeys>();
  private readonly scratch: Int32Array;

  constructor(nodes: readonly AutomatonNode[]) {
    const prefixIds = new Map<string, number>();
    let keys = 0;
    const number = (map: Map<string, number>, key: string) => {
      if (!map.has(key)) map.set(key, keys++);
    };
    let edges = 0;
    let gaps = 0;
    for (const { edges: e, gaps: g } of nodes) {
      e.stem?.forEach((_, key) => number(this.stems, key));
      e.norm?.forEach((_, key) => number(this.norms, key));
      e.prefix?.forEach((_, key) => number(prefixIds, key));
      edges += (e.stem?.size ?? 0) + (e.norm?.size ?? 0) + (e.prefix?.size ?? 0);
      gaps += g.length;
    }
    this.prefixes = new PrefixIndex(prefixIds);
    this.scratch = new Int32Array(2 + this.prefixes.longest);
    const n = nodes.length;
    this.edgeCount = new Int32Array(n);
    this.edgeBits = new Int32Array(n);
    this.numberTarget = new Int32Array(n);
    this.accepting = new Uint8Array(n);
    this.gapStart = new Int32Array(n + 1);
    this.gapMax = new Int32Array(gaps);
    this.gapTarget = new Int32Array(gaps);
    this.edges = new PairTable(edges);
    this.fromStart = new Int32Array(keys).fill(-1);
    let g = 0;
    nodes.forEach((node, at) => {
      const e = node.edges;
      this.edgeCount[at] = e.size;
      this.numberTarget[at] = e.number;
      this.accepting[at] = node.accepts.length ? 1 : 0;
      this.gapStart[at] = g;
      for (const gap of node.gaps) {
        this.gapMax[g] = gap.max;
        this.gapTarget[g++] = gap.target;
      }
      const link = (key: number, to: number) => {
        this.edgeBits[at] |= keyBit(key);
        if (at === 0) this.fromStart[key] = to;
        else this.edges.set(at, key, to);
      };
      e.stem?.forEach((to, key) => link(this.stems.get(key)!, to));
      e.norm?.forEach((to, key) => link(this.norms.get(key)!, to));
      e.prefix?.forEach((to, key) => link(prefixIds.get(key)!, to));
    });
    this.gapStart[n] = g;
  }

  /**
   * The key numbers a token offers, in the order its edges are followed: stem, folded form, prefixes.
   * Worked out once per word form and remembered (a text repeats its words: most tokens are forms
   * seen before), with the stem they were read with, since one automaton may serve several languages.
   */
  keysOf(norm: string, stem: string): FormKeys {
    let form = this.forms.get(norm);
    if (form === undefined || form.stem !== stem) {
      const keys = this.readKeys(norm, stem);
      let bits = 0;
      for (const key of keys) bits |= keyBit(key);
      form = { stem, keys, bits };
      if (this.forms.size >= FORMS_REMEMBERED) this.forms.clear();
      this.forms.set(norm, form);
    }
    return form;
  }

  private readKeys(norm: string, stem: string): number[] {
    const keys = this.scratch;
    let count = 0;
    const byStem = this.stems.get(stem);
    if (byStem !== undefined) keys[count++] = byStem;
    const byNorm = this.norms.get(norm);
    if (byNorm !== undefined) keys[count++] = byNorm;
    count = this.prefixes.idsOf(norm, keys, count);
    return Array.from(keys.subarray(0, count));
  }

  /** Where the edge for key number `key` leads from `node`, or -1. */
  next(node: number, key: number): number {
    return node === 0 ? this.fromStart[key] : this.edges.get(node, key);
  }
}
