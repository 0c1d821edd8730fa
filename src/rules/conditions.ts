/** Walks an element's condition trees, so validation and tools see every check with its path. */
import { checkKinds, type Check, type CheckKind, type Condition, type Element } from './pack-schema.js';
import type { Path } from './source-map.js';

export interface CheckAt {
  kind: CheckKind;
  check: Record<string, unknown>;
  /** Path from the pack root: ["elements", 2, "addressed", "any", 0, "obligation"]. */
  path: Path;
}

/** Tolerates malformed trees (validation reports those), so every other mistake is found in the same run. */
export function* checksOf(condition: Condition | unknown, path: Path): Generator<CheckAt> {
  if (!isRecord(condition)) return;
  for (const combinator of ['all', 'any', 'none'] as const) {
    const list = condition[combinator];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) yield* checksOf(list[i], [...path, combinator, i]);
  }
  for (const kind of checkKinds) {
    const check = condition[kind];
    if (isRecord(check)) yield { kind, check, path: [...path, kind] };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function* elementChecks(element: Element, elementPath: Path): Generator<CheckAt> {
  for (const status of ['addressed', 'weak', 'contradicted'] as const) yield* checksOf(element[status], [...elementPath, status]);
}

/** Concept ids a check names, each with the path of its value. */
export function conceptRefs(at: CheckAt): Array<{ concept: string; path: Path }> {
  const refs: Array<{ concept: unknown; path: Path }> = at.kind === 'near'
    ? (Array.isArray(at.check.concepts) ? at.check.concepts : []).map((concept: unknown, i) => ({ concept, path: [...at.path, 'concepts', i] }))
    : [{ concept: at.check.concept, path: [...at.path, 'concept'] }];
  return refs.flatMap((r) => (typeof r.concept === 'string' ? [{ concept: r.concept, path: r.path }] : []));
}

export type { Check };
