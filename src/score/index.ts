// STUB: replaced by the score work. Signature is the contract.
import type { Verdict } from '../judge/verdict.js';
import type { Scores } from './report.js';
export * from './report.js';
export function score(_verdicts: Verdict[]): Scores { throw new Error('not implemented'); }
