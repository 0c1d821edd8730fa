import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; the browser bundle must load in a page, so it may import nothing from Node.
const dir = 'dist/browser';
const nodeModules = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('browser bundle', () => {
  it('exists (npm test builds it before running the tests)', () => {
    expect(existsSync(`${dir}/browser.js`)).toBe(true);
  });

  it('has no external imports, Node built-ins least of all', () => {
    const metafiles = readdirSync(dir).filter((f) => /^metafile-.*\.json$/.test(f));
    expect(metafiles.length).toBeGreaterThan(0);
    const externals: string[] = [];
    for (const f of metafiles) {
      const meta = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { outputs: Record<string, { imports?: Array<{ path: string; external?: boolean }> }> };
      for (const out of Object.values(meta.outputs)) for (const i of out.imports ?? []) if (i.external) externals.push(i.path);
    }
    expect(externals.filter((p) => nodeModules.has(p))).toEqual([]);
    expect(externals).toEqual([]);
  });

  it('does not reference Node built-ins through require or import statements', () => {
    const code = readFileSync(`${dir}/browser.js`, 'utf8');
    const found = [...code.matchAll(/(?:from\s*|require\(\s*|import\(\s*)["']((?:node:)?[a-z_/]+)["']/g)].map((m) => m[1]).filter((m) => nodeModules.has(m));
    expect(found).toEqual([]);
  });
});
