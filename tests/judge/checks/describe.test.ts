import { describe, expect, it } from 'vitest';
import { bySentence } from '../../../src/judge/checks/describe.js';
import type { Hit } from '../../../src/rules/index.js';

const mentions = { kind: 'mentions' as const, asked: {} };
const hit = (sentence: number, start: number): Hit => ({ concept: 'fee', sentence, tokenStart: 0, tokenEnd: 1, start, end: start + 3, pattern: 'fee' });

describe('hits grouped by sentence', () => {
  it('keeps document order and each sentence\'s hits in the order they came', () => {
    const hits = [hit(2, 10), hit(2, 20), hit(5, 50), hit(7, 70), hit(7, 75)];
    expect(bySentence(hits, mentions).map((c) => [c.sentence, c.hits.map((h) => h.start)])).toEqual([[2, [10, 20]], [5, [50]], [7, [70, 75]]]);
  });

  it('gives the same groups when the hits come out of order', () => {
    const hits = [hit(7, 70), hit(2, 10), hit(7, 75), hit(5, 50), hit(2, 20)];
    expect(bySentence(hits, mentions).map((c) => [c.sentence, c.hits.map((h) => h.start)])).toEqual([[2, [10, 20]], [5, [50]], [7, [70, 75]]]);
  });

  it('marks each group with the check that found it', () => {
    const obligation = { kind: 'obligation' as const, asked: { forces: ['binding'] } };
    const groups = bySentence([hit(2, 10), hit(5, 50)], obligation);
    expect(groups.map((c) => [c.kind, c.asked])).toEqual([['obligation', { forces: ['binding'] }], ['obligation', { forces: ['binding'] }]]);
  });

  it('gives no group for no hit', () => {
    expect(bySentence([], mentions)).toEqual([]);
  });
});
