/**
 * Pattern text → its expanded sequences, remembered: a pack's patterns are expanded once when it is
 * validated and again when it is compiled, and start-up pays for both. Sequences are shared: read only.
 */
import { parsePattern } from '../../pattern/parse.js';
import { expandPattern, type Step } from './expand.js';

const cache = new Map<string, Step[][]>();
/** Enough for several packs; a flood of distinct patterns only clears it. */
const MAX_ENTRIES = 50_000;

/** expandPattern(parsePattern(text)), throwing the same errors; failures are not remembered. */
export function expandedPattern(text: string): Step[][] {
  let sequences = cache.get(text);
  if (!sequences) {
    sequences = expandPattern(parsePattern(text));
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(text, sequences);
  }
  return sequences;
}
