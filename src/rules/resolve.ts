/** `extends` and `select`: a pack builds on another, keeps some of its elements and overrides others. */
import { parsedBuiltinPack } from './builtin.js';
import { PackError } from './diagnostics.js';
import { locatorOf } from './load.js';
import type { Concept, Element, Pack } from './pack-schema.js';
import { conceptReferences } from './semantic.js';

/**
 * Returns the pack named by `extends` (a built-in id or a file path, as the caller sees fit), parsed
 * but not resolved, so a loop of `extends` shows up here and is reported.
 */
export type PackLoader = (ref: string, from: Pack) => Pack;

/** Longest `extends` chain followed; beyond it the chain is taken as a loop the ids did not reveal. */
const MAX_DEPTH = 16;

/** Keep elements whose id is listed or that carry one of the tags; no criterion keeps all. */
export function selectElements(pack: Pack, by: { ids?: string[]; tags?: string[] }): Pack {
  if (!by.ids?.length && !by.tags?.length) return pack;
  const elements = pack.elements.filter((e) => by.ids?.includes(e.id) || by.tags?.some((t) => e.tags.includes(t)));
  return { ...pack, elements };
}

/** A pack with no `extends` left: the parent's (selected) elements, overridden or extended by this pack's. */
export function resolvePack(pack: Pack, load: PackLoader = (ref) => parsedBuiltinPack(ref)): Pack {
  return resolveChain(pack, load, []);
}

function resolveChain(pack: Pack, load: PackLoader, chain: string[]): Pack {
  const locator = locatorOf(pack);
  if (!pack.extends) {
    const problems = conceptReferences(pack, locator, new Set(Object.keys(pack.concepts)));
    if (problems.length) throw new PackError(problems);
    return pack;
  }
  const path = [...chain, pack.id];
  if (path.length > MAX_DEPTH) throw new PackError([locator.diagnostic(['extends'], `extends chain deeper than ${MAX_DEPTH}: ${path.join(' → ')}`)]);
  const parentPack = load(pack.extends, pack);
  if (path.includes(parentPack.id)) {
    throw new PackError([locator.diagnostic(['extends'], `circular extends: ${[...path, parentPack.id].join(' → ')}`)]);
  }
  const parent = resolveChain(parentPack, load, path);
  const inherited = pack.select ? selected(pack, parent) : parent.elements;
  const concepts = mergeConcepts(parent.concepts, pack.concepts);
  const problems = conceptReferences(pack, locator, new Set(Object.keys(concepts)));
  if (problems.length) throw new PackError(problems);
  const { extends: _e, select: _s, $schema: _schema, ...own } = pack;
  return { ...own, elements: overrideElements(inherited, pack.elements), concepts };
}

/** `select` must name things the parent has: a typo would otherwise silently drop elements. */
function selected(pack: Pack, parent: Pack): Element[] {
  const select = pack.select ?? {};
  const locator = locatorOf(pack);
  const ids = new Set(parent.elements.map((e) => e.id));
  const tags = new Set(parent.elements.flatMap((e) => e.tags));
  const problems = [
    ...(select.ids ?? []).flatMap((id, i) => (ids.has(id) ? [] : [locator.diagnostic(['select', 'ids', i], `pack '${parent.id}' has no element '${id}'`)])),
    ...(select.tags ?? []).flatMap((tag, i) => (tags.has(tag) ? [] : [locator.diagnostic(['select', 'tags', i], `no element of pack '${parent.id}' carries tag '${tag}'`)])),
  ];
  if (problems.length) throw new PackError(problems);
  return selectElements(parent, select).elements;
}

/** A child element replaces the parent's element with the same id, in the parent's place. */
function overrideElements(inherited: Element[], own: Element[]): Element[] {
  const byId = new Map(own.map((e) => [e.id, e]));
  const replaced = inherited.map((e) => byId.get(e.id) ?? e);
  const kept = new Set(inherited.map((e) => e.id));
  return [...replaced, ...own.filter((e) => !kept.has(e.id))];
}

/** Concepts merge language by language: a child that adds `nl` patterns keeps the parent's `en`. */
function mergeConcepts(parent: Record<string, Concept>, child: Record<string, Concept>): Record<string, Concept> {
  const merged: Record<string, Concept> = { ...parent };
  for (const [id, languages] of Object.entries(child)) merged[id] = { ...(parent[id] ?? {}), ...languages };
  return merged;
}
