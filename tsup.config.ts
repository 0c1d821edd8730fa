import { defineConfig } from 'tsup';
import { cpSync, mkdirSync } from 'node:fs';

// Two builds: the Node package (library + CLI) and a browser bundle that carries everything,
// pdf.js worker included, so the review form never fetches code from elsewhere.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/node/cli.ts', 'docx-worker': 'src/node/docx-worker.ts', 'check-worker': 'src/node/check-worker.ts', 'pdf-worker': 'src/node/pdf-worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    platform: 'node',
    silent: true, // npm start builds first: keep its output to the review itself (errors still print)
    target: 'node20',
    sourcemap: true,
  },
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
      // stopwords-iso: natural's German stemmer requires every language's stop words (300 kB) at load.
      o.alias = { ...(o.alias ?? {}), fs: './src/shims/empty.js', 'stopwords-iso': './src/shims/stopwords-iso.js' };
    },
    onSuccess: async () => {
      mkdirSync('dist/browser', { recursive: true });
      cpSync('node_modules/pdf-parse/dist/pdf-parse/web/pdf.worker.mjs', 'dist/browser/pdf.worker.mjs');
    },
  },
]);
