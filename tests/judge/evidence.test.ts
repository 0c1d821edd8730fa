import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, packOf, verdictOf, type ElementSpec } from './helpers.js';
import { judge } from '../../src/judge/index.js';
import { MAX_QUOTE } from '../../src/judge/evidence.js';

const phrases = { employer: ['employer'], costs: ['travel costs'] };
const el: ElementSpec = { id: 'travel', addressed: { any: [{ mentions: { concept: 'employer' } }, { mentions: { concept: 'costs' } }] } };

describe('evidence', () => {
  it('quotes exactly the document text at its range, with the provision label and page', () => {
    const doc = buildDoc([
      { id: 'art_1', label: 'Article 1', sentences: ['Scope of the agreement.'] },
      { id: 'art_2', label: 'Article 2', page: 2, sentences: ['The travel costs are paid by the employer.'] },
    ]);
    const v = verdictOf(doc, phrases, el);
    const e = v.evidence[0];
    expect(e.quote).toBe(doc.document.text.slice(e.start, e.end));
    expect(e).toMatchObject({ provisionId: 'art_2', label: 'Article 2', page: 2, quote: 'The travel costs are paid by the employer.' });
  });

  it('shows first the article that deals with the element, not an earlier passing mention', () => {
    const doc = buildDoc([
      { id: 'art_2', label: 'Article 2', sentences: [{ text: 'The agency shall inform the employer of the travel costs.', force: 'binding' }] },
      { id: 'art_8', label: 'Article 8', sentences: [
        { text: 'The employer shall pay the travel costs.', force: 'binding' },
        { text: 'Travel costs shall not be deducted from wages.', force: 'binding' },
      ] },
    ]);
    const v = verdictOf(doc, phrases, { ...el, addressed: { mentions: { concept: 'costs' } } });
    expect(v.evidence.map((e) => e.label)).toEqual(['Article 8', 'Article 8', 'Article 2']);
  });

  it('puts a heading left in the text after the sentences under it', () => {
    const doc = buildDoc([{ id: 'art_3', label: 'Article 3', sentences: [{ text: 'Travel costs.', heading: true }, { text: 'The employer pays travel costs.', force: 'none' }] }]);
    const v = verdictOf(doc, phrases, { ...el, addressed: { mentions: { concept: 'costs' } } });
    expect(v.evidence[0].quote).toBe('The employer pays travel costs.');
  });

  it('lists the matched words with concept and pattern, inside the quote', () => {
    const doc = buildDoc([{ id: 'art_2', label: 'Article 2', sentences: ['The travel costs are paid by the employer.'] }]);
    const e = verdictOf(doc, phrases, el).evidence[0];
    expect(e.concepts).toEqual(['costs', 'employer']);
    expect(e.matches.map((m) => doc.document.text.slice(m.start, m.end))).toEqual(['travel costs', 'employer']);
    expect(e.matches[0].pattern).toBe('travel costs');
    expect(e.checks).toEqual(['mentions']);
  });

  it('orders the strongest first: sentences that settle the element, binding over hedged, more concepts, then text order', () => {
    const doc = buildDoc([
      { id: 'preamble', label: 'Preamble', kind: 'preamble', scope: 'preamble', sentences: [{ text: 'The employer bears travel costs.', force: 'binding' }] },
      { id: 'art_1', label: 'Article 1', sentences: [
        { text: 'The employer may help.', force: 'hedged' },
        { text: 'The employer pays.', force: 'none' },
        { text: 'The employer shall register.', force: 'binding' },
        { text: 'The employer shall pay travel costs.', force: 'binding' },
      ] },
    ]);
    const v = verdictOf(doc, phrases, { ...el, addressed: { any: [{ mentions: { concept: 'employer', scope: 'any' } }, { mentions: { concept: 'costs', scope: 'any' } }] } });
    expect(v.evidence.map((e) => e.quote)).toEqual([
      'The employer shall pay travel costs.',
      'The employer shall register.',
      'The employer pays.',
      // These two do not settle (preamble, hedged): they come after, binding before hedged.
      'The employer bears travel costs.',
      'The employer may help.',
    ]);
  });

  it('puts operative before preamble, then text order, when force and concepts tie', () => {
    const doc = buildDoc([
      { id: 'preamble', label: 'Preamble', kind: 'preamble', scope: 'preamble', sentences: [{ text: 'The employer is hedged here.', force: 'hedged' }] },
      { id: 'art_1', label: 'Article 1', sentences: [{ text: 'The employer may act.', force: 'hedged' }, { text: 'The employer may also act.', force: 'hedged' }] },
    ]);
    const v = verdictOf(doc, phrases, { ...el, addressed: { mentions: { concept: 'employer', scope: 'any' } } });
    expect(v.status).toBe('weak');
    expect(v.evidence.map((e) => e.quote)).toEqual(['The employer may act.', 'The employer may also act.', 'The employer is hedged here.']);
  });

  it('cites each sentence once, with every check that fired there', () => {
    const doc = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [{ text: 'The employer shall pay travel costs.', force: 'binding' }] }]);
    const v = verdictOf(doc, phrases, { id: 'x', addressed: { all: [{ obligation: { concept: 'costs' } }, { mentions: { concept: 'employer' } }] } });
    expect(v.evidence).toHaveLength(1);
    expect(v.evidence[0].checks).toEqual(['obligation', 'mentions']);
  });

  it('keeps at most eight items', () => {
    const doc = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: Array.from({ length: 12 }, (_, i) => `The employer number ${i} is named.`) }]);
    expect(verdictOf(doc, phrases, el).evidence).toHaveLength(8);
  });

  it('trims a long sentence to a window around the matched words, still an exact slice', () => {
    const filler = 'and the parties recall their long friendship '.repeat(12);
    const text = `${filler}the travel costs are paid by the employer ${filler}`.trim() + '.';
    const doc = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [text] }]);
    const e = verdictOf(doc, phrases, el).evidence[0];
    expect(e.end - e.start).toBeLessThanOrEqual(MAX_QUOTE);
    expect(e.quote).toBe(doc.document.text.slice(e.start, e.end));
    expect(e.quote).toContain('the travel costs are paid by the employer');
    expect(e.quote).toMatch(/^\S/);
    expect(e.quote).toMatch(/\S$/);
    expect(e.matches).toHaveLength(2);
  });

  it('carries the force, polarity and bearer of the sentence', () => {
    const doc = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [{ text: 'The employer shall not charge travel costs.', force: 'binding', bearer: 'employer', negation: 'not charge travel costs' }] }]);
    const e = judge(doc, hitsFor(doc, phrases), packOf([{ id: 'x', addressed: { prohibition: { concept: 'costs' } } }])).at(0)!.evidence[0];
    expect(e).toMatchObject({ force: 'binding', polarity: 'negated', bearer: 'employer', supports: 'addressed', checks: ['prohibition'] });
  });
});
