/** Which verdicts the list shows: by status, phase, needs-review flag and words in title or id. */
import type { Verdict } from '../judge/verdict.js';
import type { ElementStatus } from '../rules/pack-schema.js';

export interface VerdictFilter {
  status?: ElementStatus | '';
  phase?: string;
  needsReviewOnly?: boolean;
  /** Words that must all appear in the element's title or id (case and accents ignored). */
  words?: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesFilter(v: Verdict, f: VerdictFilter): boolean {
  if (f.status && v.status !== f.status) return false;
  if (f.phase && v.phase !== f.phase) return false;
  if (f.needsReviewOnly && !v.needsReview) return false;
  const words = fold(f.words ?? '').split(/\s+/).filter(Boolean);
  const hay = fold(`${v.title} ${v.element}`);
  return words.every((w) => hay.includes(w));
}

export function phasesOf(verdicts: Verdict[]): string[] {
  return [...new Set(verdicts.map((v) => v.phase))].sort();
}
