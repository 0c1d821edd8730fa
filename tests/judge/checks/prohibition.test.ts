import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, runOn } from '../helpers.js';

const doc = buildDoc([
  { id: 'art_1', label: 'Article 1', sentences: [
    { text: 'The employer shall not retain the passport of the worker.', force: 'binding', bearer: 'employer', negation: 'not retain the passport of the worker' },
    { text: 'The employer should not retain the passport.', force: 'hedged', bearer: 'employer', negation: 'not retain the passport' },
    { text: 'The employer shall keep the passport safe and shall not lose it.', force: 'binding', bearer: 'employer', negation: 'not lose it' },
    { text: 'Retaining the passport is prohibited.', force: 'none', negation: 'passport is prohibited' },
  ] },
]);
const hits = hitsFor(doc, { passport: ['passport'], keeping: ['retain the passport', 'retaining the passport'] });

describe('prohibition check', () => {
  it('finds the concept inside the negation of a binding sentence', () => {
    expect(runOn(doc, hits, { prohibition: { concept: 'keeping' } }).sentences).toContain(0);
  });

  it('does not take a hedged negation as a prohibition', () => {
    expect(runOn(doc, hits, { prohibition: { concept: 'keeping' } }).sentences).not.toContain(1);
  });

  it('does not take a concept outside the negation span', () => {
    expect(runOn(doc, hits, { prohibition: { concept: 'passport' } }).sentences).not.toContain(2);
  });

  it('accepts a match that carries the prohibition itself', () => {
    expect(runOn(doc, hits, { prohibition: { concept: 'keeping' } }).sentences).toEqual([0, 3]);
  });

  it('keeps only the bearers it names', () => {
    expect(runOn(doc, hits, { prohibition: { concept: 'keeping', bearer: 'agency' } }).passed).toBe(false);
    expect(runOn(doc, hits, { prohibition: { concept: 'keeping', bearer: 'employer' } }).sentences).toEqual([0]);
  });
});
