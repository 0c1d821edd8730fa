/** A verdict on one element for one document: the status, why, where, and how sure. */
import * as z from 'zod';
import { bearers, checkKinds, elementStatuses, forces } from '../rules/pack-schema.js';

export const reviewReasons = [
  'unreadable-pages', // some pages had no text layer or could not be decrypted
  'conflicting-evidence', // protective and contrary provisions both fire
  'only-hedged', // the element is reached only by hedged or permissive wording
  'only-preamble', // the element is reached only in the preamble or definitions
  'only-conditioned', // left to national law or otherwise conditioned
  'unsupported-language', // the text's language has no lexicon: exact words only
  'decision-stale', // a reviewer's decision no longer matches the text
] as const;
export type ReviewReason = (typeof reviewReasons)[number];

export const Evidence = z.object({
  provisionId: z.string(),
  label: z.string().describe('How the text names the provision: "Article 7(2)".'),
  page: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().describe('Exactly Document.text.slice(start, end).'),
  /** The sentence's force, polarity and bearer. */
  force: z.enum(forces),
  polarity: z.enum(['affirmed', 'negated']),
  bearer: z.enum(bearers).optional(),
  /** Which status condition it supports. */
  supports: z.enum(['addressed', 'weak', 'contradicted']),
  checks: z.array(z.enum(checkKinds)),
  concepts: z.array(z.string()),
  /** The words that made the concepts match, as char ranges inside the quote's document text. */
  matches: z.array(z.object({ concept: z.string(), start: z.number().int(), end: z.number().int(), pattern: z.string() })),
});
export type Evidence = z.infer<typeof Evidence>;

export const CheckTrace = z.object({
  /** Path of the check in the element's condition tree: "addressed.any[1].obligation". */
  path: z.string(),
  kind: z.enum(checkKinds),
  passed: z.boolean(),
  /** Human-readable account: "obligation on costs-borne-by-employer (binding): 2 sentences". */
  detail: z.string(),
});
export type CheckTrace = z.infer<typeof CheckTrace>;

export const NearMiss = z.object({
  provisionId: z.string(),
  label: z.string(),
  page: z.number().int().min(1),
  score: z.number(),
  excerpt: z.string(),
});
export type NearMiss = z.infer<typeof NearMiss>;

export const Verdict = z.object({
  element: z.string(),
  title: z.string(),
  phase: z.string(),
  level: z.enum(['core', 'core-current', 'good-practice']),
  status: z.enum(elementStatuses),
  needsReview: z.boolean(),
  reasons: z.array(z.enum(reviewReasons)),
  confidence: z.number().min(0).max(1),
  /** Strongest first. */
  evidence: z.array(Evidence),
  /** Every check evaluated, for `explain`. */
  trace: z.array(CheckTrace),
  /** For absent (and weak) verdicts: what was looked for, so absence can be checked. */
  searched: z.object({ scopes: z.array(z.string()), concepts: z.array(z.string()) }).optional(),
  nearMisses: z.array(NearMiss).optional(),
  /** Set when a reviewer's decision overrode the machine's status. */
  decision: z.object({ status: z.enum(elementStatuses), machineStatus: z.enum(elementStatuses), reason: z.string(), reviewer: z.string(), date: z.string() }).optional(),
});
export type Verdict = z.infer<typeof Verdict>;
