/**
 * Okapi BM25 in a few lines: ranks short documents (provisions) against a bag of query terms.
 * Terms are interned to integer ids and postings kept in flat arrays, because a pack of hundreds of
 * elements asks once per absent element: a query must cost only the postings of its own terms.
 */

export interface Bm25Doc<K> { key: K; terms: string[] }

const K1 = 1.2;
const B = 0.75;

/**
 * Term id → the documents holding it (ascending) and how often; filled by `Bm25Builder`. `weights`
 * (each document's share of the term's score) is worked out when a query first asks for the term:
 * the elements of a pack ask for the same words again and again.
 */
interface Postings { docs: number[]; tfs: number[]; weights?: Float64Array }

/** Builds the index document by document, term by term, without an array of strings per document. */
export class Bm25Builder {
  readonly termIds = new Map<string, number>();
  private readonly postings: Postings[] = [];
  private readonly lengths: number[] = [];
  /** Per term: the last document that counted it, so a term's postings stay one entry per document. */
  private readonly lastDoc: number[] = [];

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
    if (id === undefined) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.postings.push({ docs: [], tfs: [] });
      this.lastDoc.push(-1);
    }
    return id;
  }

  /** One occurrence of the term `id` in document `doc`. */
  addTerm(doc: number, id: number): void {
    this.lengths[doc]++;
    const p = this.postings[id];
    const last = this.lastDoc[id];
    if (last === doc) { p.tfs[p.tfs.length - 1]++; return; }
    if (last < doc) {
      p.docs.push(doc);
      p.tfs.push(1);
      this.lastDoc[id] = doc;
      return;
    }
    // An earlier document again (a provision's sentences around another's): keep postings in document order.
    const at = insertAt(p.docs, doc);
    if (p.docs[at] === doc) { p.tfs[at]++; return; }
    p.docs.splice(at, 0, doc);
    p.tfs.splice(at, 0, 1);
  }

  build<K>(keys: K[]): Bm25<K> {
    return new Bm25<K>(this.gathered(keys));
  }

  gathered<K>(keys: K[]): Built<K> {
    return { keys, termIds: this.termIds, postings: this.postings, lengths: this.lengths };
  }
}

/** Where `doc` stands or belongs in an ascending list. */
function insertAt(list: number[], doc: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < doc) lo = mid + 1; else hi = mid;
  }
  return lo;
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
  private readonly postings: Postings[];

  /** From documents as lists of terms, or from what a `Bm25Builder` gathered. */
  constructor(from: Array<Bm25Doc<K>> | Built<K>) {
    const { keys, termIds, postings, lengths } = Array.isArray(from) ? gathered(from) : from;
    this.keys = keys;
    this.termIds = termIds;
    this.postings = postings;
    const n = keys.length;
    const avgdl = lengths.reduce((sum, l) => sum + l, 0) / (n || 1) || 1;
    this.norms = Float64Array.from(lengths, (l) => 1 - B + (B * l) / avgdl);
    this.idfs = Float64Array.from(postings, (p) => Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5)));
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.termSeen = new Uint32Array(postings.length);
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
    let count = 0;
    for (let q = 0; q < termIds.length; q++) {
      const id = termIds[q];
      if (id < 0 || this.termSeen[id] === stamp) continue;
      this.termSeen[id] = stamp;
      const postings = this.postings[id];
      const { docs } = postings;
      if (n >= 4 && docs.length > maxShare * n) continue;
      const weights = (postings.weights ??= this.weigh(id));
      for (let k = 0; k < docs.length; k++) {
        const i = docs[k];
        if (this.scores[i] === 0) this.touched[count++] = i;
        this.scores[i] += weights[k];
      }
    }
    return count;
  }

  private weigh(id: number): Float64Array {
    const { docs, tfs } = this.postings[id];
    const idf = this.idfs[id];
    const weights = new Float64Array(docs.length);
    for (let k = 0; k < docs.length; k++) weights[k] = (idf * tfs[k] * (K1 + 1)) / (tfs[k] + K1 * this.norms[docs[k]]);
    return weights;
  }

  private clear(count: number): void {
    for (let t = 0; t < count; t++) this.scores[this.touched[t]] = 0;
  }
}

/** Keeps `best` the `limit` highest-scoring documents, best first, ties by document index. */
function keepBest(best: number[], i: number, scores: Float64Array, limit: number): void {
  if (best.length === limit && !ranksBefore(i, best[best.length - 1], scores)) return;
  let at = best.length;
  while (at > 0 && ranksBefore(i, best[at - 1], scores)) at--;
  best.splice(at, 0, i);
  if (best.length > limit) best.pop();
}

function ranksBefore(a: number, b: number, scores: Float64Array): boolean {
  return scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

export function bm25<K>(docs: Array<Bm25Doc<K>>, query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
  return new Bm25(docs).score(query, maxShare);
}

interface Built<K> { keys: K[]; termIds: Map<string, number>; postings: Postings[]; lengths: number[] }

function gathered<K>(docs: Array<Bm25Doc<K>>): Built<K> {
  const builder = new Bm25Builder();
  docs.forEach((d) => {
    const i = builder.addDoc();
    for (const t of d.terms) builder.add(i, t);
  });
  return builder.gathered(docs.map((d) => d.key));
}
