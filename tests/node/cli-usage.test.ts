import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ensureBuilt, runCli, ROOT } from '../helpers/built-cli.js';

beforeAll(() => { ensureBuilt(); }, 180_000);

const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('bla-check command line: help and usage', { timeout: 120_000 }, () => {
  it('prints the package version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('lists check, explain and compare first in the overall help', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Commands:\n {2}check +check agreements.*\n {2}explain .*\n {2}compare /);
  });

  it.each(['check', 'explain', 'compare'])('gives full usage with an example for %s --help', (name) => {
    const { code, stdout } = runCli([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: bla-check ${name}`);
    expect(stdout).toMatch(/Examples?:\n {2}bla-check /);
  });

  it('documents the exit codes of check', () => {
    const { stdout } = runCli(['check', '--help']);
    expect(stdout).toMatch(/Exit codes:\n {2}0 .*\n[\s\S]* {2}1 .*--fail-under\n {2}2 /);
  });

  it.each([
    [['check'], /no input given/],
    [['check', 'x.txt', '--format', 'pdf'], /--format must be one of md, json, html, csv, sarif, not "pdf"/],
    [['check', 'x.txt', '--fail-under', '150%'], /--fail-under takes a score/],
    [['check', 'x.txt', '--jobs', '0'], /--jobs takes a whole number/],
    [['check', 'x.txt', '--lang', 'de'], /--lang must be one of auto, en, fr, es, nl/],
    [['check', 'x.txt', '--colour'], /check: Unknown option '--colour'/],
    [['check', 'package.json', '--pack', 'no-such-pack'], /unknown pack "no-such-pack"/],
    [['explain', 'x.txt'], /explain: give a file and an element id/],
    [['compare', 'a.txt'], /compare: give two documents/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('rejects bad usage %j with exit 2 and one line on stderr', (args, message) => {
    const { code, stdout, stderr } = runCli(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toBe(true);
    expect(stderr).toMatch(/^bla-check: /);
    expect(stderr).toMatch(message);
  });

  it('rejects a malformed decisions file, naming the file and the faulty fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-dec-'));
    writeFileSync(join(dir, 'review.json'), JSON.stringify({ version: 1, decisions: [{ element: 'x', status: 'fine' }] }));
    writeFileSync(join(dir, 'a.txt'), 'Article 1\nThe employer shall pay the wages.');
    const { code, stderr } = runCli(['check', 'a.txt', '--decisions', 'review.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe(true);
    expect(stderr).toMatch(/BAD_DECISIONS: review\.json is not a valid decisions file: decisions\[0\]\.status: .*decisions\[0\]\.reason/);
  });

  it('exits 2 and leaves an existing --out file intact when no input can be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-out-'));
    writeFileSync(join(dir, 'report.md'), 'previous report\n');
    const { code, stderr } = runCli(['check', 'missing.txt', 'nothing-*.pdf', '--out', 'report.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('bla-check: missing.txt: FILE_NOT_FOUND: no such file: missing.txt');
    expect(stderr).toContain('bla-check: nothing-*.pdf: FILE_NOT_FOUND: no such file: nothing-*.pdf');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('previous report\n');
  });

  it('names a folder with no file to check as the folder given, not as a pattern', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-empty-'));
    mkdirSync(join(dir, 'signed', '.drafts'), { recursive: true });
    writeFileSync(join(dir, 'signed', '.drafts', 'a.txt'), 'hidden');
    const { code, stderr } = runCli(['check', 'signed/'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('bla-check: signed/: NOT_A_FILE: a folder with no file to check: signed/ (hidden files and node_modules are left out)');
    expect(stderr).not.toContain('**');
  });

  it('checks the files it was given beside a folder with none, listing the folder as not checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-empty-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'mou.txt'), 'Article 1\nNo recruitment fee shall be charged to the worker.\n');
    const { code, stdout, stderr } = runCli(['check', 'drafts', 'mou.txt', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain('bla-check: drafts: NOT_A_FILE: a folder with no file to check: drafts');
    const report = JSON.parse(stdout);
    expect(report.documents.map((d: { source: string }) => d.source)).toEqual(['mou.txt']);
    expect(report.failures).toEqual([expect.objectContaining({ source: 'drafts', code: 'NOT_A_FILE' })]);
  });

  it('names the file that cannot be read when compare, explain or segment is given one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-named-'));
    writeFileSync(join(dir, 'mou.txt'), 'Article 1\nNo recruitment fee shall be charged to the worker.\n');
    writeFileSync(join(dir, 'draft.txt'), '');
    for (const args of [['compare', 'mou.txt', 'draft.txt'], ['explain', 'draft.txt', 'recruitment-fees-and-costs'], ['segment', 'draft.txt']]) {
      const { code, stdout, stderr } = runCli(args, { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('bla-check: draft.txt: EMPTY_FILE: the file is empty\n');
    }
  });

  it('says that a bad pack is the pack\'s fault, not the file\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-named-'));
    writeFileSync(join(dir, 'mou.txt'), 'Article 1\nNo recruitment fee shall be charged to the worker.\n');
    writeFileSync(join(dir, 'pack.yaml'), '');
    const { code, stderr } = runCli(['explain', 'mou.txt', 'recruitment-fees-and-costs', '--pack', 'pack.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe(true);
    expect(stderr).toMatch(/^bla-check: invalid pack: \S*pack\.yaml:1:1: /);
    expect(stderr).not.toContain('mou.txt');
  });
});
