import { describe, expect, it } from 'vitest';
import { buildDoc, packOf, verdictOf } from './helpers.js';
import { judge } from '../../src/judge/index.js';
import { bm25 } from '../../src/judge/bm25.js';
import { excerpt, patternWords, MAX_EXCERPT } from '../../src/judge/near-miss.js';

const doc = buildDoc([
  { id: 'art_1', label: 'Article 1', sentences: ['The Parties shall exchange information on vacancies.'] },
  { id: 'art_2', label: 'Article 2', sentences: ['Workers shall be entitled to social benefits on the same terms as nationals.'] },
  { id: 'art_3', label: 'Article 3', page: 2, sentences: ['Social security contributions paid by workers count toward their social insurance.'] },
  { id: 'art_4', label: 'Article 4', page: 2, sentences: ['The agreement enters into force on signature.'] },
  { id: 'art_5', label: 'Article 5', page: 2, sentences: ['Housing is provided.'] },
]);
const element = {
  id: 'social-security',
  title: 'Social security coverage and export of benefits',
  question: 'Does the text say how social security applies to the workers?',
  addressed: { obligation: { concept: 'totalisation' } },
};
const concepts = { totalisation: { en: ['totalis* of (insurance|contribution) periods'], fr: ['totalisation des périodes'] } };

describe('near misses for an absent element', () => {
  const v = verdictOf(doc, {}, element, concepts);

  it('lists at most three provisions, the most similar first', () => {
    expect(v.status).toBe('absent');
    expect(v.nearMisses!.map((n) => n.label)).toEqual(['Article 3', 'Article 2']);
    expect(v.nearMisses![0].score).toBeGreaterThan(v.nearMisses![1].score);
  });

  it('gives each its page and a short excerpt of its text', () => {
    expect(v.nearMisses![0]).toMatchObject({ provisionId: 'art_3', page: 2, excerpt: 'Social security contributions paid by workers count toward their social insurance.' });
  });

  it('leaves out provisions that share no word with the element', () => {
    expect(v.nearMisses!.map((n) => n.provisionId)).not.toContain('art_5');
  });

  it('are also given for weak verdicts, but not for addressed ones', () => {
    const weak = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [{ text: 'The totalisation of insurance periods may be studied.', force: 'hedged' }] }]);
    const found = verdictOf(weak, { totalisation: ['totalisation of insurance periods'] }, element, concepts);
    expect(found.status).toBe('weak');
    expect(found.nearMisses).toBeDefined();
    const settled = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [{ text: 'The totalisation of insurance periods shall apply.', force: 'binding' }] }]);
    const addressed = judge(settled, [], packOf([{ ...element, addressed: { mentions: { concept: 'x' } } }], concepts))[0];
    expect(addressed.status).toBe('absent');
    const real = verdictOf(settled, { totalisation: ['totalisation of insurance periods'] }, element, concepts);
    expect(real.status).toBe('addressed');
    expect(real.nearMisses).toBeUndefined();
    expect(real.searched).toBeUndefined();
  });
});

describe('near misses with the pack analyzer', () => {
  it('stem query words the text does not use in that form, as the compiled pack stems them', () => {
    const text = buildDoc([
      { id: 'art_1', label: 'Article 1', sentences: ['Remittance of savings is free.'] },
      { id: 'art_2', label: 'Article 2', sentences: ['Other matters.'] },
      { id: 'art_3', label: 'Article 3', sentences: ['Yet other matters.'] },
      { id: 'art_4', label: 'Article 4', sentences: ['Final clauses.'] },
    ]);
    const spec = { id: 'remittances', title: 'Remittances', question: 'Transfers?', addressed: { mentions: { concept: 'transfer' } } };
    const compiled = packOf([spec], { transfer: { en: ['remittances'] } });
    expect(judge(text, [], compiled)[0].nearMisses).toEqual([]);
    const analyzer = { words: (w: string) => [{ norm: w, stem: w.replace(/s$/, '') }], isNumber: () => false };
    const withAnalyzer = { ...compiled, matcher: { analyzer } as unknown as NonNullable<typeof compiled.matcher> };
    expect(judge(text, [], withAnalyzer)[0].nearMisses!.map((n) => n.label)).toEqual(['Article 1']);
  });

  it('find a query word by its stem when the text has that stem only in other forms', () => {
    // "remittance" is no word of the text, but the stem of "Remittances", and so the query's term.
    const text = buildDoc([
      { id: 'art_1', label: 'Article 1', sentences: ['Other matters.'] },
      { id: 'art_2', label: 'Article 2', sentences: ['Remittances of savings are free.'] },
      { id: 'art_3', label: 'Article 3', sentences: ['Final clauses.'] },
    ]);
    const spec = { id: 'transfers', title: 'Transfers', question: 'Money?', addressed: { mentions: { concept: 'transfer' } } };
    const analyzer = { words: (w: string) => [{ norm: w, stem: w.replace(/s$/, '') }], isNumber: () => false };
    const compiled = { ...packOf([spec], { transfer: { en: ['remittance'] } }), matcher: { analyzer } as unknown as NonNullable<ReturnType<typeof packOf>['matcher']> };
    expect(judge(text, [], compiled)[0].nearMisses!.map((n) => n.label)).toEqual(['Article 2']);
  });
});

describe('near-miss parts', () => {
  it('BM25 prefers the rarer term and the shorter document', () => {
    const ranked = bm25([
      { key: 'a', terms: ['social', 'security', 'worker'] },
      { key: 'b', terms: ['worker', 'worker', 'housing'] },
      { key: 'c', terms: ['social', 'security', 'worker', 'and', 'many', 'other', 'word', 'here'] },
    ], ['security', 'worker']);
    const score = Object.fromEntries(ranked.map((r) => [r.key, r.score]));
    expect(score.a).toBeGreaterThan(score.c);
    expect(score.a).toBeGreaterThan(score.b);
  });

  it('BM25 ignores a query word that most documents share', () => {
    const docs = ['a', 'b', 'c', 'd'].map((key) => ({ key, terms: ['the', key === 'd' ? 'fee' : 'other'] }));
    const ranked = bm25(docs, ['the', 'fee']);
    expect(ranked.filter((r) => r.score > 0).map((r) => r.key)).toEqual(['d']);
  });

  it('reads the words of a pattern without its syntax', () => {
    expect(patternWords("(recruitment|travel) cost* ... borne by =the employer?")).toEqual(['recruitment', 'travel', 'cost*', 'borne', 'the', 'employer']);
    expect(patternWords("frais à la charge de l'employeur ...3 #")).toEqual(['frais', 'charge', 'employeur']);
  });

  it('cuts an excerpt at a word boundary within the limit', () => {
    const long = 'word '.repeat(100);
    expect(excerpt(long).length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(excerpt(long).endsWith('word…')).toBe(true);
    expect(excerpt('  short\n text ')).toBe('short text');
  });
});
