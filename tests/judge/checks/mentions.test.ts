import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, runOn } from '../helpers.js';

const doc = buildDoc([
  { id: 'preamble', kind: 'preamble', scope: 'preamble', sentences: ['Considering that migrant workers pay no recruitment fee.'] },
  { id: 'art_1', label: 'Article 1', sentences: ['The recruitment fee is regulated.', 'Nothing else.'] },
  { id: 'annex_1', label: 'Annex I', kind: 'annex', scope: 'annex', sentences: ['A recruitment fee schedule is attached.'] },
]);
const hits = hitsFor(doc, { fee: ['recruitment fee'] });

describe('mentions check', () => {
  it('looks in the operative text and annexes by default, not the preamble', () => {
    const r = runOn(doc, hits, { mentions: { concept: 'fee' } });
    expect(r.passed).toBe(true);
    expect(r.sentences).toEqual([1, 3]);
  });

  it('reads only the preamble when asked', () => {
    expect(runOn(doc, hits, { mentions: { concept: 'fee', scope: 'preamble' } }).sentences).toEqual([0]);
  });

  it('reads everywhere with scope any', () => {
    expect(runOn(doc, hits, { mentions: { concept: 'fee', scope: 'any' } }).sentences).toEqual([0, 1, 3]);
  });

  it('needs `min` distinct sentences', () => {
    expect(runOn(doc, hits, { mentions: { concept: 'fee', min: 2 } }).passed).toBe(true);
    const r = runOn(doc, hits, { mentions: { concept: 'fee', min: 3 } });
    expect(r.passed).toBe(false);
    expect(r.detail).toMatch(/at least 3/);
  });

  it('fails on a concept with no hits and says so', () => {
    const r = runOn(doc, hits, { mentions: { concept: 'visa' } });
    expect(r.passed).toBe(false);
    expect(r.detail).toBe('mentions visa in operative: no sentence');
  });

  it('names the provisions it found in its detail', () => {
    expect(runOn(doc, hits, { mentions: { concept: 'fee' } }).detail).toContain('2 sentences (Article 1, Annex I)');
  });
});
