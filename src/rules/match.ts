/**
 * Runs every sentence's tokens once through its language's automaton. Live states are deduplicated
 * by (node, start) and capped, so the cost stays O(tokens × live states) whatever the patterns.
 */
import type { AnnotatedDocument, Sentence, Token } from '../annotate/types.js';
import { endOf, keepOn, keptOn, memoOwner, startOf } from '../annotate/index.js';
import type { CompiledPack, Matcher } from './compile.js';
import type { Hit } from './types.js';
import { keyBit, type FormKeys, type TransitionTable } from './transitions.js';

/** Most live states kept per token; beyond it new states are dropped (deterministically). */
export const MAX_LIVE_STATES = 2048;

export function match(doc: AnnotatedDocument, compiled: CompiledPack, stats?: MatchStats): Hit[] {
  const matcher = compiled.matcher;
  if (!matcher) throw new Error(`rule pack '${compiled.pack.id}' was not compiled: call compilePack first`);
  const hits: Hit[] = [];
  const runs = new Map<TransitionTable, Run>();
  const numberTests = new Map<string, (norm: string) => boolean>();
  for (const sentence of doc.sentences) {
    const { language } = sentence;
    const table = matcher.automata.get(language) ?? matcher.fallback;
    let run = runs.get(table);
    if (!run) runs.set(table, (run = new Run(table)));
    let isNumber = numberTests.get(language);
    if (!isNumber) numberTests.set(language, (isNumber = (norm: string) => matcher.analyzer.isNumber(norm, language)));
    for (const found of matchTokens(sentence.tokens, table, isNumber, stats, run)) {
      hits.push(toHit(found, sentence, matcher));
    }
  }
  return hits;
}

/** A match as token indexes: [start, end) and which concept and pattern. */
export interface TokenMatch { concept: number; pattern: number; start: number; end: number }

/**
 * Live states of one token step, deduplicated by (node, start); a repeat keeps the larger slack.
 * The index is an open-addressing table in typed arrays, cleared by bumping a generation stamp:
 * clearing happens at every token and must not allocate.
 */
class StateSet {
  readonly nodes: number[] = [];
  readonly starts: number[] = [];
  readonly slacks: number[] = [];
  size = 0;
  private readonly keys: Float64Array;
  private readonly slots: Int32Array;
  private readonly stamps: Uint32Array;
  private readonly mask: number;
  private generation = 1;

  constructor(private readonly nodeCount: number, private readonly cap: number) {
    const capacity = 2 ** Math.ceil(Math.log2(cap * 2));
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  add(node: number, start: number, slack: number): void {
    const key = start * this.nodeCount + node;
    let h = (Math.imul(key | 0, 0x9e3779b1) ^ (key / 4294967296)) & this.mask;
    while (this.stamps[h] === this.generation) {
      if (this.keys[h] === key) {
        const at = this.slots[h];
        if (slack > this.slacks[at]) this.slacks[at] = slack;
        return;
      }
      h = (h + 1) & this.mask;
    }
    if (this.size >= this.cap) return;
    const slot = this.size++;
    this.stamps[h] = this.generation;
    this.keys[h] = key;
    this.slots[h] = slot;
    this.nodes[slot] = node;
    this.starts[slot] = start;
    this.slacks[slot] = slack;
  }

  clear(): void {
    if (!this.size) return;
    this.size = 0;
    if (++this.generation === 0xffffffff) {
      // After four billion tokens the stamp wraps: forget old stamps once rather than misread them.
      this.stamps.fill(0);
      this.generation = 1;
    }
  }
}

/** Work done, for benchmarks and tests: a machine-independent measure of matching cost. */
export interface MatchStats {
  /** Most live states after any one token. */
  maxLiveStates: number;
  /** States stepped over all tokens (each token also steps the start state). */
  steps: number;
}

export function newStats(): MatchStats {
  return { maxLiveStates: 0, steps: 0 };
}

const memos = new WeakMap<TransitionTable, number>();

function memoOf(table: TransitionTable): number {
  let memo = memos.get(table);
  if (memo === undefined) memos.set(table, (memo = memoOwner()));
  return memo;
}

/** Passes over sentences' tokens: two state sets swap roles at each token; reused across sentences. */
class Run {
  private live: StateSet;
  private next: StateSet;
  private readonly table: TransitionTable;
  /** The table as an owner of memos on word forms: a form keeps its key numbers (annotate's keptOn). */
  private readonly memo: number;
  /** Per (accepting node, start): the end of the longest match so far. Accepts are expanded once, at the end. */
  private readonly ends = new Map<number, number>();
  /** Per (concept, start): where its best match is in a long list of matches (reused per sentence). */
  private readonly best = new Map<number, TokenMatch>();
  /** The current token's key numbers (stem, folded form, prefixes), and whether it is a number (asked on demand). */
  private keys: number[] = [];
  private keyBits = 0;
  private norm = '';
  private number: boolean | undefined;
  isNumber: (norm: string) => boolean = () => false;
  private at = 0;
  private width = 0;

  constructor(table: TransitionTable) {
    this.table = table;
    this.memo = memoOf(table);
    this.live = new StateSet(table.nodeCount, MAX_LIVE_STATES);
    this.next = new StateSet(table.nodeCount, MAX_LIVE_STATES);
  }

  get size(): number { return this.live.size; }

  /** Start a new sentence of `width` tokens. */
  reset(width: number): void {
    this.width = width;
    this.live.clear();
    this.next.clear();
    this.ends.clear();
  }

  /** The best match per (concept, start): the longest, then the earliest pattern in the pack. */
  matches(): TokenMatch[] {
    const { nodeCount, acceptStart, acceptConcept, acceptPattern } = this.table;
    const found: TokenMatch[] = [];
    if (!this.ends.size) return found;
    // A sentence's matches are few: the one of a (concept, start) is looked for among them, and through
    // a map only in a long list (a map cleared per sentence grows its table again every time).
    if (this.best.size) this.best.clear();
    for (const [key, end] of this.ends) {
      const node = key % nodeCount;
      const start = (key - node) / nodeCount;
      for (let a = acceptStart[node]; a < acceptStart[node + 1]; a++) {
        const concept = acceptConcept[a];
        const pattern = acceptPattern[a];
        const old = this.bestOf(found, concept, start);
        if (!old) this.add(found, { concept, pattern, start, end });
        else if (end > old.end || (end === old.end && pattern < old.pattern)) {
          old.pattern = pattern;
          old.end = end;
        }
      }
    }
    return found;
  }

  private bestOf(found: TokenMatch[], concept: number, start: number): TokenMatch | undefined {
    if (found.length > FEW) return this.best.get(concept * (this.width + 1) + start);
    for (const m of found) if (m.concept === concept && m.start === start) return m;
    return undefined;
  }

  private add(found: TokenMatch[], m: TokenMatch): void {
    found.push(m);
    if (found.length === FEW + 1) for (const k of found) this.best.set(k.concept * (this.width + 1) + k.start, k);
    else if (found.length > FEW + 1) this.best.set(m.concept * (this.width + 1) + m.start, m);
  }

  token(index: number, token: Token): number {
    this.at = index;
    this.readKeys(token);
    const live = this.live;
    for (let s = 0; s < live.size; s++) this.step(live.nodes[s], live.starts[s], live.slacks[s]);
    this.step(0, index, 0);
    [this.live, this.next] = [this.next, live];
    this.next.clear();
    return this.live.size;
  }

  private readKeys(token: Token): void {
    const form = keptOn<FormKeys>(token, this.memo) ?? keepOn(token, this.memo, this.table.keysOf(token.norm, token.stem));
    this.keys = form.keys;
    this.keyBits = form.bits;
    this.norm = token.norm;
    this.number = undefined;
  }

  /** Follow every transition the token offers from a state; a state inside a gap may also skip it. */
  private step(node: number, start: number, slack: number): void {
    const table = this.table;
    if (table.edgeCount[node]) {
      const bits = table.edgeBits[node];
      if (bits & this.keyBits) {
        const keys = this.keys;
        for (let k = 0; k < keys.length; k++) {
          if (!(bits & keyBit(keys[k]))) continue;
          const to = table.next(node, keys[k]);
          if (to >= 0) this.arrive(to, start);
        }
      }
      const number = table.numberTarget[node];
      if (number >= 0 && (this.number ??= this.isNumber(this.norm))) this.arrive(number, start);
    }
    if (slack > 0) this.next.add(node, start, slack - 1);
  }

  private arrive(node: number, start: number): void {
    const table = this.table;
    if (table.edgeCount[node]) this.next.add(node, start, 0);
    for (let g = table.gapStart[node]; g < table.gapStart[node + 1]; g++) this.next.add(table.gapTarget[g], start, table.gapMax[g]);
    // Tokens come in order, so the last arrival at an accepting node is the longest match from `start`.
    if (table.accepting[node]) this.ends.set(start * table.edgeCount.length + node, this.at + 1);
  }
}

/** Leftmost-longest matches per (concept, start), without matches nested inside an earlier one. */
export function matchTokens(tokens: Token[], table: TransitionTable, isNumber: (norm: string) => boolean, stats?: MatchStats, reuse?: Run): TokenMatch[] {
  if (!tokens.length) return [];
  const run = reuse ?? new Run(table);
  run.reset(tokens.length);
  run.isNumber = isNumber;
  for (let i = 0; i < tokens.length; i++) {
    const stepped = run.size + 1;
    const live = run.token(i, tokens[i]);
    if (stats) {
      stats.steps += stepped;
      if (live > stats.maxLiveStates) stats.maxLiveStates = live;
    }
  }
  return withoutNested(run.matches());
}

/**
 * Sorted by start, then end, then concept; a concept's match inside its own earlier match is dropped.
 * The list is the run's own and is sorted and filtered in place: a sentence's matches are few, and
 * this runs for every sentence of every text. (start, concept) is unique, so either order is total.
 */
function withoutNested(found: TokenMatch[]): TokenMatch[] {
  if (found.length < 2) return found;
  sortInPlace(found, outerFirst);
  // Where each concept's last kept match ends: looked back for among a few, kept in a map for many.
  const reach = found.length > FEW ? new Map<number, number>() : undefined;
  let kept = 0;
  for (const m of found) {
    if (m.end <= (reach ? reach.get(m.concept) ?? -1 : reachOf(found, kept, m.concept))) continue;
    reach?.set(m.concept, m.end);
    found[kept++] = m;
  }
  found.length = kept;
  return sortInPlace(found, byPosition);
}

/** A sentence's matches up to this many are sorted and filtered by hand; more by sort() and a map. */
const FEW = 64;

const outerFirst = (a: TokenMatch, b: TokenMatch) => a.start - b.start || b.end - a.end || a.concept - b.concept;
const byPosition = (a: TokenMatch, b: TokenMatch) => a.start - b.start || a.end - b.end || a.concept - b.concept;

/** Where the last kept match of `concept` among the first `kept` ends; -1 when there is none. */
function reachOf(found: TokenMatch[], kept: number, concept: number): number {
  for (let i = kept - 1; i >= 0; i--) if (found[i].concept === concept) return found[i].end;
  return -1;
}

/** Insertion sort for a sentence's few matches (Array.prototype.sort copies the list first); long lists go to it. */
function sortInPlace(list: TokenMatch[], compare: (a: TokenMatch, b: TokenMatch) => number): TokenMatch[] {
  if (list.length > FEW) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const m = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], m) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = m;
  }
  return list;
}

function toHit(m: TokenMatch, sentence: Sentence, compiled: Matcher): Hit {
  return new ConceptHit(compiled.concepts[m.concept], sentence.index, m.start, m.end, startOf(sentence.spans, m.start), endOf(sentence.spans, m.end - 1), compiled.patterns[m.pattern]);
}

/** A hit, made by `new`: hits live for the rest of their check (src/lifetime.ts). */
class ConceptHit implements Hit {
  constructor(
    public concept: string,
    public sentence: number,
    public tokenStart: number,
    public tokenEnd: number,
    public start: number,
    public end: number,
    public pattern: string,
  ) {}
}
