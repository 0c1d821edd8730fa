import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';

// The built CLI reads the built-in packs and lexicons compiled at build time (src/node/precompiled.ts).
// Whatever the file holds, or if it is missing, stale or broken, reports must be the same.
const BIN = 'builtin-packs.bin';
let built = '';
let copies = '';

beforeAll(() => {
  built = dirname(ensureBuilt());
  // Copies of the build sit inside the repository, so their imports resolve to its node_modules.
  copies = mkdtempSync(join(ROOT, 'node_modules/.cache/bla-check-precompiled-'));
}, 180_000);

afterAll(() => rmSync(copies, { recursive: true, force: true }));

/** A copy of the build whose precompiled file is changed by `edit` (or removed when it returns undefined). */
function buildWith(name: string, edit: (bytes: Buffer) => Buffer | undefined): string {
  const dir = join(copies, name);
  cpSync(built, dir, { recursive: true });
  const next = edit(readFileSync(join(dir, BIN)));
  if (next) writeFileSync(join(dir, BIN), next);
  else rmSync(join(dir, BIN));
  return join(dir, 'cli.js');
}

function check(cli: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [cli, 'check', 'examples/mou-en.txt', 'examples/accord-fr.txt', '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('the built-in packs compiled at build time', { timeout: 240_000 }, () => {
  it('are written next to the built CLI, for the build that wrote them', () => {
    expect(existsSync(join(built, BIN))).toBe(true);
    const data = deserialize(readFileSync(join(built, BIN))) as { engine: string; packs: Record<string, unknown>; lexicons: Record<string, unknown>; structure: Record<string, unknown> };
    expect(Object.keys(data.packs)).toContain('ilo-bla');
    expect(Object.keys(data.lexicons).sort()).toEqual(['en', 'es', 'fr', 'nl']);
    expect(Object.keys(data.structure)).toContain('containers');
    expect(readFileSync(join(ROOT, 'src/generated/rules-data.ts'), 'utf8')).toContain(`engineHash = "${data.engine}"`);
  });

  it('give the report compiling the pack gives, and are ignored when missing, stale or broken', () => {
    const expected = check(join(built, 'cli.js'));
    const stale = (bytes: Buffer) => serialize({ ...(deserialize(bytes) as object), engine: 'another build' });
    expect(check(buildWith('missing', () => undefined))).toBe(expected);
    expect(check(buildWith('stale', stale))).toBe(expected);
    expect(check(buildWith('broken', (bytes) => bytes.subarray(0, 1000)))).toBe(expected);
  });

  it('give the report compiling gives when tags narrow the pack', () => {
    const args = ['--tag', 'C181', '--jobs', '1'];
    expect(check(join(built, 'cli.js'), ...args)).toBe(check(buildWith('tags', () => undefined), ...args));
  });
});
