// STUB: replaced by the structure work. Signature is the contract.
import type { Document } from '../ingest/types.js';
import type { Provision } from './types.js';
export * from './types.js';
/** The provision tree of a document; the root has kind 'document' and covers the whole text. */
export function segment(_document: Document): Provision {
  throw new Error('not implemented');
}
/** Every provision of a tree in document order, root first. */
export function flatten(root: Provision): Provision[] {
  const out: Provision[] = [];
  const walk = (p: Provision) => { out.push(p); p.children.forEach(walk); };
  walk(root);
  return out;
}
