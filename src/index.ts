/** bla-check for Node: the browser-safe core plus file helpers. */
export * from './core.js';
export * from './ingest/types.js';
export type { Provision, ProvisionKind, Scope } from './structure/types.js';
export type { AnnotatedDocument, Sentence, Token, Force, Polarity, Bearer } from './annotate/types.js';
/** Where token i of a sentence stands in the text: `startOf(sentence.spans, i)`, `endOf(sentence.spans, i)`. */
export { startOf, endOf } from './annotate/spans.js';
export * from './judge/verdict.js';
export * from './score/report.js';
export { Pack, Element, Concept, Condition } from './rules/pack-schema.js';
export { VERSION } from './version.js';
/** Opt-in: read long PDFs on two cores, `checkDocument(bytes, name, { ingest: { sharePdfPages: pdfHelper() } })`; `stopPdfHelpers()` ends the helper thread. */
export { pdfHelper, stopPdfHelpers, type PdfHelperOptions } from './node/pdf-helper.js';
