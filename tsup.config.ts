import { defineConfig } from 'tsup';
import { cpSync, mkdirSync } from 'node:fs';
import { cliBundle, WITHOUT_STOP_WORDS } from './scripts/tsup-cli.config.js';

// Three builds: the library for Node (its dependencies left to the user's node_modules), the CLI with
// its worker threads (scripts/tsup-cli.config.ts), and a browser bundle that carries everything,
// pdf.js worker included, so the review form never fetches code from elsewhere.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    platform: 'node',
    silent: true, // npm start builds first: keep its output to the review itself (errors still print)
    target: 'node20',
    sourcemap: true,
  },
  { ...cliBundle, silent: true, sourcemap: true },
  {
    entry: { browser: 'src/browser.ts' },
    outDir: 'dist/browser',
    format: ['esm', 'iife'],
    globalName: 'BlaCheck',
    platform: 'browser',
    silent: true,
    target: 'es2022',
    minify: true,
    metafile: true,
    sourcemap: true,
    noExternal: [/.*/],
    // ESM output splits: DOCX reading (mammoth, JSZip) and pdf.js become chunks a page loads on the first
    // DOCX or PDF. The IIFE cannot split and stays whole.
    splitting: true,
    esbuildOptions(o) {
      o.alias = { ...(o.alias ?? {}), fs: './src/shims/empty.js', ...WITHOUT_STOP_WORDS };
    },
    onSuccess: async () => {
      mkdirSync('dist/browser', { recursive: true });
      cpSync('node_modules/pdf-parse/dist/pdf-parse/web/pdf.worker.mjs', 'dist/browser/pdf.worker.mjs');
    },
  },
]);
