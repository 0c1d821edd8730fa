/**
 * Draft sentences: every provision's own text cut into sentences, each scanned once, its language read
 * from its stop words, then given that language's stems and compound cuts in place.
 */
import type { Document } from '../ingest/types.js';
import type { Provision } from '../structure/types.js';
import type { Token } from './types.js';
import type { LexiconSet } from './lexicons.js';
import type { StartBits } from './markers.js';
import { scanTokens, scannerFor, type WordScanner } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { documentLanguage, ownLanguage, scoreTokens, stopwordTable } from './language.js';
import { LanguageScore } from '../language/index.js';
import { normalize } from './fold.js';

/** Longest sentence in tokens; longer ones are cut so no later step is quadratic on a run-on text. */
export const MAX_SENTENCE_TOKENS = 400;

export interface Draft {
  provision: Provision;
  language: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Where the sentence's marker start bits are (set by annotate for languages with a lexicon). */
  starts?: StartBits;
}

interface Piece { provision: Provision; ranges: Array<[number, number]>; tokens: Token[][]; scores: LanguageScore[]; score: LanguageScore }

/** Sentences of every provision's own text, each with its language and tokens. */
export function draftSentences(text: string, provisions: Provision[], lexicons: LexiconSet, forced: string | undefined, document: Document) {
  const table = stopwordTable(lexicons);
  const abbreviations = allAbbreviations(lexicons);
  const plain = scannerFor(undefined);
  const pieces: Piece[] = [];
  const all = new LanguageScore(table);
  for (const p of provisions) {
    const [from, to] = ownText(p, text.length);
    if (to <= from) continue;
    const ranges = splitSentences(text, from, to, abbreviations);
    const tokens: Token[][] = [];
    const scores: LanguageScore[] = [];
    const score = new LanguageScore(table);
    for (const [s, e] of ranges) {
      const t = scanTokens(text, s, e, plain);
      const sc = scoreTokens(t, table);
      tokens.push(t);
      scores.push(sc);
      score.addAll(sc);
    }
    all.addAll(score);
    pieces.push({ provision: p, ranges, tokens, scores, score });
  }
  const main = forced ? { language: forced, guessed: false } : documentLanguage(document, all, lexicons);
  const list: Draft[] = [];
  for (const piece of pieces) {
    const provisionLanguage = forced ?? ownLanguage(piece.score) ?? main.language;
    for (let k = 0; k < piece.ranges.length; k++) {
      const [s, e] = piece.ranges[k];
      const language = forced ?? ownLanguage(piece.scores[k]) ?? provisionLanguage;
      const lex = lexicons[language];
      const tokens = lex ? localize(text, piece.tokens[k], scannerFor(lex)) : piece.tokens[k];
      pushCut(text, piece.provision, language, tokens, s, e, list);
    }
  }
  return { list, language: main.language, guessed: main.guessed };
}

/** Char range of a provision's own text, kept clear of its children even if the tree says otherwise. */
function ownText(p: Provision, length: number): [number, number] {
  const from = Math.max(0, p.bodyStart);
  let to = Math.min(length, p.bodyEnd);
  for (const c of p.children) if (c.start >= from) to = Math.min(to, c.start);
  return [from, to];
}

/** Push a sentence, a run-on one cut into pieces of at most MAX_SENTENCE_TOKENS, preferably after ";" or ",". */
function pushCut(text: string, provision: Provision, language: string, tokens: Token[], start: number, end: number, out: Draft[]): void {
  if (tokens.length <= MAX_SENTENCE_TOKENS) { out.push({ provision, language, start, end, tokens }); return; }
  let from = 0;
  while (from < tokens.length) {
    let to = Math.min(from + MAX_SENTENCE_TOKENS, tokens.length);
    if (to < tokens.length) {
      for (let k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
        if (/[;,]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) { to = k; break; }
      }
    }
    const piece = tokens.slice(from, to);
    out.push({ provision, language, start: from === 0 ? start : piece[0].start, end: to === tokens.length ? end : piece[piece.length - 1].end, tokens: piece });
    from = to;
  }
}

const DIGIT = /\p{N}/u;

/** Does a folded word hold a digit anywhere ("c181")? ASCII is decided without a regular expression. */
function hasDigit(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 128) return DIGIT.test(norm);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const compoundStarts = new WeakMap<WordScanner, Map<number, string[]>>();
/** A language's compound prefixes by their first letter, so most words are ruled out by one look-up. */
function compoundsByFirst(scanner: WordScanner): Map<number, string[]> {
  let byFirst = compoundStarts.get(scanner);
  if (!byFirst) {
    byFirst = new Map();
    for (const prefix of scanner.compounds.keys()) {
      const list = byFirst.get(prefix.charCodeAt(0));
      if (list) list.push(prefix);
      else byFirst.set(prefix.charCodeAt(0), [prefix]);
    }
    compoundStarts.set(scanner, byFirst);
  }
  return byFirst;
}

/** Could the scanner cut this word as a solid compound (the condition tokenize.ts applies)? */
function mayCut(t: Token, byFirst: Map<number, string[]>): boolean {
  const list = byFirst.get(t.norm.charCodeAt(0));
  if (!list || t.text.length !== t.norm.length) return false;
  for (const prefix of list) if (t.norm.length > prefix.length && t.norm.startsWith(prefix)) return true;
  return false;
}

/**
 * Give tokens scanned without a language (stem = norm) the stems and compound cuts of a language. A
 * word that may be a compound is scanned again by the language's scanner, so it is cut exactly as
 * tokenize cuts it; the others only get their stem. Returns the same array when nothing was cut.
 */
function localize(text: string, tokens: Token[], scanner: WordScanner): Token[] {
  const byFirst = compoundsByFirst(scanner);
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (byFirst.size && mayCut(t, byFirst)) {
      out ??= tokens.slice(0, i);
      scanTokens(text, t.start, t.end, scanner, out);
      continue;
    }
    if (!hasDigit(t.norm)) t.stem = scanner.stem(t.norm);
    if (out) out.push(t);
  }
  return out ?? tokens;
}

const abbreviationSets = new WeakMap<LexiconSet, Set<string>>();
/** Abbreviations of every lexicon: a sentence is split before its language is known. */
function allAbbreviations(lexicons: LexiconSet): Set<string> {
  let set = abbreviationSets.get(lexicons);
  if (!set) {
    set = new Set(Object.values(lexicons).flatMap((l) => l.abbreviations.map((a) => normalize(a).replace(/\.$/, ''))));
    abbreviationSets.set(lexicons, set);
  }
  return set;
}
