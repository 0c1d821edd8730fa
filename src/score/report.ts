/** The one stable result object that every output format renders. Its JSON Schema is published. */
import * as z from 'zod';
import { Verdict } from '../judge/verdict.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';

export const Coverage = z.object({
  /** Weighted share of elements addressed (weak counts half), 0..1. */
  score: z.number().min(0).max(1),
  /** Lowest and highest score if every needs-review element went the other way. */
  min: z.number().min(0).max(1),
  max: z.number().min(0).max(1),
  counts: z.object({ addressed: z.number().int(), weak: z.number().int(), contradicted: z.number().int(), absent: z.number().int(), needsReview: z.number().int() }),
});
export type Coverage = z.infer<typeof Coverage>;

export const Scores = z.object({
  overall: Coverage,
  byPhase: z.record(z.string(), Coverage),
  byLevel: z.record(z.string(), Coverage),
});
export type Scores = z.infer<typeof Scores>;

export const PageSummary = z.object({
  number: z.number().int().min(1),
  textLayer: z.boolean(),
  likelyScanned: z.boolean(),
  encrypted: z.boolean(),
  chars: z.number().int(),
});

export const DocumentReport = z.object({
  source: z.string(),
  format: z.enum(['pdf', 'docx', 'text', 'html', 'markdown']),
  /** SHA-256 of the input bytes. */
  hash: z.string(),
  bytes: z.number().int(),
  language: z.string(),
  pages: z.array(PageSummary),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), page: z.number().int().optional() })),
  provisions: z.array(z.object({
    id: z.string(), label: z.string(), kind: z.string(), start: z.number().int(), end: z.number().int(), pages: z.array(z.number().int()),
    /** Where the provision's text starts after its number and heading: review fingerprints skip the heading so a renumbered article keeps its decisions. */
    bodyStart: z.number().int().optional(),
  })),
  elements: z.array(Verdict),
  scores: Scores,
  /** True when a decisions file was applied. */
  reviewed: z.boolean(),
  staleDecisions: z.array(z.object({ element: z.string(), reason: z.string() })).default([]),
  /** The document text, so formats can show evidence in context; omitted with `includeText: false`. */
  text: z.string().optional(),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

export const Report = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('bla-check'), version: z.string() }),
  pack: z.object({ id: z.string(), version: z.string(), elements: z.number().int(), tags: z.array(z.string()).optional() }),
  documents: z.array(DocumentReport),
  /** Files that could not be checked, with their error code. */
  failures: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })).default([]),
});
export type Report = z.infer<typeof Report>;
