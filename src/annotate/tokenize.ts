/**
 * Words with their place in the text. natural's tokenizers mangle accents (TOOLCHAIN.md §4), so the
 * split is our own, on Unicode letters and digits. Patterns are tokenised by the same functions, so a
 * pattern word and a text word always get the same norm and stem.
 */
import type { Token } from './types.js';
import type { Lexicon } from './lexicon-schema.js';
import { SpanBuffer } from './spans.js';
import { builtinLexicons, type LexiconSet } from './lexicons.js';
import { hashOf, normalize } from './fold.js';
import { stemmerFor, type StemFn } from './stemmers.js';

export { normalize };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const LEADING_DIGIT = /^\p{N}/u;

/** Letters, marks and digits make words; ASCII is decided without a regular expression (most text is ASCII). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(text[i]);
}

/**
 * Whether a folded word holds a digit anywhere ("c181"): such words keep their form as their stem.
 * ASCII words are read without the Unicode regular expression.
 */
export function hasDigit(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 128) return DIGIT.test(norm);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A token is a number when it starts with a digit ("48", "1.200,00", "5th"); "C181" is a name, not a number. */
export function startsWithDigit(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : LEADING_DIGIT.test(norm);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(text[i]);
}

/**
 * Memos kept on word forms. A stage that works something out per word form (a language's reading of a
 * plainly scanned word, its marker start bits, a matcher's key numbers) keeps it on the form itself,
 * which every token of that form is: the next token of the form reads a field, not a map by its
 * text. Each owner of such memos is a number, not an object, so a form that outlives a pack or a
 * lexicon does not keep it alive. A form keeps two owners' memos: a language's scanner or lexicon
 * and the pack that matches it, in the common case of one pack.
 */
let owners = 0;

/** A new owner of memos on word forms. */
export function memoOwner(): number {
  return ++owners;
}

/** What tokenising needs from a language: its stemmer and its solid compounds. */
export interface WordScanner {
  stem: StemFn;
  /**
   * Word forms already read, with their tokens (two for a cut compound): a treaty repeats its words,
   * and every token of a form is the same object, with no copy of its strings (spans.ts).
   */
  words: Map<string, Token[]>;
  /** Folded prefix → where a solid compound is cut ("cooperat" → 2: co + operation). */
  compounds: Map<string, number>;
  /** As an owner of memos on word forms: a plainly scanned word keeps how this scanner reads it. */
  memo: number;
}

/** Word forms kept per scanner, as for stems (stemmers.ts): bounded, cleared when full. */
const WORD_LIMIT = 50_000;

const scanners = new WeakMap<Lexicon, WordScanner>();
const plain: WordScanner = { stem: (w) => w, compounds: new Map(), words: new Map(), memo: memoOwner() };

/** The scanner for a lexicon (memoised), or exact words when there is none. */
export function scannerFor(lexicon: Lexicon | undefined): WordScanner {
  if (!lexicon) return plain;
  let s = scanners.get(lexicon);
  if (!s) {
    s = { stem: stemmerFor(lexicon.stemmer), compounds: new Map(Object.entries(lexicon.compounds).map(([k, v]) => [normalize(k), v])), words: new Map(), memo: memoOwner() };
    scanners.set(lexicon, s);
  }
  return s;
}

/**
 * Tokens of text[from, to) appended to `out`, and where they stand in `text` to `spans` if given. A
 * word is a run of letters, marks and digits; a number keeps inner separators ("1.200,00", "5.1");
 * apostrophes, hyphens and all other punctuation split.
 */
export function scanTokens(text: string, from: number, to: number, scanner: WordScanner, out: Token[] = [], spans?: SpanBuffer): Token[] {
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) { i++; continue; }
    const start = i;
    while (i < to && isWordChar(text, i)) i++;
    if (isDigitAt(text, i - 1)) {
      while (i + 1 < to && (text[i] === '.' || text[i] === ',') && isDigitAt(text, i + 1)) {
        i++;
        while (i < to && isDigitAt(text, i)) i++;
      }
    }
    pushWord(readingOf(text.slice(start, i), scanner), start, out, spans);
  }
  return out;
}

/** The tokens of one word form as `scanner` reads it (read once per form, then remembered). */
export function readingOf(raw: string, scanner: WordScanner): Token[] {
  let parts = scanner.words.get(raw);
  if (!parts) {
    const own = detached(raw);
    parts = readWord(own, scanner);
    if (scanner.words.size >= WORD_LIMIT) scanner.words.clear();
    scanner.words.set(own, parts);
  }
  return parts;
}

/** Append a word's tokens, the word standing at `start`: its parts follow one another in it. */
export function pushWord(parts: Token[], start: number, out: Token[], spans: SpanBuffer | undefined): void {
  let at = start;
  for (const p of parts) {
    out.push(p);
    spans?.push(at, at + p.text.length);
    at += p.text.length;
  }
}

/** A word form as a language reads it, shared by all its tokens: made by `new`, as it is kept. */
class Word implements Token {
  // What two owners worked out for this form (keptOn); private, so no copy or serialisation sees it.
  #firstOwner = 0;
  #first: unknown = undefined;
  #secondOwner = 0;
  #second: unknown = undefined;
  // hashOf(norm) and hashOf(stem), worked out when first asked (normHashOf, stemHashOf).
  #normHash: number | undefined = undefined;
  #stemHash: number | undefined = undefined;

  constructor(
    readonly text: string,
    readonly norm: string,
    readonly stem: string,
  ) {}

  keptFor(owner: number): unknown {
    if (this.#firstOwner === owner) return this.#first;
    if (this.#secondOwner === owner) return this.#second;
    return undefined;
  }

  get normHash(): number {
    return (this.#normHash ??= hashOf(this.norm));
  }

  get stemHash(): number {
    return (this.#stemHash ??= hashOf(this.stem));
  }

  /** The first slot goes to the first owner for good; later owners take turns in the second. */
  keep(owner: number, value: unknown): void {
    if (this.#firstOwner === 0 || this.#firstOwner === owner) {
      this.#firstOwner = owner;
      this.#first = value;
    } else {
      this.#secondOwner = owner;
      this.#second = value;
    }
  }
}

/** What `owner` worked out for a word form and kept on it: undefined when it has not, or another owner took its place. */
export function keptOn<T>(t: Token, owner: number): T | undefined {
  return t instanceof Word ? (t.keptFor(owner) as T | undefined) : undefined;
}

/** hashOf the token's folded form: worked out once per word form. */
export function normHashOf(t: Token): number {
  return t instanceof Word ? t.normHash : hashOf(t.norm);
}

/** hashOf the token's stem: worked out once per word form. */
export function stemHashOf(t: Token): number {
  return t instanceof Word ? t.stemHash : hashOf(t.stem);
}

/** Keep what `owner` worked out for a word form on the form itself (tokens made elsewhere keep nothing); returns it. */
export function keepOn<T>(t: Token, owner: number, value: T): T {
  if (t instanceof Word) t.keep(owner, value);
  return value;
}

/**
 * A copy of a word that does not hold on to the text it was cut from: engines may keep a long slice as
 * a view of the whole text, and a kept word form (with its folded form and stem, cut from it) would
 * then keep every document that brought a new one alive as long as the scanner lives.
 */
function detached(word: string): string {
  return Array.from(word).join('');
}

/** How a word form reads, once per form: its tokens, one after another in the word. */
function readWord(raw: string, scanner: WordScanner): Token[] {
  const norm = normalize(raw);
  const cut = scanner.compounds.size ? compoundCut(norm, raw, scanner.compounds) : 0;
  // "cooperation" is read as "co-operation", so one pattern finds both spellings.
  if (cut) return [partOf(raw.slice(0, cut), norm.slice(0, cut), scanner), partOf(raw.slice(cut), norm.slice(cut), scanner)];
  return [partOf(raw, norm, scanner)];
}

function partOf(text: string, norm: string, scanner: WordScanner): Token {
  return new Word(text, norm, hasDigit(norm) ? norm : scanner.stem(norm));
}

function compoundCut(norm: string, raw: string, compounds: Map<string, number>): number {
  if (raw.length !== norm.length) return 0; // offsets would not map one to one
  for (const [prefix, cut] of compounds) {
    if (norm.length > prefix.length && norm.startsWith(prefix)) return cut;
  }
  return 0;
}

/** A text's tokens and where they stand in it (spans.ts: token i at text[spans[2i], spans[2i + 1])). */
export interface Tokenized {
  tokens: Token[];
  spans: Int32Array;
}

/** Tokens of a piece of text in a language, as a sentence of that language gets them. */
export function tokenize(text: string, language: string, lexicons: LexiconSet = builtinLexicons()): Tokenized {
  const spans = new SpanBuffer();
  const tokens = scanTokens(text, 0, text.length, scannerFor(lexicons[language]), [], spans);
  return { tokens, spans: spans.view(0, spans.length) };
}

/** Stem of one word as the text of that language would get it (after normalising). */
export function stem(word: string, language: string, lexicons: LexiconSet = builtinLexicons()): string {
  const norm = normalize(word);
  return hasDigit(norm) ? norm : scannerFor(lexicons[language]).stem(norm);
}
