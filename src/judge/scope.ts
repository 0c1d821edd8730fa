/**
 * Where a check looks. A check without `scope` reads the operative text: articles, annexes,
 * protocols, exchanged letters; everything but the preamble and the definitions.
 */
import type { Scope } from '../structure/types.js';

export type CheckScope = Scope | 'any';

export function inScope(sentenceScope: Scope, scope: CheckScope | undefined): boolean {
  const wanted = scope ?? 'operative';
  if (wanted === 'any') return true;
  // 'operative' in a pack means the whole body of the agreement, annexes included (rules/README.md).
  if (wanted === 'operative') return sentenceScope === 'operative' || sentenceScope === 'annex';
  return sentenceScope === wanted;
}

/** How a scope reads in a trace or a `searched` list. */
export function scopeName(scope: CheckScope | undefined): string {
  return scope ?? 'operative';
}
