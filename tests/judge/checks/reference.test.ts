import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor, runOn } from '../helpers.js';

const doc = buildDoc([
  { id: 'preamble', kind: 'preamble', scope: 'preamble', sentences: ['Recalling ILO Convention No 97.'] },
  { id: 'art_9', label: 'Article 9', sentences: ['The Parties apply Convention No 181 to private agencies.'] },
]);
const hits = hitsFor(doc, { c97: ['convention no 97'], c181: ['convention no 181'] });

describe('reference check', () => {
  it('finds an instrument cited in the operative text', () => {
    const r = runOn(doc, hits, { reference: { concept: 'c181' } });
    expect(r.sentences).toEqual([1]);
    expect(r.detail).toContain('reference to c181');
  });

  it('does not count a citation in the preamble unless its scope says so', () => {
    expect(runOn(doc, hits, { reference: { concept: 'c97' } }).passed).toBe(false);
    expect(runOn(doc, hits, { reference: { concept: 'c97', scope: 'any' } }).sentences).toEqual([0]);
  });
});
