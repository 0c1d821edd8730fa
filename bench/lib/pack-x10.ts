/**
 * A pack ten times the size of a real one, for the rule-scaling figure: every element and concept
 * copied nine times under new ids, each copy's patterns varied a little (one word respelt), so the
 * copies are distinct rules that match now and then, as a second or third pack would.
 */
import type { Condition, Pack } from '../../src/rules/pack-schema.js';

/** The first plain word of three letters or more (not a `prefix*`), which a copy respells. */
const PLAIN_WORD = /(^|[\s(|])(=?)(\p{L}{3,})(?=$|[\s)|?])/u;

/** One pattern as copy `k` writes it: its first plain word gets a suffix ("workers" → "workersqb"). */
export function varyPattern(pattern: string, k: number): string {
  const suffix = `q${String.fromCharCode(97 + (k % 26))}`;
  return PLAIN_WORD.test(pattern) ? pattern.replace(PLAIN_WORD, (_m, before: string, eq: string, word: string) => `${before}${eq}${word}${suffix}`) : pattern;
}

/** A condition with every concept reference renamed. */
function renameConcepts(condition: Condition, rename: (id: string) => string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameConcepts(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameConcepts(c, rename)) };
  if ('none' in condition) return { none: condition.none.map((c) => renameConcepts(c, rename)) };
  const [kind, check] = Object.entries(condition)[0] as [string, Record<string, unknown>];
  const renamed: Record<string, unknown> = { ...check };
  if (typeof check.concept === 'string') renamed.concept = rename(check.concept);
  if (Array.isArray(check.concepts)) renamed.concepts = (check.concepts as string[]).map(rename);
  return { [kind]: renamed } as Condition;
}

/** The pack with `factor` times its elements and concepts: the originals plus factor - 1 varied copies. */
export function multiplyPack(pack: Pack, factor = 10): Pack {
  const elements = [...pack.elements];
  const concepts: Pack['concepts'] = { ...pack.concepts };
  for (let k = 1; k < factor; k++) {
    const rename = (id: string) => `${id}-x${k}`;
    for (const [id, byLanguage] of Object.entries(pack.concepts)) {
      concepts[rename(id)] = Object.fromEntries(Object.entries(byLanguage).map(([lang, list]) => [lang, list.map((p) => varyPattern(p, k))]));
    }
    for (const e of pack.elements) {
      const { examples: _examples, ...rest } = e;
      elements.push({
        ...rest,
        id: rename(e.id),
        title: `${e.title} (variant ${k})`,
        ...(e.addressed ? { addressed: renameConcepts(e.addressed, rename) } : {}),
        ...(e.weak ? { weak: renameConcepts(e.weak, rename) } : {}),
        ...(e.contradicted ? { contradicted: renameConcepts(e.contradicted, rename) } : {}),
      });
    }
  }
  return { ...pack, id: `${pack.id}-x${factor}`, elements, concepts };
}
