/** Evaluates an element's condition tree (`all` / `any` / `none` over checks), keeping a trace for `explain`. */
import type { Condition, Check } from '../rules/pack-schema.js';
import type { CheckTrace } from './verdict.js';
import { ADMIT_ALL, type JudgeContext } from './context.js';
import { kindOf, runCheck, type FiredCandidate } from './checks/index.js';
import { askedOf } from './settle.js';

export interface ConditionResult {
  passed: boolean;
  /** Sentences that support the condition, tagged with the check kind that fired there. */
  candidates: FiredCandidate[];
  trace: CheckTrace[];
}

export function evaluate(cond: Condition, ctx: JudgeContext, path: string): ConditionResult {
  if ('all' in cond) return combine(cond.all, ctx, `${path}.all`, 'every');
  if ('any' in cond) return combine(cond.any, ctx, `${path}.any`, 'some');
  if ('none' in cond) {
    // What a `none` excludes is excluded wherever it stands: a strict reading must not hide it.
    const inner = combine(cond.none, { ...ctx, admit: ADMIT_ALL, admitsAll: true }, `${path}.none`, 'some');
    return { passed: !inner.passed, candidates: [], trace: inner.trace };
  }
  return evaluateCheck(cond as Check, ctx, path);
}

/** `every` child passes, or `some` does; candidates of the children that passed, traces of all. Loops, not flatMap: judge runs this for every element five times. */
function combine(children: Condition[], ctx: JudgeContext, path: string, rule: 'every' | 'some'): ConditionResult {
  const results = children.map((c, i) => evaluate(c, ctx, `${path}[${i}]`));
  let passed = rule === 'every';
  for (const r of results) if (r.passed !== passed) { passed = !passed; break; }
  const candidates: FiredCandidate[] = [];
  const trace: CheckTrace[] = [];
  for (const r of results) {
    if (passed && r.passed) for (const c of r.candidates) candidates.push(c);
    for (const t of r.trace) trace.push(t);
  }
  return { passed, candidates, trace };
}

function evaluateCheck(check: Check, ctx: JudgeContext, path: string): ConditionResult {
  const kind = kindOf(check);
  const asked = askedOf((check as Record<string, { force?: string | string[] }>)[kind]);
  // A context that takes every sentence takes them whatever the check asks: no need to tell it.
  const outcome = runCheck(check, ctx.admitsAll ? ctx : { ...ctx, admit: (s) => ctx.admit(s, asked) });
  // Named fields, not a spread: spreading every candidate of every check was a tenth of judge's time.
  const candidates = outcome.passed ? outcome.candidates.map((c): FiredCandidate => ({ sentence: c.sentence, hits: c.hits, spans: c.spans, kind, asked })) : [];
  return { passed: outcome.passed, candidates, trace: [{ path: `${path}.${kind}`, kind, passed: outcome.passed, detail: ctx.untraced ? '' : outcome.describe() }] };
}

/** Every check of a condition tree, with concepts and scopes, for `searched`. */
export function checksIn(cond: Condition | undefined): Check[] {
  if (!cond) return [];
  if ('all' in cond) return cond.all.flatMap(checksIn);
  if ('any' in cond) return cond.any.flatMap(checksIn);
  if ('none' in cond) return [];
  return [cond as Check];
}
