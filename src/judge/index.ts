// STUB: replaced by the judge work. Signature is the contract.
import type { AnnotatedDocument } from '../annotate/types.js';
import type { CompiledPack, Hit } from '../rules/index.js';
import type { Verdict } from './verdict.js';
export * from './verdict.js';
export function judge(_doc: AnnotatedDocument, _hits: Hit[], _compiled: CompiledPack): Verdict[] { throw new Error('not implemented'); }
