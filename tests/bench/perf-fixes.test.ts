// Behaviour kept by the performance changes made in other stages' code.
import { describe, expect, it } from 'vitest';
import { expandedPattern } from '../../src/rules/pattern/cache.js';
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
