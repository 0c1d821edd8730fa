/**
 * How the CLI and its worker threads are bundled: one recipe for `npm run build` (tsup.config.ts) and
 * for the private builds of tests and benchmarks (scripts/build-cli.ts, `tsup --config` this file).
 *
 * The libraries every `check` loads at start are bundled in. Left in node_modules they were 170
 * CommonJS files (yaml 72, ajv 63, natural 29, …), each resolved, read and compiled at start: about a
 * fifth of a short check's time as a process (`bla-check check` of a 6 kB text, 2 cores: about 570 ms
 * against 480 ms bundled), paid again by every worker thread of a batch. PDF and DOCX readers
 * (pdf-parse, mammoth, JSZip) stay outside: they are loaded only when such a file comes.
 */
import { defineConfig, type Options } from 'tsup';

/**
 * natural's German stemmer requires every language's stop words (323 kB) for a helper bla-check never
 * calls; every bundle that carries natural (this one, the browser's) puts a stand-in there.
 */
export const WITHOUT_STOP_WORDS = { 'stopwords-iso': './src/shims/stopwords-iso.js' };

export const BUNDLED_IN_CLI = ['yaml', 'ajv', 'ajv-formats', 'natural', 'zod'];

export const cliBundle: Options = {
  entry: { cli: 'src/node/cli.ts', 'check-worker': 'src/node/check-worker.ts', 'docx-worker': 'src/node/docx-worker.ts', 'pdf-worker': 'src/node/pdf-worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: BUNDLED_IN_CLI,
  esbuildOptions(o) {
    o.alias = { ...(o.alias ?? {}), ...WITHOUT_STOP_WORDS };
  },
  // yaml's CommonJS build requires `process` and `buffer`: an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __blaCreateRequire } from 'node:module';\nconst require = __blaCreateRequire(import.meta.url);" },
};

export default defineConfig(cliBundle);
