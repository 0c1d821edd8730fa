/** `bla-check segment` as a user runs it: a tree to read, JSON to script, one-line errors. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/node/main.js';
import type { Io } from '../../src/node/io.js';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    isTTY: false,
    color: false,
    cwd: process.cwd(),
    env: {},
    readStdin: async () => new TextEncoder().encode('Article 1\n\n1. Wages are paid monthly.\n'),
  };
  const code = await main(['segment', ...args], io);
  return { code, out, err };
}

describe('bla-check segment', () => {
  it('prints the tree indented, one provision a line, with label, id, pages, range and heading', async () => {
    const { code, out } = await run('examples/mou-en.txt');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Document {2}\[document\] {2}p\.1 {2}0-\d+$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Article 4 {2}\[art_4\] {2}p\.1 {2}\d+-\d+ {2}"Recruitment Costs"$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {6}Article 5\(2\)\(b\) {2}\[art_5__para_2__point_b\]/));
  });

  it('prints JSON that holds every field of the tree', async () => {
    const { code, out } = await run('examples/accord-fr.txt', '--json');
    expect(code).toBe(0);
    const root = JSON.parse(out);
    expect(root).toMatchObject({ kind: 'document', id: 'document', start: 0 });
    const labels = JSON.stringify(root);
    expect(labels).toContain('"label":"Article 12 bis"');
  });

  it('limits the depth on request', async () => {
    const { out } = await run('examples/mou-en.txt', '--depth', '1');
    expect(out).toContain('  Article 14  [art_14]');
    expect(out).not.toContain('Article 14(1)');
  });

  it('reads standard input given as "-"', async () => {
    const { code, out } = await run('-');
    expect(code).toBe(0);
    expect(out).toContain('Article 1(1)  [art_1__para_1]');
  });

  it('shows a full help text', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: bla-check segment <file>');
    expect(out).toContain('--json');
  });

  it('fails with one line and exit code 2 on a missing file or a bad option', async () => {
    const missing = await run('no/such/file.txt');
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('no such file');
    const bad = await run('examples/mou-en.txt', '--depth', 'deep');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--depth');
    expect((await run()).code).toBe(2);
  });
});
