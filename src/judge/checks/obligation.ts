/** `obligation`: the concept stands in a sentence with the asked force (binding), polarity (affirmed) and bearer. */
import type { ObligationCheck } from '../../rules/pack-schema.js';
import type * as z from 'zod';
import { hitsOf, type JudgeContext } from '../context.js';
import { inScope, scopeName } from '../scope.js';
import { bearerFits } from './bearer.js';
import { bySentence, detailOf, list } from './describe.js';
import { hitPolarity } from './polarity.js';
import type { CheckOutcome, Fired } from './types.js';

/** The force an obligation asks for when it names none (read only). */
const BINDING: readonly string[] = ['binding'];

export function obligation(o: z.infer<typeof ObligationCheck>, ctx: JudgeContext, fired: Fired): CheckOutcome {
  const forces = list(o.force) ?? BINDING;
  const bearers = list(o.bearer);
  const polarity = o.polarity ?? 'affirmed';
  const conditioned = o.conditioned ?? true;
  const candidates = bySentence(hitsOf(ctx, o.concept), fired, (h) => {
    const s = ctx.sentences[h.sentence];
    return inScope(s.scope, o.scope) && forces.includes(s.force) && bearerFits(s, bearers)
      && hitPolarity(s, h) === polarity && (conditioned || s.conditions.length === 0);
  });
  return {
    passed: candidates.length > 0,
    candidates,
    describe: () => detailOf(o, asks, ctx, candidates),
  };
}

function asks(o: z.infer<typeof ObligationCheck>): string {
  let wanted = `${(list(o.force) ?? BINDING).join('|')}, ${o.polarity ?? 'affirmed'}`;
  if (o.bearer) wanted += `, bearer ${list(o.bearer)!.join('|')}`;
  if (!(o.conditioned ?? true)) wanted += ', unconditioned';
  return `obligation on ${o.concept} (${wanted}) in ${scopeName(o.scope)}`;
}
