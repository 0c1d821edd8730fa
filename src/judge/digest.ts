/**
 * What judge knows of an element before it reads any document, worked out once per compiled pack:
 * the concepts its conditions read, what `searched` lists, and, once met, the decision it gets where
 * none of its concepts is found. A pack ten times bigger is mostly such elements in any one text, so
 * each of them should cost a look-up, not a run of every check.
 */
import type { CompiledPack } from '../rules/index.js';
import type { Check, Condition, Element } from '../rules/pack-schema.js';
import { checksIn } from './condition.js';
import { conceptsOf, kindOf, scopeOf } from './checks/index.js';
import type { JudgeContext } from './context.js';
import { elementConcepts, type Decision } from './status.js';
import type { Verdict } from './verdict.js';
import { SearchedRecord, TraceRecord } from './records.js';

export interface ElementDigest {
  /** Every concept a check of the element reads, in `none` too. */
  concepts: string[];
  /** A `number` check without a concept reads every sentence's quantities: its result is not the hits'. */
  readsQuantities: boolean;
  /** Concepts of the addressed and weak conditions; their mentions anywhere imply weak (rule 4). */
  implicitConcepts: string[];
  searched: NonNullable<Verdict['searched']>;
  /** The decision where no concept of the element has a hit: the same in every document. */
  quiet?: Decision;
}

const digests = new WeakMap<CompiledPack, ElementDigest[]>();

/** The digest of every element of the pack, in pack order: judge reads one per element of every document. */
export function digestsOf(compiled: CompiledPack): ElementDigest[] {
  let all = digests.get(compiled);
  if (!all) digests.set(compiled, (all = compiled.pack.elements.map(makeDigest)));
  return all;
}

function makeDigest(element: Element): ElementDigest {
  const conditions = [element.addressed, element.weak, element.contradicted];
  const every = conditions.flatMap(allChecks);
  return {
    concepts: [...new Set(every.flatMap(conceptsOf))],
    readsQuantities: every.some((c) => kindOf(c) === 'number' && conceptsOf(c).length === 0),
    implicitConcepts: elementConcepts(element),
    searched: searched(conditions.flatMap(checksIn)),
  };
}

/** Every check of a condition tree, `none` included. */
function allChecks(cond: Condition | undefined): Check[] {
  if (!cond) return [];
  if ('all' in cond) return cond.all.flatMap(allChecks);
  if ('any' in cond) return cond.any.flatMap(allChecks);
  if ('none' in cond) return cond.none.flatMap(allChecks);
  return [cond as Check];
}

function searched(checks: Check[]): NonNullable<Verdict['searched']> {
  const scopes = new Set(checks.map(scopeOf));
  // Implicit weak looks for the concepts everywhere.
  if (checks.length > 0) scopes.add('any');
  return { scopes: [...scopes], concepts: [...new Set(checks.flatMap(conceptsOf))] };
}

/** Whether no check of the element can find anything in this document: none of its concepts has a hit. */
export function isQuiet(digest: ElementDigest, ctx: JudgeContext): boolean {
  if (digest.readsQuantities) return false;
  for (const c of digest.concepts) if (ctx.hitsByConcept.has(c)) return false;
  return true;
}

/** A fresh copy of a quiet decision (it has no evidence groups; verdicts must not share arrays across documents). */
export function copyQuiet(d: Decision): Decision {
  return { ...d, reasons: d.reasons.slice(), groups: [], trace: d.trace.map((t) => new TraceRecord(t.path, t.kind, t.passed, t.detail)) };
}

export function copySearched(s: ElementDigest['searched']): ElementDigest['searched'] {
  return new SearchedRecord(s.scopes.slice(), s.concepts.slice());
}
