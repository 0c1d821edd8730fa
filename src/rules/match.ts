/**
 * Runs every sentence's tokens once through its language's automaton. Live states are deduplicated
 * by (node, start) and capped, so the cost stays O(tokens × live states) whatever the patterns.
 */
import type { AnnotatedDocument, Sentence, Token } from '../annotate/types.js';
import { NUMBER_KEY, normKey, prefixKey, stemKey, type Automaton } from './automaton.js';
import type { CompiledPack, Matcher } from './compile.js';
import type { Hit } from './types.js';

/** Most live states kept per token; beyond it new states are dropped (deterministically). */
export const MAX_LIVE_STATES = 2048;

export function match(doc: AnnotatedDocument, compiled: CompiledPack): Hit[] {
  const matcher = compiled.matcher;
  if (!matcher) throw new Error(`rule pack '${compiled.pack.id}' was not compiled: call compilePack first`);
  const hits: Hit[] = [];
  for (const sentence of doc.sentences) {
    const automaton = matcher.automata.get(sentence.language) ?? matcher.fallback;
    for (const found of matchTokens(sentence.tokens, automaton, (norm) => matcher.analyzer.isNumber(norm, sentence.language))) {
      hits.push(toHit(found, sentence, matcher));
    }
  }
  return hits;
}

/** A match as token indexes: [start, end) and which concept and pattern. */
export interface TokenMatch { concept: number; pattern: number; start: number; end: number }

/** Live states of one token step, deduplicated by (node, start); a repeat keeps the larger slack. */
class StateSet {
  readonly nodes: number[] = [];
  readonly starts: number[] = [];
  readonly slacks: number[] = [];
  private readonly index = new Map<number, number>();
  constructor(private readonly nodeCount: number, private readonly cap: number) {}

  add(node: number, start: number, slack: number): void {
    const key = start * this.nodeCount + node;
    const at = this.index.get(key);
    if (at !== undefined) {
      if (slack > this.slacks[at]) this.slacks[at] = slack;
      return;
    }
    if (this.nodes.length >= this.cap) return;
    this.index.set(key, this.nodes.length);
    this.nodes.push(node);
    this.starts.push(start);
    this.slacks.push(slack);
  }

  get size(): number { return this.nodes.length; }
}

/** The keys a token offers to transitions. */
function tokenKeys(token: Token, automaton: Automaton, isNumber: (norm: string) => boolean): string[] {
  const keys = [stemKey(token.stem), normKey(token.norm)];
  if (isNumber(token.norm)) keys.push(NUMBER_KEY);
  for (const length of automaton.prefixLengths) {
    if (length > token.norm.length) break;
    keys.push(prefixKey(token.norm.slice(0, length)));
  }
  return keys;
}

export interface MatchStats { maxLiveStates: number }

/** Leftmost-longest matches per (concept, start), without matches nested inside an earlier one. */
export function matchTokens(tokens: Token[], automaton: Automaton, isNumber: (norm: string) => boolean, stats?: MatchStats): TokenMatch[] {
  const { nodes } = automaton;
  const best = new Map<number, TokenMatch>();
  let live = new StateSet(nodes.length, MAX_LIVE_STATES);
  for (let i = 0; i < tokens.length; i++) {
    const keys = tokenKeys(tokens[i], automaton, isNumber);
    const next = new StateSet(nodes.length, MAX_LIVE_STATES);
    const advance = (node: number, start: number) => {
      const target = nodes[node];
      if (target.edges.size) next.add(node, start, 0);
      for (const gap of target.gaps) next.add(gap.target, start, gap.max);
      for (const accept of target.accepts) keep(best, tokens.length, { ...accept, start, end: i + 1 });
    };
    const step = (node: number, start: number, slack: number) => {
      const edges = nodes[node].edges;
      for (const key of keys) {
        const to = edges.get(key);
        if (to !== undefined) advance(to, start);
      }
      if (slack > 0) next.add(node, start, slack - 1);
    };
    for (let s = 0; s < live.size; s++) step(live.nodes[s], live.starts[s], live.slacks[s]);
    step(0, i, 0);
    live = next;
    if (stats && live.size > stats.maxLiveStates) stats.maxLiveStates = live.size;
  }
  return withoutNested([...best.values()]);
}

function keep(best: Map<number, TokenMatch>, width: number, m: TokenMatch): void {
  const key = m.concept * (width + 1) + m.start;
  const old = best.get(key);
  if (!old || m.end > old.end || (m.end === old.end && m.pattern < old.pattern)) best.set(key, m);
}

/** Sorted by start, then end, then concept; a concept's match inside its own earlier match is dropped. */
function withoutNested(found: TokenMatch[]): TokenMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.concept - b.concept);
  const reach = new Map<number, number>();
  const kept = found.filter((m) => {
    const upTo = reach.get(m.concept) ?? -1;
    if (m.end <= upTo) return false;
    reach.set(m.concept, m.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.concept - b.concept);
}

function toHit(m: TokenMatch, sentence: Sentence, compiled: Matcher): Hit {
  return {
    concept: compiled.concepts[m.concept],
    sentence: sentence.index,
    tokenStart: m.start,
    tokenEnd: m.end,
    start: sentence.tokens[m.start].start,
    end: sentence.tokens[m.end - 1].end,
    pattern: compiled.patterns[m.pattern],
  };
}
