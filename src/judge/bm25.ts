/** Okapi BM25 in a few lines: ranks short documents (provisions) against a bag of query terms. */

export interface Bm25Doc<K> { key: K; terms: string[] }

const K1 = 1.2;
const B = 0.75;

/** An inverted index (term → documents and counts), built once per document set and reused for every query. */
export class Bm25<K> {
  private readonly postings = new Map<string, Array<[doc: number, tf: number]>>();
  private readonly avgdl: number;

  constructor(private readonly docs: Array<Bm25Doc<K>>) {
    docs.forEach((d, i) => {
      for (const [term, tf] of termCounts(d.terms)) {
        const list = this.postings.get(term);
        if (list) list.push([i, tf]); else this.postings.set(term, [[i, tf]]);
      }
    });
    this.avgdl = docs.reduce((sum, d) => sum + d.terms.length, 0) / (docs.length || 1) || 1;
  }

  /**
   * Scores every document. Query terms found in more than `maxShare` of the documents are left out:
   * words nearly every provision shares ("the", "shall", "worker" in a labour agreement) say nothing
   * about which provision is closest, and would let any provision rank.
   */
  score(query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
    const scores = this.accumulate(query, maxShare);
    return this.docs.map((d, i) => ({ key: d.key, score: scores.get(i) ?? 0 }));
  }

  /**
   * The `limit` best documents with a positive score, best first, ties in document order: what
   * `score` then filter and sort give, touching only the documents that share a query term (a pack
   * of hundreds of elements asks once per absent element).
   */
  top(query: string[], limit: number, maxShare = 0.5): Array<{ key: K; score: number }> {
    return [...this.accumulate(query, maxShare)].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
      .map(([i, score]) => ({ key: this.docs[i].key, score }));
  }

  /** BM25 scores of the documents that share a kept query term, by document index. */
  private accumulate(query: string[], maxShare: number): Map<number, number> {
    const n = this.docs.length;
    const scores = new Map<number, number>();
    for (const term of new Set(query)) {
      const postings = this.postings.get(term);
      if (!postings || (n >= 4 && postings.length > maxShare * n)) continue;
      const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
      for (const [i, tf] of postings) {
        const norm = 1 - B + (B * this.docs[i].terms.length) / this.avgdl;
        scores.set(i, (scores.get(i) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1 * norm));
      }
    }
    return scores;
  }
}

export function bm25<K>(docs: Array<Bm25Doc<K>>, query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
  return new Bm25(docs).score(query, maxShare);
}

function termCounts(terms: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}
