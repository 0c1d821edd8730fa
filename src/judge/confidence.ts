/**
 * How sure the verdict is, 0..1, from the strength of its evidence. Deliberately simple so a reviewer
 * can retrace it: a base per status, a bonus for each sign of strength in the evidence, a cut when the
 * verdict needs review.
 *
 *   base: addressed 0.6, contradicted 0.6, weak 0.5 (0.4 when only implied by a mention), absent 0.7
 *   +0.15 the strongest evidence is binding          (a commitment, not a description)
 *   +0.10 the strongest evidence joins several concepts (the provision is about the element)
 *   +0.10 more than one sentence supports the status  (not a passing remark)
 *   x0.6  needs review                                 (a person has to look)
 */
import type { Evidence, Verdict } from './verdict.js';

const BASE: Record<Verdict['status'], number> = { addressed: 0.6, contradicted: 0.6, weak: 0.5, absent: 0.7 };

export function confidence(status: Verdict['status'], evidence: Evidence[], needsReview: boolean, implicit = false): number {
  let c = implicit ? 0.4 : BASE[status];
  const top = evidence[0];
  if (status !== 'absent' && top) {
    if (top.force === 'binding') c += 0.15;
    if (top.concepts.length >= 2) c += 0.1;
    if (evidence.filter((e) => e.supports === top.supports).length >= 2) c += 0.1;
  }
  if (needsReview) c *= 0.6;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}
