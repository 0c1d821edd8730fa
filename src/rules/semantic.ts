/** Checks that a schema cannot express: references, duplicates, pattern syntax, bounds. */
import type { Diagnostic } from './diagnostics.js';
import { conceptRefs, elementChecks } from './conditions.js';
import type { Pack } from './pack-schema.js';
import { PatternSyntaxError } from './pattern/ast.js';
import { expandPattern } from './pattern/expand.js';
import { parsePattern } from './pattern/parse.js';
import type { Locator } from './source-map.js';

/** `references: false` defers concept look-ups until `extends` has brought the parent's concepts in. */
export function semanticDiagnostics(pack: Pack, locator: Locator, options: { references: boolean }): Diagnostic[] {
  return [
    ...duplicateElements(pack, locator),
    ...(options.references ? conceptReferences(pack, locator, new Set(Object.keys(pack.concepts))) : []),
    ...patternProblems(pack, locator),
    ...numberBounds(pack, locator),
    ...(pack.select && !pack.extends ? [locator.diagnostic(['select'], 'select needs extends: it picks elements of the pack this one builds on', { key: true })] : []),
  ];
}

function duplicateElements(pack: Pack, locator: Locator): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  pack.elements.forEach((element, i) => {
    const earlier = first.get(element.id);
    if (earlier === undefined) first.set(element.id, i);
    else out.push(locator.diagnostic(['elements', i, 'id'], `duplicate element id '${element.id}' (also element ${earlier + 1} of the list)`));
  });
  return out;
}

/** Every concept a check names must be defined (here or, after resolution, in the extended pack). */
export function conceptReferences(pack: Pack, locator: Locator, known: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  pack.elements.forEach((element, i) => {
    for (const at of elementChecks(element, ['elements', i])) {
      for (const ref of conceptRefs(at)) {
        if (known.has(ref.concept)) continue;
        const hint = closest(ref.concept, known);
        out.push(locator.diagnostic(ref.path, `unknown concept '${ref.concept}' in ${at.kind} of element '${element.id}'${hint ? ` (did you mean '${hint}'?)` : ''}`));
      }
    }
  });
  return out;
}

function patternProblems(pack: Pack, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [concept, languages] of Object.entries(pack.concepts)) {
    for (const [language, patterns] of Object.entries(languages)) {
      patterns.forEach((pattern, i) => {
        try {
          expandPattern(parsePattern(pattern));
        } catch (err) {
          if (!(err instanceof PatternSyntaxError)) throw err;
          const message = `pattern "${pattern}" of concept '${concept}' (${language}): ${err.message} (pattern column ${err.offset + 1})`;
          out.push(locator.diagnostic(['concepts', concept, language, i], message, { offset: err.offset }));
        }
      });
    }
  }
  return out;
}

function numberBounds(pack: Pack, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  pack.elements.forEach((element, i) => {
    for (const at of elementChecks(element, ['elements', i])) {
      const { min, max } = at.check as { min?: number; max?: number };
      if (at.kind === 'number' && min !== undefined && max !== undefined && min > max) {
        out.push(locator.diagnostic([...at.path, 'min'], `number check has min ${min} above max ${max}`));
      }
    }
  });
  return out;
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
