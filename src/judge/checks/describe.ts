/** Short human accounts of check results, shared by the checks' `detail` lines. */
import type { JudgeContext } from '../context.js';
import type { Candidate } from './types.js';

/** "2 sentences (Article 7, Article 12(2))" or "no sentence". */
export function found(ctx: JudgeContext, candidates: Candidate[]): string {
  if (candidates.length === 0) return 'no sentence';
  // The first five distinct labels tell all that is shown: four, and whether there are more.
  const labels = new Set<string>();
  for (let i = 0; i < candidates.length && labels.size <= 4; i++) labels.add(labelOf(ctx, candidates[i].sentence));
  const shown = [...labels].slice(0, 4).join(', ') + (labels.size > 4 ? ', ...' : '');
  return `${candidates.length} sentence${candidates.length === 1 ? '' : 's'} (${shown})`;
}

export function labelOf(ctx: JudgeContext, sentence: number): string {
  const s = ctx.sentences[sentence];
  return (s && ctx.provisionById.get(s.provisionId)?.label) || s?.provisionId || `sentence ${sentence}`;
}

export function list(values: string | string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  return Array.isArray(values) ? values : [values];
}

/**
 * Group hits by sentence, in document order. Hits come from the matcher in document order, so runs
 * of one sentence are grouped as they come; hits out of order are grouped through a map and sorted.
 */
export function bySentence(hits: Candidate['hits']): Candidate[] {
  const out: Candidate[] = [];
  let last: Candidate | undefined;
  for (const h of hits) {
    if (last && h.sentence === last.sentence) last.hits.push(h);
    else if (last && h.sentence < last.sentence) return unordered(hits);
    else out.push((last = { sentence: h.sentence, hits: [h] }));
  }
  return out;
}

function unordered(hits: Candidate['hits']): Candidate[] {
  const out = new Map<number, Candidate>();
  for (const h of hits) {
    const c = out.get(h.sentence);
    if (c) c.hits.push(h); else out.set(h.sentence, { sentence: h.sentence, hits: [h] });
  }
  return [...out.values()].sort((a, b) => a.sentence - b.sentence);
}
