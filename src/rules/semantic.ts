/**
 * Checks that a schema cannot express: references, duplicates, pattern syntax, bounds. They run on
 * the raw value even when the schema already failed, so an author sees every mistake in one run.
 */
import type { Diagnostic } from './diagnostics.js';
import { conceptRefs, elementChecks, isRecord } from './conditions.js';
import type { Element } from './pack-schema.js';
import { PatternSyntaxError } from '../pattern/ast.js';
import { expandedPattern } from './pattern/cache.js';
import type { Locator } from './source-map.js';

/** `references: false` defers concept look-ups until `extends` has brought the parent's concepts in. */
export function semanticDiagnostics(value: unknown, locator: Locator, options: { references: boolean }): Diagnostic[] {
  if (!isRecord(value)) return [];
  const concepts = isRecord(value.concepts) ? value.concepts : {};
  return [
    ...duplicateElements(value, locator),
    ...(options.references ? conceptReferences(value, locator, new Set(Object.keys(concepts))) : []),
    ...patternProblems(concepts, locator),
    ...numberBounds(value, locator),
    ...(value.select !== undefined && value.extends === undefined
      ? [locator.diagnostic(['select'], 'select needs extends: it picks elements of the pack this one builds on', { key: true })]
      : []),
  ];
}

/** Elements that are mappings, with their index in the list. */
function elementsOf(pack: Record<string, unknown>): Array<[number, Element]> {
  const list = Array.isArray(pack.elements) ? pack.elements : [];
  return list.flatMap((e, i): Array<[number, Element]> => (isRecord(e) ? [[i, e as unknown as Element]] : []));
}

function duplicateElements(pack: Record<string, unknown>, locator: Locator): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const [i, element] of elementsOf(pack)) {
    if (typeof element.id !== 'string') continue;
    const earlier = first.get(element.id);
    if (earlier === undefined) first.set(element.id, i);
    else out.push(locator.diagnostic(['elements', i, 'id'], `duplicate element id '${element.id}' (also element ${earlier + 1} of the list)`));
  }
  return out;
}

/** Every concept a check names must be defined (here or, after resolution, in the extended pack). */
export function conceptReferences(pack: object, locator: Locator, known: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [i, element] of elementsOf(pack as Record<string, unknown>)) {
    for (const at of elementChecks(element, ['elements', i])) {
      for (const ref of conceptRefs(at)) {
        if (known.has(ref.concept)) continue;
        const hint = closest(ref.concept, known);
        out.push(locator.diagnostic(ref.path, `unknown concept '${ref.concept}' in ${at.kind} of element '${String(element.id)}'${hint ? ` (did you mean '${hint}'?)` : ''}`));
      }
    }
  }
  return out;
}

function patternProblems(concepts: Record<string, unknown>, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [concept, languages] of Object.entries(concepts)) {
    if (!isRecord(languages)) continue;
    for (const [language, patterns] of Object.entries(languages)) {
      if (!Array.isArray(patterns)) continue;
      patterns.forEach((pattern: unknown, i) => {
        if (typeof pattern !== 'string') return;
        try {
          expandedPattern(pattern);
        } catch (err) {
          if (!(err instanceof PatternSyntaxError)) throw err;
          const message = `pattern "${shorten(pattern)}" of concept '${concept}' (${language}): ${err.message} (pattern column ${err.offset + 1})`;
          out.push(locator.diagnostic(['concepts', concept, language, i], message, { offset: err.offset }));
        }
      });
    }
  }
  return out;
}

function numberBounds(pack: Record<string, unknown>, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [i, element] of elementsOf(pack)) {
    for (const at of elementChecks(element, ['elements', i])) {
      const { min, max } = at.check;
      if (at.kind === 'number' && typeof min === 'number' && typeof max === 'number' && min > max) {
        out.push(locator.diagnostic([...at.path, 'min'], `number check has min ${min} above max ${max}`));
      }
    }
  }
  return out;
}

/** Long patterns are cut in messages; the column still points at the mistake. */
function shorten(pattern: string, max = 60): string {
  return pattern.length > max ? `${pattern.slice(0, max - 1)}…` : pattern;
}

/** The known id nearest to a misspelt one, if it is close enough to be the likely intent. */
function closest(word: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of known) {
    const d = distance(word, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
