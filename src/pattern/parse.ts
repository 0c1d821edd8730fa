/**
 * Parses one pattern string into items. A small recursive-descent parser over characters: the
 * grammar has no regular expressions in it, so no pattern can make matching super-linear.
 */
import { DEFAULT_GAP, MAX_GAP, PatternSyntaxError, type Item } from './ast.js';

const SPACE = /\s/u;
const DELIMITERS = new Set(['(', ')', '|']);
const GAP = /^(?:\.\.\.|…)(\d*)$/u;

class Cursor {
  pos = 0;
  constructor(readonly src: string) {}
  get done(): boolean { return this.pos >= this.src.length; }
  get char(): string { return this.src[this.pos]; }
  skipSpace(): void { while (!this.done && SPACE.test(this.char)) this.pos++; }
}

export function parsePattern(pattern: string): Item[] {
  const cur = new Cursor(pattern);
  const items = parseSequence(cur, 0);
  if (!cur.done) throw new PatternSyntaxError(`unexpected '${cur.char}' (no group is open)`, cur.pos);
  if (!items.length) throw new PatternSyntaxError('empty pattern', 0);
  return items;
}

function parseSequence(cur: Cursor, depth: number): Item[] {
  const items: Item[] = [];
  for (cur.skipSpace(); !cur.done; cur.skipSpace()) {
    if (cur.char === '|' || cur.char === ')') {
      if (depth === 0) throw new PatternSyntaxError(`unexpected '${cur.char}' outside a group`, cur.pos);
      break;
    }
    items.push(cur.char === '(' ? parseGroup(cur, depth) : parseWord(cur));
  }
  return items;
}

function parseGroup(cur: Cursor, depth: number): Item {
  const offset = cur.pos++;
  const alternatives: Item[][] = [];
  for (;;) {
    const altStart = cur.pos;
    const alt = parseSequence(cur, depth + 1);
    if (cur.done) throw new PatternSyntaxError("unclosed group: missing ')'", offset);
    if (!alt.length) throw new PatternSyntaxError('empty alternative (make a group optional with ? instead)', altStart);
    alternatives.push(alt);
    if (cur.char === ')') break;
    cur.pos++; // '|'
  }
  cur.pos++; // ')'
  const optional = (cur.char as string | undefined) === '?';
  if (optional) cur.pos++;
  if (!cur.done && !SPACE.test(cur.char) && !DELIMITERS.has(cur.char)) {
    throw new PatternSyntaxError(`expected a space after ')' but found '${cur.char}'`, cur.pos);
  }
  return { kind: 'group', alternatives, optional, offset };
}

function parseWord(cur: Cursor): Item {
  const offset = cur.pos;
  while (!cur.done && !SPACE.test(cur.char) && !DELIMITERS.has(cur.char)) cur.pos++;
  const raw = cur.src.slice(offset, cur.pos);
  if (!cur.done && cur.char === '(') throw new PatternSyntaxError(`put a space between '${raw}' and '('`, cur.pos);
  const gap = GAP.exec(raw);
  if (gap) return gapItem(gap[1], offset);
  if (raw.startsWith('...') || raw.startsWith('…')) throw new PatternSyntaxError(`bad gap '${raw}' (write ... or ...N with N from 1 to ${MAX_GAP})`, offset);
  return wordItem(raw, offset);
}

function gapItem(digits: string, offset: number): Item {
  const max = digits ? Number(digits) : DEFAULT_GAP;
  if (max < 1 || max > MAX_GAP) throw new PatternSyntaxError(`gap of ${max} tokens is over the maximum of ${MAX_GAP}`, offset);
  return { kind: 'gap', max, offset };
}

function wordItem(raw: string, offset: number): Item {
  let text = raw;
  const optional = text.endsWith('?');
  if (optional) text = text.slice(0, -1);
  if (text === '#') return { kind: 'number', optional, offset };
  const prefix = text.endsWith('*');
  if (prefix) text = text.slice(0, -1);
  const exact = text.startsWith('=');
  if (exact) text = text.slice(1);
  const stray = /[*?=#]/u.exec(text);
  if (stray) {
    const where = offset + (exact ? 1 : 0) + stray.index;
    throw new PatternSyntaxError(`'${stray[0]}' may only ${stray[0] === '=' ? 'start' : 'end'} a word`, where);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new PatternSyntaxError(`'${raw}' has no letters or digits`, offset);
  return { kind: 'word', text, exact, prefix, optional, offset };
}
