/**
 * Structure: a Document becomes a tree of provisions (title, preamble, parts, articles, paragraphs,
 * points, annexes, protocols, exchanged notes, signature) with ids, citation labels, char ranges and
 * pages. The vocabulary is data (rules/lexicons/structure.yaml); this folder only runs it.
 */
import type { Document } from '../ingest/types.js';
import type { Provision } from './types.js';
import { buildDrafts } from './build.js';
import { Finisher } from './finish.js';
import { builtinStructureLexicon, builtinStructureSource, compileLexicon, parseStructureLexicon, useParsedBuiltinStructure, type CompiledLexicon, type StructureLexicon } from './lexicon.js';

export * from './types.js';
export { compileLexicon, parseStructureLexicon, type CompiledLexicon };
/** For builds that store the built-in vocabulary already read (src/node/precompiled.ts). */
export { builtinStructureSource, useParsedBuiltinStructure, type StructureLexicon };

export interface SegmentOptions {
  /** A structure vocabulary other than the built-in one (compileLexicon(parseStructureLexicon(yaml))). */
  lexicon?: CompiledLexicon;
}

/** The provision tree of a document; the root has kind 'document' and covers the whole text. */
export function segment(document: Document, options: SegmentOptions = {}): Provision {
  const lexicon = options.lexicon ?? builtinStructureLexicon();
  const drafts = buildDrafts(document.text, lexicon);
  return new Finisher(document.text, document.pages, lexicon).finish(drafts);
}

/** Every provision of a tree in document order, root first. */
export function flatten(root: Provision): Provision[] {
  const out: Provision[] = [];
  const walk = (p: Provision) => { out.push(p); p.children.forEach(walk); };
  walk(root);
  return out;
}
