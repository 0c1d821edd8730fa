import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, packOf } from './helpers.js';
import { judge } from '../../src/judge/index.js';
import { Verdict } from '../../src/judge/verdict.js';

const doc = buildDoc([
  { id: 'preamble', label: 'Preamble', kind: 'preamble', scope: 'preamble', sentences: ['Wishing to regulate the recruitment of workers.'] },
  { id: 'art_1', label: 'Article 1', sentences: [
    { text: 'Recruitment costs and travel costs shall be borne by the employer.', force: 'binding', bearer: 'employer' },
    { text: 'The employer shall also bear the travel costs of return.', force: 'binding', bearer: 'employer' },
  ] },
  { id: 'art_2', label: 'Article 2', sentences: [{ text: 'The worker may be informed of the contract.', force: 'hedged' }] },
]);
const hits = hitsFor(doc, { costs: ['borne by the employer', 'bear the travel costs'], recruitment: ['recruitment'], travel: ['travel costs'], contract: ['contract'] });
const pack = packOf([
  { id: 'written-contract', level: 'core', addressed: { mentions: { concept: 'contract' } } },
  { id: 'recruitment-fees', level: 'core', addressed: { near: { concepts: ['costs', 'travel'], within: 'sentence' } } },
  { id: 'housing', level: 'good-practice', addressed: { mentions: { concept: 'housing' } } },
  { id: 'recruitment-channels', level: 'good-practice', weak: { mentions: { concept: 'recruitment', scope: 'any' } } },
]);
const verdicts = judge(doc, hits, pack);

describe('judge', () => {
  it('gives one verdict per element, in pack order, with the element identity', () => {
    expect(verdicts.map((v) => v.element)).toEqual(['written-contract', 'recruitment-fees', 'housing', 'recruitment-channels']);
    expect(verdicts[2]).toMatchObject({ title: 'housing', level: 'good-practice', phase: 'A-recruitment' });
  });

  it('produces verdicts that satisfy the published Verdict schema', () => {
    for (const v of verdicts) expect(() => Verdict.parse(v)).not.toThrow();
  });

  it('decides each element on its own conditions', () => {
    expect(verdicts.map((v) => v.status)).toEqual(['weak', 'addressed', 'absent', 'weak']);
  });

  it('is surer of a binding obligation with several concepts than of a passing mention', () => {
    const [contract, fees, housing, channels] = verdicts;
    expect(fees.confidence).toBeGreaterThan(channels.confidence);
    expect(fees.confidence).toBeGreaterThan(contract.confidence);
    expect(fees.confidence).toBeLessThanOrEqual(1);
    expect(housing.confidence).toBeGreaterThan(0);
  });

  it('lowers confidence when a verdict needs review', () => {
    const [contract] = verdicts;
    expect(contract.needsReview).toBe(true);
    expect(contract.reasons).toEqual(['only-hedged']);
    const implicit = judge(doc, hits, packOf([{ id: 'x', addressed: { mentions: { concept: 'contract', scope: 'preamble' } } }]))[0];
    expect(implicit).toMatchObject({ status: 'weak', needsReview: false });
    expect(contract.confidence).toBeLessThan(implicit.confidence);
  });

  it('judges a document without hits as absent throughout', () => {
    expect(judge(doc, [], pack).map((v) => v.status)).toEqual(['absent', 'absent', 'absent', 'absent']);
  });
});
