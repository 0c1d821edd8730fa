/**
 * Draft sentences: every provision's own text cut into sentences, each scanned once, its language read
 * from its stop words, then given that language's stems and compound cuts in place.
 */
import type { Document } from '../ingest/types.js';
import type { Provision } from '../structure/types.js';
import type { Token } from './types.js';
import type { LexiconSet } from './lexicons.js';
import type { StartBits } from './markers.js';
import { scanTokens, scannerFor } from './tokenize.js';
import { compileLexicon } from './compile.js';
import { localize, StartBitsBuffer } from './localize.js';
import { endOf, SpanBuffer, startOf } from './spans.js';
import { splitSentences } from './sentences.js';
import { documentLanguage, numberedTable, ownLanguage, scoreOf, scoreTokens } from './language.js';
import { normalize } from './fold.js';
import { checkList } from '../lifetime.js';

/** Longest sentence in tokens; longer ones are cut so no later step is quadratic on a run-on text. */
export const MAX_SENTENCE_TOKENS = 400;

export interface Draft {
  provision: Provision;
  language: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Where the tokens stand in the text (src/annotate/spans.ts). */
  spans: Int32Array;
  /** Where the sentence's marker start bits are (languages with a lexicon). */
  starts?: StartBits;
}

/**
 * A provision's sentences: their ranges, plain tokens, where the first token of each stands in the
 * plain spans, and stop-word scores (one row each, then the provision's). This and the records below
 * are made by `new`: they last the stage (src/lifetime.ts).
 */
class Piece {
  constructor(
    readonly provision: Provision,
    readonly ranges: Array<[number, number]>,
    readonly tokens: Token[][],
    readonly firsts: Int32Array,
    readonly scores: Float64Array,
  ) {}
}

class DraftSentence implements Draft {
  constructor(
    public provision: Provision,
    public language: string,
    public start: number,
    public end: number,
    public tokens: Token[],
    public spans: Int32Array,
    public starts: StartBits | undefined,
  ) {}
}

class BitsAt implements StartBits {
  constructor(
    public bits: Uint16Array,
    public offset: number,
  ) {}
}

/** Sentences of every provision's own text, each with its language, tokens and their spans. */
export function draftSentences(text: string, provisions: Provision[], lexicons: LexiconSet, forced: string | undefined, document: Document) {
  const table = numberedTable(lexicons);
  const width = table.languages.length;
  const abbreviations = allAbbreviations(lexicons);
  const plain = scannerFor(undefined);
  const plainSpans = new SpanBuffer();
  const pieces: Piece[] = checkList();
  const all = new Float64Array(width);
  const seen = new Uint8Array(width);
  const order: number[] = [];
  for (const p of provisions) {
    const [from, to] = ownText(p, text.length);
    if (to <= from) continue;
    const ranges = splitSentences(text, from, to, abbreviations);
    const tokens: Token[][] = checkList();
    const firsts = new Int32Array(ranges.length);
    const scores = new Float64Array((ranges.length + 1) * width);
    const own = ranges.length * width;
    for (let k = 0; k < ranges.length; k++) {
      firsts[k] = plainSpans.length;
      const t = scanTokens(text, ranges[k][0], ranges[k][1], plain, checkList(), plainSpans);
      if (!forced) {
        scoreTokens(t, table, scores, k * width, seen, order);
        for (let l = 0; l < width; l++) scores[own + l] += scores[k * width + l];
      }
      tokens.push(t);
    }
    for (let l = 0; l < width; l++) all[l] += scores[own + l];
    pieces.push(new Piece(p, ranges, tokens, firsts, scores));
  }
  const main = forced ? { language: forced, guessed: false } : documentLanguage(document, scoreOf(all, 0, table, order), lexicons);
  const list: Draft[] = [];
  const bits = new StartBitsBuffer();
  const spans = new SpanBuffer(plainSpans.length + (plainSpans.length >> 4)); // cut compounds add a few tokens
  for (const piece of pieces) {
    const provisionLanguage = forced ?? ownLanguage(piece.scores, piece.ranges.length * width, table) ?? main.language;
    for (let k = 0; k < piece.ranges.length; k++) {
      const [s, e] = piece.ranges[k];
      const language = forced ?? ownLanguage(piece.scores, k * width, table) ?? provisionLanguage;
      const lex = lexicons[language] && compileLexicon(lexicons[language]);
      const first = spans.length;
      if (!lex) {
        const tokens = piece.tokens[k];
        for (let i = piece.firsts[k], n = i + tokens.length; i < n; i++) spans.push(plainSpans.at[2 * i], plainSpans.at[2 * i + 1]);
        pushCut(text, piece.provision, language, tokens, spans, first, s, e, undefined, list);
        continue;
      }
      const offset = bits.length;
      const tokens = localize(piece.tokens[k], plainSpans.at, piece.firsts[k], lex, bits, spans);
      pushCut(text, piece.provision, language, tokens, spans, first, s, e, new BitsAt(bits.bits, offset), list);
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

/**
 * Push a sentence whose tokens' spans are in `spans` from token `first` on, a run-on one cut into
 * pieces of at most MAX_SENTENCE_TOKENS, preferably after ";" or ",".
 */
function pushCut(text: string, provision: Provision, language: string, tokens: Token[], spans: SpanBuffer, first: number, start: number, end: number, starts: StartBits | undefined, out: Draft[]): void {
  if (tokens.length <= MAX_SENTENCE_TOKENS) {
    out.push(new DraftSentence(provision, language, start, end, tokens, spans.view(first, first + tokens.length), starts));
    return;
  }
  const at = spans.view(first, first + tokens.length);
  let from = 0;
  while (from < tokens.length) {
    let to = Math.min(from + MAX_SENTENCE_TOKENS, tokens.length);
    if (to < tokens.length) {
      for (let k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
        if (/[;,]/.test(text.slice(endOf(at, k - 1), startOf(at, k)))) { to = k; break; }
      }
    }
    const pieceStarts = starts && new BitsAt(starts.bits, starts.offset + from);
    const pieceStart = from === 0 ? start : startOf(at, from);
    const pieceEnd = to === tokens.length ? end : endOf(at, to - 1);
    out.push(new DraftSentence(provision, language, pieceStart, pieceEnd, tokens.slice(from, to), at.subarray(2 * from, 2 * to), pieceStarts));
    from = to;
  }
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
