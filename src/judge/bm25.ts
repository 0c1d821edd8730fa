/** Okapi BM25 in a few lines: ranks short documents (provisions) against a bag of query terms. */

export interface Bm25Doc<K> { key: K; terms: string[] }

const K1 = 1.2;
const B = 0.75;

/** Term counts and document frequencies, computed once per document set and reused for every query. */
export class Bm25<K> {
  private readonly counts: Array<Map<string, number>>;
  private readonly df = new Map<string, number>();
  private readonly avgdl: number;

  constructor(private readonly docs: Array<Bm25Doc<K>>) {
    this.counts = docs.map((d) => termCounts(d.terms));
    for (const c of this.counts) for (const t of c.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.avgdl = docs.reduce((sum, d) => sum + d.terms.length, 0) / (docs.length || 1) || 1;
  }

  /**
   * Scores every document. Query terms found in more than `maxShare` of the documents are left out:
   * words nearly every provision shares ("the", "shall", "worker" in a labour agreement) say nothing
   * about which provision is closest, and would let any provision rank.
   */
  score(query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
    const n = this.docs.length;
    const terms = [...new Set(query)].filter((t) => n < 4 || (this.df.get(t) ?? 0) <= maxShare * n);
    return this.docs.map((d, i) => {
      let score = 0;
      for (const t of terms) {
        const tf = this.counts[i].get(t) ?? 0;
        if (tf === 0) continue;
        const nt = this.df.get(t) ?? 0;
        const idf = Math.log(1 + (n - nt + 0.5) / (nt + 0.5));
        score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.terms.length) / this.avgdl));
      }
      return { key: d.key, score };
    });
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
