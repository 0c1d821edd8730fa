/**
 * List markers at the start of a line: "1.", "1)", "(1)", "5.1", "(a)", "a)", "a.", "A.", "(i)", "II.",
 * dashes and bullets. Read by hand, character by character, over a short prefix: no regular
 * expression, so nothing can backtrack.
 */

export type Shape = 'paren' | 'close' | 'dot' | 'multi' | 'bullet';
/** What the token is made of; `alpha` and `ALPHA` may still turn out to be roman numerals. */
export type TokenClass = 'dec' | 'alpha' | 'ALPHA' | 'roman' | 'ROMAN' | 'bullet';

export interface Marker {
  shape: Shape;
  cls: TokenClass;
  /** As printed, without brackets or dots: "1", "a", "ii", "5.1", "-". */
  token: string;
  /** Offset in the head where the provision's own words begin (after the marker and spaces). */
  textStart: number;
}

const BULLETS = '-–—•·▪◦○●‣*';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
const ROMAN_LOWER = 'ivxlcdm';
const ROMAN_UPPER = 'IVXLCDM';

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s[i])) i++;
  return i;
}

function classOf(token: string): TokenClass | undefined {
  if ([...token].every(isDigit)) return 'dec';
  if ([...token].every((c) => ROMAN_LOWER.includes(c))) return token.length === 1 ? 'alpha' : 'roman';
  if ([...token].every((c) => ROMAN_UPPER.includes(c))) return token.length === 1 ? 'ALPHA' : 'ROMAN';
  if ([...token].every(isLower) && (token.length === 1 || [...token].every((c) => c === token[0]))) return 'alpha';
  if (token.length === 1 && isUpper(token)) return 'ALPHA';
  return undefined;
}

/** Read a run of letters or digits of at most `max` characters. */
function readToken(s: string, i: number, max: number): string {
  let j = i;
  const digits = isDigit(s[i] ?? '');
  while (j < s.length && j - i <= max && (digits ? isDigit(s[j]) : isLower(s[j]) || isUpper(s[j]))) j++;
  return j - i > max ? '' : s.slice(i, j);
}

function bracketed(head: string): Marker | undefined {
  const token = readToken(head, 1, 6);
  if (!token || head[1 + token.length] !== ')') return undefined;
  const cls = classOf(token);
  if (!cls || (cls === 'dec' && token.length > 3)) return undefined;
  return { shape: 'paren', cls, token, textStart: skipSpaces(head, token.length + 2) };
}

/** "1.", "1)", "5.1", "5.1.2." : digits first. */
function numbered(head: string): Marker | undefined {
  const token = readToken(head, 0, 3);
  if (!token) return undefined;
  let i = token.length;
  let multi = token;
  while (head[i] === '.' && isDigit(head[i + 1] ?? '')) {
    const part = readToken(head, i + 1, 3);
    if (!part) return undefined;
    multi += '.' + part;
    i += part.length + 1;
  }
  if (multi !== token) {
    if (head[i] === '.') i++;
    return isSpace(head[i]) ? { shape: 'multi', cls: 'dec', token: multi, textStart: skipSpaces(head, i) } : undefined;
  }
  const after = head[i + 1];
  // "1." must be followed by a space or a capital ("2.Le"); "1)" by anything but a digit.
  if (head[i] === '.' && (isSpace(after) || after === undefined || isUpper(after) || after === '«' || after === '“'))
    return { shape: 'dot', cls: 'dec', token, textStart: skipSpaces(head, i + 1) };
  if (head[i] === ')' && !isDigit(after ?? '')) return { shape: 'close', cls: 'dec', token, textStart: skipSpaces(head, i + 1) };
  return undefined;
}

/** "a)", "ii)", "a.", "A.", "A)", "IV." : letters first. */
function lettered(head: string): Marker | undefined {
  const token = readToken(head, 0, 6);
  if (!token) return undefined;
  const cls = classOf(token);
  if (!cls) return undefined;
  const sep = head[token.length];
  const after = head[token.length + 1];
  if (sep === ')') return { shape: 'close', cls, token, textStart: skipSpaces(head, token.length + 1) };
  // "a." needs a following space: "e.g." and "i.e." are words, not markers.
  if (sep === '.' && isSpace(after) && (token.length === 1 || cls === 'ROMAN' || cls === 'roman'))
    return { shape: 'dot', cls, token, textStart: skipSpaces(head, token.length + 1) };
  return undefined;
}

function bullet(head: string): Marker | undefined {
  const c = head[0];
  if (!BULLETS.includes(c)) return undefined;
  const after = head[1];
  if (after === undefined) return undefined;
  // "-van 21 tot 35" and "- de 21 à 35" are dashes; "-5" is a number and "--" a rule.
  const ok = c === '*' ? isSpace(after) : isSpace(after) || isLower(after) || isUpper(after) || after > '\u00bf';
  return ok ? { shape: 'bullet', cls: 'bullet', token: c, textStart: skipSpaces(head, 1) } : undefined;
}

/** The list marker opening a line's head (indentation already removed), if any. */
export function parseMarker(head: string): Marker | undefined {
  const c = head[0];
  if (c === undefined) return undefined;
  if (c === '(') return bracketed(head);
  if (isDigit(c)) return numbered(head);
  if (isLower(c) || isUpper(c)) return lettered(head);
  return bullet(head);
}
