import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, runOn } from '../helpers.js';

const doc = buildDoc([
  { id: 'art_4', label: 'Article 4', sentences: [
    { text: 'Normal hours of work shall not exceed 48 hours a week.', force: 'binding', quantities: [{ words: '48 hours', value: 48, unit: 'hour' }] },
    { text: 'The contract runs for 2 years.', quantities: [{ words: '2 years', value: 2, unit: 'year' }] },
    { text: 'A rest of 24 hours is given.', quantities: [{ words: '24 hours', value: 24, unit: 'hour' }] },
  ] },
]);
const hits = hitsFor(doc, { hours: ['hours of work'] });

describe('number check', () => {
  it('finds a quantity of the unit', () => {
    expect(runOn(doc, hits, { number: { unit: 'hour' } }).sentences).toEqual([0, 2]);
    expect(runOn(doc, hits, { number: { unit: ['year', 'month'] } }).sentences).toEqual([1]);
  });

  it('keeps quantities within the bounds', () => {
    expect(runOn(doc, hits, { number: { unit: 'hour', min: 40, max: 60 } }).sentences).toEqual([0]);
    expect(runOn(doc, hits, { number: { unit: 'hour', max: 12 } }).passed).toBe(false);
  });

  it('with a concept, needs it in the same sentence', () => {
    const r = runOn(doc, hits, { number: { unit: 'hour', concept: 'hours' } });
    expect(r.sentences).toEqual([0]);
    expect(r.detail).toBe('number in hour with hours in operative: 1 sentence (Article 4)');
  });

  it('fails on a unit the text never states', () => {
    expect(runOn(doc, hits, { number: { unit: 'money' } }).passed).toBe(false);
  });
});
