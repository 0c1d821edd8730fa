// STUB: replaced by the review-decisions work. Signature is the contract.
import type { AnnotatedDocument } from '../annotate/types.js';
import type { Verdict } from '../judge/verdict.js';
export type Decisions = { decisions: unknown[] };
export function applyDecisions(verdicts: Verdict[], _d: Decisions, _doc: AnnotatedDocument): { verdicts: Verdict[]; stale: Array<{ element: string; reason: string }> } {
  return { verdicts, stale: [] };
}
