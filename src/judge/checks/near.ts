/**
 * `near`: all the concepts occur together, in one sentence, one provision (the article, annex or
 * letter that holds the sentences, so paragraphs of one article count together) or within a number
 * of tokens of each other in one sentence.
 */
import type { NearCheck } from '../../rules/pack-schema.js';
import type { Hit } from '../../rules/types.js';
import type * as z from 'zod';
import { hitsOf, type JudgeContext } from '../context.js';
import { inScope, scopeName } from '../scope.js';
import { bySentence, detailOf, NO_CANDIDATES } from './describe.js';
import type { CheckOutcome, Fired, FiredCandidate } from './types.js';

type NearOptions = z.infer<typeof NearCheck>;

/** Provision kinds that make a unit of meaning for `within: provision`. */
const UNIT_KINDS = new Set(['article', 'annex', 'protocol', 'letter', 'preamble', 'signature']);

export function near(o: NearOptions, ctx: JudgeContext, fired: Fired): CheckOutcome {
  // A concept with no hit leaves nothing to be near: most near checks of a large pack end here.
  for (const c of o.concepts) if (hitsOf(ctx, c).length === 0) return { passed: false, candidates: NO_CANDIDATES, detail: detailOf(o, asks, ctx, NO_CANDIDATES) };
  const hits = o.concepts.flatMap((c) => hitsOf(ctx, c)).filter((h) => inScope(ctx.sentences[h.sentence].scope, o.scope));
  const groups = groupHits(hits, o.within, ctx);
  const candidates: FiredCandidate[] = [];
  for (const group of groups.values()) {
    const together = typeof o.within === 'number' ? closeHits(group, o.concepts, o.within) : coversAll(group, o.concepts) ? group : [];
    candidates.push(...bySentence(together, fired));
  }
  candidates.sort((a, b) => a.sentence - b.sentence);
  return { passed: candidates.length > 0, candidates, detail: detailOf(o, asks, ctx, candidates) };
}

function asks(o: NearOptions): string {
  const where = typeof o.within === 'number' ? `${o.within} tokens` : `one ${o.within}`;
  return `near ${o.concepts.join(' + ')} within ${where} in ${scopeName(o.scope)}`;
}

/** Hits by provision (its unit's id) or by sentence (its index): no string made per hit. */
function groupHits(hits: Hit[], within: NearOptions['within'], ctx: JudgeContext): Map<string | number, Hit[]> {
  const groups = new Map<string | number, Hit[]>();
  for (const h of hits) {
    const key = within === 'provision' ? unitOf(ctx, ctx.sentences[h.sentence].provisionId) : h.sentence;
    const g = groups.get(key);
    if (g) g.push(h); else groups.set(key, [h]);
  }
  return groups;
}

export function unitOf(ctx: JudgeContext, provisionId: string): string {
  let unit = ctx.memo.unit.get(provisionId);
  if (unit === undefined) ctx.memo.unit.set(provisionId, (unit = climbToUnit(ctx, provisionId)));
  return unit;
}

function climbToUnit(ctx: JudgeContext, provisionId: string): string {
  let p = ctx.provisionById.get(provisionId);
  while (p && !UNIT_KINDS.has(p.kind)) p = ctx.parentById.get(p.id);
  return p?.id ?? provisionId;
}

function coversAll(hits: Hit[], concepts: string[]): boolean {
  return concepts.every((c) => hits.some((h) => h.concept === c));
}

/** Hits of every concept lying within `within` tokens of a hit of the first concept (one sentence). */
function closeHits(hits: Hit[], concepts: string[], within: number): Hit[] {
  const kept = new Set<Hit>();
  for (const anchor of hits.filter((h) => h.concept === concepts[0])) {
    const partners = concepts.slice(1).map((c) => nearest(hits.filter((h) => h.concept === c), anchor));
    if (partners.every((p) => p && gap(p, anchor) <= within)) [anchor, ...(partners as Hit[])].forEach((h) => kept.add(h));
  }
  return [...kept];
}

function nearest(hits: Hit[], anchor: Hit): Hit | undefined {
  return hits.reduce<Hit | undefined>((best, h) => (!best || gap(h, anchor) < gap(best, anchor) ? h : best), undefined);
}

/** Tokens between two hits of one sentence (0 when they touch or overlap). */
function gap(a: Hit, b: Hit): number {
  return Math.max(0, Math.max(a.tokenStart, b.tokenStart) - Math.min(a.tokenEnd, b.tokenEnd));
}
