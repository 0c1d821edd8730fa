/**
 * Okapi BM25 in a few lines: ranks short documents (provisions) against a bag of query terms.
 * Terms are interned to integer ids and postings kept in flat arrays, because a pack of hundreds of
 * elements asks once per absent element: a query must cost only the postings of its own terms.
 */

export interface Bm25Doc<K> { key: K; terms: string[] }

const K1 = 1.2;
const B = 0.75;

/**
 * Term id → the documents holding it (ascending) and how often, all terms in three flat arrays:
 * term `t`'s postings are entries `start[t]` to `start[t + 1]`. `weights` (each entry's share of its
 * term's score) is worked out when a query first asks for the term (`weighed`): the elements of a
 * pack ask for the same words again and again.
 */
interface Postings { start: Int32Array; docs: Int32Array; tfs: Int32Array; weights: Float64Array; weighed: Uint8Array }

/**
 * Builds the index document by document, term by term: each occurrence is one number in a growing
 * array, and the postings are laid out once at the end, not grown term by term (one object and two
 * arrays per term, for every text checked, all alive until the last element is judged).
 */
export class Bm25Builder {
  readonly termIds = new Map<string, number>();
  private readonly lengths: number[] = [];
  /** Every occurrence as it came: its term and its document. */
  private terms = new Int32Array(1024);
  private docs = new Int32Array(1024);
  private count = 0;

  /** A new document; returns its index. */
  addDoc(): number {
    this.lengths.push(0);
    return this.lengths.length - 1;
  }

  /** One occurrence of `term` in document `doc` (documents may be fed interleaved). */
  add(doc: number, term: string): void {
    this.addTerm(doc, this.termOf(term));
  }

  /** The id of a term, new or known. */
  termOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
    return id;
  }

  /** One occurrence of the term `id` in document `doc`. */
  addTerm(doc: number, id: number): void {
    this.lengths[doc]++;
    if (this.count === this.terms.length) this.grow();
    this.terms[this.count] = id;
    this.docs[this.count++] = doc;
  }

  private grow(): void {
    const terms = new Int32Array(this.terms.length * 2);
    const docs = new Int32Array(this.docs.length * 2);
    terms.set(this.terms);
    docs.set(this.docs);
    this.terms = terms;
    this.docs = docs;
  }

  build<K>(keys: K[]): Bm25<K> {
    return new Bm25<K>(this.gathered(keys));
  }

  gathered<K>(keys: K[]): Built<K> {
    return { keys, termIds: this.termIds, postings: this.postings(), lengths: this.lengths };
  }

  /** Occurrences grouped by term, then each term's documents in order with their counts. */
  private postings(): Postings {
    const terms = this.termIds.size;
    const start = new Int32Array(terms + 1);
    for (let k = 0; k < this.count; k++) start[this.terms[k] + 1]++;
    for (let t = 0; t < terms; t++) start[t + 1] += start[t];
    const docs = new Int32Array(this.count);
    const at = start.slice(0, terms);
    for (let k = 0; k < this.count; k++) docs[at[this.terms[k]]++] = this.docs[k];
    const tfs = new Int32Array(this.count);
    // Compacted in place: a term's distinct documents never outrun its occurrences.
    let w = 0;
    for (let t = 0; t < terms; t++) {
      const from = start[t];
      const to = start[t + 1];
      start[t] = w;
      // A provision's sentences around another's feed its documents out of order.
      if (!ascending(docs, from, to)) docs.subarray(from, to).sort();
      for (let k = from; k < to; k++) {
        if (w > start[t] && docs[w - 1] === docs[k]) { tfs[w - 1]++; continue; }
        docs[w] = docs[k];
        tfs[w++] = 1;
      }
    }
    start[terms] = w;
    return { start, docs, tfs, weights: new Float64Array(w), weighed: new Uint8Array(terms) };
  }
}

function ascending(list: Int32Array, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (list[k] < list[k - 1]) return false;
  return true;
}

/** An inverted index (term → documents and counts), built once per document set and reused for every query. */
export class Bm25<K> {
  private readonly norms: Float64Array;
  private readonly idfs: Float64Array;
  /** Scratch for one query: scores by document, the documents touched, the terms already counted. */
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  private readonly termSeen: Uint32Array;
  private query = 0;
  private readonly keys: K[];
  readonly termIds: Map<string, number>;
  private readonly postings: Postings;

  /** From documents as lists of terms, or from what a `Bm25Builder` gathered. */
  constructor(from: Array<Bm25Doc<K>> | Built<K>) {
    const { keys, termIds, postings, lengths } = Array.isArray(from) ? gathered(from) : from;
    this.keys = keys;
    this.termIds = termIds;
    this.postings = postings;
    const n = keys.length;
    const avgdl = lengths.reduce((sum, l) => sum + l, 0) / (n || 1) || 1;
    this.norms = Float64Array.from(lengths, (l) => 1 - B + (B * l) / avgdl);
    const terms = postings.start.length - 1;
    this.idfs = new Float64Array(terms);
    for (let t = 0; t < terms; t++) {
      const holding = postings.start[t + 1] - postings.start[t];
      this.idfs[t] = Math.log(1 + (n - holding + 0.5) / (holding + 0.5));
    }
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.termSeen = new Uint32Array(terms);
  }

  /**
   * Scores every document. Query terms found in more than `maxShare` of the documents are left out:
   * words nearly every provision shares ("the", "shall", "worker" in a labour agreement) say nothing
   * about which provision is closest, and would let any provision rank.
   */
  score(query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
    const count = this.accumulate(this.idsOf(query), maxShare);
    const out = this.keys.map((key, i) => ({ key, score: this.scores[i] }));
    this.clear(count);
    return out;
  }

  /**
   * The `limit` best documents with a positive score, best first, ties in document order: what
   * `score` then filter and sort give, touching only the documents that share a query term.
   */
  top(query: string[], limit: number, maxShare = 0.5): Array<{ key: K; score: number }> {
    return this.topOf(this.idsOf(query), limit, maxShare);
  }

  /** `top` for a query already in term ids (in query order; repeats and unknown ids (-1) are skipped). */
  topOf(termIds: ArrayLike<number>, limit: number, maxShare = 0.5): Array<{ key: K; score: number }> {
    const count = this.accumulate(termIds, maxShare);
    const best: number[] = [];
    for (let t = 0; t < count; t++) {
      const i = this.touched[t];
      if (this.scores[i] > 0) keepBest(best, i, this.scores, limit);
    }
    const out = best.map((i) => ({ key: this.keys[i], score: this.scores[i] }));
    this.clear(count);
    return out;
  }

  private idsOf(query: string[]): number[] {
    return query.map((t) => this.termIds.get(t) ?? -1);
  }

  /** Adds each kept term's share to the scores of its documents; returns how many documents it touched. */
  private accumulate(termIds: ArrayLike<number>, maxShare: number): number {
    const n = this.keys.length;
    const stamp = ++this.query;
    const { start, docs, weights, weighed } = this.postings;
    // In locals: every near miss of a large pack runs the inner loop over a thousand postings or more.
    const { scores, touched, termSeen } = this;
    let count = 0;
    for (let q = 0; q < termIds.length; q++) {
      const id = termIds[q];
      if (id < 0 || termSeen[id] === stamp) continue;
      termSeen[id] = stamp;
      const from = start[id];
      const to = start[id + 1];
      if (n >= 4 && to - from > maxShare * n) continue;
      if (!weighed[id]) this.weigh(id);
      for (let k = from; k < to; k++) {
        const i = docs[k];
        if (scores[i] === 0) touched[count++] = i;
        scores[i] += weights[k];
      }
    }
    return count;
  }

  private weigh(id: number): void {
    const { start, docs, tfs, weights, weighed } = this.postings;
    const idf = this.idfs[id];
    for (let k = start[id]; k < start[id + 1]; k++) weights[k] = (idf * tfs[k] * (K1 + 1)) / (tfs[k] + K1 * this.norms[docs[k]]);
    weighed[id] = 1;
  }

  private clear(count: number): void {
    for (let t = 0; t < count; t++) this.scores[this.touched[t]] = 0;
  }
}

/** Keeps `best` the `limit` highest-scoring documents, best first, ties by document index. */
function keepBest(best: number[], i: number, scores: Float64Array, limit: number): void {
  if (best.length === limit && !ranksBefore(i, best[best.length - 1], scores)) return;
  // Shifted by hand: `splice` would make a list of the removed entries at every insertion.
  let at = best.length < limit ? best.length : limit - 1;
  while (at > 0 && ranksBefore(i, best[at - 1], scores)) {
    best[at] = best[at - 1];
    at--;
  }
  best[at] = i;
}

function ranksBefore(a: number, b: number, scores: Float64Array): boolean {
  return scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

export function bm25<K>(docs: Array<Bm25Doc<K>>, query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
  return new Bm25(docs).score(query, maxShare);
}

interface Built<K> { keys: K[]; termIds: Map<string, number>; postings: Postings; lengths: number[] }

function gathered<K>(docs: Array<Bm25Doc<K>>): Built<K> {
  const builder = new Bm25Builder();
  docs.forEach((d) => {
    const i = builder.addDoc();
    for (const t of d.terms) builder.add(i, t);
  });
  return builder.gathered(docs.map((d) => d.key));
}
