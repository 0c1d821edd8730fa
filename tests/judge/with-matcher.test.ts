/** The judge fed by the real pattern compiler and matcher, on hand-built sentences. */
import { describe, expect, it } from 'vitest';
import { buildDoc, judgeWithMatcher } from './helpers.js';

const pack = {
  concepts: {
    'costs-borne-by-employer': { en: ['(recruitment|travel) cost* ... borne by the employer', 'free of charge to the worker'] },
    'fee-charged-to-worker': { en: ['worker ... pay ... (fee|fees|charge)'] },
    'recruitment-fee': { en: ['recruitment (fee|fees)'] },
    'passport-retention': { en: ['(retain|keep|confiscate) ... passport'] },
  },
  elements: [
    {
      id: 'recruitment-fees-and-costs',
      addressed: { any: [{ obligation: { concept: 'costs-borne-by-employer' } }] },
      weak: { any: [{ mentions: { concept: 'recruitment-fee' } }] },
      contradicted: { any: [{ obligation: { concept: 'fee-charged-to-worker', bearer: 'worker' as const } }] },
    },
    {
      id: 'identity-documents',
      addressed: { prohibition: { concept: 'passport-retention' } },
      contradicted: { obligation: { concept: 'passport-retention', bearer: 'employer' as const } },
    },
  ],
};

describe('judge with the real matcher', () => {
  it('addresses fees and passports in a protective text, quoting the words that matched', () => {
    const doc = buildDoc([
      { id: 'art_7', label: 'Article 7', sentences: [{ text: 'All travel costs of the migrant shall be borne by the employer.', force: 'binding', bearer: 'employer' }] },
      { id: 'art_9', label: 'Article 9', sentences: [{ text: 'The employer shall not retain the passport of the worker.', force: 'binding', bearer: 'employer', negation: 'not retain the passport of the worker' }] },
    ]);
    const [fees, passport] = judgeWithMatcher(doc, pack);
    expect(fees).toMatchObject({ status: 'addressed', needsReview: false });
    expect(fees.evidence[0]).toMatchObject({ label: 'Article 7', checks: ['obligation'], concepts: ['costs-borne-by-employer'] });
    expect(fees.evidence[0].matches[0].pattern).toBe('(recruitment|travel) cost* ... borne by the employer');
    expect(doc.document.text.slice(fees.evidence[0].matches[0].start, fees.evidence[0].matches[0].end)).toBe('travel costs of the migrant shall be borne by the employer');
    expect(passport).toMatchObject({ status: 'addressed' });
  });

  it('contradicts when the worker pays and the employer keeps the passport', () => {
    const doc = buildDoc([
      { id: 'art_3', label: 'Article 3', sentences: [
        { text: "The worker shall pay the agency a placement fee of one month's wage.", force: 'binding', bearer: 'worker' },
        { text: 'The employer shall keep the passport during the contract.', force: 'binding', bearer: 'employer' },
      ] },
    ]);
    const [fees, passport] = judgeWithMatcher(doc, pack);
    expect(fees.status).toBe('contradicted');
    expect(passport.status).toBe('contradicted');
  });

  it('is weak on a mere mention and absent on silence, with near misses', () => {
    const doc = buildDoc([
      { id: 'art_1', label: 'Article 1', sentences: ['The recruitment fees are discussed by the Parties.'] },
      { id: 'art_2', label: 'Article 2', sentences: ['The Parties exchange information.'] },
    ]);
    const [fees, passport] = judgeWithMatcher(doc, pack);
    expect(fees.status).toBe('weak');
    expect(passport.status).toBe('absent');
    expect(passport.searched!.concepts).toEqual(['passport-retention']);
  });
});
