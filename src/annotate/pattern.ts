/**
 * Lexicon markers in the pack pattern language (rules/README.md): words compared by stem, `=exact`
 * forms, `prefix*`, `(a|b c)` alternatives, `?` optional items, `...N` bounded gaps and `#` numbers.
 * There are no regular expressions, so matching a marker costs a bounded amount of work per token.
 */
import type { Token } from './types.js';
import { normalize } from './fold.js';
import { scanTokens, type WordScanner } from './tokenize.js';

export type Item =
  | { t: 'stem'; v: string }
  | { t: 'exact'; v: string }
  | { t: 'prefix'; v: string }
  | { t: 'num' }
  | { t: 'gap'; max: number }
  | { t: 'alt'; options: Item[][]; optional: boolean };

const DEFAULT_GAP = 5;
const MAX_GAP = 12;

/** Parse a pattern into items, stemming words with the language's scanner. Throws on a malformed one. */
export function parsePattern(pattern: string, scanner: WordScanner, exactWords = false): Item[] {
  const parser = { src: pattern.trim(), pos: 0, scanner, exactWords };
  const items = parseSequence(parser, false);
  if (parser.pos < parser.src.length) throw new Error(`unexpected "${parser.src[parser.pos]}" at column ${parser.pos + 1}`);
  if (!items.length) throw new Error('empty pattern');
  return items;
}

interface Parser { src: string; pos: number; scanner: WordScanner; exactWords: boolean }

function parseSequence(p: Parser, inGroup: boolean): Item[] {
  const items: Item[] = [];
  for (;;) {
    while (p.src[p.pos] === ' ') p.pos++;
    const c = p.src[p.pos];
    if (c === undefined || (inGroup && (c === '|' || c === ')'))) return items;
    if (c === ')' || c === '|') throw new Error(`unbalanced "${c}" at column ${p.pos + 1}`);
    if (c === '(') items.push(parseGroup(p));
    else items.push(...parseWord(p));
  }
}

function parseGroup(p: Parser): Item {
  p.pos++; // (
  const options: Item[][] = [];
  for (;;) {
    options.push(parseSequence(p, true));
    const c = p.src[p.pos++];
    if (c === ')') break;
    if (c !== '|') throw new Error('missing ")"');
  }
  if (options.some((o) => !o.length)) throw new Error('empty alternative');
  const optional = p.src[p.pos] === '?';
  if (optional) p.pos++;
  return { t: 'alt', options, optional };
}

function parseWord(p: Parser): Item[] {
  const start = p.pos;
  while (p.pos < p.src.length && !' ()|'.includes(p.src[p.pos])) p.pos++;
  let word = p.src.slice(start, p.pos);
  const gap = /^\.\.\.(\d*)$/.exec(word);
  if (gap) return [{ t: 'gap', max: gapSize(gap[1]) }];
  if (word === '#') return [{ t: 'num' }];
  const optional = word.endsWith('?');
  if (optional) word = word.slice(0, -1);
  const marked = word.startsWith('=');
  if (marked) word = word.slice(1);
  const exact = marked || p.exactWords;
  const prefix = word.endsWith('*');
  if (prefix) word = word.slice(0, -1);
  const tokens = scanTokens(word, 0, word.length, p.scanner);
  if (!tokens.length) throw new Error(`"${p.src.slice(start, p.pos)}" has no letters or digits`);
  const items: Item[] = tokens.map((t, i) => {
    if (prefix && i === tokens.length - 1) return { t: 'prefix', v: normalize(t.text) };
    return exact ? { t: 'exact', v: t.norm } : { t: 'stem', v: t.stem };
  });
  return optional ? [{ t: 'alt', options: [items], optional: true }] : items;
}

function gapSize(digits: string): number {
  if (!digits) return DEFAULT_GAP;
  const n = Number(digits);
  if (n < 1 || n > MAX_GAP) throw new Error(`gap ...${digits} must be between 1 and ${MAX_GAP}`);
  return n;
}

/** Is this token a number (digits or a number word of the language)? */
export type IsNumber = (token: Token) => boolean;

/**
 * The end (exclusive) of a match of items[k..] starting at token i, or -1. Optional items are tried
 * first taken, gaps shortest first; patterns are a few items long, so backtracking stays bounded.
 */
export function matchFrom(items: Item[], k: number, tokens: Token[], i: number, limit: number, isNumber: IsNumber): number {
  if (k === items.length) return i;
  const item = items[k];
  switch (item.t) {
    case 'gap':
      for (let g = 0; g <= item.max && i + g <= limit; g++) {
        const end = matchFrom(items, k + 1, tokens, i + g, limit, isNumber);
        if (end >= 0) return end;
      }
      return -1;
    case 'alt':
      for (const option of item.options) {
        const mid = matchFrom(option, 0, tokens, i, limit, isNumber);
        if (mid < 0) continue;
        const end = matchFrom(items, k + 1, tokens, mid, limit, isNumber);
        if (end >= 0) return end;
      }
      return item.optional ? matchFrom(items, k + 1, tokens, i, limit, isNumber) : -1;
    default:
      if (i >= limit || !matchesToken(item, tokens[i], isNumber)) return -1;
      return matchFrom(items, k + 1, tokens, i + 1, limit, isNumber);
  }
}

function matchesToken(item: Item, token: Token, isNumber: IsNumber): boolean {
  switch (item.t) {
    case 'stem': return token.stem === item.v;
    case 'exact': return token.norm === item.v;
    case 'prefix': return token.norm.startsWith(item.v);
    case 'num': return isNumber(token);
    default: return false;
  }
}

/** What the first token of a match can be: used to index markers; undefined means "anything". */
export type FirstKey = { t: 'stem' | 'exact' | 'prefix'; v: string };

export function firstKeys(items: Item[], k = 0): FirstKey[] | undefined {
  if (k >= items.length) return undefined;
  const item = items[k];
  if (item.t === 'gap' || item.t === 'num') return undefined;
  if (item.t !== 'alt') return [item];
  const keys: FirstKey[] = [];
  for (const option of item.options) {
    const sub = firstKeys([...option, ...items.slice(k + 1)]);
    if (!sub) return undefined;
    keys.push(...sub);
  }
  if (item.optional) {
    const rest = firstKeys(items, k + 1);
    if (!rest) return undefined;
    keys.push(...rest);
  }
  return keys;
}
