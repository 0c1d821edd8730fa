/**
 * For an absent or weak element: the provisions that come closest, so a reviewer can check the
 * absence. Provisions are ranked by BM25 over their token stems against the stems of the element's
 * pattern words (in the document's language and `any`) and of its title and question.
 */
import type { Element } from '../rules/pack-schema.js';
import type { Sentence } from '../annotate/types.js';
import type { CompiledPack } from '../rules/index.js';
import type { PatternAnalyzer } from '../rules/analyzer.js';
import { Bm25 } from './bm25.js';
import { checksIn } from './condition.js';
import { conceptsOf } from './checks/index.js';
import { pageAt, type JudgeContext } from './context.js';
import type { NearMiss } from './verdict.js';

export const NEAR_MISSES = 3;
export const MAX_EXCERPT = 200;

export interface ProvisionIndex {
  ranker: Bm25<string>;
  firstSentence: Map<string, Sentence>;
  /** Folded word form → stem, as the document's own tokens have it. */
  vocabulary: Map<string, string>;
  /** `recruit*` → the stems of the document's words that begin so; filled as elements ask. */
  prefixes: Map<string, string[]>;
}

/** Built once per document, shared by every element. */
export function indexProvisions(ctx: JudgeContext): ProvisionIndex {
  const terms = new Map<string, string[]>();
  const firstSentence = new Map<string, Sentence>();
  const vocabulary = new Map<string, string>();
  for (const s of ctx.sentences) {
    if (!firstSentence.has(s.provisionId)) firstSentence.set(s.provisionId, s);
    const list = terms.get(s.provisionId) ?? [];
    for (const t of s.tokens) { list.push(t.stem); if (!vocabulary.has(t.norm)) vocabulary.set(t.norm, t.stem); }
    terms.set(s.provisionId, list);
  }
  return { ranker: new Bm25([...terms].map(([key, t]) => ({ key, terms: t }))), firstSentence, vocabulary, prefixes: new Map() };
}

export function nearMisses(ctx: JudgeContext, index: ProvisionIndex, element: Element, compiled: CompiledPack): NearMiss[] {
  const query = queryStems(ctx, index, element, compiled);
  if (query.length === 0) return [];
  // Provisions are indexed in document order, so BM25's ties in index order are ties in text order.
  return index.ranker.top(query, NEAR_MISSES).map((r) => toNearMiss(ctx, index, r.key, r.score));
}

function toNearMiss(ctx: JudgeContext, index: ProvisionIndex, provisionId: string, score: number): NearMiss {
  const first = index.firstSentence.get(provisionId)!;
  const prov = ctx.provisionById.get(provisionId);
  const end = prov ? Math.max(prov.end, first.end) : first.end;
  return {
    provisionId,
    label: prov?.label || provisionId,
    page: pageAt(ctx, first.start, provisionId),
    score: Math.round(score * 1000) / 1000,
    excerpt: excerpt(ctx.doc.document.text.slice(first.start, Math.min(end, first.start + MAX_EXCERPT * 2))),
  };
}

/** Spaces collapsed, cut at a word boundary to at most MAX_EXCERPT characters. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_EXCERPT) return flat;
  const cut = flat.slice(0, MAX_EXCERPT - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_EXCERPT / 2 ? cut.slice(0, space) : cut}…`;
}

function queryStems(ctx: JudgeContext, index: ProvisionIndex, element: Element, compiled: CompiledPack): string[] {
  const { pack } = compiled;
  const lang = ctx.doc.language;
  const analyzer = compiled.matcher?.analyzer;
  return queryWords(element, pack, lang).flatMap((w) => stemsOf(w, lang, index, analyzer));
}

/** An element's query words in a language; the same for every document, so kept per element. */
const wordCache = new WeakMap<Element, Map<string, string[]>>();

function queryWords(element: Element, pack: CompiledPack['pack'], lang: string): string[] {
  let byLang = wordCache.get(element);
  if (!byLang) wordCache.set(element, (byLang = new Map()));
  let words = byLang.get(lang);
  if (!words) {
    const patterns = [...new Set([element.addressed, element.weak, element.contradicted].flatMap(checksIn).flatMap(conceptsOf))]
      .flatMap((id) => [...(pack.concepts[id]?.[lang] ?? []), ...(pack.concepts[id]?.any ?? [])]);
    words = [...new Set([...patterns, element.title, element.question].flatMap(patternWords))];
    byLang.set(lang, words);
  }
  return words;
}

/** The words of a pattern or a sentence, folded; `recruit*` keeps its star; gaps, `#` and syntax dropped. */
export function patternWords(pattern: string): string[] {
  return fold(pattern)
    .split(/[^\p{L}\p{N}*]+/u)
    .map((w) => w.replace(/\*+$/, '*'))
    .filter((w) => w.replace('*', '').length >= 3 && !w.startsWith('*'));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A query word's stems: by prefix for `recruit*`; as the document's own tokens stem it when the word
 * occurs; else as the pack's compiled analyzer (annotate's stemmer) stems it; else the word itself.
 */
function stemsOf(word: string, lang: string, index: ProvisionIndex, analyzer?: PatternAnalyzer): string[] {
  if (word.endsWith('*')) return prefixStems(word.slice(0, -1), index);
  const known = index.vocabulary.get(word);
  if (known) return [known];
  return [stemBy(analyzer, word, lang) ?? word];
}

function prefixStems(prefix: string, index: ProvisionIndex): string[] {
  let stems = index.prefixes.get(prefix);
  if (!stems) {
    const found = new Set<string>();
    for (const [norm, stem] of index.vocabulary) if (norm.startsWith(prefix)) found.add(stem);
    index.prefixes.set(prefix, (stems = [...found]));
  }
  return stems;
}

/** Stems by analyzer, kept across documents: a batch run asks for the same words again and again. */
const stemCache = new WeakMap<PatternAnalyzer, Map<string, string | undefined>>();

function stemBy(analyzer: PatternAnalyzer | undefined, word: string, lang: string): string | undefined {
  if (!analyzer) return undefined;
  let cache = stemCache.get(analyzer);
  if (!cache) stemCache.set(analyzer, (cache = new Map()));
  const key = `${lang}:${word}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, analyzer.words(word, lang)[0]?.stem);
    } catch {
      cache.set(key, undefined); // a stemmer that cannot read the word leaves it as written
    }
  }
  return cache.get(key);
}
