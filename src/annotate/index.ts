// STUB: replaced by the annotate work. Signatures are the contract.
import type { Document } from '../ingest/types.js';
import type { Provision } from '../structure/types.js';
import type { AnnotatedDocument, Token } from './types.js';
export * from './types.js';
/** Parsed lexicons by language code. */
export type LexiconSet = Record<string, unknown>;
export function builtinLexicons(): LexiconSet { throw new Error('not implemented'); }
export function annotate(_d: Document, _root: Provision, _o: { language?: string; lexicons?: LexiconSet } = {}): AnnotatedDocument {
  throw new Error('not implemented');
}
/** Tokens of a piece of text in a language, offsets relative to the text (used to compile patterns). */
export function tokenize(_text: string, _language: string, _lexicons?: LexiconSet): Token[] { throw new Error('not implemented'); }
