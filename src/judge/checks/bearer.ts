/** Whether a sentence's bearer is one the check asks for. */
import type { Sentence } from '../../annotate/types.js';
import { oneOf } from './describe.js';

/** `wanted` as the pack states it: one bearer or several; any bearer when absent. */
export function bearerFits(sentence: Sentence, wanted: string | readonly string[] | undefined): boolean {
  if (wanted === undefined) return true;
  const b = sentence.bearer;
  if (!b) return false;
  if (oneOf(wanted, b)) return true;
  // "The Contracting Parties shall ..." binds each state, so it answers a check on either one.
  return b === 'both-states' && (oneOf(wanted, 'origin-state') || oneOf(wanted, 'destination-state'));
}

export function negatedHit(sentence: Sentence, tokenStart: number, tokenEnd: number): boolean {
  return sentence.negations.some(([from, to]) => from < tokenEnd && tokenStart < to);
}
