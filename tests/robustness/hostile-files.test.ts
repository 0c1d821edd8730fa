/**
 * Hostile and broken files through the real binary, as a ministry official would feed them: each ends in
 * its own typed error (one line on stderr, no stack trace, exit 2) or in a correct report, within the
 * time and the memory stated here. Fixtures come from scripts/make-fixtures.ts; the big inputs are made
 * here, in a scratch folder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Report } from '../../src/score/report.js';
import { ensureBuilt } from '../helpers/built-cli.js';
import { FIXTURES, inBatches, runMeasured, STACK_LINE, type Measured } from './helpers.js';

/** Generous for a loaded 2-core runner, far below a hang (ingest's own deadline is 60 s). */
const SECONDS = 45;
/** Peak memory of the whole process for one refused file: the reader's caps hold, nothing balloons. */
const REFUSAL_MB = 512;

const refused: Array<[file: string, code: string]> = [
  ['empty.txt', 'EMPTY_FILE'],
  ['garbage.txt', 'BINARY_NOT_TEXT'],
  ['truncated.pdf', 'CORRUPT_PDF'],
  ['corrupt.pdf', 'CORRUPT_PDF'],
  ['encrypted-user.pdf', 'ENCRYPTED_PDF'],
  ['image-only.pdf', 'NO_TEXT_LAYER'],
  ['pdf-flate-bomb.pdf', 'ZIP_BOMB'],
  ['pdf-looping-pages.pdf', 'CORRUPT_PDF'],
  ['not-a-zip.docx', 'CORRUPT_DOCX'],
  ['zip-not-docx.docx', 'CORRUPT_DOCX'],
  ['zip-bomb.docx', 'ZIP_BOMB'],
  ['zip-bomb-lying.docx', 'ZIP_BOMB'],
  ['xxe.docx', 'CORRUPT_DOCX'],
];

/** Damaged or odd but readable: each must come out as a report, with what the reader noticed. */
const readable: Array<[file: string, check: (doc: Report['documents'][number]) => void]> = [
  ['encrypted-owner-only.pdf', (d) => expect(d.format).toBe('pdf')],
  ['pdf-active-content.pdf', (d) => expect(d.text).toContain('Recruitment costs shall be borne by the employer.')],
  ['pdf-many-operators.pdf', (d) => expect(d.format).toBe('pdf')],
  ['invalid-utf8.txt', (d) => expect(d.warnings.map((w) => w.code)).toContain('ENCODING_GUESSED')],
  ['nul-bytes.txt', (d) => {
    expect(d.text).not.toContain('\0');
    expect(d.warnings.map((w) => w.code)).toContain('NUL_BYTES_REMOVED');
  }],
  ['rtl-mixed.txt', (d) => expect(d.text).toContain('סעיף 2\nהעובד יקבל חוזה עבודה בכתב.')],
  ['utf16le-bom.txt', (d) => expect(d.language).toBe('fr')],
];

/**
 * Nesting 20,000 deep: pdf.js parses it by recursion, so whether it fits depends on the thread's stack (a
 * worker thread's is larger). Either outcome is right; a crash or a hang is not.
 */
const DEEP = 'pdf-deep-nesting.pdf';

function expectWithinBounds(run: Measured, seconds: number, megabytes: number): void {
  expect(run.timedOut, `still running after ${seconds} s`).toBe(false);
  expect(run.peakMb, 'peak memory (MB)').toBeLessThan(megabytes);
}

beforeAll(() => { ensureBuilt(); }, 180_000);

describe('each hostile file alone: its own error, one line, exit 2', { timeout: 300_000 }, () => {
  const runs = new Map<string, Measured>();

  beforeAll(async () => {
    const done = await inBatches(refused, 2, ([file]) => runMeasured(['check', `fixtures/${file}`, '--format', 'json'], { timeoutMs: SECONDS * 1000 }));
    refused.forEach(([file], i) => runs.set(file, done[i]));
  }, 300_000);

  it.each(refused)('%s → %s', (file, code) => {
    const run = runs.get(file)!;
    expectWithinBounds(run, SECONDS, REFUSAL_MB);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).toMatch(new RegExp(`^bla-check: fixtures/${file.replace('.', '\\.')}: ${code}: [^\\n]+\\n$`));
  });
});

describe('a PDF nested 20,000 levels deep', { timeout: 120_000 }, () => {
  it('is read or refused as CORRUPT_PDF, quickly and in bounded memory', async () => {
    const run = await runMeasured(['check', `fixtures/${DEEP}`, '--format', 'json'], { timeoutMs: SECONDS * 1000 });
    expectWithinBounds(run, SECONDS, REFUSAL_MB);
    expect(run.stderr).not.toMatch(STACK_LINE);
    if (run.code === 0) expect(Report.parse(JSON.parse(run.stdout)).documents[0].text).toContain('Article 1');
    else expect(run.stderr).toMatch(/^bla-check: fixtures\/pdf-deep-nesting\.pdf: CORRUPT_PDF: .*\n$/);
  });
});

describe('a batch of every hostile and every odd file: nothing lost', { timeout: 300_000 }, () => {
  let run: Measured;
  let report: Report;
  const all = [...refused.map(([f]) => f), ...readable.map(([f]) => f), DEEP].sort();

  beforeAll(async () => {
    run = await runMeasured(['check', ...all.map((f) => `fixtures/${f}`), '--format', 'json', '--jobs', '2'], { timeoutMs: 240_000 });
    report = Report.parse(JSON.parse(run.stdout));
  }, 300_000);

  it('finishes within 4 minutes and 1 GB, and exits 0 because some files could be checked', () => {
    expectWithinBounds(run, 240, 1024);
    expect(run.code).toBe(0);
  });

  it('reports every readable file, in argument order', () => {
    const expected = all.filter((f) => readable.some(([r]) => r === f)).map((f) => `fixtures/${f}`);
    expect(report.documents.map((d) => d.source).filter((s) => !s.endsWith(DEEP))).toEqual(expected);
    for (const [file, check] of readable) check(report.documents.find((d) => d.source === `fixtures/${file}`)!);
  });

  it('lists every failure with its code, in the report and once each on stderr', () => {
    const failures = report.failures.map((f) => [f.source.replace('fixtures/', ''), f.code]);
    expect(failures.filter(([f]) => f !== DEEP).sort()).toEqual([...refused].sort());
    const deepFailed = failures.some(([f]) => f === DEEP);
    expect(deepFailed || report.documents.some((d) => d.source.endsWith(DEEP))).toBe(true);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(refused.length + (deepFailed ? 1 : 0));
    for (const [file, code] of refused) expect(lines.filter((l) => l.startsWith(`bla-check: fixtures/${file}: ${code}: `)), file).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('very large inputs', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bla-large-'));
  const page = (i: number) => `Article ${i + 1}\nThe Parties shall cooperate on the recruitment of workers. The employer shall bear the costs of travel.`;

  it('checks a 2,000-page text in full, within 2 minutes and 768 MB', async () => {
    writeFileSync(join(dir, 'long.txt'), Array.from({ length: 2000 }, (_, i) => page(i)).join('\f'));
    const run = await runMeasured(['check', 'long.txt', '--format', 'json', '--no-text'], { cwd: dir, timeoutMs: 120_000 });
    expectWithinBounds(run, 120, 768);
    expect(run.code).toBe(0);
    const doc = Report.parse(JSON.parse(run.stdout)).documents[0];
    expect(doc.pages).toHaveLength(2000);
    expect(doc.provisions.filter((p) => p.kind === 'article')).toHaveLength(2000);
    expect(doc.provisions.find((p) => p.label === 'Article 2000')?.pages).toEqual([2000]);
  });

  it('refuses a text of 2,001 pages as TOO_MANY_PAGES', async () => {
    writeFileSync(join(dir, 'longer.txt'), Array.from({ length: 2001 }, (_, i) => page(i)).join('\f'));
    const run = await runMeasured(['check', 'longer.txt'], { cwd: dir, timeoutMs: SECONDS * 1000 });
    expectWithinBounds(run, SECONDS, REFUSAL_MB);
    expect(run.stderr).toMatch(/^bla-check: longer\.txt: TOO_MANY_PAGES: the document has 2001 pages; the limit is 2000\n/);
    expect(run.code).toBe(2);
  });

  it('reads 50 MB of text on one line, keeping the first 5 million characters, within 1 minute and 1.5 GB', async () => {
    writeFileSync(join(dir, 'one-line.txt'), 'The employer shall bear the costs of recruitment. '.repeat(1_000_000));
    const run = await runMeasured(['segment', 'one-line.txt'], { cwd: dir, timeoutMs: 60_000 });
    expectWithinBounds(run, 60, 1536);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Document {2}\[document\] {2}p\.1 {2}0-5000000\n/);
  });

  it('refuses a file one byte over 50 MiB without reading it (TOO_LARGE, under 256 MB)', async () => {
    writeFileSync(join(dir, 'too-large.txt'), Buffer.alloc(50 * 1048576 + 1, 'a'));
    const run = await runMeasured(['check', 'too-large.txt'], { cwd: dir, timeoutMs: SECONDS * 1000 });
    expectWithinBounds(run, SECONDS, 256);
    expect(run.stderr).toMatch(/^bla-check: too-large\.txt: TOO_LARGE: the file has 52428801 bytes; the limit is 52428800\n/);
    expect(run.code).toBe(2);
  });
});
