/**
 * Turns supporting sentences into evidence a reviewer can check: where (provision, label, page),
 * the exact quote, how firmly (force, polarity, bearer), and the words that matched. Strongest first.
 */
import type { Sentence } from '../annotate/types.js';
import type { CheckKind } from '../rules/pack-schema.js';
import type { Hit } from '../rules/types.js';
import type { FiredCandidate } from './checks/index.js';
import { pageAt, type JudgeContext } from './context.js';
import type { Evidence } from './verdict.js';
import { EvidenceRecord, MatchRecord } from './records.js';
import { listOf } from '../lifetime.js';

export type Supports = Evidence['supports'];

/** Candidates that argue for one status; groups come in priority order (the final status first). */
export interface EvidenceGroup {
  supports: Supports;
  candidates: FiredCandidate[];
}

export const MAX_EVIDENCE = 8;
export const MAX_QUOTE = 400;

interface Gathered {
  sentence: Sentence;
  rank: number;
  supports: Supports;
  /** The check kind that fired here first; `kinds`, every kind in the order they first did, once a second fires. */
  kind: CheckKind;
  kinds?: CheckKind[];
  /** Hits and spans, the first candidate's own lists until `own*` says they were copied to add to. */
  hits: Hit[];
  ownHits: boolean;
  spans: Array<{ start: number; end: number }>;
  ownSpans: boolean;
  /** Supporting sentences of the same status in this sentence's article (countArticleSupport). */
  support: number;
  conceptCount?: number;
}

export function buildEvidence(ctx: JudgeContext, groups: EvidenceGroup[]): Evidence[] {
  const gathered = gather(ctx, groups);
  countArticleSupport(ctx, gathered, groups.length);
  return strongest(gathered, MAX_EVIDENCE).map((g) => toEvidence(ctx, g));
}

const compare = (a: Gathered, b: Gathered) => compareStrength(a, b) || b.support - a.support || compareRest(a, b);

/**
 * The `limit` strongest entries, in the order a stable sort by `compare` puts them: only these become
 * evidence, and an element of a large pack may gather hundreds, so the rest are never sorted.
 */
function strongest(gathered: Gathered[], limit: number): Gathered[] {
  const best: Gathered[] = [];
  for (const g of gathered) {
    if (best.length === limit && compare(g, best[limit - 1]) >= 0) continue;
    // After every entry it does not beat: equal entries keep the order they were gathered in.
    let at = best.length;
    while (at > 0 && compare(g, best[at - 1]) < 0) at--;
    insertAt(best, at, g);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** `list.splice(at, 0, item)` without the list of removed items splice makes at every call. */
function insertAt<T>(list: T[], at: number, item: T): void {
  list.push(item);
  for (let i = list.length - 1; i > at; i--) list[i] = list[i - 1];
  list[at] = item;
}

/**
 * How many supporting sentences of the same status stand in each sentence's article: the article
 * that deals with an element says so in several sentences ("Article 8 Orientation": three paragraphs),
 * while a passing mention elsewhere stands alone, so the reviewer is shown the dedicated article first.
 */
function countArticleSupport(ctx: JudgeContext, gathered: Gathered[], ranks: number): void {
  const byArticle = new Map<string, number[]>();
  const counts = gathered.map((g) => {
    const article = articleOf(ctx, g.sentence.provisionId);
    let perRank = byArticle.get(article);
    if (!perRank) byArticle.set(article, (perRank = new Array<number>(ranks).fill(0)));
    perRank[g.rank]++;
    return perRank;
  });
  gathered.forEach((g, i) => (g.support = counts[i][g.rank]));
}

/** The outermost provision under the document root (or a part) that holds a provision: its article, annex item or clause. */
function articleOf(ctx: JudgeContext, provisionId: string): string {
  let article = ctx.memo.article.get(provisionId);
  if (article === undefined) ctx.memo.article.set(provisionId, (article = climbToArticle(ctx, provisionId)));
  return article;
}

function climbToArticle(ctx: JudgeContext, provisionId: string): string {
  let id = provisionId;
  for (let parent = ctx.parentById.get(id); parent && parent.kind !== 'document' && parent.kind !== 'part' && parent.kind !== 'annex' && parent.kind !== 'protocol'; parent = ctx.parentById.get(id)) {
    id = parent.id;
  }
  return id;
}

/**
 * One entry per supporting sentence, in the order the groups first name them. Entries are found by
 * sentence through the document's scratch array rather than a new map: a large pack gathers for
 * hundreds of elements per document.
 */
function gather(ctx: JudgeContext, groups: EvidenceGroup[]): Gathered[] {
  const entryOf = (ctx.memo.entryOf ??= new Int32Array(ctx.sentences.length));
  const out: Gathered[] = [];
  groups.forEach((group, rank) => {
    for (const c of group.candidates) {
      const sentence = ctx.sentences[c.sentence];
      if (!sentence) continue;
      let g = out[entryOf[c.sentence] - 1];
      if (!g) {
        // The first candidate's hits are shared until another candidate adds to them (most sentences have one).
        out.push((g = { sentence, rank, supports: group.supports, kind: c.kind, hits: c.hits, ownHits: false, spans: c.spans ?? NO_SPANS, ownSpans: false, support: 0 }));
        entryOf[c.sentence] = out.length;
        continue;
      }
      if (c.kind !== g.kind && !g.kinds?.includes(c.kind)) (g.kinds ??= listOf(g.kind)).push(c.kind);
      for (const h of c.hits) {
        if (g.hits.some((k) => sameHit(k, h))) continue;
        if (!g.ownHits) { g.hits = g.hits.slice(); g.ownHits = true; }
        g.hits.push(h);
      }
      if (c.spans?.length) {
        if (!g.ownSpans) { g.spans = g.spans.slice(); g.ownSpans = true; }
        for (const span of c.spans) g.spans.push(span);
      }
    }
  });
  for (const group of groups) for (const c of group.candidates) entryOf[c.sentence] = 0;
  return out;
}

/** Never written to: an entry copies it before adding spans. */
const NO_SPANS: Array<{ start: number; end: number }> = [];

const sameHit = (a: Hit, b: Hit) => a.concept === b.concept && a.start === b.start && a.end === b.end;

const FORCE_RANK = { binding: 0, none: 1, permissive: 2, hedged: 3 } as const;

/**
 * Final status first, text over headings, binding over hedged; then (buildEvidence) the article with
 * most support; then operative over preamble, more concepts, earlier in the text.
 */
function compareStrength(a: Gathered, b: Gathered): number {
  return a.rank - b.rank
    || Number(Boolean(a.sentence.heading)) - Number(Boolean(b.sentence.heading))
    || FORCE_RANK[a.sentence.force] - FORCE_RANK[b.sentence.force];
}

function compareRest(a: Gathered, b: Gathered): number {
  return scopeRank(a.sentence) - scopeRank(b.sentence)
    || conceptCount(b) - conceptCount(a)
    || a.sentence.start - b.sentence.start;
}

/** How many concepts a sentence's hits join, counted once per sentence (the sort asks at every comparison). */
function conceptCount(g: Gathered): number {
  return (g.conceptCount ??= distinctConcepts(g.hits));
}

/** How many concepts some hits join, without a list of them: most entries compared never become evidence. */
function distinctConcepts(hits: Hit[]): number {
  let count = 0;
  for (let i = 0; i < hits.length; i++) {
    let j = 0;
    while (j < i && hits[j].concept !== hits[i].concept) j++;
    if (j === i) count++;
  }
  return count;
}

const scopeRank = (s: Sentence) => (s.scope === 'operative' || s.scope === 'annex' ? 0 : 1);
/**
 * The concepts of some hits, each once, in the order they first occur; a list of its own size. An
 * evidence item keeps it, and a list grown by pushing keeps room for seventeen: a large pack's report
 * holds a thousand of them, all alive until the last element is judged.
 */
function concepts(hits: Hit[]): string[] {
  if (hits.length === 1) return listOf(hits[0].concept);
  const out: string[] = [];
  for (const h of hits) if (!out.includes(h.concept)) out.push(h.concept);
  return out.slice();
}

function toEvidence(ctx: JudgeContext, g: Gathered): Evidence {
  const s = g.sentence;
  const [start, end] = quoteOf(ctx, g);
  const hits = hitsWithin(g.hits, start, end);
  const prov = ctx.provisionById.get(s.provisionId);
  const label = prov?.label || s.provisionId;
  const page = pageOf(ctx, s);
  const quote = ctx.doc.document.text.slice(start, end);
  const matches = hits.map((h) => new MatchRecord(h.concept, h.start, h.end, h.pattern));
  return new EvidenceRecord(s.provisionId, label, page, start, end, quote, s.force, s.polarity, s.bearer, g.supports, g.kinds ?? listOf(g.kind), concepts(hits), matches);
}

/** The hits inside the quote, in text order; the list itself when nothing is left out and it is in order already (read only). */
function hitsWithin(hits: Hit[], start: number, end: number): Hit[] {
  let inside = true;
  let ordered = true;
  for (let i = 0; i < hits.length; i++) {
    if (hits[i].start < start || hits[i].end > end) inside = false;
    if (i > 0 && hits[i].start < hits[i - 1].start) ordered = false;
  }
  if (inside && ordered) return hits;
  return hits.filter((h) => h.start >= start && h.end <= end).sort((a, b) => a.start - b.start);
}

/** The quote's range: the trimmed sentence, worked out once per sentence (read only), unless it is too long and must be cut around this evidence's words. */
function quoteOf(ctx: JudgeContext, g: Gathered): readonly [number, number] {
  const s = g.sentence;
  let trimmed = ctx.memo.trimmed.get(s.index);
  if (!trimmed) ctx.memo.trimmed.set(s.index, (trimmed = trimSpaces(ctx.doc.document.text, s.start, s.end)));
  if (trimmed[1] - trimmed[0] <= MAX_QUOTE) return trimmed;
  return quoteRange(ctx.doc.document.text, s.start, s.end, [...g.hits, ...g.spans]);
}

function pageOf(ctx: JudgeContext, s: Sentence): number {
  let page = ctx.memo.page.get(s.index);
  if (page === undefined) ctx.memo.page.set(s.index, (page = pageAt(ctx, s.start, s.provisionId)));
  return page;
}

/**
 * The sentence, trimmed of outer spaces; a sentence longer than MAX_QUOTE is cut to a window around
 * the matched words, at word boundaries, so the quote stays readable in a report.
 */
export function quoteRange(text: string, start: number, end: number, focus: Array<{ start: number; end: number }>): [number, number] {
  [start, end] = trimSpaces(text, start, end);
  if (end - start <= MAX_QUOTE) return [start, end];
  const inside = focus.filter((f) => f.start >= start && f.end <= end);
  const fStart = inside.length ? Math.min(...inside.map((f) => f.start)) : start;
  const fEnd = inside.length ? Math.max(...inside.map((f) => f.end)) : start;
  const slack = Math.max(0, MAX_QUOTE - (fEnd - fStart));
  let from = Math.max(start, fStart - Math.floor(slack / 2));
  const to = Math.min(end, from + MAX_QUOTE);
  from = Math.max(start, to - MAX_QUOTE);
  return trimSpaces(text, snapStart(text, from, fStart, start), snapEnd(text, to, fEnd, end));
}

function trimSpaces(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Move a cut forward to the next word start, unless that would pass the focus or the sentence start is the cut. */
function snapStart(text: string, at: number, limit: number, sentenceStart: number): number {
  if (at === sentenceStart) return at;
  let i = at;
  while (i < limit && !/\s/.test(text[i - 1] ?? ' ')) i++;
  return i <= limit ? i : at;
}

function snapEnd(text: string, at: number, limit: number, sentenceEnd: number): number {
  if (at === sentenceEnd) return at;
  let i = at;
  while (i > limit && !/\s/.test(text[i] ?? ' ')) i--;
  return i >= limit ? i : at;
}
