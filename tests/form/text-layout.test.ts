import { describe, expect, it } from 'vitest';
import { chunksOf, segmentsOf, type ProvisionSpan } from '../../src/form/text-layout.js';

const text = 'TITLE\nArticle 1 Scope\n1. First.\n2. Second.\nArticle 2 End\n';
const p = (id: string, kind: string, start: number, end: number): ProvisionSpan => ({ id, label: id, kind, start, end });
const provisions = [
  p('document', 'document', 0, text.length),
  p('title', 'title', 0, 5),
  p('art_1', 'article', 6, 42),
  p('art_1__para_1', 'paragraph', 22, 32),
  p('art_1__para_2', 'paragraph', 32, 42),
  p('art_2', 'article', 43, text.length),
];
const piece = (c: { start: number; end: number }) => text.slice(c.start, c.end);

describe('the document pane cuts the text at provisions', () => {
  const chunks = chunksOf(text.length, provisions);

  it('covers the whole text in order, without gaps or overlaps', () => {
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    chunks.slice(1).forEach((c, i) => expect(c.start).toBe(chunks[i].end));
  });

  it('gives each piece to the innermost provision, labelled where the provision opens', () => {
    expect(chunks.map((c) => [piece(c), c.provision?.id, c.opens])).toEqual([
      ['TITLE', 'title', true],
      ['\n', undefined, false], // between two provisions: nobody's
      ['Article 1 Scope\n', 'art_1', true],
      ['1. First.\n', 'art_1__para_1', true],
      ['2. Second.', 'art_1__para_2', true],
      ['\n', undefined, false],
      ['Article 2 End\n', 'art_2', true],
    ]);
  });

  it('still shows a text that has no provisions at all', () => {
    expect(chunksOf(10, [])).toEqual([{ start: 0, end: 10, provision: undefined, opens: false }]);
  });
});

describe('marks inside a piece of text', () => {
  it('splits at the quote and the matched words, a matched word inside the quote carrying both marks', () => {
    const segments = segmentsOf(0, 20, [{ start: 5, end: 15, kind: 'quote' }, { start: 8, end: 11, kind: 'match' }]);
    expect(segments.map((s) => [s.start, s.end, s.kinds])).toEqual([
      [0, 5, []],
      [5, 8, ['quote']],
      [8, 11, ['quote', 'match']],
      [11, 15, ['quote']],
      [15, 20, []],
    ]);
  });

  it('clips marks that run past the piece and merges overlapping matches', () => {
    const segments = segmentsOf(10, 20, [{ start: 0, end: 14, kind: 'quote' }, { start: 12, end: 16, kind: 'match' }, { start: 15, end: 25, kind: 'match' }]);
    expect(segments.map((s) => [s.start, s.end, s.kinds])).toEqual([
      [10, 12, ['quote']],
      [12, 14, ['quote', 'match']],
      [14, 15, ['match']],
      [15, 16, ['match']],
      [16, 20, ['match']],
    ]);
  });
});
