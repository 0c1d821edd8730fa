/**
 * Clause boundaries inside a sentence, from the punctuation between tokens: a semicolon or colon, or a
 * comma followed by a conjunction ("..., and ..."). Negation scopes end there.
 */
import type { Token } from './types.js';

/** The text between token j-1 and token j (empty for j = 0). */
export function gapBefore(text: string, tokens: Token[], j: number): string {
  return j > 0 && j < tokens.length ? text.slice(tokens[j - 1].end, tokens[j].start) : '';
}

/**
 * For each token, the index of the first token of the next clause (or tokens.length). One backward
 * pass; `out` may be a longer buffer to reuse, of which the first tokens.length entries are written.
 */
export function clauseEnds(text: string, tokens: Token[], conjunctions: Set<string>, out?: Int32Array): Int32Array {
  const n = tokens.length;
  const ends = out ?? new Int32Array(n);
  let next = n;
  for (let i = n - 1; i >= 0; i--) {
    ends[i] = next;
    if (i > 0 && opensClause(text, tokens[i - 1].end, tokens[i], conjunctions)) next = i;
  }
  return ends;
}

/** Does the gap text[from, token.start) open a clause at token? Read in place: no gap string per token. */
function opensClause(text: string, from: number, token: Token, conjunctions: Set<string>): boolean {
  let comma = false;
  for (let k = from; k < token.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 59 || c === 58) return true; // ";" ":"
    if (c === 44) comma = true;
  }
  return comma && conjunctions.has(token.norm);
}
