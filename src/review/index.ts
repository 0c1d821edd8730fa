/**
 * Reviewer decisions: a person overrides the machine's verdict on one element, with a reason. Decisions
 * live in their own file, keyed on the content of the provisions they were made on (see fingerprint.ts),
 * so they survive a redraft; a decision whose text changed is reported as stale and not applied.
 */
import * as z from 'zod';
import type { AnnotatedDocument } from '../annotate/types.js';
import type { Verdict } from '../judge/verdict.js';
import { elementStatuses, type ElementStatus } from '../rules/pack-schema.js';
import type { DocumentReport } from '../score/report.js';
import { checkFingerprint, fingerprintOf, fingerprintSource, type FingerprintSource } from './fingerprint.js';

export { fingerprintOf, fingerprintSource, normaliseText, provisionHash, type Fingerprint, type FingerprintSource } from './fingerprint.js';
export { sha256 } from './hash.js';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest (64 lower-case hex digits)');

export const Decision = z.strictObject({
  /** SHA-256 of the document's bytes the decision was made on; absent: any document whose text matches. */
  document: hex64.optional(),
  /** File name the decision was made on, for people reading the file and for matching when `document` is absent. */
  source: z.string().min(1).optional(),
  element: z.string().min(1),
  status: z.enum(elementStatuses),
  reason: z.string().trim().min(1, 'a decision needs a reason'),
  reviewer: z.string().trim().min(1, 'a decision needs a reviewer'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date, e.g. 2025-03-31'),
  fingerprint: z.strictObject({ provisionId: z.string().min(1), textHash: hex64 }),
});
export type Decision = z.infer<typeof Decision>;

export const Decisions = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  decisions: z.array(Decision),
});
export type Decisions = z.infer<typeof Decisions>;

/** A decisions file that does not follow the schema; the message lists every issue with its path. */
export class DecisionsError extends Error {
  readonly code = 'BAD_DECISIONS';
  readonly issues: string[];
  constructor(issues: string[], where = 'decisions') {
    super(`${where} is not a valid decisions file: ${issues.join('; ')}`);
    this.name = 'DecisionsError';
    this.issues = issues;
  }
}

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(root)'}: ${i.message}`);
}

/** Validate parsed JSON (or JSON text) as a decisions file, all or nothing. */
export function parseDecisions(input: unknown, where?: string): Decisions {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (err) {
      throw new DecisionsError([`not JSON (${(err as Error).message})`], where);
    }
  }
  const result = Decisions.safeParse(data);
  if (!result.success) throw new DecisionsError(formatIssues(result.error), where);
  return result.data;
}

/** An empty decisions file, to start one. */
export function emptyDecisions(): Decisions {
  return { version: 1, decisions: [] };
}

const baseName = (s: string) => s.split(/[\\/]/).pop() ?? s;

/**
 * Was the decision made on this document or an earlier draft of it (then a text mismatch is stale), or on
 * another document of the batch (then it is simply not about this one)? A redraft has new bytes but
 * usually keeps its file name.
 */
function madeOn(decision: Decision, src: FingerprintSource): boolean {
  if (decision.document === src.hash) return true;
  if (decision.source) return baseName(decision.source) === baseName(src.source);
  return !decision.document;
}

export interface Stale {
  element: string;
  reason: string;
}

/** Later decisions win: sort by date, keeping file order among equal dates. */
function newestFirst(list: Decision[]): Decision[] {
  return list.map((d, i) => ({ d, i })).sort((a, b) => b.d.date.localeCompare(a.d.date) || b.i - a.i).map((x) => x.d);
}

function override(verdict: Verdict, d: Decision): Verdict {
  return {
    ...verdict,
    status: d.status,
    needsReview: false,
    decision: { status: d.status, machineStatus: verdict.decision?.machineStatus ?? verdict.status, reason: d.reason, reviewer: d.reviewer, date: d.date },
  };
}

function markStale(verdict: Verdict): Verdict {
  const reasons = verdict.reasons.includes('decision-stale') ? verdict.reasons : [...verdict.reasons, 'decision-stale' as const];
  return { ...verdict, needsReview: true, reasons };
}

function decide(verdict: Verdict, candidates: Decision[], src: FingerprintSource): { verdict: Verdict; stale?: Stale } {
  let stale: Stale | undefined;
  for (const d of newestFirst(candidates)) {
    const check = checkFingerprint(d.fingerprint, src);
    if (check.fresh) return { verdict: override(verdict, d) };
    if (!stale && madeOn(d, src)) stale = { element: verdict.element, reason: `decision by ${d.reviewer} on ${d.date} not applied: ${check.why}` };
  }
  return stale ? { verdict: markStale(verdict), stale } : { verdict };
}

/**
 * Override the verdicts that reviewers decided on. A decision applies when the provisions it rests on
 * still read the same; one made on this document whose text changed is returned under `stale` and
 * the verdict is flagged for review. Decisions made on other documents apply only where the text is
 * identical and are otherwise ignored. The decisions are validated first: nothing is applied from a
 * malformed set.
 */
export function applyDecisions(
  verdicts: Verdict[],
  decisions: Decisions,
  doc: AnnotatedDocument | DocumentReport | FingerprintSource,
): { verdicts: Verdict[]; stale: Stale[] } {
  const valid = parseDecisions(decisions);
  const src = fingerprintSource(doc);
  const byElement = new Map<string, Decision[]>();
  for (const d of valid.decisions) byElement.set(d.element, [...(byElement.get(d.element) ?? []), d]);
  const stale: Stale[] = [];
  const out = verdicts.map((v) => {
    const result = decide(v, byElement.get(v.element) ?? [], src);
    if (result.stale) stale.push(result.stale);
    return result.verdict;
  });
  return { verdicts: out, stale };
}

/** Build a decision from a verdict as the reviewer sees it (the browser form and the CLI use this). */
export function decisionFor(
  verdict: Verdict,
  doc: AnnotatedDocument | DocumentReport | FingerprintSource,
  status: ElementStatus,
  reason: string,
  reviewer: string,
  date: string = new Date().toISOString().slice(0, 10),
): Decision {
  const src = fingerprintSource(doc);
  return Decision.parse({
    document: src.hash,
    source: baseName(src.source),
    element: verdict.element,
    status,
    reason,
    reviewer,
    date,
    fingerprint: fingerprintOf({ ...verdict, status: verdict.decision?.machineStatus ?? verdict.status }, src),
  });
}

/** Add or replace the decision for the same document and element, keeping the rest. */
export function withDecision(decisions: Decisions, decision: Decision): Decisions {
  const rest = decisions.decisions.filter((d) => !(d.element === decision.element && d.document === decision.document));
  return { ...decisions, decisions: [...rest, decision] };
}
