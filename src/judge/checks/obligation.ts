/** `obligation`: the concept stands in a sentence with the asked force (binding), polarity (affirmed) and bearer. */
import type { ObligationCheck } from '../../rules/pack-schema.js';
import type { Hit } from '../../rules/types.js';
import type * as z from 'zod';
import type { JudgeContext } from '../context.js';
import { inScope, scopeName } from '../scope.js';
import { bearerFits } from './bearer.js';
import { keptHits, list, oneOf } from './describe.js';
import { hitPolarity } from './polarity.js';
import type { CheckOutcome, Fired } from './types.js';

/** The force an obligation asks for when it names none (read only). */
const BINDING: readonly string[] = ['binding'];

type ObligationOptions = z.infer<typeof ObligationCheck>;

export function obligation(o: ObligationOptions, ctx: JudgeContext, fired: Fired): CheckOutcome {
  return keptHits(o, ctx, fired, binds, asks);
}

/** Whether a hit stands where the obligation asks: scope, force, bearer, polarity, and unconditioned if asked. */
function binds(h: Hit, o: ObligationOptions, ctx: JudgeContext): boolean {
  const s = ctx.sentences[h.sentence];
  return inScope(s.scope, o.scope) && oneOf(o.force ?? BINDING, s.force) && bearerFits(s, o.bearer)
    && hitPolarity(s, h) === (o.polarity ?? 'affirmed') && ((o.conditioned ?? true) || s.conditions.length === 0);
}

function asks(o: ObligationOptions): string {
  let wanted = `${(list(o.force) ?? BINDING).join('|')}, ${o.polarity ?? 'affirmed'}`;
  if (o.bearer) wanted += `, bearer ${list(o.bearer)!.join('|')}`;
  if (!(o.conditioned ?? true)) wanted += ', unconditioned';
  return `obligation on ${o.concept} (${wanted}) in ${scopeName(o.scope)}`;
}
