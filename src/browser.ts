/** bla-check in the browser: the same core, no Node built-ins (checked after every build). */
export * from './core.js';
export * from './ingest/types.js';
export { setPdfWorker } from './ingest/pdf.js';
export * from './judge/verdict.js';
export * from './score/report.js';
export { VERSION } from './version.js';
export { mountReviewForm, type ReviewForm, type ReviewFormOptions } from './form/index.js';
export { parseDecisions, emptyDecisions, applyDecisions, decisionFor, withDecision, Decisions, Decision } from './review/index.js';
export { render } from './report/index.js';
