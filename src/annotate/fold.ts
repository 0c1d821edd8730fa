/**
 * Normalising a word so that text and patterns compare equal whatever the typography: lower case,
 * accents folded, ligatures and special letters spelled out, quotes and apostrophes unified.
 */

/** Letters that NFD does not decompose into base + accent. */
const SPECIAL: Record<string, string> = {
  'ß': 'ss', 'œ': 'oe', 'æ': 'ae', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ĳ': 'ij',
};
const SPECIAL_RE = /[ßœæøđðłıþĳ]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\u0060\u00B4]/g;
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212\u00AD]/g;
const MARKS = /\p{M}+/gu;
const ASCII_WORD = /^[a-z0-9]*$/;

/** Lower case, accents folded (é→e, ß→ss, œ→oe, æ→ae), quotes, apostrophes and dashes unified. */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower; // the common case costs one test
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(HYPHENS, '-');
}

/**
 * A 32-bit hash of a string (FNV-1a over its UTF-16 code units): equal strings hash alike, so a set of
 * hashes can tell for certain that a string is not among those it was made from.
 */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
