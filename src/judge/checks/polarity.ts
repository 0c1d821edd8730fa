/** Whether a hit stands under a negation: its tokens lie in a negation span, or the sentence is negated without spans. */
import type { Sentence } from '../../annotate/types.js';
import type { Hit } from '../../rules/types.js';
import { negatedHit } from './bearer.js';

export function hitPolarity(sentence: Sentence, hit: Hit): 'affirmed' | 'negated' {
  if (negatedHit(sentence, hit.tokenStart, hit.tokenEnd)) return 'negated';
  // Without spans the sentence-level polarity is all we know; with spans, a hit outside them is affirmed
  // ("the worker shall not pay; the costs shall be borne by the employer").
  return sentence.polarity === 'negated' && sentence.negations.length === 0 ? 'negated' : 'affirmed';
}
