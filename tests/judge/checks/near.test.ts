import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, runOn } from '../helpers.js';

const doc = buildDoc([
  { id: 'art_1', label: 'Article 1', sentences: ['The employer shall pay the travel costs of the worker.'] },
  {
    id: 'art_2', label: 'Article 2', kind: 'article', sentences: [],
    children: [
      { id: 'art_2__para_1', label: 'Article 2(1)', kind: 'paragraph', sentences: ['The employer shall provide housing.'] },
      { id: 'art_2__para_2', label: 'Article 2(2)', kind: 'paragraph', sentences: ['Its costs are not deducted from the wage.'] },
    ],
  },
  { id: 'art_3', label: 'Article 3', sentences: ['Travel is arranged by the agency, and long afterwards in another clause the employer is named.'] },
]);
const hits = hitsFor(doc, { employer: ['employer'], costs: ['costs', 'cost'], travel: ['travel'] });

describe('near check', () => {
  it('within a sentence: all concepts in one sentence', () => {
    const r = runOn(doc, hits, { near: { concepts: ['employer', 'costs'], within: 'sentence' } });
    expect(r.sentences).toEqual([0]);
  });

  it('within a provision: paragraphs of one article count together', () => {
    const r = runOn(doc, hits, { near: { concepts: ['employer', 'costs'], within: 'provision' } });
    expect(r.sentences).toEqual([0, 1, 2]);
  });

  it('within a number of tokens: the concepts must stand close', () => {
    expect(runOn(doc, hits, { near: { concepts: ['travel', 'costs'], within: 1 } }).sentences).toEqual([0]);
    expect(runOn(doc, hits, { near: { concepts: ['travel', 'employer'], within: 2 } }).sentences).toEqual([]);
    expect(runOn(doc, hits, { near: { concepts: ['travel', 'employer'], within: 3 } }).sentences).toEqual([0]);
    expect(runOn(doc, hits, { near: { concepts: ['travel', 'employer'], within: 20 } }).sentences).toEqual([0, 3]);
  });

  it('fails when one concept is missing everywhere', () => {
    const r = runOn(doc, hits, { near: { concepts: ['employer', 'visa'], within: 'provision' } });
    expect(r.passed).toBe(false);
    expect(r.detail).toContain('near employer + visa within one provision');
  });
});
