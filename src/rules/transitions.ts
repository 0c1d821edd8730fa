/**
 * An automaton laid out for matching. Every key a pattern tests (a stem, a folded form, a prefix)
 * becomes a small number, once per token; every edge then lives in one hash table over (node,
 * key number) in typed arrays. Stepping a state is integer arithmetic instead of a look-up by string
 * in a map per node, which was most of the matcher's time. The table is all that matching keeps of
 * an automaton: the nodes it is laid out from are dropped once compiled (they took ten times its
 * memory), and its typed arrays are what a precompiled pack stores and a worker thread receives.
 */
import type { AutomatonNode } from './automaton.js';
import { PairTable } from './pair-table.js';
import { PrefixIndex, type PrefixIndexData } from './prefix-index.js';

/** A word form's key numbers and their bits (see TransitionTable.edgeBits). */
export interface FormKeys { stem: string; keys: number[]; bits: number }

/** The bit that stands for a key number in edge and token bit sets. */
export function keyBit(key: number): number {
  return 1 << (key & 31);
}

/** Word forms whose keys are remembered at once; past it the memory starts again (a bound, not a tuning). */
const FORMS_REMEMBERED = 50_000;

/** A TransitionTable as plain data (typed arrays and maps): what a precompiled pack stores and a worker receives. */
export interface TableData {
  stems: Map<string, number>;
  norms: Map<string, number>;
  prefixes: PrefixIndexData;
  edgeCount: Int32Array;
  edgeBits: Int32Array;
  numberTarget: Int32Array;
  accepting: Uint8Array;
  gapStart: Int32Array;
  gapMax: Int32Array;
  gapTarget: Int32Array;
  acceptStart: Int32Array;
  acceptConcept: Int32Array;
  acceptPattern: Int32Array;
  edges: Int32Array;
  fromStart: Int32Array;
}

export class TransitionTable {
  /** Key numbers, distinct across the three kinds: a stem, a folded form and a prefix never share one. */
  readonly stems: Map<string, number>;
  readonly norms: Map<string, number>;
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
  /** Patterns that end at node n, in pack order: acceptConcept/acceptPattern[acceptStart[n] .. acceptStart[n + 1]). */
  readonly acceptStart: Int32Array;
  readonly acceptConcept: Int32Array;
  readonly acceptPattern: Int32Array;
  private readonly edges: PairTable;
  /** The start state's edges by key number: every token steps it, so it gets a plain array. */
  private readonly fromStart: Int32Array;
  /** Key numbers per word form, with the stem they were read with (see keysOf). */
  private readonly forms = new Map<string, FormKeys>();
  private readonly scratch: Int32Array;

  private constructor(data: TableData) {
    this.stems = data.stems;
    this.norms = data.norms;
    this.edgeCount = data.edgeCount;
    this.edgeBits = data.edgeBits;
    this.numberTarget = data.numberTarget;
    this.accepting = data.accepting;
    this.gapStart = data.gapStart;
    this.gapMax = data.gapMax;
    this.gapTarget = data.gapTarget;
    this.acceptStart = data.acceptStart;
    this.acceptConcept = data.acceptConcept;
    this.acceptPattern = data.acceptPattern;
    this.fromStart = data.fromStart;
    this.prefixes = PrefixIndex.fromData(data.prefixes);
    this.edges = PairTable.fromData(data.edges);
    this.scratch = new Int32Array(2 + this.prefixes.longest);
  }

  /** The table of an automaton's nodes. */
  static of(nodes: readonly AutomatonNode[]): TransitionTable {
    return new TransitionTable(layOut(nodes));
  }

  /** The table again from `toData`. */
  static fromData(data: TableData): TransitionTable {
    return new TransitionTable(data);
  }

  /** The table as plain data, to store or post (the memory of word forms is not part of it). */
  toData(): TableData {
    const { stems, norms, edgeCount, edgeBits, numberTarget, accepting, gapStart, gapMax, gapTarget, acceptStart, acceptConcept, acceptPattern, fromStart } = this;
    return { stems, norms, prefixes: this.prefixes.toData(), edgeCount, edgeBits, numberTarget, accepting, gapStart, gapMax, gapTarget, acceptStart, acceptConcept, acceptPattern, edges: this.edges.data, fromStart };
  }

  /** How many states the automaton has. */
  get nodeCount(): number {
    return this.edgeCount.length;
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

/** Number every key, then fill the per-node arrays and the edge table from the nodes' maps. */
function layOut(nodes: readonly AutomatonNode[]): TableData {
  const stems = new Map<string, number>();
  const norms = new Map<string, number>();
  const prefixIds = new Map<string, number>();
  let keys = 0;
  const number = (map: Map<string, number>, key: string) => {
    if (!map.has(key)) map.set(key, keys++);
  };
  let edgeTotal = 0;
  let gapTotal = 0;
  let acceptTotal = 0;
  for (const { edges: e, gaps: g, accepts } of nodes) {
    e.stem?.forEach((_, key) => number(stems, key));
    e.norm?.forEach((_, key) => number(norms, key));
    e.prefix?.forEach((_, key) => number(prefixIds, key));
    edgeTotal += (e.stem?.size ?? 0) + (e.norm?.size ?? 0) + (e.prefix?.size ?? 0);
    gapTotal += g.length;
    acceptTotal += accepts.length;
  }
  const n = nodes.length;
  const edges = new PairTable(edgeTotal);
  const data: TableData = {
    stems, norms, prefixes: PrefixIndex.of(prefixIds).toData(),
    edgeCount: new Int32Array(n), edgeBits: new Int32Array(n), numberTarget: new Int32Array(n), accepting: new Uint8Array(n),
    gapStart: new Int32Array(n + 1), gapMax: new Int32Array(gapTotal), gapTarget: new Int32Array(gapTotal),
    acceptStart: new Int32Array(n + 1), acceptConcept: new Int32Array(acceptTotal), acceptPattern: new Int32Array(acceptTotal),
    edges: edges.data, fromStart: new Int32Array(keys).fill(-1),
  };
  let g = 0;
  let a = 0;
  nodes.forEach((node, at) => {
    const e = node.edges;
    data.edgeCount[at] = e.size;
    data.numberTarget[at] = e.number;
    data.accepting[at] = node.accepts.length ? 1 : 0;
    data.gapStart[at] = g;
    for (const gap of node.gaps) {
      data.gapMax[g] = gap.max;
      data.gapTarget[g++] = gap.target;
    }
    data.acceptStart[at] = a;
    for (const accept of node.accepts) {
      data.acceptConcept[a] = accept.concept;
      data.acceptPattern[a++] = accept.pattern;
    }
    const link = (key: number, to: number) => {
      data.edgeBits[at] |= keyBit(key);
      if (at === 0) data.fromStart[key] = to;
      else edges.set(at, key, to);
    };
    e.stem?.forEach((to, key) => link(stems.get(key)!, to));
    e.norm?.forEach((to, key) => link(norms.get(key)!, to));
    e.prefix?.forEach((to, key) => link(prefixIds.get(key)!, to));
  });
  data.gapStart[n] = g;
  data.acceptStart[n] = a;
  return data;
}
