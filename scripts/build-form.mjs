// Builds the review form into dist/form/: index.html, form.js (the browser API + the form), worker.js
// (reads and checks documents), pdf.worker.mjs (pdf.js, served from the same folder, never fetched
// elsewhere) and form.css. Static files only: any web server, or none but 127.0.0.1, can serve them.
import { build } from 'tsup';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

// An other folder can be given (tests build a private copy while dist/ may be rebuilt by others).
const out = process.argv[2] ?? 'dist/form';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  config: false, // not tsup.config.ts: that one builds the package
  entry: { form: 'examples/web-form/form.ts', worker: 'src/form/worker.ts' },
  outDir: out,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  metafile: true,
  sourcemap: false,
  noExternal: [/.*/],
  splitting: false,
  dts: false,
  silent: true,
  outExtension: () => ({ js: '.js' }),
  esbuildOptions(o) {
    o.alias = { ...(o.alias ?? {}), fs: './src/shims/empty.js' };
  },
});

// Like scripts/check-browser-bundle.mjs: an external import would fail at load in the browser.
let external = [];
for (const f of readdirSync(out).filter((f) => /^metafile-.*\.json$/.test(f))) {
  const meta = JSON.parse(readFileSync(`${out}/${f}`, 'utf8'));
  for (const [file, o] of Object.entries(meta.outputs)) for (const i of o.imports ?? []) if (i.external) external.push(`${file}: "${i.path}"`);
  rmSync(`${out}/${f}`);
}
if (external.length) {
  console.error(`the form bundles have external imports:\n${external.join('\n')}`);
  process.exit(1);
}

copyFileSync('node_modules/pdf-parse/dist/pdf-parse/web/pdf.worker.mjs', `${out}/pdf.worker.mjs`);
copyFileSync('examples/web-form/index.html', `${out}/index.html`);

// The form's styles live in src/form/styles.ts (injected when embedded); the page links them as a file
// so its Content-Security-Policy can forbid inline styles.
const styles = /FORM_CSS = `([\s\S]*?)`;/.exec(readFileSync('src/form/styles.ts', 'utf8'));
if (!styles || styles[1].includes('${')) {
  console.error('src/form/styles.ts: FORM_CSS must be one plain template literal');
  process.exit(1);
}
writeFileSync(`${out}/form.css`, `${styles[1].trim()}\n${readFileSync('examples/web-form/page.css', 'utf8')}`);
console.log(`review form built in ${out}/: ${readdirSync(out).sort().join(', ')}`);
