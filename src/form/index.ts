/** The review form: mount it into a page; it checks in a worker and keeps decisions in this browser. */
export { mountReviewForm, type ReviewForm, type ReviewFormOptions } from './mount.js';
export { createChecker, CheckFailure, type Checker, type CheckJob, type CheckResult, type Progress } from './client.js';
export { reviewReport, reviewDocument, decide, type DecisionInput } from './reviewed.js';
export { loadDecisions, saveDecisions, mergeDecisions, decisionsFileText, storageKey, type DecisionStorage } from './decisions-store.js';
export { FORM_CSS } from './styles.js';
export type { PackChoice } from './protocol.js';
