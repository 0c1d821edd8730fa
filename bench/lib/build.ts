/**
 * What the bench runs as a user would: the CLI built from the current sources into bench/out/dist
 * (others rebuild dist/ at any moment), and the browser bundle built again with pdf.js left out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Build the Node entries (ESM, as `npm run build` does) and return the path of cli.js. */
export function buildCli(): string {
  const out = join(ROOT, 'bench/out/dist');
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/embed-rules.mjs'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/tsup/dist/cli-default.js'), '--no-config', '--silent',
    '--entry.cli', 'src/node/cli.ts', '--entry.check-worker', 'src/node/check-worker.ts', '--entry.docx-worker', 'src/node/docx-worker.ts',
    '--format', 'esm', '--platform', 'node', '--target', 'node20', '--out-dir', out,
  ], { cwd: ROOT, stdio: 'pipe' });
  return join(out, 'cli.js');
}

export interface BundleSize {
  /** Minified then gzipped (level 9), bytes. */
  gzip: number;
  minified: number;
  /** Of the bundle with everything, pdf.js included, for comparison. */
  fullGzip: number;
}

/**
 * The browser bundle as tsup's browser config makes it (src/browser.ts, ESM, minified, es2022, fs
 * shimmed), once whole and once with pdf-parse marked external, i.e. without pdf.js, which a page can
 * load on demand. The figure is the second one's exact minified output, gzipped.
 */
export async function browserBundleSize(): Promise<BundleSize> {
  const outdir = join(ROOT, 'bench/out/browser');
  mkdirSync(outdir, { recursive: true });
  const bundle = async (name: string, external: string[]) => {
    const result = await build({
      entryPoints: { [name]: join(ROOT, 'src/browser.ts') },
      outdir, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: true, metafile: true, logLevel: 'silent',
      alias: { fs: join(ROOT, 'src/shims/empty.js') }, external,
    });
    const bytes = readFileSync(join(outdir, `${name}.js`));
    return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, meta: result.metafile as Metafile };
  };
  const lean = await bundle('browser-no-pdf', ['pdf-parse']);
  const full = await bundle('browser-full', []);
  return { gzip: lean.gzip, minified: lean.min, fullGzip: full.gzip };
}
