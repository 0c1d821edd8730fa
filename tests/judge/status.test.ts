import { describe, expect, it } from 'vitest';
import { buildDoc, verdictOf, type ElementSpec } from './helpers.js';

/** An element in the style of the built-in pack: employer pays (addressed), fee mentioned (weak), worker pays (contradicted). */
const fees: ElementSpec = {
  id: 'recruitment-fees-and-costs',
  addressed: { any: [{ obligation: { concept: 'costs-borne-by-employer' } }] },
  weak: { any: [{ mentions: { concept: 'placement-service' } }] },
  contradicted: { any: [{ obligation: { concept: 'fee-charged-to-worker', bearer: 'worker' } }] },
};
const phrases = {
  'costs-borne-by-employer': ['borne by the employer'],
  'placement-service': ['placement service'],
  'fee-charged-to-worker': ['pay the agency a placement fee'],
  'recruitment-fee': ['recruitment fee'],
};

const article = (...sentences: Parameters<typeof buildDoc>[0][0]['sentences']) => buildDoc([{ id: 'art_7', label: 'Article 7', sentences }]);

describe('status decision', () => {
  it('addressed: a binding operative sentence meets the addressed condition', () => {
    const v = verdictOf(article({ text: 'Recruitment costs shall be borne by the employer.', force: 'binding', bearer: 'employer' }), phrases, fees);
    expect(v.status).toBe('addressed');
    expect(v.needsReview).toBe(false);
    expect(v.reasons).toEqual([]);
  });

  it('addressed: a plain contract clause stating the term counts as a concrete arrangement', () => {
    const v = verdictOf(article({ text: 'Costs: borne by the employer.', force: 'none' }),
      phrases, { ...fees, addressed: { mentions: { concept: 'costs-borne-by-employer' } } });
    expect(v.status).toBe('addressed');
  });

  it('weak: a heading names the topic but settles nothing, even for a check that accepts plain statements', () => {
    const v = verdictOf(article({ text: 'Costs borne by the employer.', heading: true }, { text: 'The Parties shall meet.', force: 'binding' }),
      phrases, { ...fees, addressed: { obligation: { concept: 'costs-borne-by-employer', force: ['binding', 'none'] } } });
    expect(v.status).toBe('weak');
  });

  it('not contradicted by a heading alone: the article under it decides', () => {
    const v = verdictOf(article({ text: 'Pay the agency a placement fee.', heading: true }, { text: 'The Parties shall meet.', force: 'binding' }),
      phrases, { ...fees, contradicted: { any: [{ obligation: { concept: 'fee-charged-to-worker', force: ['binding', 'none'] } }] } });
    expect(v.status).not.toBe('contradicted');
  });

  it('weak with only-hedged: the addressed condition holds only in hedged wording', () => {
    const v = verdictOf(article({ text: 'Costs should as far as possible be borne by the employer.', force: 'hedged' }),
      phrases, { ...fees, addressed: { mentions: { concept: 'costs-borne-by-employer' } } });
    expect(v).toMatchObject({ status: 'weak', needsReview: true, reasons: ['only-hedged'] });
  });

  it('weak with only-hedged: a permission given to a State is not a commitment', () => {
    const v = verdictOf(article({ text: 'The receiving State may decide that costs are borne by the employer.', force: 'permissive', bearer: 'destination-state' }),
      phrases, { ...fees, addressed: { mentions: { concept: 'costs-borne-by-employer' } } });
    expect(v).toMatchObject({ status: 'weak', reasons: ['only-hedged'] });
  });

  it('addressed: a permission given to the worker is a right', () => {
    const v = verdictOf(article({ text: 'The worker may ask that costs are borne by the employer.', force: 'permissive', bearer: 'worker' }),
      phrases, { ...fees, addressed: { mentions: { concept: 'costs-borne-by-employer' } } });
    expect(v).toMatchObject({ status: 'addressed', needsReview: false });
  });

  it('addressed: a force the check asks for explicitly is taken as settling', () => {
    const v = verdictOf(article({ text: 'The receiving State may decide that costs are borne by the employer.', force: 'permissive', bearer: 'destination-state' }),
      phrases, { ...fees, addressed: { obligation: { concept: 'costs-borne-by-employer', force: ['binding', 'permissive'] } } });
    expect(v).toMatchObject({ status: 'addressed', needsReview: false });
  });

  it('weak with only-preamble: the addressed condition holds only in the preamble, even when the check reads it', () => {
    const doc = buildDoc([{ id: 'preamble', kind: 'preamble', scope: 'preamble', label: 'Preamble', sentences: [{ text: 'Desiring that costs be borne by the employer.', force: 'binding' }] }]);
    const v = verdictOf(doc, phrases, { ...fees, addressed: { obligation: { concept: 'costs-borne-by-employer', scope: 'any' } } });
    expect(v).toMatchObject({ status: 'weak', needsReview: true, reasons: ['only-preamble'] });
  });

  it('weak with only-conditioned: the commitment is left to national law and nothing more', () => {
    const v = verdictOf(article({ text: 'In accordance with national law, costs shall be borne by the employer.', force: 'binding', conditions: ['in accordance with national law'] }), phrases, fees);
    expect(v).toMatchObject({ status: 'weak', needsReview: true, reasons: ['only-conditioned'] });
  });

  it('addressed when one sentence settles even if others are hedged', () => {
    const v = verdictOf(article(
      { text: 'Costs should be borne by the employer.', force: 'hedged' },
      { text: 'Travel costs shall be borne by the employer.', force: 'binding' },
    ), phrases, { ...fees, addressed: { mentions: { concept: 'costs-borne-by-employer' } } });
    expect(v).toMatchObject({ status: 'addressed', needsReview: false });
    expect(v.evidence[0].quote).toBe('Travel costs shall be borne by the employer.');
  });

  it('weak: the weak condition holds', () => {
    const v = verdictOf(article('The placement service is run by the ministry.'), phrases, fees);
    expect(v).toMatchObject({ status: 'weak', needsReview: false });
    expect(v.evidence[0].supports).toBe('weak');
  });

  it('implicit weak: a concept of the addressed condition is mentioned anywhere, even in the preamble', () => {
    const doc = buildDoc([{ id: 'preamble', kind: 'preamble', scope: 'preamble', label: 'Preamble', sentences: ['Noting that costs are borne by the employer in practice.'] }]);
    const v = verdictOf(doc, phrases, fees);
    expect(v.status).toBe('weak');
    expect(v.evidence.map((e) => e.label)).toEqual(['Preamble']);
    expect(v.evidence[0].checks).toEqual(['mentions']);
    expect(v.trace.at(-1)).toEqual({
      path: 'implicit.mentions', kind: 'mentions', passed: true,
      detail: 'implicit weak: mentions costs-borne-by-employer | placement-service anywhere: 1 sentence (Preamble)',
    });
  });

  it('implicit weak does not come from the concepts of the contradicted condition alone', () => {
    const v = verdictOf(article('Some say workers pay the agency a placement fee.'), phrases, fees);
    expect(v.status).toBe('absent');
  });

  it('contradicted: the contrary condition holds and the addressed one does not', () => {
    const v = verdictOf(article({ text: "The worker shall pay the agency a placement fee of one month's wage.", force: 'binding', bearer: 'worker' }), phrases, fees);
    expect(v).toMatchObject({ status: 'contradicted', needsReview: false });
    expect(v.evidence[0].supports).toBe('contradicted');
  });

  it('contradicted needing review: the contrary wording is only hedged', () => {
    const v = verdictOf(article({ text: 'The worker may have to pay the agency a placement fee.', force: 'hedged', bearer: 'worker' }),
      phrases, { ...fees, contradicted: { mentions: { concept: 'fee-charged-to-worker' } } });
    expect(v).toMatchObject({ status: 'contradicted', needsReview: true, reasons: ['only-hedged'] });
  });

  it('contradicted without doubt: a contrary permission the pack names explicitly', () => {
    const v = verdictOf(article({ text: 'The employer may make the worker pay the agency a placement fee.', force: 'permissive', bearer: 'employer' }),
      phrases, { ...fees, contradicted: { obligation: { concept: 'fee-charged-to-worker', force: ['binding', 'permissive'] } } });
    expect(v).toMatchObject({ status: 'contradicted', needsReview: false });
  });

  it('conflicting evidence: a binding protective provision governs a binding contrary one', () => {
    const v = verdictOf(article(
      { text: 'Recruitment costs shall be borne by the employer.', force: 'binding', bearer: 'employer' },
      { text: 'The worker shall pay the agency a placement fee.', force: 'binding', bearer: 'worker' },
    ), phrases, fees);
    expect(v).toMatchObject({ status: 'addressed', needsReview: true, reasons: ['conflicting-evidence'] });
    expect(v.evidence.map((e) => e.supports)).toEqual(['addressed', 'contradicted']);
  });

  it('conflicting evidence: a binding contrary provision governs a hedged protective one', () => {
    const v = verdictOf(article(
      { text: 'Costs should be borne by the employer.', force: 'hedged' },
      { text: 'The worker shall pay the agency a placement fee.', force: 'binding', bearer: 'worker' },
    ), phrases, { ...fees, addressed: { mentions: { concept: 'costs-borne-by-employer' } } });
    expect(v).toMatchObject({ status: 'contradicted', needsReview: true, reasons: ['conflicting-evidence'] });
    expect(v.evidence[0].supports).toBe('contradicted');
  });

  it('absent: nothing of the element in the text, with what was searched', () => {
    const v = verdictOf(article('The Parties shall exchange information on vacancies.'), phrases, fees);
    expect(v).toMatchObject({ status: 'absent', needsReview: false, evidence: [] });
    expect(v.trace.map((t) => [t.path, t.passed])).toEqual([
      ['addressed.any[0].obligation', false], ['weak.any[0].mentions', false], ['contradicted.any[0].obligation', false], ['implicit.mentions', false],
    ]);
    expect(v.searched).toEqual({ scopes: ['operative', 'any'], concepts: ['costs-borne-by-employer', 'placement-service', 'fee-charged-to-worker'] });
  });

  it('unreadable pages: an element that would be absent is flagged, never a confident absent', () => {
    const doc = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: ['The Parties shall exchange information.'] }], { unreadablePages: [2] });
    const v = verdictOf(doc, phrases, fees);
    expect(v).toMatchObject({ status: 'absent', needsReview: true, reasons: ['unreadable-pages'] });
    expect(v.confidence).toBeLessThan(0.5);
  });

  it('unreadable pages do not put a found element in doubt', () => {
    const doc = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [{ text: 'Costs shall be borne by the employer.', force: 'binding' }] }], { unreadablePages: [2] });
    expect(verdictOf(doc, phrases, fees)).toMatchObject({ status: 'addressed', needsReview: false });
  });

  it('unsupported language: anything short of addressed may be a miss of exact-word matching', () => {
    const doc = buildDoc([{ id: 'art_1', label: 'Artikel 1', sentences: ['Die Parteien tauschen Informationen aus.'] }], { language: 'de', unsupportedLanguages: ['de'] });
    expect(verdictOf(doc, phrases, fees)).toMatchObject({ status: 'absent', needsReview: true, reasons: ['unsupported-language'] });
  });

  it('an element without conditions is absent and searched nothing', () => {
    const v = verdictOf(article('Anything at all.'), phrases, { id: 'empty' });
    expect(v.status).toBe('absent');
    expect(v.searched).toEqual({ scopes: [], concepts: [] });
  });
});
