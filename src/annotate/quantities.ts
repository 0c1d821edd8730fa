/**
 * Quantities a sentence states: a number (digits or a number word) with a unit of time, a currency or
 * a percent sign, or, failing those, a count of things ("two copies"). Article numbers, dates and list
 * numbers are not quantities.
 */
import type { Quantity, Token } from './types.js';
import { checkList } from '../lifetime.js';
import type { CompiledLexicon } from './compile.js';
import type { StartBits } from './markers.js';
import { NUMBER_BIT } from './starts.js';
import { normalize } from './fold.js';
import { gapBefore } from './clauses.js';
import { endOf, startOf } from './spans.js';

/** Characters around a number where a currency code or symbol may stand ("US$400", "400 EUR"). */
const CODE_WINDOW = 5;
/** A unit may follow a number after one other word ("8 consecutive hours", "one month's"). */
const UNIT_REACH = 2;
/** A unit may be several words that start within reach: "une fois par an", "una vez al año". */
const UNIT_WORDS = 3;
const DIGITS = /^\p{N}/u;

export function findQuantities(text: string, tokens: Token[], spans: Int32Array, lex: CompiledLexicon, starts?: StartBits): Quantity[] {
  const out: Quantity[] = checkList();
  for (let i = 0; i < tokens.length; i++) {
    // The start bits say which tokens are numbers without asking each one again.
    if (starts ? !(starts.bits[starts.offset + i] & NUMBER_BIT) : !lex.isNumber(tokens[i])) continue;
    if (isReference(text, tokens, spans, i, lex)) continue;
    const value = numberValue(tokens[i], lex);
    if (value === undefined) continue;
    const q = quantityAt(text, tokens, spans, i, value, lex, starts);
    if (!q) continue;
    out.push(q.quantity);
    i = q.lastToken;
  }
  return out;
}

function quantityAt(text: string, tokens: Token[], spans: Int32Array, i: number, value: number, lex: CompiledLexicon, starts: StartBits | undefined): { quantity: Quantity; lastToken: number } | undefined {
  let j = i + 1;
  // "TWO(2) years": the figure repeats the word.
  if (j < tokens.length && DIGITS.test(tokens[j].norm) && numberValue(tokens[j], lex) === value && gapBefore(text, spans, j).includes('(')) j++;
  const start = startOf(spans, i);
  const numberEnd = endOf(spans, j - 1);
  // A sign or code next to the figure decides first: "1.200,00 € al mes" is money, paid monthly.
  if (/^\s?%/.test(text.slice(numberEnd, numberEnd + 2))) {
    return { quantity: { value, unit: 'percent', start, end: text.indexOf('%', numberEnd) + 1 }, lastToken: j - 1 };
  }
  const code = currencyCode(text, start, numberEnd, lex);
  if (code) return { quantity: { value, unit: 'money', currency: code.currency, start: Math.min(start, code.start), end: Math.max(numberEnd, code.end) }, lastToken: j - 1 };
  const unit = lex.units.find(tokens, j, Math.min(j + UNIT_REACH + UNIT_WORDS, tokens.length), starts).find((m) => m.start < j + UNIT_REACH);
  if (unit) {
    const last = unit.end - 1;
    return { quantity: { value, unit: unit.tag, start, end: endOf(spans, last) }, lastToken: last };
  }
  const word = lex.currencies.find(tokens, j, Math.min(j + 1, tokens.length), starts)[0];
  if (word) return { quantity: { value, unit: 'money', currency: word.tag, start, end: endOf(spans, word.end - 1) }, lastToken: word.end - 1 };
  if (isCount(text, tokens, spans, i, j, value, lex)) return { quantity: { value, unit: 'count', start, end: numberEnd }, lastToken: j - 1 };
  return undefined;
}

/** A currency code or symbol written just before or after the figure at [start, numberEnd) ("US$400", "400 EUR", "1.200,00 €"). */
function currencyCode(text: string, start: number, numberEnd: number, lex: CompiledLexicon): { currency: string; start: number; end: number } | undefined {
  const rawBefore = text.slice(Math.max(0, start - CODE_WINDOW), start);
  const before = rawBefore.trimEnd();
  const beforeEnd = start - (rawBefore.length - before.length);
  const after = text.slice(numberEnd, numberEnd + CODE_WINDOW);
  const afterAt = numberEnd + (after.length - after.trimStart().length);
  const b = normalize(before);
  const a = normalize(after.trimStart());
  let best: { currency: string; start: number; end: number } | undefined;
  for (const code of lex.codes) {
    if (best && code.length <= best.currency.length) continue;
    if (b.endsWith(code) && !/\p{L}/u.test(b.charAt(b.length - code.length - 1))) {
      const at = beforeEnd - code.length;
      best = { currency: text.slice(at, at + code.length), start: at, end: start };
    } else if (a.startsWith(code) && !/\p{L}/u.test(a.charAt(code.length))) {
      best = { currency: text.slice(afterAt, afterAt + code.length), start: afterAt, end: afterAt + code.length };
    }
  }
  return best;
}

/** "Article 5", "No. 97", "paragraph 2": a number that names a provision or an instrument. */
function isReference(text: string, tokens: Token[], spans: Int32Array, i: number, lex: CompiledLexicon): boolean {
  return i > 0 && lex.referenceWords.has(tokens[i - 1].norm) && !/[,;]/.test(gapBefore(text, spans, i));
}

/** A bare number counts things only when it is plainly not a year, a day of a date or a list number. */
function isCount(text: string, tokens: Token[], spans: Int32Array, i: number, j: number, value: number, lex: CompiledLexicon): boolean {
  const digits = DIGITS.test(tokens[i].norm);
  if (!digits && value < 2) return false; // "un", "een", "a single": articles as often as numbers
  if (digits && value >= 1800 && value <= 2100 && Number.isInteger(value)) return false;
  if (i === 0 && /^[.)]/.test(text.charAt(endOf(spans, i)))) return false;
  const next = tokens[j];
  if (!next || DIGITS.test(next.norm) || lex.monthNames.has(next.norm)) return false;
  if (i > 0 && lex.monthNames.has(tokens[i - 1].norm)) return false;
  return !/[./:\-]/.test(gapBefore(text, spans, j).trim());
}

function numberValue(t: Token, lex: CompiledLexicon): number | undefined {
  return DIGITS.test(t.norm) ? parseNumber(t.norm) : lex.numberWord(t.norm);
}

/**
 * "1.200,00" and "1,200.00" are 1200; "400.00" is 400; "5.1" is 5.1; "1.200" is 1200. The last
 * separator is the decimal one when both kinds appear; a single separator before exactly three
 * digits groups thousands.
 */
export function parseNumber(s: string): number | undefined {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal = '';
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    decimal = parts.length === 2 && parts[1].length !== 3 ? sep : '';
  }
  // Grouped digits come in threes after the first group: "14.4.20" is a date or a reference, not a number.
  const whole = decimal ? s.slice(0, s.lastIndexOf(decimal)) : s;
  const groups = whole.split(/[.,]/);
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return undefined;
  const grouping = decimal === '.' ? /,/g : decimal === ',' ? /\./g : /[.,]/g;
  const n = Number(s.replace(grouping, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
