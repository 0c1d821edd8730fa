/**
 * The report as the reviewer sees it: the machine's verdicts with the reviewer's decisions applied, the
 * scores recomputed, stale decisions listed. The machine report stays untouched, so withdrawing a
 * decision brings the machine's verdict back.
 */
import { applyDecisions, decisionFor, withDecision, type Decisions } from '../review/index.js';
import type { ElementStatus } from '../rules/pack-schema.js';
import { score } from '../score/index.js';
import type { DocumentReport, Report } from '../score/report.js';

export function reviewDocument(machine: DocumentReport, decisions: Decisions): DocumentReport {
  if (decisions.decisions.length === 0) return machine;
  const { verdicts, stale } = applyDecisions(machine.elements, decisions, machine);
  return { ...machine, elements: verdicts, scores: score(verdicts), reviewed: true, staleDecisions: stale };
}

export function reviewReport(machine: Report, decisions: Decisions): Report {
  return { ...machine, documents: machine.documents.map((d) => reviewDocument(d, decisions)) };
}

export interface DecisionInput {
  element: string;
  status: ElementStatus;
  reason: string;
  reviewer: string;
}

/** Record a reviewer's decision on one element, fingerprinted on the machine's evidence. */
export function decide(machine: DocumentReport, decisions: Decisions, input: DecisionInput, date?: string): Decisions {
  const verdict = machine.elements.find((v) => v.element === input.element);
  if (!verdict) throw new Error(`no element '${input.element}' in this report`);
  return withDecision(decisions, decisionFor(verdict, machine, input.status, input.reason, input.reviewer, date));
}
