// Behaviour kept by the performance changes made in other stages' code.
import { describe, expect, it } from 'vitest';
import { expandedPattern, takeExpandedPattern, waitingExpansions } from '../../src/rules/pattern/cache.js';
import { builtinPack, compilePack, validatePack } from '../../src/rules/index.js';
import { expandPattern } from '../../src/rules/pattern/expand.js';
import { parsePattern } from '../../src/pattern/parse.js';
import { PatternSyntaxError } from '../../src/pattern/ast.js';
import { defaultAnalyzer } from '../../src/rules/analyzer.js';
import { builtinLexicons } from '../../src/annotate/index.js';

describe('remembered pattern expansions', () => {
  it('give what expanding the pattern gives', () => {
    const text = '(recruitment|placement) fee* ...3 (charged|levied)? worker*';
    expect(expandedPattern(text)).toEqual(expandPattern(parsePattern(text)));
    expect(expandedPattern(text)).toBe(expandedPattern(text));
  });

  it('throw the same syntax error every time a pattern is wrong', () => {
    for (let i = 0; i < 2; i++) expect(() => expandedPattern('(fee|cost')).toThrow(PatternSyntaxError);
    expect(() => takeExpandedPattern('(fee|cost')).toThrow(PatternSyntaxError);
  });

  it('are handed from validation to compilation once, and not held after it', () => {
    const text = 'return* (ticket|fare) ...2 employer*';
    const validated = expandedPattern(text);
    expect(takeExpandedPattern(text)).toBe(validated);
    const again = takeExpandedPattern(text);
    expect(again).not.toBe(validated);
    expect(again).toEqual(validated);
  });

  it('are all released once a validated pack is compiled, so a large pack leaves no heap behind', () => {
    const builtin = builtinPack('ilo-bla');
    // Every pattern with a word added: texts no other test has expanded.
    const concepts = Object.fromEntries(Object.entries(builtin.concepts).map(([id, byLanguage]) =>
      [id, Object.fromEntries(Object.entries(byLanguage).map(([language, list]) => [language, list.map((p) => `${p} ...2 quorum`)]))]));
    const before = waitingExpansions();
    const pack = validatePack({ ...builtin, concepts });
    expect(waitingExpansions() - before).toBeGreaterThan(1000);
    compilePack(pack, builtinLexicons());
    expect(waitingExpansions()).toBe(before);
  });
});

describe('the default pattern analyzer', () => {
  it('stems a word the same way when asked again', () => {
    const analyzer = defaultAnalyzer(builtinLexicons());
    const first = analyzer.words('recruitment costs', 'en');
    expect(first.map((w) => w.stem)).toEqual(['recruit', 'cost']);
    expect(analyzer.words('recruitment costs', 'en')).toEqual(first);
    expect(analyzer.words('travailleurs', 'fr')).not.toEqual(analyzer.words('travailleurs', 'any'));
  });
});

describe('BM25 top provisions', () => {
  it('ranks as scoring every provision then sorting would, ties in document order', async () => {
    const { Bm25 } = await import('../../src/judge/bm25.js');
    const words = ['fee', 'wage', 'travel', 'return', 'leave', 'insurance', 'contract', 'visa'];
    let seed = 3;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const docs = Array.from({ length: 40 }, (_, i) => ({ key: `art_${i}`, terms: Array.from({ length: 3 + Math.floor(next() * 8) }, () => words[Math.floor(next() * words.length)]) }));
    docs.push({ key: 'art_twin', terms: [...docs[5].terms] });
    const ranker = new Bm25(docs);
    for (const query of [['fee', 'visa'], ['return', 'travel', 'wage'], ['absent'], ['contract']]) {
      const expected = ranker.score(query).map((r, i) => ({ ...r, i })).filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i).slice(0, 3).map(({ key, score }) => ({ key, score }));
      expect(ranker.top(query, 3)).toEqual(expected);
    }
  });
});
