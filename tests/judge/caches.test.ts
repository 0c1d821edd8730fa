/**
 * What judge works out once (per pack, per text, per provision) must not change what it says: an
 * index fed out of order ranks as one fed in order, and verdicts of one text share nothing with the
 * next text's, though a quiet element's decision is worked out once per pack.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc, packOf } from './helpers.js';
import { judge } from '../../src/judge/index.js';
import { Bm25, Bm25Builder } from '../../src/judge/bm25.js';

describe('BM25 index', () => {
  it('ranks alike whether a document is fed in one piece or around another', () => {
    const docs = [
      { key: 'a', terms: ['fee', 'visa', 'fee', 'return'] },
      { key: 'b', terms: ['wage', 'fee'] },
      { key: 'c', terms: ['visa', 'contract', 'wage', 'leave', 'leave'] },
      { key: 'd', terms: ['insurance'] },
    ];
    const builder = new Bm25Builder();
    const ids = docs.map(() => builder.addDoc());
    // a's first half, then b and c, then a's second half: as a provision's text around its sub-provisions.
    for (const t of docs[0].terms.slice(0, 2)) builder.add(ids[0], t);
    for (const i of [1, 2, 3]) for (const t of docs[i].terms) builder.add(ids[i], t);
    for (const t of docs[0].terms.slice(2)) builder.add(ids[0], t);
    const fed = builder.build(docs.map((d) => d.key));
    const whole = new Bm25(docs);
    for (const query of [['fee'], ['visa', 'return'], ['leave', 'fee', 'visa'], ['wage', 'absent']]) {
      expect(fed.top(query, 3)).toEqual(whole.top(query, 3));
      expect(fed.score(query)).toEqual(whole.score(query));
    }
  });
});

describe('verdicts from cached work', () => {
  const pack = packOf([
    { id: 'housing', addressed: { mentions: { concept: 'housing' } } },
    { id: 'quiet', addressed: { mentions: { concept: 'pension' } } },
    { id: 'contrary-by-absence', contradicted: { none: [{ mentions: { concept: 'pension' } }] } },
  ], { housing: { en: ['housing'] }, pension: { en: ['pension'] } });
  const one = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: ['Housing is provided by the employer.'] }]);
  const two = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: ['Wages are paid monthly.'] }]);

  it('gives a quiet element the same verdict in every text, in arrays of its own', () => {
    const first = judge(one, [], pack);
    const second = judge(two, [], pack);
    expect(first.map((v) => v.status)).toEqual(['absent', 'absent', 'contradicted']);
    expect(second[1].status).toBe(first[1].status);
    expect(second[2].trace).toEqual(first[2].trace);
    expect(second[1].trace).toEqual(first[1].trace);
    expect(second[1].trace).not.toBe(first[1].trace);
    expect(second[1].searched).not.toBe(first[1].searched);
    first[1].trace.push({ path: 'x', kind: 'mentions', passed: true, detail: 'changed by a caller' });
    expect(judge(two, [], pack)[1].trace).toEqual(second[1].trace);
  });
});
