/**
 * List items say what their chapeau binds someone to ("The employer shall: (a) provide ...; (b) pay
 * ..."). An item with no force of its own takes the chapeau's force, polarity, bearer and conditions.
 * The chapeau is the last sentence of the nearest enclosing provision, or, inside one provision, a
 * sentence ending with a colon followed by items.
 */
import type { Provision } from '../structure/types.js';
import type { Sentence } from './types.js';

/** `terms`: indices of "label: value" sentences, which are never chapeaux. */
export function inheritChapeaux(text: string, sentences: Sentence[], provisions: Provision[], terms: ReadonlySet<number> = new Set()): void {
  const byProvision = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byProvision.get(s.provisionId);
    if (list) list.push(s);
    else byProvision.set(s.provisionId, [s]);
  }
  const parents = parentMap(provisions);
  // Document order: a chapeau is settled (and possibly inherited itself) before its items.
  for (const p of provisions) {
    const outer = p.kind === 'point' ? enclosingChapeau(p, parents, byProvision, terms) : undefined;
    let local: Sentence | undefined;
    for (const s of byProvision.get(p.id) ?? []) {
      const own = s.force !== 'none';
      const chapeau = local ?? outer;
      if (!own && chapeau) inherit(s, chapeau);
      if (s.force !== 'none' && !terms.has(s.index) && introducesList(text, s)) local = s;
      else if (own) local = undefined;
    }
  }
}

function enclosingChapeau(p: Provision, parents: Map<string, Provision>, byProvision: Map<string, Sentence[]>, terms: ReadonlySet<number>): Sentence | undefined {
  for (let q = parents.get(p.id); q; q = parents.get(q.id)) {
    const own = byProvision.get(q.id);
    if (own?.length) return terms.has(own[own.length - 1].index) ? undefined : own[own.length - 1];
  }
  return undefined;
}

function inherit(item: Sentence, chapeau: Sentence): void {
  if (chapeau.force === 'none') return;
  item.force = chapeau.force;
  item.inheritedForce = true;
  if (chapeau.polarity === 'negated') {
    // "The employer shall not: (a) retain ...": the whole item stands under the negation.
    item.polarity = 'negated';
    item.negations = [[0, item.tokens.length]];
  }
  item.bearer ??= chapeau.bearer;
  if (!item.conditions.length) item.conditions = [...chapeau.conditions];
}

/** "The employer shall:" or "... to other Members—": a sentence that announces items. */
function introducesList(text: string, s: Sentence): boolean {
  return /[:\u2014\u2013]$/.test(text.slice(Math.max(s.start, s.end - 2), s.end).trimEnd());
}

function parentMap(provisions: Provision[]): Map<string, Provision> {
  const parents = new Map<string, Provision>();
  for (const p of provisions) for (const c of p.children) parents.set(c.id, p);
  return parents;
}
