/** What a check returns: whether it passed, the sentences that support it, and a line for `explain`. */
import type { Hit } from '../../rules/types.js';
import type { CheckKind } from '../../rules/pack-schema.js';
import type { JudgeContext } from '../context.js';
import type { Asked } from '../settle.js';

/** One supporting sentence, with the hits that made the check fire there. */
export interface Candidate {
  sentence: number;
  hits: Hit[];
  /** Extra char ranges worth keeping in a trimmed quote (quantities the number check read). */
  spans?: Array<{ start: number; end: number }>;
}

export interface CheckOutcome {
  passed: boolean;
  /** Made as the running check's own (`Fired`), so the condition that ran it passes them on as they are. */
  candidates: FiredCandidate[];
  /** What was asked and found, for the trace; '' where the trace is thrown away (JudgeContext.untraced). */
  detail: string;
}

export type CheckFn<O> = (options: O, ctx: JudgeContext, fired: Fired) => CheckOutcome;

/**
 * Whether a check that held still holds on `kept` of the sentences that supported it, for the checks
 * whose outcome is those sentences and nothing else: read on fewer sentences, such a check keeps the
 * ones it found there (src/judge/narrow.ts).
 */
export type HoldsOn<O> = (options: O, kept: number) => boolean;

/** Whether a check keeps a hit, from the hit, the check's options and the context: a plain function, not a closure made per run. */
export type Keep<O> = (hit: Hit, options: O, ctx: JudgeContext) => boolean;

export interface FiredCandidate extends Candidate {
  kind: CheckKind;
  /** The forces the check named, which decide whether this sentence settles. */
  asked: Asked;
}

/** What a check's candidates carry of the check that found them. */
export type Fired = Pick<FiredCandidate, 'kind' | 'asked'>;
