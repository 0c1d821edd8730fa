/** `number`: a quantity of the unit, within bounds, stands in a sentence (with the concept, if one is named). */
import type { NumberCheck } from '../../rules/pack-schema.js';
import type { Quantity, Sentence } from '../../annotate/types.js';
import type * as z from 'zod';
import { hitsOf, type JudgeContext } from '../context.js';
import { inScope, scopeName } from '../scope.js';
import { detailOf, firedAt, list } from './describe.js';
import type { CheckOutcome, Fired, FiredCandidate } from './types.js';

type NumberOptions = z.infer<typeof NumberCheck>;

export function number(o: NumberOptions, ctx: JudgeContext, fired: Fired): CheckOutcome {
  const units = list(o.unit) as readonly string[];
  const conceptHits = o.concept ? hitsOf(ctx, o.concept) : [];
  const candidates: FiredCandidate[] = [];
  for (const s of quantified(ctx.sentences)) {
    const quantities = s.quantities.filter((q) => units.includes(q.unit) && within(q, o));
    if (quantities.length === 0 || !ctx.admit(s) || !inScope(s.scope, o.scope)) continue;
    const hits = conceptHits.filter((h) => h.sentence === s.index);
    if (o.concept && hits.length === 0) continue;
    candidates.push(firedAt(s.index, hits, fired, quantities.map((q) => ({ start: q.start, end: q.end }))));
  }
  return { passed: candidates.length > 0, candidates, detail: detailOf(o, asks, ctx, candidates) };
}

function asks(o: NumberOptions): string {
  return `number in ${(list(o.unit) as readonly string[]).join('|')}${bounds(o)}${o.concept ? ` with ${o.concept}` : ''} in ${scopeName(o.scope)}`;
}

/** The sentences that state a quantity, in text order; most state none, and every number check asks. */
const quantifiedCache = new WeakMap<Sentence[], Sentence[]>();

function quantified(sentences: Sentence[]): Sentence[] {
  let out = quantifiedCache.get(sentences);
  if (!out) quantifiedCache.set(sentences, (out = sentences.filter((s) => s.quantities.length > 0)));
  return out;
}

function within(q: Quantity, o: NumberOptions): boolean {
  return (o.min === undefined || q.value >= o.min) && (o.max === undefined || q.value <= o.max);
}

function bounds(o: NumberOptions): string {
  if (o.min !== undefined && o.max !== undefined) return ` ${o.min}..${o.max}`;
  if (o.min !== undefined) return ` >= ${o.min}`;
  return o.max !== undefined ? ` <= ${o.max}` : '';
}
