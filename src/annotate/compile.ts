/**
 * A lexicon turned into marker sets and look-up tables, once per lexicon object (cached), so annotating
 * never parses a pattern or builds a set per sentence.
 */
import type { Bearer, Quantity, Token } from './types.js';
import type { Lexicon } from './lexicon-schema.js';
import { LexiconError } from './lexicons.js';
import { MarkerSet } from './markers.js';
import { StartIndex } from './starts.js';
import { normalize } from './fold.js';
import { memoOwner, scannerFor, startsWithDigit, type WordScanner } from './tokenize.js';

export type ForceTag = 'binding' | 'hedged' | 'permissive' | 'declarative';
export type NegationTag = 'negator' | 'determiner' | 'prohibition' | 'exception';
export type TimeUnit = Exclude<Quantity['unit'], 'money' | 'count'>;

export interface CompiledLexicon {
  lexicon: Lexicon;
  scanner: WordScanner;
  isNumber: (t: Token) => boolean;
  /** Value of a number word ("two" → 2), or undefined. */
  numberWord: (norm: string) => number | undefined;
  force: MarkerSet<ForceTag>;
  negation: MarkerSet<NegationTag>;
  bearers: MarkerSet<Bearer>;
  agents: MarkerSet<true>;
  definitions: MarkerSet<true>;
  conditions: MarkerSet<true>;
  units: MarkerSet<TimeUnit>;
  currencies: MarkerSet<string>;
  /** Which of the marker sets above can start at a token: one look-up per token for all of them. */
  starts: StartIndex;
  /** As an owner of memos on word forms: a form of this language keeps its start bits (localize.ts). */
  memo: number;
  /** Folded currency codes ("usd", "eur") and raw symbols ("$", "€"). */
  codes: Set<string>;
  /** Folded abbreviations without their final dot ("art", "e.g"). */
  abbreviations: Set<string>;
  conjunctions: Set<string>;
  subordinators: Set<string>;
  stopwords: Set<string>;
  referenceWords: Set<string>;
  monthNames: Set<string>;
  future?: { endings: string[]; minLength: number; except: Set<string> };
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  let c = cache.get(lexicon);
  if (!c) {
    c = build(lexicon);
    cache.set(lexicon, c);
  }
  return c;
}

function build(lex: Lexicon): CompiledLexicon {
  const file = `${lex.language}.yaml`;
  const scanner = scannerFor(lex);
  const numbers = new Map(Object.entries(lex.numberWords).map(([w, v]) => [normalize(w), v]));
  const isNumber = (t: Token) => startsWithDigit(t.norm) || numbers.has(t.norm);
  const set = <T>(entries: Array<[string, string[], T]>, exactWords = false): MarkerSet<T> => {
    const s = new MarkerSet<T>(isNumber, exactWords);
    for (const [key, patterns, tag] of entries) {
      patterns.forEach((p, i) => {
        try {
          s.add(p, tag, scanner);
        } catch (err) {
          throw new LexiconError(file, `${key}.${i}`, (err as Error).message);
        }
      });
    }
    return s;
  };
  const words = (list: string[]) => new Set(list.map(normalize));
  const f = lex.force;
  const exact = lex.markerWords === 'exact';
  const compiled: Omit<CompiledLexicon, 'starts' | 'memo'> = {
    lexicon: lex,
    scanner,
    isNumber,
    numberWord: (norm) => numbers.get(norm),
    force: set<ForceTag>([
      ['force.hedged', f.hedged, 'hedged'],
      ['force.binding', f.binding, 'binding'],
      ['force.permissive', f.permissive, 'permissive'],
      ['force.declarative', f.declarative, 'declarative'],
    ], exact),
    negation: set<NegationTag>([
      ['negation.prohibitions', lex.negation.prohibitions, 'prohibition'],
      ['negation.exceptions', lex.negation.exceptions, 'exception'],
      ['negation.determiners', lex.negation.determiners, 'determiner'],
      ['negation.markers', lex.negation.markers, 'negator'],
    ], exact),
    bearers: set<Bearer>(Object.entries(lex.bearers).map(([b, ps]) => [`bearers.${b}`, ps ?? [], b as Bearer])),
    agents: set([['agents', lex.agents, true as const]], exact),
    definitions: set([['definitions', lex.definitions, true as const]], exact),
    conditions: set([['conditions', lex.conditions, true as const]]),
    units: set<TimeUnit>(Object.entries(lex.units).map(([u, ps]) => [`units.${u}`, ps, u as TimeUnit])),
    currencies: currencySet(lex.money.words, isNumber, scanner, file),
    codes: new Set(lex.money.codes.map((c) => normalize(c))),
    abbreviations: new Set(lex.abbreviations.map((a) => normalize(a).replace(/\.$/, ''))),
    conjunctions: words(lex.conjunctions),
    subordinators: words(lex.subordinators),
    stopwords: words(lex.stopwords),
    referenceWords: words(lex.referenceWords),
    monthNames: words(lex.monthNames),
    ...(f.futureSuffix ? { future: { endings: f.futureSuffix.endings.map((e) => e.toLowerCase()), minLength: f.futureSuffix.minLength, except: new Set(f.futureSuffix.except.map((e) => e.toLowerCase())) } } : {}),
  };
  const c = compiled;
  const starts = new StartIndex([c.force, c.negation, c.bearers, c.agents, c.definitions, c.conditions, c.units, c.currencies] as Array<MarkerSet<unknown>>);
  return { ...compiled, starts, memo: memoOwner() };
}

/** Currency words, each tagged with its own name as written ("=florins" → "florins"). */
function currencySet(words: string[], isNumber: (t: Token) => boolean, scanner: WordScanner, file: string): MarkerSet<string> {
  const s = new MarkerSet<string>(isNumber);
  words.forEach((w, i) => {
    try {
      s.add(w, w.replace(/^=|[*?]$/g, ''), scanner);
    } catch (err) {
      throw new LexiconError(file, `money.words.${i}`, (err as Error).message);
    }
  });
  return s;
}
