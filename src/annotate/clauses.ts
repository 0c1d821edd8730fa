/**
 * Clause boundaries inside a sentence, from the punctuation between tokens: a semicolon or colon, or a
 * comma followed by a conjunction ("..., and ..."). Negation scopes end there.
 */
import type { Token } from './types.js';

/** The text between token j-1 and token j (empty for j = 0). */
export function gapBefore(text: string, tokens: Token[], j: number): string {
  return j > 0 && j < tokens.length ? text.slice(tokens[j - 1].end, tokens[j].start) : '';
}

/** For each token, the index of the first token of the next clause (or tokens.length). One backward pass. */
export function clauseEnds(text: string, tokens: Token[], conjunctions: Set<string>): Int32Array {
  const n = tokens.length;
  const ends = new Int32Array(n);
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    ends[i] = next;
    if (i > 0 && opensClause(gapBefore(text, tokens, i), tokens[i], conjunctions)) next = i;
  }
  return ends;
}

function opensClause(gap: string, token: Token, conjunctions: Set<string>): boolean {
  if (gap.includes(';') || gap.includes(':')) return true;
  return gap.includes(',') && conjunctions.has(token.norm);
}
