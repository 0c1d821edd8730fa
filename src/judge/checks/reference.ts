/** `reference`: the text cites an instrument that the concept's patterns name (a convention, a law). */
import type { ReferenceCheck } from '../../rules/pack-schema.js';
import type * as z from 'zod';
import type { JudgeContext } from '../context.js';
import { scopeName } from '../scope.js';
import { inScopeOf, keptHits } from './describe.js';
import type { CheckOutcome, Fired } from './types.js';

export function reference(o: z.infer<typeof ReferenceCheck>, ctx: JudgeContext, fired: Fired): CheckOutcome {
  return keptHits(o, ctx, fired, inScopeOf, asks);
}

const asks = (o: z.infer<typeof ReferenceCheck>) => `reference to ${o.concept} in ${scopeName(o.scope)}`;
