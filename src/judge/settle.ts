/**
 * When a sentence settles an element (corpus/GUIDE.md "addressed"): it stands in the operative text
 * (articles, annexes, protocols, letters), it commits (binding, or a plain declarative arrangement such
 * as a contract clause "Working hours: 8 per day"; a permission counts only when it is the worker's
 * right), and it is not left to national law. Each shortfall is a review reason.
 */
import type { Sentence } from '../annotate/types.js';
import type { ReviewReason } from './verdict.js';

export type Shortfall = Extract<ReviewReason, 'only-preamble' | 'only-hedged' | 'only-conditioned'>;

export function shortfalls(s: Sentence): Shortfall[] {
  const out: Shortfall[] = [];
  if (s.scope === 'preamble' || s.scope === 'definitions') out.push('only-preamble');
  if (!commits(s)) out.push('only-hedged');
  if (s.conditions.length > 0) out.push('only-conditioned');
  return out;
}

export function settles(s: Sentence): boolean {
  return shortfalls(s).length === 0;
}

function commits(s: Sentence): boolean {
  if (s.force === 'binding' || s.force === 'none') return true;
  return s.force === 'permissive' && s.bearer === 'worker';
}

/** The shortfalls shared by every sentence: why a condition that holds still does not settle. */
export function sharedShortfalls(sentences: Sentence[]): Shortfall[] {
  const per = sentences.map(shortfalls);
  const order: Shortfall[] = ['only-preamble', 'only-hedged', 'only-conditioned'];
  const common = order.filter((r) => per.length > 0 && per.every((list) => list.includes(r)));
  // No shortfall common to all: give each one that occurs, so the reviewer sees what to weigh.
  return common.length > 0 ? common : order.filter((r) => per.some((list) => list.includes(r)));
}
