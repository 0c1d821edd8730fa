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
import { queryBook, type QueryBook } from './query.js';
import { normHashOf, stemHashOf } from '../annotate/index.js';
import type { NearMiss } from './verdict.js';
import { checkList, listOf } from '../lifetime.js';
import { NearMissRecord } from './records.js';

export { patternWords } from './query.js';

export const NEAR_MISSES = 3;
export const MAX_EXCERPT = 200;

export interface ProvisionIndex {
  ranker: Bm25<string>;
  firstSentence: Map<string, Sentence>;
  /** Folded word form → its rank in order of first occurrence and stem; `forms` and `stems` by rank, as the document's own tokens have them. */
  vocabulary: Map<string, Form>;
  forms: string[];
  stems: string[];
  /** Ranks of the forms by their first three characters (a `prefix*` has three at least); made when first asked. */
  byStart?: Map<string, number[]>;
  /**
   * The query words of the pack in the document's language, and each word's term here as first asked:
   * a term id, NONE, or MANY (a `prefix*` of several: in `manyTerms`); UNASKED until then.
   */
  book?: QueryBook;
  termOfWord: Int32Array;
  manyTerms: Map<number, number[]>;
  /** Bits of hashOf every form and stem of the document (HASH_BITS of them): a word whose bit is off is not among them. */
  present: Int32Array;
  /** Room for one query's term ids, reused from element to element. */
  query: Int32Array;
  /** Label, page and excerpt by provision id, as near misses have shown them. */
  shown: Map<string, Shown>;
}

type Shown = Pick<NearMiss, 'label' | 'page' | 'excerpt'>;

/** A word form of the document: its rank, the stem its first token has, and that stem's term id. Made by `new`: it lasts the check (src/lifetime.ts). */
class Form {
  constructor(
    readonly rank: number,
    readonly stem: string,
    readonly term: number,
  ) {}
}

/** Built once per document, shared by every element. One look-up per token: its form, which knows its term. */
export function indexProvisions(ctx: JudgeContext): ProvisionIndex {
  const builder = new Bm25Builder();
  const docOf = new Map<string, number>();
  const firstSentence = new Map<string, Sentence>();
  const vocabulary = new Map<string, Form>();
  const forms: string[] = [];
  const stems: string[] = [];
  const present = new Int32Array(HASH_BITS >> 5);
  for (const s of ctx.sentences) {
    let doc = docOf.get(s.provisionId);
    if (doc === undefined) {
      docOf.set(s.provisionId, (doc = builder.addDoc()));
      firstSentence.set(s.provisionId, s);
    }
    for (const t of s.tokens) {
      let form = vocabulary.get(t.norm);
      if (!form) {
        form = new Form(forms.length, t.stem, builder.termOf(t.stem));
        vocabulary.set(t.norm, form);
        forms.push(t.norm);
        stems.push(t.stem);
        mark(present, normHashOf(t));
        mark(present, stemHashOf(t));
      }
      // A form stems alike in every sentence of one language; a text in two may stem it two ways.
      if (form.stem === t.stem) builder.addTerm(doc, form.term);
      else {
        builder.addTerm(doc, builder.termOf(t.stem));
        mark(present, stemHashOf(t));
      }
    }
  }
  return { ranker: builder.build([...docOf.keys()]), firstSentence, vocabulary, forms, stems, present, termOfWord: new Int32Array(0), manyTerms: new Map(), query: new Int32Array(64), shown: new Map() };
}

/** Bits in ProvisionIndex.present: a document's few thousand forms and stems leave most of them off. */
const HASH_BITS = 1 << 16;

function mark(bits: Int32Array, hash: number): void {
  const bit = hash & (HASH_BITS - 1);
  bits[bit >> 5] |= 1 << (bit & 31);
}

function mayHave(bits: Int32Array, hash: number): boolean {
  const bit = hash & (HASH_BITS - 1);
  return (bits[bit >> 5] & (1 << (bit & 31))) !== 0;
}

export function nearMisses(ctx: JudgeContext, index: ProvisionIndex, element: Element, compiled: CompiledPack): NearMiss[] {
  const query = queryTerms(ctx, index, element, compiled);
  if (query.length === 0) return checkList();
  // Provisions are indexed in document order, so BM25's ties in index order are ties in text order.
  return index.ranker.topOf(query, NEAR_MISSES).map((r) => toNearMiss(ctx, index, r.key, r.score));
}

function toNearMiss(ctx: JudgeContext, index: ProvisionIndex, provisionId: string, score: number): NearMiss {
  let shown = index.shown.get(provisionId);
  if (!shown) index.shown.set(provisionId, (shown = showProvision(ctx, index, provisionId)));
  return new NearMissRecord(provisionId, shown.label, shown.page, Math.round(score * 1000) / 1000, shown.excerpt);
}

/** How a near miss shows its provision; the same for every element that comes close to it. */
function showProvision(ctx: JudgeContext, index: ProvisionIndex, provisionId: string): Shown {
  const first = index.firstSentence.get(provisionId)!;
  const prov = ctx.provisionById.get(provisionId);
  const end = prov ? Math.max(prov.end, first.end) : first.end;
  return {
    label: prov?.label || provisionId,
    page: pageAt(ctx, first.start, provisionId),
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

const UNASKED = -3;
const MANY = -2;
const NONE = -1;

/** The element's query as term ids of this document, in query order, leaving out stems no provision has. */
function queryTerms(ctx: JudgeContext, index: ProvisionIndex, element: Element, compiled: CompiledPack): Int32Array {
  const book = bookFor(index, compiled, ctx.doc.language);
  const words = book.byElement.get(element);
  let n = 0;
  if (!words) return index.query.subarray(0, 0);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    let term = index.termOfWord[w];
    if (term === UNASKED) term = resolve(index, book, w);
    if (term >= 0) n = put(index, n, term);
    else if (term === MANY) for (const t of index.manyTerms.get(w)!) n = put(index, n, t);
  }
  return index.query.subarray(0, n);
}

/**
 * Write a term at `n` in the shared query, grown when full; returns the count. Written in place, not
 * emptied and pushed: an array emptied by `length = 0` drops its storage and grows it again for every
 * element that asks.
 */
function put(index: ProvisionIndex, n: number, term: number): number {
  if (n === index.query.length) {
    const grown = new Int32Array(2 * n);
    grown.set(index.query);
    index.query = grown;
  }
  index.query[n] = term;
  return n + 1;
}

function bookFor(index: ProvisionIndex, compiled: CompiledPack, lang: string): QueryBook {
  const book = queryBook(compiled, lang);
  if (index.book !== book) {
    index.book = book;
    index.termOfWord = new Int32Array(book.words.length).fill(UNASKED);
    index.manyTerms.clear();
  }
  return book;
}

/** A query word's term here (NONE, or MANY for a prefix of several), kept for the elements that ask next. */
function resolve(index: ProvisionIndex, book: QueryBook, wordId: number): number {
  let term: number;
  if (book.prefix[wordId]) {
    const terms = prefixTerms(index, book.words[wordId].slice(0, -1));
    term = terms.length === 0 ? NONE : terms.length === 1 ? terms[0] : MANY;
    if (term === MANY) index.manyTerms.set(wordId, terms);
  } else {
    term = plainTerm(index, book, wordId);
  }
  index.termOfWord[wordId] = term;
  return term;
}

/**
 * A plain word's term: as the document's own tokens stem it when the word occurs; else as the pack's
 * compiled analyzer (annotate's stemmer) stems it. NONE when no provision has that stem.
 */
function plainTerm(index: ProvisionIndex, book: QueryBook, wordId: number): number {
  // Most words of a large pack are in no one text: their hashes say so without a look-up by text.
  if (mayHave(index.present, book.wordHash[wordId])) {
    const form = index.vocabulary.get(book.words[wordId]);
    if (form?.stem) return form.term;
  }
  if (!mayHave(index.present, book.stemHash[wordId])) return NONE;
  return index.ranker.termIds.get(book.fallback[wordId]) ?? NONE;
}

/** The terms of the document's words that begin with `prefix`, in the order the words first occur. */
function prefixTerms(index: ProvisionIndex, prefix: string): number[] {
  const out: number[] = [];
  for (const stem of prefixStems(prefix, index)) {
    const id = index.ranker.termIds.get(stem);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** The stems of the document's words that begin with `prefix`, in the order the words first occur. */
function prefixStems(prefix: string, index: ProvisionIndex): string[] {
  const candidates = (index.byStart ??= byStart(index.forms)).get(prefix.slice(0, 3)) ?? [];
  const found = new Set<string>();
  for (const rank of candidates) if (index.forms[rank].startsWith(prefix)) found.add(index.stems[rank]);
  return [...found];
}

/** Form ranks by first three characters, in rank order (so a prefix's stems come in first-occurrence order). */
function byStart(forms: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  forms.forEach((form, rank) => {
    if (form.length < 3) return;
    const key = form.slice(0, 3);
    const list = out.get(key);
    if (list) list.push(rank); else out.set(key, listOf(rank));
  });
  return out;
}
