/** Okapi BM25 in a few lines: ranks short documents (provisions) against a bag of query terms. */

export interface Bm25Doc<K> { key: K; terms: string[] }

const K1 = 1.2;
const B = 0.75;

/**
 * Scores every document. Query terms found in more than `maxShare` of the documents are left out:
 * words nearly every provision shares ("the", "shall", "worker" in a labour agreement) say nothing
 * about which provision is closest, and would let any provision rank.
 */
export function bm25<K>(docs: Array<Bm25Doc<K>>, query: string[], maxShare = 0.5): Array<{ key: K; score: number }> {
  const n = docs.length;
  if (n === 0) return [];
  const avgdl = docs.reduce((sum, d) => sum + d.terms.length, 0) / n || 1;
  const counts = docs.map((d) => termCounts(d.terms));
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = [...new Set(query)].filter((t) => n < 4 || (df.get(t) ?? 0) <= maxShare * n);
  return docs.map((d, i) => {
    let score = 0;
    for (const t of terms) {
      const tf = counts[i].get(t) ?? 0;
      if (tf === 0) continue;
      const nt = df.get(t) ?? 0;
      const idf = Math.log(1 + (n - nt + 0.5) / (nt + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.terms.length) / avgdl));
    }
    return { key: d.key, score };
  });
}

function termCounts(terms: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}
