/** `reference`: the text cites an instrument that the concept's patterns name (a convention, a law). */
import type { ReferenceCheck } from '../../rules/pack-schema.js';
import type * as z from 'zod';
import { hitsOf, type JudgeContext } from '../context.js';
import { scopeName } from '../scope.js';
import { bySentence, detailOf, inScopeOf } from './describe.js';
import type { CheckOutcome, Fired } from './types.js';

export function reference(o: z.infer<typeof ReferenceCheck>, ctx: JudgeContext, fired: Fired): CheckOutcome {
  const candidates = bySentence(hitsOf(ctx, o.concept), fired, inScopeOf, o, ctx);
  return { passed: candidates.length > 0, candidates, detail: detailOf(o, asks, ctx, candidates) };
}

const asks = (o: z.infer<typeof ReferenceCheck>) => `reference to ${o.concept} in ${scopeName(o.scope)}`;
