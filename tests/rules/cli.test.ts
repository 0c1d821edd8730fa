import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/node/io.js';
import { main } from '../../src/node/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs `bla-check ...args` in-process from the repository root and collects what it prints. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t),
    isTTY: false, color: false, cwd: ROOT, env: {}, readStdin: async () => new Uint8Array(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function packFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bla-rules-'));
  const file = join(dir, 'pack.yaml');
  writeFileSync(file, text);
  return file;
}

describe('bla-check rules validate', () => {
  it('prints ok with the counts for a valid pack', async () => {
    expect(await cli('rules', 'validate', 'tests/rules/fixtures/base.yaml')).toEqual({ code: 0, stdout: 'ok: 3 elements, 3 concepts\n', stderr: '' });
  });

  it('follows extends to files relative to the pack', async () => {
    expect((await cli('rules', 'validate', 'tests/rules/fixtures/child.yaml')).stdout).toBe('ok: 3 elements, 4 concepts\n');
  });

  it('prints every mistake as file:line:column and exits 2', async () => {
    const { code, stdout, stderr } = await cli('rules', 'validate', 'tests/rules/fixtures/bad-check.yaml');
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe("tests/rules/fixtures/bad-check.yaml:12:11: unknown check kind 'obligaton' (expected one of mentions, near, obligation, prohibition, reference, number, or all/any/none)");
    expect(stderr).toBe('8 problems in tests/rules/fixtures/bad-check.yaml\n');
  });

  it('reports a circular extends', async () => {
    const { code, stdout } = await cli('rules', 'validate', 'tests/rules/fixtures/loop-a.yaml');
    expect(code).toBe(2);
    expect(stdout).toMatch(/loop-b\.yaml:3:10: circular extends: loop-a → loop-b → loop-a/);
  });

  it('says which built-in packs exist when the id is unknown', async () => {
    const { code, stderr } = await cli('rules', 'validate', 'no-such-pack');
    expect(code).toBe(2);
    expect(stderr).toMatch(/no built-in rule pack 'no-such-pack' \(built-in packs: .*ilo-bla/);
  });

  it('refuses a missing action or argument', async () => {
    expect((await cli('rules')).stderr).toMatch(/give an action: validate, test or list/);
    expect((await cli('rules', 'validate')).code).toBe(2);
  });
});

describe('bla-check rules list', () => {
  it('lists the built-in pack by default: id, phase, level, title', async () => {
    const { code, stdout } = await cli('rules', 'list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^recruitment-fees-and-costs +A-\S+ +core +No recruitment fees/m);
  });

  it('lists a pack file, narrowed by tag', async () => {
    const { stdout } = await cli('rules', 'list', '--pack', 'tests/rules/fixtures/base.yaml', '--tag', 'contract');
    expect(stdout).toBe('contract  A  core  Written contract\n');
  });
});

describe('bla-check rules test', () => {
  const pack = (example: string) => packFile(`id: t
version: "1"
elements:
  - id: fees
    title: No fees
    phase: A
    level: core
    question: Fees?
    addressed: { obligation: { concept: borne } }
    examples:
      addressed: ["Article 1. Recruitment costs shall be borne by the employer."]
      absent: [${JSON.stringify(example)}]
concepts:
  borne: { en: ["cost* ... borne by the employer"] }
`);

  it('passes when every example comes out with its status', async () => {
    const { code, stdout } = await cli('rules', 'test', pack('Article 1. The Parties shall exchange information.'));
    expect(stdout.trim().split('\n').pop()).toBe('2 of 2 examples passed');
    expect(code).toBe(0);
  });

  it('prints the failing example with the status it got, and exits 1', async () => {
    const { code, stdout } = await cli('rules', 'test', pack('Article 1. Travel costs shall be borne by the employer.'));
    expect(code).toBe(1);
    expect(stdout).toContain('✗ fees: expected absent, got addressed\n    "Article 1. Travel costs shall be borne by the employer."');
    expect(stdout).toMatch(/1 of 2 examples passed, 1 failed\n$/);
  });
});
