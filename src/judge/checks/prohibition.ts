/**
 * `prohibition`: the concept stands under a binding negation ("shall not retain passports"), or the
 * match itself carries the prohibition ("it is prohibited to charge fees": the negation marker lies
 * inside the matched words), in which case any non-hedged force will do.
 */
import type { ProhibitionCheck } from '../../rules/pack-schema.js';
import type { Sentence } from '../../annotate/types.js';
import type { Hit } from '../../rules/types.js';
import type * as z from 'zod';
import type { JudgeContext } from '../context.js';
import { inScope, scopeName } from '../scope.js';
import { bearerFits } from './bearer.js';
import { keptHits, list } from './describe.js';
import { hitPolarity } from './polarity.js';
import type { CheckOutcome, Fired } from './types.js';

type ProhibitionOptions = z.infer<typeof ProhibitionCheck>;

export function prohibition(o: ProhibitionOptions, ctx: JudgeContext, fired: Fired): CheckOutcome {
  return keptHits(o, ctx, fired, forbids, asks);
}

function forbids(h: Hit, o: ProhibitionOptions, ctx: JudgeContext): boolean {
  const s = ctx.sentences[h.sentence];
  return inScope(s.scope, o.scope) && bearerFits(s, o.bearer) && prohibits(s, h);
}

function asks(o: ProhibitionOptions): string {
  const who = o.bearer ? `, bearer ${list(o.bearer)!.join('|')}` : '';
  return `prohibition of ${o.concept}${who} in ${scopeName(o.scope)}`;
}

function prohibits(s: Sentence, h: Hit): boolean {
  if (s.force === 'binding' && hitPolarity(s, h) === 'negated') return true;
  const markerInMatch = s.negations.some(([from]) => from >= h.tokenStart && from < h.tokenEnd);
  return markerInMatch && (s.force === 'binding' || s.force === 'none');
}
