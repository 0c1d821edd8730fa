/** `mentions`: the concept occurs in at least `min` sentences of the scope. */
import type { MentionsCheck } from '../../rules/pack-schema.js';
import type * as z from 'zod';
import { hitsOf, type JudgeContext } from '../context.js';
import { scopeName } from '../scope.js';
import { bySentence, detailOf, inScopeOf, NO_CANDIDATES } from './describe.js';
import type { CheckOutcome, Fired } from './types.js';

export function mentions(o: z.infer<typeof MentionsCheck>, ctx: JudgeContext, fired: Fired): CheckOutcome {
  const candidates = bySentence(hitsOf(ctx, o.concept), fired, inScopeOf, o, ctx);
  const min = o.min ?? 1;
  const passed = candidates.length >= min;
  return { passed, candidates: passed ? candidates : NO_CANDIDATES, detail: detailOf(o, asks, ctx, candidates, min > 1 ? `, at least ${min} needed` : '') };
}

/** A mentions check holds on as many of its sentences as it asks for. */
export const mentionsHoldOn = (o: z.infer<typeof MentionsCheck>, kept: number): boolean => kept >= (o.min ?? 1);

const asks = (o: z.infer<typeof MentionsCheck>) => `mentions ${o.concept} in ${scopeName(o.scope)}`;
