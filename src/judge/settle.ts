/**
 * When a sentence settles an element (corpus/GUIDE.md "addressed"): it stands in the operative text
 * (articles, annexes, protocols, letters), it commits (binding, or a plain declarative arrangement such
 * as a contract clause "Working hours: 8 per day"; a permission counts only when it is the worker's
 * right), and it is not left to national law. Each shortfall is a review reason.
 *
 * A force a check asks for explicitly, it gets: a check written with `force: [binding, permissive]`
 * takes a permission as settling ("the receiving State may authorise a change of employer"); the pack
 * author has decided that case. Scope is not waived: the preamble is weak at most, whatever a check
 * reads (corpus/GUIDE.md).
 */
import type { Sentence } from '../annotate/types.js';
import type { ReviewReason } from './verdict.js';

export type Shortfall = Extract<ReviewReason, 'only-preamble' | 'only-hedged' | 'only-conditioned'>;

/** The forces a check names in its options, if it names them. */
export interface Asked { forces?: string[] }

export function askedOf(options: { force?: string | string[] }): Asked {
  if (options.force === undefined) return {};
  return { forces: Array.isArray(options.force) ? options.force : [options.force] };
}

export function shortfalls(s: Sentence, asked: Asked = {}): Shortfall[] {
  const out: Shortfall[] = [];
  if (s.scope === 'preamble' || s.scope === 'definitions') out.push('only-preamble');
  if (!(asked.forces ? asked.forces.includes(s.force) : commits(s))) out.push('only-hedged');
  if (s.conditions.length > 0) out.push('only-conditioned');
  return out;
}

/** A heading ("Return and reintegration.") names a topic: it never settles, whatever force a check asks. */
export function settles(s: Sentence, asked: Asked = {}): boolean {
  // shortfalls(s, asked).length === 0, without building the list: the judge asks this of every hit.
  return !s.heading && s.scope !== 'preamble' && s.scope !== 'definitions'
    && (asked.forces ? asked.forces.includes(s.force) : commits(s)) && s.conditions.length === 0;
}

/** Sentences that may run against an element: a heading names a topic and runs against nothing. */
export function mayContradict(s: Sentence): boolean {
  return !s.heading;
}

function commits(s: Sentence): boolean {
  if (s.force === 'binding' || s.force === 'none') return true;
  return s.force === 'permissive' && s.bearer === 'worker';
}

/** The shortfalls shared by every supporting sentence: why a condition that holds still does not settle. */
export function sharedShortfalls(perSentence: Shortfall[][]): Shortfall[] {
  const order: Shortfall[] = ['only-preamble', 'only-hedged', 'only-conditioned'];
  const common = order.filter((r) => perSentence.length > 0 && perSentence.every((list) => list.includes(r)));
  // No shortfall common to all: give each one that occurs, so the reviewer sees what to weigh.
  return common.length > 0 ? common : order.filter((r) => perSentence.some((list) => list.includes(r)));
}
