/**
 * judge: hits → one verdict per element of the pack, in pack order. Each verdict says the status,
 * why (trace), where (evidence), how sure (confidence), and for absent or weak elements what was
 * searched and which provisions came closest.
 */
import type { AnnotatedDocument } from '../annotate/types.js';
import type { CompiledPack, Hit } from '../rules/index.js';
import type { Element } from '../rules/pack-schema.js';
import { checksIn } from './condition.js';
import { conceptsOf, scopeOf } from './checks/index.js';
import { confidence } from './confidence.js';
import { makeContext, unreadablePages, type JudgeContext } from './context.js';
import { buildEvidence } from './evidence.js';
import { indexProvisions, nearMisses, type ProvisionIndex } from './near-miss.js';
import { decide, type Decision } from './status.js';
import type { ReviewReason, Verdict } from './verdict.js';

export * from './verdict.js';

export function judge(doc: AnnotatedDocument, hits: Hit[], compiled: CompiledPack): Verdict[] {
  const ctx = makeContext(doc, hits);
  const unreadable = unreadablePages(doc).length > 0;
  let index: ProvisionIndex | undefined;
  const provisionIndex = () => (index ??= indexProvisions(ctx));
  return compiled.pack.elements.map((element) => {
    const decision = decide(element, ctx);
    const reasons = reviewReasons(decision, ctx, unreadable);
    const evidence = buildEvidence(ctx, decision.groups);
    const needsReview = reasons.length > 0;
    const verdict: Verdict = {
      element: element.id,
      title: element.title,
      phase: element.phase,
      level: element.level,
      status: decision.status,
      needsReview,
      reasons,
      confidence: confidence(decision.status, evidence, needsReview, decision.implicit),
      evidence,
      trace: decision.trace,
    };
    if (decision.status === 'absent' || decision.status === 'weak') {
      verdict.searched = searched(element);
      verdict.nearMisses = nearMisses(ctx, provisionIndex(), element, compiled);
    }
    return verdict;
  });
}

/**
 * Reasons from the decision, plus two from the document: unreadable pages make a would-be absent
 * uncertain (the element may stand on a page we could not read), and a language without lexicon
 * means exact words only, so anything short of addressed may be a miss.
 */
function reviewReasons(decision: Decision, ctx: JudgeContext, unreadable: boolean): ReviewReason[] {
  const reasons = new Set<ReviewReason>(decision.reasons);
  if (unreadable && decision.status === 'absent') reasons.add('unreadable-pages');
  if (ctx.doc.unsupportedLanguages.length > 0 && decision.status !== 'addressed') reasons.add('unsupported-language');
  return [...reasons];
}

function searched(element: Element): NonNullable<Verdict['searched']> {
  const checks = [element.addressed, element.weak, element.contradicted].flatMap(checksIn);
  const scopes = new Set(checks.map(scopeOf));
  // Implicit weak looks for the concepts everywhere.
  if (checks.length > 0) scopes.add('any');
  return { scopes: [...scopes], concepts: [...new Set(checks.flatMap(conceptsOf))] };
}
