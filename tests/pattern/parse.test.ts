import { describe, expect, it } from 'vitest';
import { PatternSyntaxError } from '../../src/pattern/ast.js';
import { countExpansions, expandPattern } from '../../src/rules/pattern/expand.js';
import { parsePattern } from '../../src/pattern/parse.js';

function syntaxError(pattern: string): { message: string; column: number } {
  try {
    expandPattern(parsePattern(pattern));
  } catch (err) {
    if (err instanceof PatternSyntaxError) return { message: err.message, column: err.offset + 1 };
    throw err;
  }
  throw new Error(`"${pattern}" was accepted`);
}

describe('pattern items', () => {
  it('reads a plain word as a stemmed word', () => {
    expect(parsePattern('worker')).toEqual([{ kind: 'word', text: 'worker', exact: false, prefix: false, optional: false, offset: 0 }]);
  });

  it('reads =word as an exact form, word* as a prefix and word? as optional', () => {
    const [exact, prefix, optional] = parsePattern('=workers recruit* the?');
    expect(exact).toMatchObject({ text: 'workers', exact: true, offset: 0 });
    expect(prefix).toMatchObject({ text: 'recruit', prefix: true, offset: 9 });
    expect(optional).toMatchObject({ text: 'the', optional: true, offset: 18 });
  });

  it('reads # as a number token and ... / ...N as bounded gaps', () => {
    expect(parsePattern('# ... hours ...3 week').map((i) => (i.kind === 'gap' ? `gap${i.max}` : i.kind))).toEqual(['number', 'gap5', 'word', 'gap3', 'word']);
    expect(parsePattern('a … b')[1]).toMatchObject({ kind: 'gap', max: 5 });
  });

  it('reads alternatives of several words and optional groups, nested', () => {
    const [group, , optional] = parsePattern('(joint committee|mixed (commission|board)) shall (at least)?');
    expect(group).toMatchObject({ kind: 'group', optional: false });
    expect(group.kind === 'group' && group.alternatives.map((a) => a.length)).toEqual([2, 2]);
    expect(optional).toMatchObject({ kind: 'group', optional: true });
  });

  it('keeps apostrophes and accents inside a word for the tokenizer to split', () => {
    expect(parsePattern("à la charge de l'employeur").map((i) => i.kind === 'word' && i.text)).toEqual(['à', 'la', 'charge', 'de', "l'employeur"]);
  });
});

describe('pattern expansion', () => {
  it('expands alternatives and optionals into plain sequences', () => {
    const seqs = expandPattern(parsePattern('(travel|recruitment) cost* borne?'));
    expect(seqs).toHaveLength(4);
  });

  it('trims gaps left at the ends and merges gaps around a dropped optional', () => {
    const seqs = expandPattern(parsePattern('fee? ...3 charged ...4 (by the)? ...2 worker'));
    const shapes = seqs.map((s) => s.map((x) => (x.kind === 'gap' ? `...${x.max}` : x.kind === 'word' ? x.text : '#')).join(' '));
    expect(shapes).toContain('charged ...6 worker');
    expect(shapes).toContain('fee ...3 charged ...4 by the ...2 worker');
    expect(shapes.every((s) => !s.startsWith('...'))).toBe(true);
  });

  it('counts expansions without building them', () => {
    expect(countExpansions(parsePattern('(a|b|c) (d|e) f?'))).toBe(12);
    const huge = Array.from({ length: 30 }, (_, i) => `(x${i}|y${i})`).join(' ');
    expect(countExpansions(parsePattern(huge))).toBe(257);
  });
});

describe('pattern syntax errors point at the column inside the pattern', () => {
  it.each([
    ['workers (fee|charge', 9, /unclosed group/],
    ['workers fee)', 12, /outside a group/],
    ['(fee||charge)', 6, /empty alternative/],
    ['cost ...13 employer', 6, /gap of 13 tokens is over the maximum of 12/],
    ['cost ....x employer', 6, /bad gap/],
    ['rec*ruit', 4, /'\*' may only end a word/],
    ['wor?ker', 4, /'\?' may only end a word/],
    ['fee(s)', 4, /put a space/],
    ['(a|b)c', 6, /expected a space after '\)'/],
    ['worker -- employer', 8, /no letters or digits/],
  ])('%s → column %i', (pattern, column, message) => {
    const error = syntaxError(pattern);
    expect(error.message).toMatch(message);
    expect(error.column).toBe(column);
  });

  it('refuses a pattern that could match an empty text', () => {
    expect(syntaxError('the? (a|b)?').message).toMatch(/empty text/);
    expect(syntaxError('   ').message).toMatch(/empty pattern/);
  });

  it('refuses a pattern with more than 256 expansions before building them', () => {
    const huge = Array.from({ length: 40 }, (_, i) => `(x${i}|y${i})`).join(' ');
    expect(syntaxError(huge).message).toMatch(/more than 256 alternatives/);
    const wide = `(${Array.from({ length: 3000 }, (_, i) => `w${i}`).join('|')})`;
    expect(syntaxError(wide).message).toMatch(/more than 256 alternatives/);
  });
});
