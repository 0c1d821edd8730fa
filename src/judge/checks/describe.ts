/** What the checks share: their trace lines, and the sentences of the hits they keep. */
import { hitsOf, type JudgeContext } from '../context.js';
import type { Hit } from '../../rules/types.js';
import { inScope, type CheckScope } from '../scope.js';
import type { Candidate, CheckOutcome, Fired, FiredCandidate, Keep } from './types.js';

/** "2 sentences (Article 7, Article 12(2))" or "no sentence". */
export function found(ctx: JudgeContext, candidates: Candidate[]): string {
  if (candidates.length === 0) return 'no sentence';
  // The first five distinct labels tell all that is shown: four, and whether there are more. A pack
  // writes this line for every check of every element: the labels go to one scratch list of five,
  // written in place, and straight into the line.
  let count = 0;
  for (let i = 0; i < candidates.length && count <= 4; i++) {
    const label = labelOf(ctx, candidates[i].sentence);
    if (!firstOf(firstLabels, count, label)) firstLabels[count++] = label;
  }
  let shown = firstLabels[0];
  for (let k = 1; k < count && k < 4; k++) shown += `, ${firstLabels[k]}`;
  if (count > 4) shown += ', ...';
  return `${candidates.length} sentence${candidates.length === 1 ? '' : 's'} (${shown})`;
}

/** The first distinct labels of the line `found` is writing. */
const firstLabels: string[] = ['', '', '', '', ''];

function firstOf(list: string[], count: number, value: string): boolean {
  for (let k = 0; k < count; k++) if (list[k] === value) return true;
  return false;
}

/** A check's line as first written: what it asks, and the whole line when it finds nothing. */
interface Asks { asks: string; none: string }

const asked = new WeakMap<object, Asks>();

/**
 * A check's trace line, "<what it asks>: <what it found><after>". What it asks depends only on the
 * check as its pack states it (`check`, with `asks` and `after` read from it), so it is written once
 * per check of a pack, and so is the whole line of a check that found nothing: a pack's checks run
 * for every element of every document, and the lines are kept in the report. A run whose trace is
 * thrown away (the strict re-runs) gets '' and writes nothing.
 */
export function detailOf<O extends object>(check: O, asks: (check: O) => string, ctx: JudgeContext, candidates: Candidate[], after = ''): string {
  if (ctx.untraced) return '';
  let a = asked.get(check);
  if (!a) {
    const text = asks(check);
    asked.set(check, (a = { asks: text, none: `${text}: no sentence${after}` }));
  }
  return candidates.length ? `${a.asks}: ${found(ctx, candidates)}${after}` : a.none;
}

/** The label of a sentence's provision, as trace lines name it: worked out once per sentence and document. */
export function labelOf(ctx: JudgeContext, sentence: number): string {
  const known = ctx.memo.label[sentence];
  if (known !== undefined) return known;
  const s = ctx.sentences[sentence];
  const label = (s && ctx.provisionById.get(s.provisionId)?.label) || s?.provisionId || `sentence ${sentence}`;
  if (s) ctx.memo.label[sentence] = label;
  return label;
}

/** One value or several, as a list to read (not to change: a single value's list is shared). */
export function list(values: string | string[] | undefined): readonly string[] | undefined {
  if (values === undefined) return undefined;
  if (Array.isArray(values)) return values;
  let one = singles.get(values);
  if (!one) singles.set(values, (one = [values]));
  return one;
}

/**
 * Whether `value` is the value or one of the values a check states: asked for every hit a check
 * reads, so it makes no list of a single value.
 */
export function oneOf(values: string | readonly string[], value: string): boolean {
  return typeof values === 'string' ? values === value : values.includes(value);
}

/** Lists of one value, kept: checks ask for them at every run of every element. */
const singles = new Map<string, readonly string[]>();

/**
 * Group hits by sentence, in document order, keeping those `keep` takes for the check's `options` (all
 * without it), with no list of the kept ones in between: checks run for every element up to five
 * times. Hits come from the matcher in document order, so runs of one sentence are grouped as they
 * come; hits out of order are grouped through a map and sorted. Nothing kept: the shared empty list.
 */
export function bySentence<O>(hits: Candidate['hits'], fired: Fired, keep?: Keep<O>, options?: O, ctx?: JudgeContext): FiredCandidate[] {
  let out = NO_CANDIDATES;
  let last: FiredCandidate | undefined;
  for (const h of hits) {
    if (keep && !keep(h, options!, ctx!)) continue;
    if (last && h.sentence === last.sentence) last.hits.push(h);
    else if (last && h.sentence < last.sentence) return unordered(keep ? hits.filter((k) => keep(k, options!, ctx!)) : hits, fired);
    else {
      if (out === NO_CANDIDATES) out = [];
      out.push((last = firedAt(h.sentence, [h], fired)));
    }
  }
  return out;
}

/** Never written to: a check that keeps no hit returns it rather than a list of its own. */
export const NO_CANDIDATES: FiredCandidate[] = [];

function unordered(hits: Candidate['hits'], fired: Fired): FiredCandidate[] {
  const out = new Map<number, FiredCandidate>();
  for (const h of hits) {
    const c = out.get(h.sentence);
    if (c) c.hits.push(h); else out.set(h.sentence, firedAt(h.sentence, [h], fired));
  }
  return [...out.values()].sort((a, b) => a.sentence - b.sentence);
}

/** A supporting sentence as the running check found it; every candidate has the same fields in the same order. */
export function firedAt(sentence: number, hits: Candidate['hits'], fired: Fired, spans?: Candidate['spans']): FiredCandidate {
  return { sentence, hits, spans, kind: fired.kind, asked: fired.asked };
}

/** The keep of checks that ask only where a hit stands: in the scope the check reads. */
export function inScopeOf(h: Hit, o: { scope?: CheckScope }, ctx: JudgeContext): boolean {
  return inScope(ctx.sentences[h.sentence].scope, o.scope);
}

/** A check of keptHits holds on any one of its sentences. */
export const keptHoldOn = (_o: unknown, kept: number): boolean => kept > 0;

/**
 * The outcome of a check that keeps some hits of its one concept (obligation, prohibition, reference):
 * it passes where a sentence holds a hit `keep` takes.
 */
export function keptHits<O extends { concept: string }>(o: O, ctx: JudgeContext, fired: Fired, keep: Keep<O>, asks: (o: O) => string): CheckOutcome {
  const candidates = bySentence(hitsOf(ctx, o.concept), fired, keep, o, ctx);
  return { passed: candidates.length > 0, candidates, detail: detailOf(o, asks, ctx, candidates) };
}
