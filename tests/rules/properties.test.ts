import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../src/rules/compile.js';
import { match } from '../../src/rules/match.js';
import { endOf, startOf } from '../../src/annotate/spans.js';
import { PatternSyntaxError } from '../../src/pattern/ast.js';
import { expandPattern } from '../../src/rules/pattern/expand.js';
import { parsePattern } from '../../src/pattern/parse.js';
import { compileConcepts, docOf, toyAnalyzer } from './helpers.js';

const concepts = {
  fee: { en: ['(recruitment|placement) fee*', 'no? fee ... worker', '=fees'], fr: ['frais ...3 employeur'] },
  hours: { en: ['# hours? ...2 (week|day)'], any: ['C181', 'é'] },
  wide: { en: ['worker ...12 worker ...12 worker'] },
};
const compiled = compileConcepts(concepts);

/** Text that mixes arbitrary Unicode with the words the patterns look for, so matches do happen. */
const words = fc.oneof(
  fc.constantFrom('recruitment', 'fee', 'fees', 'worker', 'workers', 'no', '48', 'hours', 'week', 'frais', 'employeur', 'C181', 'É', 'ﬁ', '𝔘', '\u0301'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const sentences = fc.array(fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')), { maxLength: 8 });
const languages = fc.constantFrom('en', 'fr', 'de', 'und');

describe('matching holds up on any text', () => {
  it('never throws, and every hit lies inside the text, its sentence and its tokens', () => {
    fc.assert(
      fc.property(sentences, languages, (parts, language) => {
        const doc = docOf(parts.map((p) => [p, language] as [string, string]));
        for (const hit of match(doc, compiled)) {
          const sentence = doc.sentences[hit.sentence];
          expect(hit.start).toBeGreaterThanOrEqual(sentence.start);
          expect(hit.end).toBeLessThanOrEqual(sentence.end);
          expect(hit.end).toBeLessThanOrEqual(doc.document.text.length);
          expect(hit.tokenStart).toBeLessThan(hit.tokenEnd);
          expect(hit.start).toBe(startOf(sentence.spans, hit.tokenStart));
          expect(hit.end).toBe(endOf(sentence.spans, hit.tokenEnd - 1));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: same text, same pack, same hits in the same order, even recompiled', () => {
    fc.assert(
      fc.property(sentences, (parts) => {
        const doc = docOf(parts);
        const first = match(doc, compiled);
        expect(match(doc, compiled)).toEqual(first);
        expect(match(doc, compileConcepts(concepts))).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('reports at most one hit per concept and start token', () => {
    fc.assert(
      fc.property(sentences, (parts) => {
        const keys = match(docOf(parts), compiled).map((h) => `${h.concept}:${h.sentence}:${h.tokenStart}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('any pattern string', () => {
  const pieces = fc.constantFrom('worker', 'fee*', '=fees', 'a?', '#', '...', '...3', '...13', '(', ')', '|', ')?', '?', '*', '=', ' ', 'é', '…');
  const patterns = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(' '));

  it('either compiles or fails with a syntax error, and a compiled one matches without throwing', () => {
    fc.assert(
      fc.property(patterns, sentences, (pattern, parts) => {
        try {
          expandPattern(parsePattern(pattern));
        } catch (err) {
          expect(err).toBeInstanceOf(PatternSyntaxError);
          return;
        }
        const pack = { id: 'p', version: '1', elements: [], concepts: { c: { en: [pattern] } } };
        match(docOf(parts), compilePack(pack, {}, { analyzer: toyAnalyzer }));
      }),
      { numRuns: 300 },
    );
  });
});
