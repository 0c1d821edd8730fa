/**
 * judge: hits → one verdict per element of the pack, in pack order. Each verdict says the status,
 * why (trace), where (evidence), how sure (confidence), and for absent or weak elements what was
 * searched and which provisions came closest.
 */
import type { AnnotatedDocument } from '../annotate/types.js';
import type { CompiledPack, Hit } from '../rules/index.js';
import type { Element } from '../rules/pack-schema.js';
import { confidence } from './confidence.js';
import { copyQuiet, copySearched, digestsOf, isQuiet, type ElementDigest } from './digest.js';
import { makeContext, unreadablePages, type JudgeContext } from './context.js';
import { buildEvidence } from './evidence.js';
import { indexProvisions, nearMisses, type ProvisionIndex } from './near-miss.js';
import { decide, type Decision } from './status.js';
import { VerdictRecord } from './records.js';
import { checkList } from '../lifetime.js';
import type { Evidence, ReviewReason, Verdict } from './verdict.js';

export * from './verdict.js';

export function judge(doc: AnnotatedDocument, hits: Hit[], compiled: CompiledPack): Verdict[] {
  const ctx = makeContext(doc, hits);
  const unreadable = unreadablePages(doc).length > 0;
  let index: ProvisionIndex | undefined;
  const provisionIndex = () => (index ??= indexProvisions(ctx));
  const digests = digestsOf(compiled);
  return compiled.pack.elements.map((element, i) => {
    const digest = digests[i];
    const decision = decideOn(element, ctx, digest);
    const reasons = reviewReasons(decision, ctx, unreadable);
    const evidence = decision.groups.length > 0 ? buildEvidence(ctx, decision.groups) : checkList<Evidence>();
    const needsReview = reasons.length > 0;
    const verdict: Verdict = new VerdictRecord(element.id, element.title, element.phase, element.level, decision.status, needsReview, reasons,
      confidence(decision.status, evidence, needsReview, decision.implicit), evidence, decision.trace);
    if (decision.status === 'absent' || decision.status === 'weak') {
      verdict.searched = copySearched(digest.searched);
      verdict.nearMisses = nearMisses(ctx, provisionIndex(), element, compiled);
    }
    return verdict;
  });
}

/** An element none of whose concepts occurs gets the decision it gets in any such text, worked out once. */
function decideOn(element: Element, ctx: JudgeContext, digest: ElementDigest): Decision {
  if (!isQuiet(digest, ctx)) return decide(element, ctx, digest.implicitConcepts);
  return copyQuiet((digest.quiet ??= decide(element, ctx, digest.implicitConcepts)));
}

/**
 * Reasons from the decision, plus two from the document: unreadable pages make a would-be absent
 * uncertain (the element may stand on a page we could not read), and a language without lexicon
 * means exact words only, so anything short of addressed may be a miss.
 */
function reviewReasons(decision: Decision, ctx: JudgeContext, unreadable: boolean): ReviewReason[] {
  const reasons = checkList<ReviewReason>();
  const add = (r: ReviewReason) => void (reasons.includes(r) || reasons.push(r));
  for (const r of decision.reasons) add(r);
  if (unreadable && decision.status === 'absent') add('unreadable-pages');
  if (ctx.doc.unsupportedLanguages.length > 0 && decision.status !== 'addressed') add('unsupported-language');
  return reasons;
}
