/**
 * annotate: the provision tree → sentences with tokens, stems, force, polarity, bearer, conditions and
 * quantities. Linear in the text: lexicons compile once, each sentence is scanned a fixed number of times.
 */
import type { Document } from '../ingest/types.js';
import type { Provision } from '../structure/types.js';
import type { AnnotatedDocument, Sentence, Token } from './types.js';
import { builtinLexicons, type LexiconSet } from './lexicons.js';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { localize, scanTokens, scannerFor } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { analyseModality } from './modality.js';
import { findBearer } from './bearer.js';
import { AliasSet, collectDefinitions } from './definitions.js';
import { findQuantities } from './quantities.js';
import { inheritChapeaux } from './chapeau.js';
import { markHeadings } from './headings.js';
import { documentLanguage, ownLanguage, scoreTokens, stopwordTable } from './language.js';
import { LanguageScore } from '../language/index.js';
import { normalize } from './fold.js';

export * from './types.js';
export { builtinLexicons, loadLexicons, parseLexicon, isLanguageLexiconFile, LexiconError, type LexiconSet } from './lexicons.js';
export { Lexicon, stemmerNames } from './lexicon-schema.js';
export { tokenize, normalize, stem } from './tokenize.js';
export { compileLexicon, type CompiledLexicon } from './compile.js';
export { splitSentences } from './sentences.js';
export { parseNumber } from './quantities.js';

export interface AnnotateOptions {
  /** ISO 639-1 code that overrides detection for every sentence; 'auto' or absent to detect. */
  language?: string;
  lexicons?: LexiconSet;
}

/** Longest sentence in tokens; longer ones are cut so no later step is quadratic on a run-on text. */
export const MAX_SENTENCE_TOKENS = 400;

const NO_WORDS: ReadonlySet<string> = new Set();

interface Draft { provision: Provision; language: string; start: number; end: number; tokens: Token[] }

export function annotate(document: Document, root: Provision, options: AnnotateOptions = {}): AnnotatedDocument {
  const lexicons = options.lexicons ?? builtinLexicons();
  const text = document.text;
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  const provisions = inDocumentOrder(root);
  const drafts = draftSentences(text, root, lexicons, forced, document);
  const warnings: AnnotatedDocument['warnings'] = [];
  if (drafts.guessed) warnings.push({ code: 'language-guessed', message: `Too little text to tell the language; read as "${drafts.language}".` });
  const unsupported = [...new Set(drafts.list.map((d) => d.language).filter((l) => !lexicons[l]))];
  for (const l of unsupported) {
    warnings.push({ code: 'unsupported-language', message: `No lexicon for language "${l}": its sentences were matched on exact words and their force was not read.` });
  }
  const aliases = new AliasSet();
  for (const d of drafts.list) if (lexicons[d.language]) collectDefinitions(text, d.tokens, compileLexicon(lexicons[d.language]), aliases);
  const terms = new Set<number>();
  const sentences = drafts.list.map((d, index) => describe(text, d, index, lexicons[d.language] && compileLexicon(lexicons[d.language]), aliases, terms));
  inheritChapeaux(text, sentences, provisions, terms);
  markHeadings(text, sentences, (l) => (lexicons[l] ? compileLexicon(lexicons[l]).stopwords : NO_WORDS));
  return { document, root, provisions, sentences, language: drafts.language, unsupportedLanguages: unsupported, warnings };
}

/** Facts about one sentence, read with its language's lexicon (none: exact words only). */
function describe(text: string, d: Draft, index: number, lex: CompiledLexicon | undefined, aliases: AliasSet, terms: Set<number>): Sentence {
  const base = { index, provisionId: d.provision.id, scope: d.provision.scope, language: d.language, start: d.start, end: d.end, tokens: d.tokens, inheritedForce: false };
  if (!lex || !d.tokens.length) return { ...base, force: 'none', polarity: 'affirmed', negations: [], conditions: [], quantities: [] };
  const m = analyseModality(text, d.tokens, lex, d.provision.scope);
  if (m.term) terms.add(index);
  const bearer = findBearer(text, d.tokens, m.forceAt, m.forceEnd, lex, aliases);
  return {
    ...base,
    force: m.force,
    polarity: m.polarity,
    negations: m.negations,
    ...(bearer ? { bearer } : {}),
    conditions: [...new Set(lex.conditions.find(d.tokens).map((c) => text.slice(d.tokens[c.start].start, d.tokens[c.end - 1].end)))],
    quantities: findQuantities(text, d.tokens, lex),
  };
}

/** Sentences of every provision's own text, each with its language and tokens. */
function draftSentences(text: string, root: Provision, lexicons: LexiconSet, forced: string | undefined, document: Document) {
  const table = stopwordTable(lexicons);
  const abbreviations = allAbbreviations(lexicons);
  const plain = scannerFor(undefined);
  const pieces: Array<{ provision: Provision; ranges: Array<[number, number]>; tokens: Token[][]; scores: LanguageScore[]; score: LanguageScore }> = [];
  const all = new LanguageScore(table);
  for (const p of inDocumentOrder(root)) {
    const [from, to] = ownText(p, text.length);
    if (to <= from) continue;
    const ranges = splitSentences(text, from, to, abbreviations);
    const tokens = ranges.map(([s, e]) => scanTokens(text, s, e, plain));
    const scores = tokens.map((t) => scoreTokens(t, table));
    const score = new LanguageScore(table);
    for (const s of scores) score.addAll(s);
    all.addAll(score);
    pieces.push({ provision: p, ranges, tokens, scores, score });
  }
  const main = forced ? { language: forced, guessed: false } : documentLanguage(document, all, lexicons);
  const list: Draft[] = [];
  for (const piece of pieces) {
    const provisionLanguage = forced ?? ownLanguage(piece.score) ?? main.language;
    piece.ranges.forEach(([s, e], k) => {
      const language = forced ?? ownLanguage(piece.scores[k]) ?? provisionLanguage;
      const lex = lexicons[language];
      const tokens = lex ? localize(piece.tokens[k], scannerFor(lex)) : piece.tokens[k];
      for (const chunk of cutLong(text, tokens, s, e)) list.push({ provision: piece.provision, language, ...chunk });
    });
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

/** Cut a run-on sentence into pieces of at most MAX_SENTENCE_TOKENS, preferably after ";" or ",". */
function cutLong(text: string, tokens: Token[], start: number, end: number): Array<{ start: number; end: number; tokens: Token[] }> {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [{ start, end, tokens }];
  const out: Array<{ start: number; end: number; tokens: Token[] }> = [];
  let from = 0;
  while (from < tokens.length) {
    let to = Math.min(from + MAX_SENTENCE_TOKENS, tokens.length);
    if (to < tokens.length) {
      for (let k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
        if (/[;,]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) { to = k; break; }
      }
    }
    const piece = tokens.slice(from, to);
    out.push({ start: from === 0 ? start : piece[0].start, end: to === tokens.length ? end : piece[piece.length - 1].end, tokens: piece });
    from = to;
  }
  return out;
}

function inDocumentOrder(root: Provision): Provision[] {
  const out: Provision[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    for (let i = p.children.length - 1; i >= 0; i--) stack.push(p.children[i]);
  }
  return out;
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
