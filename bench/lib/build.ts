/**
 * What the bench runs as a user would: the CLI built from the current sources into bench/out/dist
 * (others rebuild dist/ at any moment), and the browser bundle built again with pdf.js left out.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { buildCliInto } from '../../scripts/build-cli.js';
import type { Engine } from './engine.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Build the Node entries (ESM, as `npm run build` does) and return the path of cli.js. */
export function buildCli(): string {
  const out = join(ROOT, 'bench/out/dist');
  rmSync(out, { recursive: true, force: true });
  return buildCliInto(out);
}

/**
 * Build bench/lib/engine.ts as the library is built for Node (ESM, node20, bundled, packages external)
 * and load it: the in-process figures time this, not tsx's per-file transpilation of the sources.
 */
export async function buildEngine(): Promise<Engine> {
  const outdir = join(ROOT, 'bench/out/engine');
  execFileSync(process.execPath, ['scripts/embed-rules.mjs'], { cwd: ROOT, stdio: 'pipe' });
  await build({
    // The PDF page helper's script beside the engine, where pdfHelper() looks for it.
    entryPoints: { engine: join(ROOT, 'bench/lib/engine.ts'), 'pdf-worker': join(ROOT, 'src/node/pdf-worker.ts') },
    outdir, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'silent',
  });
  return (await import(pathToFileURL(join(outdir, 'engine.js')).href)) as Engine;
}

export interface BundleSize {
  /** What a page loads at start: the entry and the chunks it imports statically, minified then gzipped (level 9), bytes. */
  gzip: number;
  minified: number;
  /** Chunks loaded on demand (DOCX reading), gzipped; pdf.js is left out of the build altogether. */
  onDemandGzip: number;
}

/** The browser entry of tsup.config.ts, whose esbuild options (aliases) the figure reuses. */
async function browserConfig(): Promise<{ alias: Record<string, string> }> {
  const { default: configs } = (await import('../../tsup.config.js')) as { default: Array<{ outDir?: string; esbuildOptions?: (o: { alias?: Record<string, string> }, c: unknown) => void }> };
  const browser = configs.find((c) => c.outDir === 'dist/browser');
  const options: { alias?: Record<string, string> } = {};
  browser?.esbuildOptions?.(options, { format: 'esm' });
  return { alias: Object.fromEntries(Object.entries(options.alias ?? {}).map(([k, v]) => [k, v.startsWith('.') ? join(ROOT, v) : v])) };
}

/**
 * The browser bundle as tsup's browser config makes it (src/browser.ts, ESM split into chunks,
 * minified, es2022, its aliases), with pdf-parse marked external: pdf.js is left out. The figure is
 * what a page downloads at start, the entry and every chunk it imports statically, each gzipped at
 * level 9; chunks behind a dynamic import (DOCX reading) are loaded on the first DOCX and reported apart.
 */
export async function browserBundleSize(): Promise<BundleSize> {
  const outdir = join(ROOT, 'bench/out/browser');
  rmSync(outdir, { recursive: true, force: true });
  const { alias } = await browserConfig();
  const result = await build({
    entryPoints: { browser: join(ROOT, 'src/browser.ts') },
    outdir, bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: true, metafile: true, logLevel: 'silent',
    alias, external: ['pdf-parse'],
  });
  const outputs = (result.metafile as Metafile).outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint)!;
  const atStart = new Set<string>();
  const visit = (out: string) => {
    if (atStart.has(out)) return;
    atStart.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entry);
  const size = (out: string) => readFileSync(join(ROOT, out));
  const js = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const gz = (list: string[]) => list.reduce((n, o) => n + gzipSync(size(o), { level: 9 }).length, 0);
  return {
    gzip: gz([...atStart]),
    minified: [...atStart].reduce((n, o) => n + size(o).length, 0),
    onDemandGzip: gz(js.filter((o) => !atStart.has(o))),
  };
}
