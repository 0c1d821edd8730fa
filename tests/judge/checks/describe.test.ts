import { describe, expect, it } from 'vitest';
import { bySentence, found, oneOf } from '../../../src/judge/checks/describe.js';
import { makeContext } from '../../../src/judge/context.js';
import { buildDoc } from '../helpers.js';
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

describe('the provisions a trace line names', () => {
  const doc = buildDoc(['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5'].map((label, i) => ({
    id: `art_${i + 1}`, label, sentences: [`A recruitment fee is set in part ${i + 1}.`, `Another recruitment fee rule of part ${i + 1}.`],
  })));
  const line = (sentences: number[]) => found(makeContext(doc, []), sentences.map((sentence) => ({ sentence, hits: [] })));

  it('counts the sentences and names each provision once, in the order found', () => {
    expect(line([0, 1, 4])).toBe('3 sentences (Article 1, Article 3)');
  });

  it('names four provisions at most and says when there are more', () => {
    expect(line([0, 2, 4, 6])).toBe('4 sentences (Article 1, Article 2, Article 3, Article 4)');
    expect(line([0, 1, 2, 4, 6, 8])).toBe('6 sentences (Article 1, Article 2, Article 3, Article 4, ...)');
  });

  it('says so when there is none, and names the same provisions on every line of a document', () => {
    const ctx = makeContext(doc, []);
    expect(found(ctx, [])).toBe('no sentence');
    expect(found(ctx, [{ sentence: 9, hits: [] }])).toBe('1 sentence (Article 5)');
    expect(found(ctx, [{ sentence: 9, hits: [] }, { sentence: 3, hits: [] }])).toBe('2 sentences (Article 5, Article 2)');
  });
});

describe('a value the pack states once or as a list', () => {
  it('matches a single value only itself, and a list any of its values', () => {
    expect(oneOf('binding', 'binding')).toBe(true);
    expect(oneOf('binding', 'hedged')).toBe(false);
    expect(oneOf(['binding', 'hedged'], 'hedged')).toBe(true);
    expect(oneOf(['binding'], 'permissive')).toBe(false);
  });
});
