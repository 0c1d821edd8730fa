import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate, endOf, startOf } from '../../src/annotate/index.js';
import { SpanBuffer } from '../../src/annotate/spans.js';
import { segment } from '../../src/structure/index.js';
import { documentOf } from './helpers.js';

/** Every token of every sentence, as the text reads at its span, next to the token's own text. */
function misplaced(text: string, language?: string): string[] {
  const document = documentOf(text);
  const out: string[] = [];
  for (const s of annotate(document, segment(document), { language }).sentences) {
    expect(s.spans.length).toBe(2 * s.tokens.length);
    s.tokens.forEach((t, i) => {
      const read = text.slice(startOf(s.spans, i), endOf(s.spans, i));
      if (read !== t.text || startOf(s.spans, i) < s.start || endOf(s.spans, i) > s.end) out.push(`${t.text} read as ${read}`);
    });
  }
  return out;
}

describe('where tokens stand', () => {
  it('is where each token of an agreement is written, in every sentence', () => {
    for (const file of ['examples/mou-en.txt', 'examples/accord-fr.txt']) {
      expect(misplaced(readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });

  it('holds through solid compounds, run-on sentences cut in pieces and a language without a lexicon', () => {
    const runOn = Array.from({ length: 450 }, (_, i) => `cooperation${i % 7 ? '' : ','} worker`).join(' ');
    expect(misplaced(`Article 1. ${runOn}.\n\nArticle 2. The Parties shall promote cooperation.`)).toEqual([]);
    expect(misplaced('Der Arbeitgeber muss die Reisekosten tragen. Die Kooperation bleibt.', 'de')).toEqual([]);
  });
});

describe('a span buffer', () => {
  it('keeps what a view shows when it grows afterwards', () => {
    const spans = new SpanBuffer(2);
    spans.push(0, 3);
    spans.push(4, 9);
    const early = spans.view(0, 2);
    for (let i = 0; i < 1000; i++) spans.push(10 + i, 11 + i);
    expect([...early]).toEqual([0, 3, 4, 9]);
    expect([...spans.view(1001, 1002)]).toEqual([1009, 1010]);
    expect(spans.length).toBe(1002);
  });

  it('grows from empty', () => {
    const spans = new SpanBuffer(0);
    spans.push(5, 8);
    expect([...spans.view(0, 1)]).toEqual([5, 8]);
  });
});
