/**
 * Reviewer decisions kept in the browser, one entry per document (its SHA-256, Document.hash), so a
 * reviewer who closes the tab and opens the same file again finds their decisions applied. The stored
 * value is exactly a decisions file, as `bla-check check --decisions FILE` reads it.
 */
import { emptyDecisions, parseDecisions, withDecision, type Decision, type Decisions } from '../review/index.js';

/** The part of Web Storage used here, so tests and embedders can hand in their own. */
export type DecisionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'bla-check:decisions:';
const REVIEWER_KEY = 'bla-check:reviewer';

export function storageKey(documentHash: string): string {
  return PREFIX + documentHash;
}

/** The decisions saved for a document; a damaged entry reads as none rather than breaking the form. */
export function loadDecisions(storage: DecisionStorage, documentHash: string): Decisions {
  const text = storage.getItem(storageKey(documentHash));
  if (!text) return emptyDecisions();
  try {
    return parseDecisions(text);
  } catch {
    return emptyDecisions();
  }
}

export function saveDecisions(storage: DecisionStorage, documentHash: string, decisions: Decisions): void {
  if (decisions.decisions.length === 0) storage.removeItem(storageKey(documentHash));
  else storage.setItem(storageKey(documentHash), JSON.stringify(decisions));
}

/** Add imported decisions to the kept ones; an imported decision replaces one on the same element. */
export function mergeDecisions(kept: Decisions, imported: Decisions): Decisions {
  return imported.decisions.reduce<Decisions>((all, d) => withDecision(all, d), kept);
}

/** Drop the decision on one element of one document (the reviewer withdrew it). */
export function withoutDecision(decisions: Decisions, element: string, documentHash: string): Decisions {
  const keep = (d: Decision) => !(d.element === element && (d.document === documentHash || d.document === undefined));
  return { ...decisions, decisions: decisions.decisions.filter(keep) };
}

/** The decisions file a reviewer downloads, validated so the CLI will accept what the form exports. */
export function decisionsFileText(decisions: Decisions): string {
  return `${JSON.stringify(parseDecisions(decisions), null, 2)}\n`;
}

export function loadReviewer(storage: DecisionStorage): string {
  return storage.getItem(REVIEWER_KEY) ?? '';
}

export function saveReviewer(storage: DecisionStorage, name: string): void {
  storage.setItem(REVIEWER_KEY, name);
}
