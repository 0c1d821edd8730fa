/**
 * Clause boundaries inside a sentence, from the punctuation between tokens: a semicolon or colon, or a
 * comma followed by a conjunction ("..., and ..."). Negation scopes end there.
 */
import type { Token } from './types.js';
import { endOf, startOf } from './spans.js';

/** The text between token j-1 and token j of a sentence with these spans (empty for j = 0). */
export function gapBefore(text: string, spans: Int32Array, j: number): string {
  return j > 0 && 2 * j < spans.length ? text.slice(endOf(spans, j - 1), startOf(spans, j)) : '';
}

/**
 * For each token, the index of the first token of the next clause (or tokens.length). One backward
 * pass; `out` may be a longer buffer to reuse, of which the first tokens.length entries are written.
 */
export function clauseEnds(text: string, tokens: Token[], spans: Int32Array, conjunctions: Set<string>, out?: Int32Array): Int32Array {
  const n = tokens.length;
  const ends = out ?? new Int32Array(n);
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    ends[i] = next;
    if (i > 0 && opensClause(text, endOf(spans, i - 1), startOf(spans, i), tokens[i], conjunctions)) next = i;
  }
  return ends;
}

/** Does the gap text[from, to) open a clause at token? Read in place: no gap string per token. */
function opensClause(text: string, from: number, to: number, token: Token, conjunctions: Set<string>): boolean {
  let comma = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 59 || c === 58) return true; // ";" ":"
    if (c === 44) comma = true;
  }
  return comma && conjunctions.has(token.norm);
}
