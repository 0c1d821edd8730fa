// STUB: replaced by the rule-engine work. Signatures are the contract.
import type { AnnotatedDocument } from '../annotate/types.js';
import type { LexiconSet } from '../annotate/index.js';
import type { Pack } from './pack-schema.js';
import type { Hit } from './types.js';
export * from './types.js';
export interface CompiledPack { pack: Pack }
export function builtinPack(_id: string): Pack { throw new Error('not implemented'); }
export function selectElements(pack: Pack, _by: { ids?: string[]; tags?: string[] }): Pack { return pack; }
export function compilePack(pack: Pack, _lexicons: LexiconSet): CompiledPack { return { pack }; }
export function match(_doc: AnnotatedDocument, _compiled: CompiledPack): Hit[] { throw new Error('not implemented'); }
