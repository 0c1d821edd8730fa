/** The six check kinds, each a small function of its options and the judge context (like axe-core's checks). */
import type { Check, CheckKind } from '../../rules/pack-schema.js';
import type { JudgeContext } from '../context.js';
import { mentions } from './mentions.js';
import { near } from './near.js';
import { obligation } from './obligation.js';
import { prohibition } from './prohibition.js';
import { reference } from './reference.js';
import { number } from './number.js';
import type { CheckOutcome } from './types.js';

export type { Candidate, CheckOutcome, FiredCandidate } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const checks: Record<CheckKind, (options: any, ctx: JudgeContext) => CheckOutcome> = {
  mentions, near, obligation, prohibition, reference, number,
};

export function kindOf(check: Check): CheckKind {
  return Object.keys(check)[0] as CheckKind;
}

/** Run a check of a kind already known (plan.ts): finding the kind is a look at the check's keys. */
export function runCheck(check: Check, kind: CheckKind, ctx: JudgeContext): CheckOutcome {
  return checks[kind]((check as Record<string, unknown>)[kind], ctx);
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
