/**
 * An element's condition tree made ready to run: judge runs it up to five times per element and
 * document, so what does not depend on the document (each check's kind, the forces it asks for, its
 * path in the trace) is worked out once per condition, not at every run.
 */
import type { Check, CheckKind, Condition, Element } from '../rules/pack-schema.js';
import { runnerOf } from './checks/index.js';
import type { CheckFn, HoldsOn } from './checks/types.js';
import { askedOf, type Asked } from './settle.js';
import { keptFor } from '../memo.js';

export type Plan = { op: 'every' | 'some' | 'none'; children: Plan[] } | CheckPlan;

export interface CheckPlan {
  op: 'check';
  kind: CheckKind;
  asked: Asked;
  path: string;
  options: unknown;
  runs: CheckFn<unknown>;
  /** Whether the check still holds on `kept` of its supporting sentences; absent where that does not tell (narrow.ts). */
  holdsOn?: HoldsOn<unknown>;
}

/** Root condition → its plan under each root path ('addressed', 'weak', 'contradicted'). */
const plans = new WeakMap<Condition, Map<string, Plan>>();

/** One Asked per set of forces, so contexts narrowed to it can be kept by identity (context.ts). */
const askedByForces = new Map<string, Asked>();

export function planOf(condition: Condition, root: string): Plan {
  return keptFor(plans, condition, root, build);
}

/** An element's three conditions as plans, those it has. */
export type ElementPlans = Partial<Record<'addressed' | 'weak' | 'contradicted', Plan>>;

const byElement = new WeakMap<Element, ElementPlans>();

/** The plans of an element, looked up once per element and document rather than at each of its runs. */
export function plansOf(element: Element): ElementPlans {
  let found = byElement.get(element);
  if (!found) {
    found = {};
    for (const which of ['addressed', 'weak', 'contradicted'] as const) if (element[which]) found[which] = planOf(element[which]!, which);
    byElement.set(element, found);
  }
  return found;
}

function build(cond: Condition, path: string): Plan {
  if ('all' in cond) return { op: 'every', children: cond.all.map((c, i) => build(c, `${path}.all[${i}]`)) };
  if ('any' in cond) return { op: 'some', children: cond.any.map((c, i) => build(c, `${path}.any[${i}]`)) };
  if ('none' in cond) return { op: 'none', children: cond.none.map((c, i) => build(c, `${path}.none[${i}]`)) };
  const check = cond as Check;
  const { kind, options, runs, holdsOn } = runnerOf(check);
  const asked = interned(askedOf(options as { force?: string | string[] }));
  return { op: 'check', kind, asked, path: `${path}.${kind}`, options, runs, holdsOn };
}

function interned(asked: Asked): Asked {
  const key = asked.forces ? asked.forces.join('|') : '';
  let known = askedByForces.get(key);
  if (!known) askedByForces.set(key, (known = asked));
  return known;
}
