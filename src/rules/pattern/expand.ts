/**
 * Expands alternatives and optionals into plain sequences of steps. Counting comes first, so a
 * pattern that would expand to millions of sequences is refused before any is built.
 */
import { MAX_EXPANSIONS, MAX_GAP, PatternSyntaxError, type Item } from '../../pattern/ast.js';

export type Step =
  | { kind: 'word'; text: string; exact: boolean; prefix: boolean }
  | { kind: 'number' }
  | { kind: 'gap'; max: number };

/** How many sequences the items expand to, saturating just above `cap`. */
export function countExpansions(items: Item[], cap = MAX_EXPANSIONS): number {
  let total = 1;
  for (const item of items) total = Math.min(total * countItem(item, cap), cap + 1);
  return total;
}

function countItem(item: Item, cap: number): number {
  if (item.kind === 'gap') return 1;
  if (item.kind !== 'group') return item.optional ? 2 : 1;
  let sum = item.optional ? 1 : 0;
  for (const alt of item.alternatives) sum = Math.min(sum + countExpansions(alt, cap), cap + 1);
  return sum;
}

/** All sequences, gaps merged and trimmed at the ends; throws when there are too many or one is empty. */
export function expandPattern(items: Item[], cap = MAX_EXPANSIONS): Step[][] {
  const count = countExpansions(items, cap);
  if (count > cap) throw new PatternSyntaxError(`pattern expands to more than ${cap} alternatives: split it into several patterns`, 0);
  const out: Step[][] = [];
  for (const raw of expandSeq(items)) {
    const seq = tidyGaps(raw);
    if (!seq.length) throw new PatternSyntaxError('pattern can match an empty text (everything in it is optional)', 0);
    out.push(seq);
  }
  return dedupe(out);
}

function expandSeq(items: Item[]): Step[][] {
  let acc: Step[][] = [[]];
  for (const item of items) {
    const options = expandItem(item);
    acc = acc.flatMap((prefix) => options.map((tail) => [...prefix, ...tail]));
  }
  return acc;
}

function expandItem(item: Item): Step[][] {
  switch (item.kind) {
    case 'gap': return [[{ kind: 'gap', max: item.max }]];
    case 'number': return item.optional ? [[{ kind: 'number' }], []] : [[{ kind: 'number' }]];
    case 'word': {
      const step: Step = { kind: 'word', text: item.text, exact: item.exact, prefix: item.prefix };
      return item.optional ? [[step], []] : [[step]];
    }
    case 'group': {
      const alts = item.alternatives.flatMap(expandSeq);
      return item.optional ? [...alts, []] : alts;
    }
  }
}

/**
 * A gap at either end matches nothing more. Two gaps in a row (around a dropped optional) merge into
 * one no longer than MAX_GAP, so the bound on live match states holds for every expansion.
 */
export function tidyGaps(seq: Step[]): Step[] {
  const out: Step[] = [];
  for (const step of seq) {
    const last = out[out.length - 1];
    if (step.kind === 'gap' && last?.kind === 'gap') out[out.length - 1] = { kind: 'gap', max: Math.min(last.max + step.max, MAX_GAP) };
    else if (step.kind !== 'gap' || out.length) out.push(step);
  }
  while (out.length && out[out.length - 1].kind === 'gap') out.pop();
  return out;
}

/** A short key per step; cheaper than JSON.stringify, which was half the cost of expanding a pack. */
function stepKey(step: Step): string {
  if (step.kind === 'gap') return `\u0002${step.max}`;
  if (step.kind === 'number') return '\u0003';
  return `${step.exact ? '=' : ''}${step.prefix ? '*' : ''}${step.text}`;
}

function dedupe(seqs: Step[][]): Step[][] {
  if (seqs.length < 2) return seqs;
  const seen = new Set<string>();
  return seqs.filter((s) => {
    const key = s.map(stepKey).join('\u0001');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
