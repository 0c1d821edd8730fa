import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';

// The CLI carries the libraries every check loads at start (scripts/tsup-cli.config.ts), so starting
// it reads no package from node_modules: a copy of the build where no node_modules can be found
// checks a text exactly as the build in place does.
let inPlace = '';
let away = '';

beforeAll(() => {
  inPlace = ensureBuilt();
  away = mkdtempSync(join(tmpdir(), 'bla-check-bundle-'));
  cpSync(dirname(inPlace), away, { recursive: true });
}, 180_000);

afterAll(() => rmSync(away, { recursive: true, force: true }));

function checkWith(cli: string, ...args: string[]) {
  return spawnSync(process.execPath, [cli, 'check', join(ROOT, 'examples/accord-fr.txt'), '--format', 'json', ...args], { cwd: away, encoding: 'utf8', timeout: 120_000 });
}

describe('the built CLI', { timeout: 240_000 }, () => {
  it('checks a text without any package from node_modules', () => {
    const alone = checkWith(join(away, 'cli.js'));
    expect(alone.stderr).toBe('');
    expect(alone.status).toBe(0);
    expect(alone.stdout).toBe(checkWith(inPlace).stdout);
  });

  it('reads a custom rule pack (YAML, validated) without any package from node_modules', () => {
    const r = spawnSync(process.execPath, [join(away, 'cli.js'), 'rules', 'validate', join(ROOT, 'rules/ilo-bla.yaml')], { cwd: away, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
