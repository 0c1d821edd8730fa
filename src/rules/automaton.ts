/**
 * One token automaton per language: a trie over the expanded patterns of every concept, with gap
 * edges. Transitions are keyed by what a token offers (stem, folded form, prefix, number). This is
 * the form compiling builds; matching reads it laid out as integer tables (transitions.ts), so a
 * token that starts no pattern costs one look-up however many rules there are.
 */
import { TransitionTable } from './transitions.js';

export interface Accept {
  concept: number;
  /** Index into CompiledPack.patterns: the pattern as written. */
  pattern: number;
}

/** What a transition tests on a token: its stem, its folded form, a prefix of the folded form, or "is a number". */
export type KeyKind = 'stem' | 'norm' | 'prefix' | 'number';

/** Transitions by key kind, so a state looks up only the kinds it has edges of (maps made on first use). */
export interface Edges {
  stem?: Map<string, number>;
  norm?: Map<string, number>;
  prefix?: Map<string, number>;
  /** Target of the number edge, or -1. */
  number: number;
  /** Total edges, for a quick "leads nowhere" test. */
  size: number;
}

export interface AutomatonNode {
  edges: Edges;
  /** Skip 0..max tokens, then continue from `target`. */
  gaps: Array<{ max: number; target: number }>;
  /** Patterns that end here, in pack order. */
  accepts: Accept[];
}

/** A step once its words are tokenized: one token test, or a gap. */
export type Atom = { kind: KeyKind; text: string } | { gap: number };

export class Automaton {
  readonly nodes: AutomatonNode[] = [newNode()];

  /** The automaton laid out for matching (transitions.ts); it no longer needs the nodes. */
  layOut(): TransitionTable {
    return TransitionTable.of(this.nodes);
  }

  add(atoms: Atom[], accept: Accept): void {
    let at = 0;
    for (const atom of atoms) at = 'gap' in atom ? this.gap(at, atom.gap) : this.edge(at, atom.kind, atom.text);
    const accepts = this.nodes[at].accepts;
    if (!accepts.some((a) => a.concept === accept.concept)) accepts.push(accept);
  }

  private edge(from: number, kind: KeyKind, text: string): number {
    const edges = this.nodes[from].edges;
    if (kind === 'number') {
      if (edges.number < 0) [edges.number, edges.size] = [this.nodes.push(newNode()) - 1, edges.size + 1];
      return edges.number;
    }
    const map = (edges[kind] ??= new Map());
    let to = map.get(text);
    if (to === undefined) {
      to = this.nodes.push(newNode()) - 1;
      map.set(text, to);
      edges.size++;
    }
    return to;
  }

  private gap(from: number, max: number): number {
    const node = this.nodes[from];
    const existing = node.gaps.find((g) => g.max === max);
    if (existing) return existing.target;
    const target = this.nodes.push(newNode()) - 1;
    node.gaps.push({ max, target });
    return target;
  }
}

function newNode(): AutomatonNode {
  // Every field set up front, in one order: nodes share one hidden class and lookups stay monomorphic.
  return { edges: { stem: undefined, norm: undefined, prefix: undefined, number: -1, size: 0 }, gaps: [], accepts: [] };
}
