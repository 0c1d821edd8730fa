/**
 * The status decision of rules/README.md "How a status is decided", in order:
 * 1. contradicted, when its condition holds and addressed does not; when both hold the contrary side
 *    wins only if it settles (binding, operative) and the protective side does not; conflicting-evidence.
 * 2. addressed, when its condition holds in sentences that settle (see settle.ts); when it holds only
 *    in hedged, preamble or conditioned sentences: weak, with those shortfalls as review reasons.
 * 3. weak, when its condition holds.
 * 4. implicit weak: a concept of the addressed or weak condition is mentioned anywhere.
 * 5. absent.
 */
import type { Element } from '../rules/pack-schema.js';
import type { ElementStatus } from '../rules/pack-schema.js';
import { checksIn, evaluate, type ConditionResult } from './condition.js';
import { conceptsOf, type FiredCandidate } from './checks/index.js';
import { found } from './checks/describe.js';
import { variant, type JudgeContext } from './context.js';
import { plansOf, type ElementPlans } from './plan.js';
import { narrowed } from './narrow.js';
import type { EvidenceGroup } from './evidence.js';
import { mayContradict, settles, sharedShortfalls, shortfalls, type Asked } from './settle.js';
import type { Sentence } from '../annotate/types.js';
import type { CheckTrace, ReviewReason } from './verdict.js';
import { TraceRecord } from './records.js';

export interface Decision {
  status: ElementStatus;
  reasons: ReviewReason[];
  /** Supporting sentences, the final status's first. */
  groups: EvidenceGroup[];
  trace: CheckTrace[];
  /** Weak only because a concept is mentioned somewhere (rule 4). */
  implicit: boolean;
}

const NEVER: ConditionResult = { passed: false, candidates: [], trace: [], parts: undefined };

export function decide(element: Element, ctx: JudgeContext, implicitConcepts = elementConcepts(element)): Decision {
  const plans = plansOf(element);
  const run = (which: keyof ElementPlans, c: JudgeContext = ctx) => {
    const plan = plans[which];
    return plan ? evaluate(plan, c) : NEVER;
  };
  // Read again on the sentences that settle, from what it found on more (narrow.ts): in judge's own
  // context, which admits every sentence, both the addressed and the contrary run (every sentence but
  // headings, which never settle) admitted every sentence that settles.
  const strictly = (which: keyof ElementPlans, wider: ConditionResult) => {
    const plan = plans[which]!;
    return ctx.admitsAll ? narrowed(plan, wider, settling(ctx)) : evaluate(plan, settling(ctx));
  };
  const addressed = run('addressed');
  // Settling sentences are asked for only where the addressed condition or one of its checks held:
  // otherwise neither the status nor the trace reads them.
  const settled = addressed.passed || addressed.trace.some((t) => t.passed) ? strictly('addressed', addressed) : NEVER;
  const weak = run('weak');
  const contrary = run('contradicted', variant(ctx, mayContradict, contradicting));
  const contrarySettles = contrary.passed && strictly('contradicted', contrary).passed;
  // Joined by concat, a list of its own size: the verdict keeps it (a pushed list keeps room to grow).
  const trace = withSettling(addressed.trace, settled.trace).concat(weak.trace, contrary.trace);
  const decision = (status: ElementStatus, reasons: ReviewReason[], groups: EvidenceGroup[], implicit = false, account = trace): Decision =>
    ({ status, reasons, groups: groups.filter((g) => g.candidates.length > 0), trace: account, implicit });

  // Worked out only where the addressed condition held: most elements of a large pack never get here.
  const protective = () => (settled.passed ? settled.candidates : addressed.candidates);
  const protectiveStatus = settled.passed ? 'addressed' : 'weak';
  const shortfalls = () => (settled.passed ? [] : shortfallsOf(ctx, addressed.candidates));
  const rest = () => restOf(addressed.candidates, protective());

  if (contrary.passed) {
    if (!addressed.passed) {
      const why = contrarySettles ? [] : shortfallsOf(ctx, contrary.candidates);
      return decision('contradicted', why, [{ supports: 'contradicted', candidates: contrary.candidates }]);
    }
    if (contrarySettles && !settled.passed) {
      return decision('contradicted', ['conflicting-evidence'], [
        { supports: 'contradicted', candidates: contrary.candidates },
        { supports: 'weak', candidates: addressed.candidates },
      ]);
    }
    return decision(protectiveStatus, ['conflicting-evidence', ...shortfalls()], [
      { supports: protectiveStatus, candidates: protective() },
      { supports: protectiveStatus, candidates: rest() },
      { supports: 'contradicted', candidates: contrary.candidates },
    ]);
  }
  if (addressed.passed) {
    return decision(protectiveStatus, shortfalls(), [
      { supports: protectiveStatus, candidates: protective() },
      { supports: protectiveStatus, candidates: rest() },
    ]);
  }
  if (weak.passed) return decision('weak', [], [{ supports: 'weak', candidates: weak.candidates }]);
  const concepts = implicitConcepts;
  const mentioned = mentionsOf(concepts, ctx);
  const account = concepts.length > 0 ? trace.concat(implicitTrace(ctx, concepts, mentioned)) : trace;
  if (mentioned.length > 0) return decision('weak', [], [{ supports: 'weak', candidates: mentioned }], true, account);
  return decision('absent', [], [], false, account);
}

/** Only sentences that settle, for the strict re-runs, whose trace details are thrown away. */
function settling(ctx: JudgeContext): JudgeContext {
  return variant(ctx, settles, settlingOnly);
}

const settlingOnly = () => ({ admit: settles, admitsAll: false, untraced: true });

/** Sentences that may run against the element, among those the context admits. */
const contradicting = (ctx: JudgeContext) => ({ admit: (s: Sentence, asked?: Asked) => mayContradict(s) && ctx.admit(s, asked), admitsAll: false });

/** Add to each addressed check's account whether it also holds in sentences that settle; a new list, for the element's trace. */
function withSettling(trace: CheckTrace[], strict: CheckTrace[]): CheckTrace[] {
  return trace.map((t, i) => {
    const s = strict[i];
    if (!t.passed || !s || s.passed || s.path !== t.path || t.path.includes('.none')) return t;
    return new TraceRecord(t.path, t.kind, t.passed, `${t.detail}; none binding, unconditioned and operative`);
  });
}

function restOf(all: FiredCandidate[], taken: FiredCandidate[]): FiredCandidate[] {
  const seen = new Set(taken.map((c) => c.sentence));
  return all.filter((c) => !seen.has(c.sentence));
}

function shortfallsOf(ctx: JudgeContext, candidates: FiredCandidate[]) {
  return sharedShortfalls(candidates.map((c) => shortfalls(ctx.sentences[c.sentence], c.asked)));
}

/** Concepts of the addressed and weak conditions; their mentions anywhere imply weak (rule 4). */
export function elementConcepts(element: Element): string[] {
  return [...new Set([element.addressed, element.weak].flatMap(checksIn).flatMap(conceptsOf))];
}

/** Rule 4 in the trace, so `explain` shows why an element no check reached is still weak (or what absence rests on). */
function implicitTrace(ctx: JudgeContext, concepts: string[], mentioned: FiredCandidate[]): CheckTrace {
  return new TraceRecord('implicit.mentions', 'mentions', mentioned.length > 0, `implicit weak: mentions ${concepts.join(' | ')} anywhere: ${found(ctx, mentioned)}`);
}

function mentionsOf(concepts: string[], ctx: JudgeContext): FiredCandidate[] {
  const out = new Map<number, FiredCandidate>();
  for (const concept of concepts) {
    for (const h of ctx.hitsByConcept.get(concept) ?? []) {
      const c = out.get(h.sentence);
      if (c) c.hits.push(h); else out.set(h.sentence, { sentence: h.sentence, hits: [h], kind: 'mentions', asked: {} });
    }
  }
  return [...out.values()].sort((a, b) => a.sentence - b.sentence);
}
