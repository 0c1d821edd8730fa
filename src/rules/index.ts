/** The rule engine: load and validate packs, resolve `extends`, compile patterns, match sentences. */
export * from './types.js';
export { PackError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { parsePack, validatePack } from './load.js';
export { resolvePack, selectElements, type PackLoader } from './resolve.js';
export { builtinPack, builtinPackIds, UnknownPackError } from './builtin.js';
export { compilePack, type CompiledPack, type CompileOptions, type Matcher } from './compile.js';
export { toPortable, fromPortable, type PortablePack } from './portable.js';
export { match } from './match.js';
export type { PatternAnalyzer } from './analyzer.js';
export { packJsonSchema } from './json-schema.js';
export { checksOf, elementChecks, conceptRefs, type CheckAt } from './conditions.js';
export { runExamples, formatExampleRun, type ExamplePipeline, type ExampleResult, type ExampleRun } from './example-runner.js';
