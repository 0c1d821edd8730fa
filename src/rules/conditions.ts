/** Walks an element's condition trees, so validation and tools see every check with its path. */
import { checkKinds, type Check, type CheckKind, type Condition, type Element } from './pack-schema.js';
import type { Path } from './source-map.js';

export interface CheckAt {
  kind: CheckKind;
  check: Record<string, unknown>;
  /** Path from the pack root: ["elements", 2, "addressed", "any", 0, "obligation"]. */
  path: Path;
}

export function* checksOf(condition: Condition | undefined, path: Path): Generator<CheckAt> {
  if (!condition) return;
  for (const combinator of ['all', 'any', 'none'] as const) {
    const list = (condition as Record<string, Condition[] | undefined>)[combinator];
    if (list) for (let i = 0; i < list.length; i++) yield* checksOf(list[i], [...path, combinator, i]);
  }
  for (const kind of checkKinds) {
    const check = (condition as Partial<Record<CheckKind, Record<string, unknown>>>)[kind];
    if (check) yield { kind, check, path: [...path, kind] };
  }
}

export function* elementChecks(element: Element, elementPath: Path): Generator<CheckAt> {
  for (const status of ['addressed', 'weak', 'contradicted'] as const) yield* checksOf(element[status], [...elementPath, status]);
}

/** Concept ids a check names, each with the path of its value. */
export function conceptRefs(at: CheckAt): Array<{ concept: string; path: Path }> {
  if (at.kind === 'near') return (at.check.concepts as string[]).map((concept, i) => ({ concept, path: [...at.path, 'concepts', i] }));
  const concept = at.check.concept as string | undefined;
  return concept ? [{ concept, path: [...at.path, 'concept'] }] : [];
}

export type { Check };
