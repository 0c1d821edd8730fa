/** `obligation`: the concept stands in a sentence with the asked force (binding), polarity (affirmed) and bearer. */
import type { ObligationCheck } from '../../rules/pack-schema.js';
import type { Hit } from '../../rules/types.js';
import type * as z from 'zod';
import { hitsOf, type JudgeContext } from '../context.js';
import { inScope, scopeName } from '../scope.js';
import { bearerFits } from './bearer.js';
import { bySentence, detailOf, list } from './describe.js';
import { hitPolarity } from './polarity.js';
import type { CheckOutcome, Fired } from './types.js';

/** The force an obligation asks for when it names none (read only). */
const BINDING: readonly string[] = ['binding'];

type ObligationOptions = z.infer<typeof ObligationCheck>;

export function obligation(o: ObligationOptions, ctx: JudgeContext, fired: Fired): CheckOutcome {
  const candidates = bySentence(hitsOf(ctx, o.concept), fired, binds, o, ctx);
  return { passed: candidates.length > 0, candidates, detail: detailOf(o, asks, ctx, candidates) };
}

/** Whether a hit stands where the obligation asks: scope, force, bearer, polarity, and unconditioned if asked. */
function binds(h: Hit, o: ObligationOptions, ctx: JudgeContext): boolean {
  const s = ctx.sentences[h.sentence];
  return inScope(s.scope, o.scope) && (list(o.force) ?? BINDING).includes(s.force) && bearerFits(s, list(o.bearer))
    && hitPolarity(s, h) === (o.polarity ?? 'affirmed') && ((o.conditioned ?? true) || s.conditions.length === 0);
}

function asks(o: ObligationOptions): string {
  let wanted = `${(list(o.force) ?? BINDING).join('|')}, ${o.polarity ?? 'affirmed'}`;
  if (o.bearer) wanted += `, bearer ${list(o.bearer)!.join('|')}`;
  if (!(o.conditioned ?? true)) wanted += ', unconditioned';
  return `obligation on ${o.concept} (${wanted}) in ${scopeName(o.scope)}`;
}
