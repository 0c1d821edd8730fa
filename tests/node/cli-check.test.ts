import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Report } from '../../src/score/report.js';
import { ensureBuilt, runCli, ROOT } from '../helpers/built-cli.js';
import { linesPdf } from '../../scripts/fixtures/pdf.js';

const MOU = join(ROOT, 'examples/mou-en.txt');
const CORRUPT = join(ROOT, 'fixtures/corrupt.pdf');

/** A scratch directory with the example MoU under the given names. */
function workspace(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bla-cli-'));
  for (const n of names) copyFileSync(MOU, join(dir, n));
  return dir;
}

beforeAll(() => { ensureBuilt(); }, 180_000);

// Each run spawns the real binary; on a loaded machine that takes a while, hence the generous timeout.
describe('bla-check check on real files', { timeout: 240_000 }, () => {
  it('prints a Markdown review by default and exits 0', () => {
    const { code, stdout, stderr } = runCli(['check', 'examples/mou-en.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# bla-check report\n/);
    expect(stdout).toContain('## examples/mou-en.txt');
    expect(stdout).toMatch(/- Coverage: \*\*\d+%/);
    expect(stdout).toMatch(/### A · /);
  });

  it('prints JSON that follows the published Report schema, text left out with --no-text', () => {
    const { code, stdout } = runCli(['check', 'examples/mou-en.txt', '--format', 'json', '--no-text']);
    expect(code).toBe(0);
    const report = Report.parse(JSON.parse(stdout));
    expect(report.documents[0].source).toBe('examples/mou-en.txt');
    expect(report.documents[0].elements.length).toBe(report.pack.elements);
    expect(report.documents[0].text).toBeUndefined();
  });

  it('reads standard input given as -', () => {
    const { code, stdout } = runCli(['check', '-', '--format', 'json'], { input: readFileSync(MOU) });
    expect(code).toBe(0);
    const doc = Report.parse(JSON.parse(stdout)).documents[0];
    expect(doc.source).toBe('stdin');
  });

  it('reports a file that fails among good ones, and goes on (exit 0)', () => {
    const dir = workspace('a.txt', 'b.txt');
    copyFileSync(CORRUPT, join(dir, 'broken.pdf'));
    const { code, stdout, stderr } = runCli(['check', 'a.txt', 'broken.pdf', 'b.txt', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr.trim()).toMatch(/^bla-check: broken\.pdf: CORRUPT_PDF: /);
    const report = Report.parse(JSON.parse(stdout));
    expect(report.documents.map((d) => d.source)).toEqual(['a.txt', 'b.txt']);
    expect(report.failures).toEqual([expect.objectContaining({ source: 'broken.pdf', code: 'CORRUPT_PDF' })]);
  });

  it('exits 2 with one line on stderr when its one input cannot be checked', () => {
    const { code, stdout, stderr } = runCli(['check', CORRUPT]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bla-check: \S+\.pdf: CORRUPT_PDF: [^\n]+\n$/);
  });

  it('exits 2 when none of several inputs can be checked: a line for each and one that sums up', () => {
    const dir = workspace();
    copyFileSync(CORRUPT, join(dir, 'broken.pdf'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = runCli(['check', 'broken.pdf', 'empty.txt', '--out', 'report.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^bla-check: broken\.pdf: CORRUPT_PDF: /),
      'bla-check: empty.txt: EMPTY_FILE: the file is empty',
      'bla-check: no input could be checked; report.json left as it was',
    ]);
  });

  it('exits 1 when a document falls under --fail-under, as a fraction or a percent', () => {
    const under = runCli(['check', 'examples/mou-en.txt', '--fail-under', '99%']);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/^bla-check: examples\/mou-en\.txt: coverage \d+% is under 99%\n$/);
    expect(under.stdout).toContain('# bla-check report');
    expect(runCli(['check', 'examples/mou-en.txt', '--fail-under', '0.05']).code).toBe(0);
  });

  it('writes --out FILE whole, leaves no temporary file, and keeps it when a later run fails', () => {
    const dir = workspace('mou.txt');
    expect(runCli(['check', 'mou.txt', '--format', 'html', '--out', 'report.html'], { cwd: dir }).code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(readdirSync(dir).sort()).toEqual(['mou.txt', 'report.html']);
    copyFileSync(CORRUPT, join(dir, 'broken.pdf'));
    expect(runCli(['check', 'broken.pdf', '--format', 'html', '--out', 'report.html'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(html);
  });

  it('writes one file per document with --out DIR', () => {
    const dir = workspace('first.txt', 'second.txt');
    mkdirSync(join(dir, 'reports'));
    expect(runCli(['check', '*.txt', '--format', 'sarif', '--out', 'reports'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['first.sarif', 'second.sarif']);
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/first.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].artifacts).toHaveLength(1);
  });

  it('gives the same report on worker threads as in one thread, in argument order', () => {
    const names = ['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt', 'd5.txt'];
    const dir = workspace(...names);
    const parallel = runCli(['check', ...names.reverse(), '--format', 'json', '--jobs', '3'], { cwd: dir });
    const serial = runCli(['check', ...names, '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(parallel.code).toBe(0);
    expect(JSON.parse(parallel.stdout).documents.map((d: { source: string }) => d.source)).toEqual(names);
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout));
  });

  it('checks a directory on two threads, the first started with the program, as one thread does', () => {
    const names = Array.from({ length: 9 }, (_, i) => `d${i + 1}.txt`);
    const dir = workspace(...names);
    const out = mkdtempSync(join(tmpdir(), 'bla-cli-out-')); // the reports (1.5 MB) exceed what runCli buffers
    expect(runCli(['check', '.', '--format', 'json', '--jobs', '2', '--out', join(out, 'parallel.json')], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '.', '--format', 'json', '--jobs', '1', '--out', join(out, 'serial.json')], { cwd: dir }).code).toBe(0);
    const parallel = readFileSync(join(out, 'parallel.json'), 'utf8');
    expect(JSON.parse(parallel).documents.map((d: { source: string }) => d.source)).toEqual(names);
    // Written a document at a time as the threads finish them, yet the very text of one thread's report.
    expect(parallel).toBe(readFileSync(join(out, 'serial.json'), 'utf8'));
  });

  it('writes a CSV matrix on two threads, a failed file in its place at the end, as one thread writes it', () => {
    const names = Array.from({ length: 9 }, (_, i) => `d${i + 1}.txt`);
    const dir = workspace(...names);
    copyFileSync(CORRUPT, join(dir, 'd5-corrupt.pdf'));
    const out = mkdtempSync(join(tmpdir(), 'bla-cli-out-'));
    const run = (jobs: string) => runCli(['check', '.', '--format', 'csv', '--jobs', jobs, '--out', join(out, `matrix-${jobs}.csv`)], { cwd: dir });
    expect(run('2').code).toBe(0);
    expect(run('1').code).toBe(0);
    const parallel = readFileSync(join(out, 'matrix-2.csv'), 'utf8');
    expect(parallel).toBe(readFileSync(join(out, 'matrix-1.csv'), 'utf8'));
    const sources = [...new Set(parallel.trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0]))];
    expect(sources).toEqual([...names, 'd5-corrupt.pdf']);
    expect(parallel.trimEnd().split('\r\n').at(-1)).toMatch(/^d5-corrupt\.pdf,,,,,failed: /);
  });

  it('reads a long PDF with a helper thread and gives the report one thread gives', async () => {
    // 160 pages: long enough for the CLI to start its page helper (src/node/pdf-helper.ts).
    // Each page says something else: lines that repeat from page to page are read as running headers.
    const who = ['employer', 'agency', 'ministry', 'consulate', 'committee', 'inspector', 'insurer', 'school', 'union', 'court'];
    const what = ['travel', 'visas', 'housing', 'training', 'medical checks', 'translation', 'insurance', 'meals', 'tools', 'uniforms', 'fees', 'transport', 'permits', 'language classes', 'records', 'contracts', 'deposits'];
    const pages = Array.from({ length: 160 }, (_, i) => [`Article ${i + 1}`, `The ${who[i % 10]} shall pay for ${what[Math.floor(i / 10)]} of the worker.`]);
    const dir = mkdtempSync(join(tmpdir(), 'bla-cli-pdf-'));
    writeFileSync(join(dir, 'long.pdf'), await linesPdf(pages));
    expect(runCli(['check', 'long.pdf', '--format', 'json', '--out', 'shared.json'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', 'long.pdf', '--format', 'json', '--jobs', '1', '--out', 'alone.json'], { cwd: dir }).code).toBe(0);
    const shared = JSON.parse(readFileSync(join(dir, 'shared.json'), 'utf8'));
    expect(shared.documents[0].pages).toHaveLength(160);
    expect(shared).toEqual(JSON.parse(readFileSync(join(dir, 'alone.json'), 'utf8')));
  });

  it('writes a CSV matrix with a row per document × element', () => {
    const dir = workspace('a.txt', 'b.txt');
    const { code, stdout } = runCli(['check', 'a.txt', 'b.txt', '--format', 'csv'], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^source,element,title,phase,level,status,needs_review/);
    expect(lines.filter((l) => l.startsWith('a.txt,'))).toHaveLength(lines.filter((l) => l.startsWith('b.txt,')).length);
  });
});
