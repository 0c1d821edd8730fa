/**
 * One shape of text for every later stage: NFC, LF line ends, plain spaces, no invisible marks, line
 * structure kept (the structure stage finds "Article 5" at line starts). Every step is linear: a 50 MB
 * single line must not stall.
 */

/** Characters that carry no text: soft hyphen, zero-width space and joiners' cousins, BOM. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
/** Space-like characters that should match as a plain space. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Control characters except tab, line feed and form feed (form feed separates pages). */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Any character one of the replacements below would change: most pages have none, and skip them all. */
const TO_REPLACE = /[\r\u2028\u2029\u0085\u000B\u00AD\u200B\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\u0000-\u0008\u000E-\u001F\u007F]/;

export function normalizeText(text: string): string {
  let t = text.normalize('NFC');
  if (TO_REPLACE.test(t)) {
    t = t.replace(/\r\n?|\u2028|\u2029|\u0085|\u000B/g, '\n');
    t = t.replace(INVISIBLE, '').replace(SPACES, ' ').replace(CONTROLS, '');
  }
  return tidyLines(t);
}

/** The line without the spaces and tabs at its end. */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Trailing spaces off, blank runs down to one blank line, no blank lines at either end. */
export function tidyLines(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const raw of text.split('\n')) {
    const line = trimEnd(raw);
    if (line === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Join words broken across lines by typesetting: "recruit-\nment of" → "recruitment\nof". The joined
 * word stays on the first line so the line count, and every line start, is kept. Only a lower-case letter
 * before the hyphen and after the break counts, so "Franco-\nGerman" and "-\n(a)" stay as they are.
 */
export function repairHyphenation(text: string): string {
  return text.replace(
    /(\p{Ll})-\n[ \t]*(\p{Ll}[\p{L}\p{M}]*[.,;:)!?]*)(?:([ \t]+)|(?=\n)|$)/gu,
    (_m, before: string, rest: string, space?: string) => `${before}${rest}${space ? '\n' : ''}`,
  );
}
