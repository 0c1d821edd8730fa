/**
 * Lexicon markers in the pack pattern language (rules/README.md): words compared by stem, `=exact`
 * forms, `prefix*`, `(a|b c)` alternatives, `?` optional items, `...N` bounded gaps and `#` numbers.
 * There are no regular expressions, so matching a marker costs a bounded amount of work per token.
 */
import type { Token } from './types.js';
import { normalize } from './fold.js';
import { scanTokens, type WordScanner } from './tokenize.js';
import { PatternSyntaxError, type Item as SyntaxItem } from '../pattern/ast.js';
import { parsePattern as parseSyntax } from '../pattern/parse.js';

export type Item =
  | { t: 'stem'; v: string }
  | { t: 'exact'; v: string }
  | { t: 'prefix'; v: string }
  | { t: 'num' }
  | { t: 'gap'; max: number }
  | { t: 'alt'; options: Item[][]; optional: boolean };

/**
 * Parse a marker with the one parser of the pattern language (src/pattern), then resolve its words
 * to stems with the language's scanner. Throws on a malformed marker.
 */
export function parsePattern(pattern: string, scanner: WordScanner, exactWords = false): Item[] {
  try {
    return resolve(parseSyntax(pattern), scanner, exactWords);
  } catch (err) {
    if (err instanceof PatternSyntaxError) throw new Error(`${err.message} at column ${err.offset + 1}`);
    throw err;
  }
}

function resolve(items: SyntaxItem[], scanner: WordScanner, exactWords: boolean): Item[] {
  return items.flatMap((item): Item[] => {
    switch (item.kind) {
      case 'gap': return [{ t: 'gap', max: item.max }];
      case 'number': return optionalIf(item.optional, [{ t: 'num' }]);
      case 'group': return [{ t: 'alt', options: item.alternatives.map((a) => resolve(a, scanner, exactWords)), optional: item.optional }];
      case 'word': return optionalIf(item.optional, wordItems(item.text, item.exact || exactWords, item.prefix, scanner));
    }
  });
}

function optionalIf(optional: boolean, items: Item[]): Item[] {
  return optional ? [{ t: 'alt', options: [items], optional: true }] : items;
}

/** A written word may scan to several tokens ("co-operation"); a `*` applies to the last one. */
function wordItems(word: string, exact: boolean, prefix: boolean, scanner: WordScanner): Item[] {
  const tokens = scanTokens(word, 0, word.length, scanner);
  if (!tokens.length) throw new Error(`"${word}" has no letters or digits`);
  return tokens.map((t, i): Item => {
    if (prefix && i === tokens.length - 1) return { t: 'prefix', v: normalize(t.text) };
    return exact ? { t: 'exact', v: t.norm } : { t: 'stem', v: t.stem };
  });
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
