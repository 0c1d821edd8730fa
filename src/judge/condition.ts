/** Evaluates an element's condition tree (`all` / `any` / `none` over checks), keeping a trace for `explain`. */
import type { Condition, Check } from '../rules/pack-schema.js';
import type { CheckTrace } from './verdict.js';
import { ADMIT_ALL, variant, type JudgeContext } from './context.js';
import { NO_CANDIDATES, runCheck, type FiredCandidate } from './checks/index.js';
import type { CheckPlan, Plan } from './plan.js';
import type { Asked } from './settle.js';
import type { Sentence } from '../annotate/types.js';
import { TraceRecord } from './records.js';

export interface ConditionResult {
  passed: boolean;
  /** Sentences that support the condition, tagged with the check kind that fired there. */
  candidates: FiredCandidate[];
  trace: CheckTrace[];
  /** A group's children's results, in order (narrow.ts reads them again on fewer sentences). */
  parts?: ConditionResult[];
}

/** Run a condition's plan (plan.ts) in a context: whether it holds, where, and a trace for `explain`. */
export function evaluate(plan: Plan, ctx: JudgeContext): ConditionResult {
  if (plan.op === 'check') return evaluateCheck(plan, ctx);
  if (plan.op === 'none') {
    // What a `none` excludes is excluded wherever it stands: a strict reading must not hide it.
    const inner = combine(plan.children, variant(ctx, ADMIT_ALL, admittingAll), 'some');
    return { passed: !inner.passed, candidates: [], trace: inner.trace, parts: undefined };
  }
  return combine(plan.children, ctx, plan.op);
}

/** `every` child passes, or `some` does; candidates of the children that passed, traces of all. Loops, not flatMap: judge runs this for every element five times. */
function combine(children: Plan[], ctx: JudgeContext, rule: 'every' | 'some'): ConditionResult {
  // One child: its result is the group's (a child that fails has no candidates).
  if (children.length === 1) return evaluate(children[0], ctx);
  return groupResult(children.map((c) => evaluate(c, ctx)), rule);
}

/** A group's result from its children's: `every` one passed, or `some`. */
export function groupResult(results: ConditionResult[], rule: 'every' | 'some'): ConditionResult {
  let passed = rule === 'every';
  for (const r of results) if (r.passed !== passed) { passed = !passed; break; }
  return { passed, candidates: passed ? joined(results, candidatesIfPassed) : [], trace: joined(results, traceOf), parts: results };
}

const candidatesIfPassed = (r: ConditionResult): FiredCandidate[] => (r.passed ? r.candidates : NO_CANDIDATES);
const traceOf = (r: ConditionResult): CheckTrace[] => r.trace;

/**
 * The lists of the results one after another. When one result alone has entries its list is the
 * answer (results are read, never written to): large packs hold many groups where only one child fires.
 */
function joined<T>(results: ConditionResult[], listOf: (r: ConditionResult) => T[]): T[] {
  let only: T[] | undefined;
  let nonEmpty = 0;
  for (const r of results) {
    const list = listOf(r);
    if (list.length > 0) { only = list; nonEmpty++; }
  }
  if (nonEmpty === 0) return [];
  if (nonEmpty === 1) return only!;
  const out: T[] = [];
  for (const r of results) for (const item of listOf(r)) out.push(item);
  return out;
}

/** Run one check of a plan in a context. */
export function evaluateCheck(plan: CheckPlan, ctx: JudgeContext): ConditionResult {
  // A context that takes every sentence takes them whatever the check asks: no need to tell it.
  const outcome = runCheck(plan, ctx.admitsAll ? ctx : variant(ctx, plan.asked, admittingAsked));
  const candidates = outcome.passed ? outcome.candidates : NO_CANDIDATES;
  return { passed: outcome.passed, candidates, trace: [new TraceRecord(plan.path, plan.kind, outcome.passed, outcome.detail)], parts: undefined };
}

const admittingAll = () => ({ admit: ADMIT_ALL, admitsAll: true });
const admittingAsked = (ctx: JudgeContext, asked: Asked) => ({ admit: (s: Sentence) => ctx.admit(s, asked) });

/** Every check of a condition tree, with concepts and scopes, for `searched`. */
export function checksIn(cond: Condition | undefined): Check[] {
  if (!cond) return [];
  if ('all' in cond) return cond.all.flatMap(checksIn);
  if ('any' in cond) return cond.any.flatMap(checksIn);
  if ('none' in cond) return [];
  return [cond as Check];
}
