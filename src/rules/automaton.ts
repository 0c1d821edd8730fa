/**
 * One token automaton per language: a trie over the expanded patterns of every concept, with gap
 * edges. Transitions are keyed by what a token offers (stem, folded form, prefix, number), so a
 * token that starts no pattern costs a few map look-ups however many rules there are.
 */

export interface Accept {
  concept: number;
  /** Index into CompiledPack.patterns: the pattern as written. */
  pattern: number;
}

export interface AutomatonNode {
  edges: Map<string, number>;
  /** Skip 0..max tokens, then continue from `target`. */
  gaps: Array<{ max: number; target: number }>;
  /** Patterns that end here, in pack order. */
  accepts: Accept[];
}

/** A step once its words are tokenized: one token key, or a gap. */
export type Atom = { key: string } | { gap: number };

export const stemKey = (stem: string) => `s:${stem}`;
export const normKey = (norm: string) => `n:${norm}`;
export const prefixKey = (norm: string) => `p:${norm}`;
export const NUMBER_KEY = '#';

export class Automaton {
  readonly nodes: AutomatonNode[] = [newNode()];
  /** Distinct lengths of `prefix*` words: a token offers one prefix key per length. */
  prefixLengths: number[] = [];

  add(atoms: Atom[], accept: Accept): void {
    let at = 0;
    for (const atom of atoms) at = 'key' in atom ? this.edge(at, atom.key) : this.gap(at, atom.gap);
    const accepts = this.nodes[at].accepts;
    if (!accepts.some((a) => a.concept === accept.concept)) accepts.push(accept);
  }

  notePrefix(length: number): void {
    if (!this.prefixLengths.includes(length)) this.prefixLengths = [...this.prefixLengths, length].sort((a, b) => a - b);
  }

  private edge(from: number, key: string): number {
    const node = this.nodes[from];
    let to = node.edges.get(key);
    if (to === undefined) {
      to = this.nodes.push(newNode()) - 1;
      node.edges.set(key, to);
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
  return { edges: new Map(), gaps: [], accepts: [] };
}
