/** score: verdicts → coverage overall, by phase and by level, with a range when some need review. */
import type { Verdict } from '../judge/verdict.js';
import type { Coverage, Scores } from './report.js';
import { LEVEL_WEIGHT, STATUS_VALUE, plausibleHigh, plausibleLow } from './weights.js';

export * from './report.js';
export { LEVEL_WEIGHT, STATUS_VALUE, plausibleRange } from './weights.js';

export function score(verdicts: Verdict[]): Scores {
  return {
    overall: coverage(verdicts),
    byPhase: groupCoverage(verdicts, (v) => v.phase),
    byLevel: groupCoverage(verdicts, (v) => v.level),
  };
}

/** Weighted mean of status values; min and max take every needs-review verdict at its worst and best. */
export function coverage(verdicts: Verdict[]): Coverage {
  let weight = 0, value = 0, low = 0, high = 0;
  for (const v of verdicts) {
    const w = LEVEL_WEIGHT[v.level];
    weight += w;
    value += w * STATUS_VALUE[v.status];
    low += w * plausibleLow(v);
    high += w * plausibleHigh(v);
  }
  const share = (x: number) => (weight === 0 ? 0 : round(x / weight));
  return { score: share(value), min: share(low), max: share(high), counts: counts(verdicts) };
}

function counts(verdicts: Verdict[]): Coverage['counts'] {
  const c = { addressed: 0, weak: 0, contradicted: 0, absent: 0, needsReview: 0 };
  for (const v of verdicts) {
    c[v.status]++;
    if (v.needsReview) c.needsReview++;
  }
  return c;
}

function groupCoverage(verdicts: Verdict[], key: (v: Verdict) => string): Record<string, Coverage> {
  const groups = new Map<string, Verdict[]>();
  for (const v of verdicts) {
    const k = key(v);
    const group = groups.get(k);
    if (group) group.push(v); else groups.set(k, [v]);
  }
  return Object.fromEntries([...groups].map(([k, vs]) => [k, coverage(vs)]));
}

/** Four decimals: enough for a percentage with two, and stable across runs. */
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
