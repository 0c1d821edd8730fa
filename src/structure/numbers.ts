/** Reading the numbers that provisions carry: arabic, roman, letters, ordinal words. */

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const ROMAN_SHAPE = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** The value of a well-formed roman numeral (either case), or undefined. */
export function romanValue(token: string): number | undefined {
  const t = token.toLowerCase();
  if (!t || t.length > 12 || !ROMAN_SHAPE.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = ROMAN[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Position of a list letter: a=1 … z=26, then aa=27, bb=28 as some treaties continue. */
export function alphaValue(token: string): number | undefined {
  const t = token.toLowerCase();
  if (!/^[a-z]+$/.test(t)) return undefined;
  if (t.length === 1) return t.charCodeAt(0) - 96;
  if (t.length <= 3 && [...t].every((c) => c === t[0])) return (t.length - 1) * 26 + t.charCodeAt(0) - 96;
  return undefined;
}

/** Letters that are also roman numerals, so "(i)" or "(v)" needs context to be read. */
export const isRomanLetter = (token: string): boolean => token.length === 1 && 'ivxlcdm'.includes(token.toLowerCase());

/**
 * How a printed number is cited: "1er", "1st", "1°" and ordinal words become "1"; "5 bis" keeps
 * its space; roman numerals stay as printed (upper case) because readers cite them so.
 */
export function citedNumber(printed: string, ordinals: Map<string, number>): string {
  const spaced = printed.trim().replace(/\s+/g, ' ');
  const t = spaced.replace(/ /g, '');
  const ordinal = ordinals.get(t.toLowerCase());
  if (ordinal !== undefined) return String(ordinal);
  const arabic = /^(\d+)(?:er|re|ère|e|ste|st|nd|rd|th|°|º|o|\.º)?$/i.exec(t);
  if (arabic) return String(Number(arabic[1]));
  const romanOrdinal = /^([ivxlcdm]+)er$/i.exec(t);
  if (romanOrdinal && romanValue(romanOrdinal[1]) !== undefined) return romanOrdinal[1].toUpperCase();
  if (romanValue(t) !== undefined) return t.toUpperCase();
  return spaced;
}

/** The number as it appears in an id: arabic where the printed form is roman or ordinal, lower case. */
export function idNumber(printed: string): string {
  const cited = printed.replace(/\s+/g, '');
  // A lone C, D, L or M numbers parts and annexes as a letter ("Annex C"), not as 100 or 500.
  if (/^[cdlm]$/i.test(cited)) return cited.toLowerCase();
  const suffix = /^([0-9]+|[ivxlcdm]+)(bis|ter|quater|quinquies|sexies|[a-z])?$/i.exec(cited);
  if (suffix) {
    const head = /^\d+$/.test(suffix[1]) ? suffix[1] : String(romanValue(suffix[1]) ?? suffix[1].toLowerCase());
    return head + (suffix[2] ?? '').toLowerCase();
  }
  return cited.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}
