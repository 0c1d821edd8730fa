/**
 * A condition read again on fewer sentences, from what it found on more. Judge asks of an element
 * whose addressed condition held whether it also holds on the sentences that settle (status.ts): the
 * same checks, each admitting only some of the sentences it admitted before. A check whose outcome is
 * the sentences it finds, each read on its own (HoldsOn), keeps those the narrower context admits: no
 * need to read its hits again. The others run again, and a `none` reads every sentence in either
 * reading. A large pack asks this for hundreds of elements in one text.
 */
import { evaluateCheck, groupResult, type ConditionResult } from './condition.js';
import { NO_CANDIDATES } from './checks/index.js';
import type { JudgeContext } from './context.js';
import type { CheckPlan, Plan } from './plan.js';
import { TraceRecord } from './records.js';

/**
 * `plan` in `narrower`, given `wider`, its result in a context that admits every sentence `narrower`
 * admits. Trace lines of checks not run again say no more than whether they hold: a narrower reading
 * is asked for its outcome, not for an account (JudgeContext.untraced).
 */
export function narrowed(plan: Plan, wider: ConditionResult, narrower: JudgeContext): ConditionResult {
  if (plan.op === 'check') return narrowedCheck(plan, wider, narrower);
  // What a `none` excludes, it excludes wherever it stands (condition.ts): the same in both readings.
  if (plan.op === 'none') return wider;
  if (plan.children.length === 1) return narrowed(plan.children[0], wider, narrower);
  const parts = wider.parts!;
  return groupResult(plan.children.map((child, i) => narrowed(child, parts[i], narrower)), plan.op);
}

function narrowedCheck(plan: CheckPlan, wider: ConditionResult, narrower: JudgeContext): ConditionResult {
  if (!plan.holdsOn) return evaluateCheck(plan, narrower);
  // Fewer sentences never make such a check hold where it did not.
  if (!wider.passed) return outcome(plan, false, NO_CANDIDATES);
  const kept = wider.candidates.filter((c) => narrower.admit(narrower.sentences[c.sentence], plan.asked));
  const passed = plan.holdsOn(plan.options, kept.length);
  return outcome(plan, passed, passed ? kept : NO_CANDIDATES);
}

function outcome(plan: CheckPlan, passed: boolean, candidates: ConditionResult['candidates']): ConditionResult {
  return { passed, candidates, trace: [new TraceRecord(plan.path, plan.kind, passed, '')], parts: undefined };
}
