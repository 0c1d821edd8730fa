/** The six check kinds, each a small function of its options and the judge context (like axe-core's checks). */
import type { Check, CheckKind } from '../../rules/pack-schema.js';
import type { JudgeContext } from '../context.js';
import { mentions } from './mentions.js';
import { near } from './near.js';
import { obligation } from './obligation.js';
import { prohibition } from './prohibition.js';
import { reference } from './reference.js';
import { number } from './number.js';
import type { CheckFn, CheckOutcome, Fired, HoldsOn } from './types.js';
import { mentionsHoldOn } from './mentions.js';
import { keptHoldOn } from './describe.js';

export type { Candidate, CheckOutcome, Fired, FiredCandidate } from './types.js';
export { NO_CANDIDATES } from './describe.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const checks: Record<CheckKind, (options: any, ctx: JudgeContext, fired: Fired) => CheckOutcome> = {
  mentions, near, obligation, prohibition, reference, number,
};

/**
 * The kinds whose outcome is the sentences they find, each read on its own: `near` reads how hits
 * stand together in a provision and `number` reads every sentence's quantities, so they have none and
 * are run again on fewer sentences.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const holding: Partial<Record<CheckKind, HoldsOn<any>>> = {
  mentions: mentionsHoldOn, obligation: keptHoldOn, prohibition: keptHoldOn, reference: keptHoldOn,
};

export function kindOf(check: Check): CheckKind {
  return Object.keys(check)[0] as CheckKind;
}

/**
 * A check with what is worked out once per condition (plan.ts): its kind, the forces it names, its
 * options and the function that runs it, so no run looks either up by the kind's name.
 */
export interface CheckRun extends Fired { options: unknown; runs: CheckFn<unknown>; holdsOn?: HoldsOn<unknown> }

/** A check's kind, the options it states, the function that runs it and, where it has one, its HoldsOn. */
export function runnerOf(check: Check): Pick<CheckRun, 'kind' | 'options' | 'runs' | 'holdsOn'> {
  const kind = kindOf(check);
  return { kind, options: (check as Record<string, unknown>)[kind], runs: checks[kind], holdsOn: holding[kind] };
}

/** Run a check; its candidates carry its kind and the forces it asked for. */
export function runCheck(run: CheckRun, ctx: JudgeContext): CheckOutcome {
  return run.runs(run.options, ctx, run);
}

/** Concept ids a check looks for. */
export function conceptsOf(check: Check): string[] {
  const o = (check as Record<string, { concept?: string; concepts?: string[] }>)[kindOf(check)];
  return o.concepts ?? (o.concept ? [o.concept] : []);
}

/** The scope a check reads ('operative' when it says nothing). */
export function scopeOf(check: Check): string {
  return (check as Record<string, { scope?: string }>)[kindOf(check)].scope ?? 'operative';
}
