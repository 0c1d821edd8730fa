import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, runOn } from '../helpers.js';

const doc = buildDoc([
  { id: 'art_1', label: 'Article 1', sentences: [
    { text: 'Travel costs shall be borne by the employer.', force: 'binding', bearer: 'employer' },
    { text: 'The Parties may consider travel costs.', force: 'hedged', bearer: 'both-states' },
    { text: 'Travel costs are described here.', force: 'none' },
    { text: 'The worker shall not bear travel costs.', force: 'binding', bearer: 'worker', negation: 'not bear travel costs' },
    { text: 'Subject to national law, travel costs shall be paid by the State.', force: 'binding', bearer: 'destination-state', conditions: ['subject to national law'] },
  ] },
  { id: 'preamble', kind: 'preamble', scope: 'preamble', sentences: [{ text: 'The Parties shall strive to cover travel costs.', force: 'binding', bearer: 'both-states' }] },
]);
const hits = hitsFor(doc, { travel: ['travel costs'] });

describe('obligation check', () => {
  it('by default wants a binding, affirmed sentence in operative text, conditioned or not', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel' } }).sentences).toEqual([0, 4]);
  });

  it('takes the force it is given', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel', force: 'hedged' } }).sentences).toEqual([1]);
    expect(runOn(doc, hits, { obligation: { concept: 'travel', force: ['hedged', 'none'] } }).sentences).toEqual([1, 2]);
  });

  it('keeps only the bearers it names; both states answer for either state', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel', bearer: 'employer' } }).sentences).toEqual([0]);
    expect(runOn(doc, hits, { obligation: { concept: 'travel', bearer: 'origin-state', force: 'hedged' } }).sentences).toEqual([1]);
  });

  it('with polarity negated finds the concept under a negation', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel', polarity: 'negated' } }).sentences).toEqual([3]);
  });

  it('with conditioned false refuses sentences left to national law', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel', conditioned: false } }).sentences).toEqual([0]);
  });

  it('reads the preamble only when asked', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel', scope: 'preamble' } }).sentences).toEqual([5]);
  });

  it('explains what it wanted', () => {
    expect(runOn(doc, hits, { obligation: { concept: 'travel', bearer: 'employer' } }).detail)
      .toBe('obligation on travel (binding, affirmed, bearer employer) in operative: 1 sentence (Article 1)');
  });
});
