/**
 * Heading lines: "Article 5", "ARTICLE V – Social security", "Chapitre II", "ANNEX I", "Nr. I",
 * "Protocol". A heading word at a line start is only a heading when what follows reads like one:
 * "Article 4 shall not affect ..." is a sentence that happens to start with a citation.
 */
import { mayOpen, type CompiledLexicon, type WordSet } from './lexicon.js';
import { citedNumber, romanValue } from './numbers.js';

export interface HeadingMatch<T> {
  entry: T;
  /** The word as printed ("Artikel", "Nr."). */
  word: string;
  /** The number as printed, if any ("1er", "V", "5 bis"). */
  printed?: string;
  /** The number as cited ("1", "V", "5bis"). */
  num?: string;
  /** Heading text on the same line ("Social security"), if any. */
  heading?: string;
  /** Offset in the head where the heading text starts (when `heading` is set). */
  headingStart?: number;
  /** Offset in the head where body text starts on the same line ("Article 1 The Parties ..."). */
  bodyStart?: number;
}

const SEPARATORS = '.:-–—';
// A line ending so is a sentence or a chapeau, not a heading ("For the purpose of this Annex—").
const END_PUNCTUATION = '.;:,—–-';
const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);
const isUpperStart = (c: string | undefined) => !!c && /[\p{Lu}«“"'‘(\[]/u.test(c);

/** Short, capitalised, no closing punctuation: how a heading looks. */
export function looksLikeHeading(text: string, max = 200): boolean {
  const t = text.trim();
  if (!t || t.length > max) return false;
  if (END_PUNCTUATION.includes(t[t.length - 1])) return false;
  return /^[\p{Lu}«“"'‘]/u.test(t) || /^\p{Lu}/u.test(t.replace(/^[*_#]+/, ''));
}

/** Read the number after a heading word: digits with ordinal endings, roman numerals, ordinal words. */
function readNumber(head: string, at: number, lexicon: CompiledLexicon, allowLetter: boolean): { printed: string; end: number } | undefined {
  const m = /^(\d{1,4}(?:er|re|ère|ste|st|nd|rd|th|e|°|º|\.º)?|[IVXLCDM]{1,8}(?:er)?|[ivxlcdm]{1,8}|[\p{L}]{2,12}|[A-Z])/u.exec(head.slice(at, at + 16));
  if (!m) return undefined;
  let printed = m[1];
  const word = printed.toLowerCase();
  const isDigits = /^\d/.test(printed);
  const isOrdinal = lexicon.ordinals.has(word);
  const isRoman = romanValue(printed.replace(/er$/, '')) !== undefined && (printed === printed.toUpperCase() || printed.length > 1);
  const isSingleLetter = allowLetter && /^[A-Z]$/.test(printed);
  if (!isDigits && !isOrdinal && !isRoman && !isSingleLetter) return undefined;
  let end = at + printed.length;
    // "5bis", "5 bis", "5a": suffixes that are part of the number.
  const tail = /^[ \t]?([\p{L}]{1,9})(?![\p{L}])/u.exec(head.slice(end, end + 12));
  if (tail && isDigits && lexicon.suffixes.includes(tail[1].toLowerCase())) {
    printed += ' ' + tail[1];
    end += tail[0].length;
  } else if (isDigits && /^[a-z](?![\p{L}])/u.test(head.slice(end, end + 2))) {
    printed += head[end];
    end += 1;
  }
  if (isLetter(head[end]) || /\d/.test(head[end] ?? '')) return undefined;
  return { printed, end };
}

/**
 * What follows "Article 5": nothing, a separator and a heading, a capitalised heading, or body text.
 * Returns undefined when the line is a sentence that cites the article instead.
 */
function readRest(head: string, at: number): Pick<HeadingMatch<unknown>, 'heading' | 'headingStart' | 'bodyStart'> | undefined {
  let i = at;
  while (i < head.length && (head[i] === ' ' || head[i] === '\t' || head[i] === '\u00a0' || head[i] === '*' || head[i] === '_')) i++;
  if (i >= head.length) return {};
  if (head[i] === '(' && /^\((\d|[a-z]\))/.test(head.slice(i, i + 3))) return undefined; // "Article 12(2) shall"
  if (SEPARATORS.includes(head[i]) && head[i] !== ')') {
    i++;
    while (i < head.length && (SEPARATORS.includes(head[i]) || head[i] === ' ' || head[i] === '\t' || head[i] === '*')) i++;
  } else if (!isUpperStart(head[i])) return undefined; // "Article 4 shall ...", "Article 5 of the ..."
  if (i >= head.length) return {};
  const text = head.slice(i).replace(/[*_\s]+$/, '');
  if (looksLikeHeading(text, 150)) return { heading: text, headingStart: i };
  return { bodyStart: i };
}

/** Match one family of heading words with a number at the start of a line head. */
export function matchNumbered<T>(head: string, words: WordSet<T>, lexicon: CompiledLexicon, opts: { allowLetter?: boolean; numberOptional?: boolean } = {}): HeadingMatch<T> | undefined {
  if (!mayOpen(head, words)) return undefined;
  const m = words.re.exec(head);
  if (!m) return undefined;
  const entry = words.byWord.get(m[1].toLowerCase());
  if (entry === undefined) return undefined;
  const number = readNumber(head, m[0].length, lexicon, opts.allowLetter ?? false);
  if (!number && !opts.numberOptional) return undefined;
  const rest = readRest(head, number ? number.end : m.index + m[0].length);
  if (!rest) return undefined;
  return {
    entry,
    word: m[1],
    ...(number ? { printed: number.printed, num: citedNumber(number.printed, lexicon.ordinals) } : {}),
    ...rest,
  };
}

/** "Administrative Arrangement for the Implementation of ...": a container word opening a title line. */
export function matchTitledContainer(head: string, lineLength: number, lexicon: CompiledLexicon): HeadingMatch<{ label: string; id: string; kind: 'annex' | 'protocol'; titled: boolean }> | undefined {
  if (!mayOpen(head, lexicon.containers)) return undefined;
  const m = lexicon.containers.re.exec(head);
  if (!m) return undefined;
  const entry = lexicon.containers.byWord.get(m[1].toLowerCase());
  if (!entry?.titled || lineLength > 300) return undefined;
  const text = head.slice(m[0].length).trimEnd();
  if (!text || END_PUNCTUATION.includes(text[text.length - 1])) return undefined;
  return { entry, word: m[1], heading: text, headingStart: m[0].length };
}

/** "Nr. I", "No. 2": a line holding only a letter word and its number. */
export function matchLetterHead(head: string, lexicon: CompiledLexicon): HeadingMatch<string> | undefined {
  const m = matchNumbered(head, lexicon.letters, lexicon);
  if (!m || m.heading || m.bodyStart !== undefined) return undefined;
  return m;
}

/** A roman numeral alone on its line ("I", "IV."): a chapter number in some conventions. */
export function bareRoman(head: string): string | undefined {
  if (head.length > 12) return undefined;
  const m = /^([IVXLC]{1,7})\.?$/.exec(head.trim());
  return m && romanValue(m[1]) !== undefined ? m[1] : undefined;
}

/** The block opens with a final formula ("IN WITNESS WHEREOF", "Fait à"). */
export const opensSignature = (head: string, lexicon: CompiledLexicon): boolean =>
  lexicon.signature.some((w) => head.startsWith(w) && !isLetter(head[w.length]));

/** The block greets an addressee near its start: a note of an exchange of letters begins. */
export function greets(head: string, lexicon: CompiledLexicon): boolean {
  const window = head.slice(0, 250).replace(/’/g, "'");
  return lexicon.salutations.some((s) => {
    const at = window.indexOf(s);
    return at >= 0 && !isLetter(window[at + s.length]) && (at === 0 || !isLetter(window[at - 1]));
  });
}

/** The preamble word at the start of a block ("PREAMBLE", "PreambuleThe States Parties"). */
export function preambleWord(head: string, lexicon: CompiledLexicon): string | undefined {
  for (const w of lexicon.source.preamble) {
    if (head.slice(0, w.length).toLowerCase() === w.toLowerCase()) {
      const after = head[w.length];
      // Glued text ("PreambuleThe") is accepted only when a capital starts the next word.
      if (after === undefined || !isLetter(after) || /\p{Lu}/u.test(after)) return head.slice(0, w.length);
    }
  }
  return undefined;
}
