/**
 * Pattern text → its expanded sequences, kept from a pack's validation until its compilation: both
 * expand every pattern, and start-up would pay twice. Compilation takes what validation left, so
 * nothing stays once the pack is compiled. When every expansion stayed for good, a large pack left
 * tens of megabytes of small arrays in the heap (82 MB for one ten times the built-in pack), and
 * every garbage collection after it paid for them: a check of 100 kB with that pack took 36 ms
 * instead of 23. Sequences are shared: read only.
 */
import { parsePattern } from '../../pattern/parse.js';
import { expandPattern, type Step } from './expand.js';

const waiting = new Map<string, Step[][]>();
/** Enough for several packs validated before they are compiled; a flood of distinct patterns only clears it. */
const MAX_WAITING = 50_000;

/** expandPattern(parsePattern(text)), kept for the compilation that follows validation. Throws the same errors; failures are not kept. */
export function expandedPattern(text: string): Step[][] {
  let sequences = waiting.get(text);
  if (!sequences) {
    sequences = expandPattern(parsePattern(text));
    if (waiting.size >= MAX_WAITING) waiting.clear();
    waiting.set(text, sequences);
  }
  return sequences;
}

/** The same sequences for compilation: what validation kept is handed over and no longer held here. */
export function takeExpandedPattern(text: string): Step[][] {
  const sequences = waiting.get(text);
  if (!sequences) return expandPattern(parsePattern(text));
  waiting.delete(text);
  return sequences;
}

/** How many expansions wait for their compilation (tests: none once a validated pack is compiled). */
export function waitingExpansions(): number {
  return waiting.size;
}
