/**
 * How much each element and each status counts toward coverage.
 *
 * Levels: core and core-current elements weigh 2, good-practice 1. The core elements are the ones the
 * ILO model agreement and the UN Network guidance expect of every agreement, so missing one should cost
 * twice what a missing good practice costs; core-current (core under current guidance) is core.
 *
 * Statuses: addressed 1, weak 0.5 (touched but not settled: half the way), contradicted 0 and absent 0
 * (a contrary provision gives no coverage; it is reported, not subtracted, so a score stays in 0..1).
 */
import type { Verdict } from '../judge/verdict.js';

export const LEVEL_WEIGHT: Record<Verdict['level'], number> = { core: 2, 'core-current': 2, 'good-practice': 1 };
export const STATUS_VALUE: Record<Verdict['status'], number> = { addressed: 1, weak: 0.5, contradicted: 0, absent: 0 };

/**
 * The worst and best value a verdict could plausibly take once a reviewer has looked. Only
 * needs-review verdicts move:
 * - absent (unreadable pages, unsupported language): the element may stand unseen, up to addressed;
 * - weak: could be absent, or addressed once read properly;
 * - addressed: down to weak, or to contradicted when the evidence conflicts;
 * - contradicted: up to weak, or to addressed when the evidence conflicts.
 */
export function plausibleRange(v: Verdict): [number, number] {
  return [plausibleLow(v), plausibleHigh(v)];
}

/** The worst value of plausibleRange, without a pair: coverage asks it of every verdict three times. */
export function plausibleLow(v: Verdict): number {
  if (!v.needsReview) return STATUS_VALUE[v.status];
  return v.status === 'addressed' && !v.reasons.includes('conflicting-evidence') ? 0.5 : 0;
}

/** The best value of plausibleRange. */
export function plausibleHigh(v: Verdict): number {
  if (!v.needsReview) return STATUS_VALUE[v.status];
  return v.status === 'contradicted' && !v.reasons.includes('conflicting-evidence') ? 0.5 : 1;
}
