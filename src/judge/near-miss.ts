/**
 * For an absent or weak element: the provisions that come closest, so a reviewer can check the
 * absence. Provisions are ranked by BM25 over their token stems against the stems of the element's
 * pattern words (in the document's language and `any`) and of its title and question.
 */
import type { Element } from '../rules/pack-schema.js';
import type { Sentence } from '../annotate/types.js';
import type { CompiledPack } from '../rules/index.js';
import { Bm25, Bm25Builder } from './bm25.js';
import { pageAt, type JudgeContext } from './context.js';
import { fallbackStem, queryBook, type QueryBook } from './query.js';
import type { NearMiss } from './verdict.js';

export { patternWords } from './query.js';

export const NEAR_MISSES = 3;
export const MAX_EXCERPT = 200;

export interface ProvisionIndex {
  ranker: Bm25<string>;
  firstSentence: Map<string, Sentence>;
  /** Folded word form → stem, as the document's own tokens have it. */
  vocabulary: Map<string, string>;
  /** The vocabulary's forms and stems by first occurrence, and form ranks in code-unit order, for prefix look-ups; made when first asked. */
  forms?: { words: string[]; stems: string[]; sorted: number[] };
  /** The query words of the pack in the document's language, and their term ids here as they are asked. */
  book?: QueryBook;
  termsOfWord: Array<number[] | undefined>;
}

/** Built once per document, shared by every element. */
export function indexProvisions(ctx: JudgeContext): ProvisionIndex {
  const builder = new Bm25Builder();
  const docOf = new Map<string, number>();
  const firstSentence = new Map<string, Sentence>();
  const vocabulary = new Map<string, string>();
  for (const s of ctx.sentences) {
    let doc = docOf.get(s.provisionId);
    if (doc === undefined) {
      docOf.set(s.provisionId, (doc = builder.addDoc()));
      firstSentence.set(s.provisionId, s);
    }
    for (const t of s.tokens) {
      builder.add(doc, t.stem);
      if (!vocabulary.has(t.norm)) vocabulary.set(t.norm, t.stem);
    }
  }
  return { ranker: builder.build([...docOf.keys()]), firstSentence, vocabulary, termsOfWord: [] };
}

export function nearMisses(ctx: JudgeContext, index: ProvisionIndex, element: Element, compiled: CompiledPack): NearMiss[] {
  const query = queryTerms(ctx, index, element, compiled);
  if (query.length === 0) return [];
  // Provisions are indexed in document order, so BM25's ties in index order are ties in text order.
  return index.ranker.topOf(query, NEAR_MISSES).map((r) => toNearMiss(ctx, index, r.key, r.score));
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

/** The element's query as term ids of this document, in query order (-1: a stem no provision has). */
function queryTerms(ctx: JudgeContext, index: ProvisionIndex, element: Element, compiled: CompiledPack): number[] {
  const book = bookFor(index, compiled, ctx.doc.language);
  const words = book.byElement.get(element);
  if (!words) return [];
  const out: number[] = [];
  for (const w of words) {
    let terms = index.termsOfWord[w];
    if (!terms) index.termsOfWord[w] = terms = termsOf(index, book, w);
    for (const t of terms) out.push(t);
  }
  return out;
}

function bookFor(index: ProvisionIndex, compiled: CompiledPack, lang: string): QueryBook {
  const book = queryBook(compiled, lang);
  if (index.book !== book) { index.book = book; index.termsOfWord = []; }
  return book;
}

/**
 * A query word's stems as term ids: by prefix for `recruit*`; as the document's own tokens stem it
 * when the word occurs; else as the pack's compiled analyzer (annotate's stemmer) stems it.
 */
function termsOf(index: ProvisionIndex, book: QueryBook, wordId: number): number[] {
  const word = book.words[wordId];
  const stems = word.endsWith('*') ? prefixStems(word.slice(0, -1), index) : [index.vocabulary.get(word) || fallbackStem(book, wordId)];
  return stems.map((s) => index.ranker.termIds.get(s) ?? -1);
}

/** The stems of the document's words that begin with `prefix`, in the order the words first occur. */
function prefixStems(prefix: string, index: ProvisionIndex): string[] {
  const forms = (index.forms ??= sortedForms(index.vocabulary));
  let lo = 0;
  let hi = forms.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (forms.words[forms.sorted[mid]] < prefix) lo = mid + 1; else hi = mid;
  }
  const ranks: number[] = [];
  for (let i = lo; i < forms.sorted.length && forms.words[forms.sorted[i]].startsWith(prefix); i++) ranks.push(forms.sorted[i]);
  // Back to first-occurrence order: the query's order decides how BM25 sums, to the last bit.
  ranks.sort((a, b) => a - b);
  return [...new Set(ranks.map((r) => forms.stems[r]))];
}

function sortedForms(vocabulary: Map<string, string>): NonNullable<ProvisionIndex['forms']> {
  const words = [...vocabulary.keys()];
  const sorted = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
  return { words, stems: [...vocabulary.values()], sorted };
}
