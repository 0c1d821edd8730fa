/** Whether a sentence's bearer is one the check asks for. */
import type { Sentence } from '../../annotate/types.js';

export function bearerFits(sentence: Sentence, wanted: readonly string[] | undefined): boolean {
  if (!wanted) return true;
  const b = sentence.bearer;
  if (!b) return false;
  if (wanted.includes(b)) return true;
  // "The Contracting Parties shall ..." binds each state, so it answers a check on either one.
  return b === 'both-states' && (wanted.includes('origin-state') || wanted.includes('destination-state'));
}

export function negatedHit(sentence: Sentence, tokenStart: number, tokenEnd: number): boolean {
  return sentence.negations.some(([from, to]) => from < tokenEnd && tokenStart < to);
}
