/**
 * What the in-process figures time, as one module. The bench builds it the way the library is built
 * for Node (bench/lib/build.ts: one ESM bundle, dependencies left in node_modules), so the figures
 * measure the code a user runs, not the sources as a development loader transpiles them file by file.
 */
export { checkDocument, checkText, prepare } from '../../src/core.js';
export { ingest } from '../../src/ingest/index.js';
export { builtinLexicons, tokenize } from '../../src/annotate/index.js';
export { builtinPack } from '../../src/rules/index.js';
export { pdfHelper, stopPdfHelpers } from '../../src/node/pdf-helper.js';

export type Engine = typeof import('./engine.js');
