/**
 * Nothing lost when a run is interrupted: Ctrl-C (SIGINT) in the middle of a big batch, or right while the
 * report is being written, leaves the previous --out file whole (or the new one whole, if the write had
 * finished) and no temporary file behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../helpers/built-cli.js';
import { ROOT, runMeasured } from './helpers.js';

const PREVIOUS = '<!doctype html><title>yesterday’s review</title><p>kept</p>\n';
const BATCH = 40;

/** A folder with the example MoU copied BATCH times and a previous report. */
function batchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bla-sigint-'));
  for (let i = 0; i < BATCH; i++) copyFileSync(join(ROOT, 'examples/mou-en.txt'), join(dir, `mou-${String(i).padStart(2, '0')}.txt`));
  writeFileSync(join(dir, 'review.html'), PREVIOUS);
  return dir;
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => !/^mou-\d+\.txt$/.test(f) && f !== 'review.html');

/** The report on disk is the previous one or a complete new one, never a part. */
function expectWhole(dir: string): 'previous' | 'new' {
  const html = readFileSync(join(dir, 'review.html'), 'utf8');
  if (html === PREVIOUS) return 'previous';
  expect(html).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
  expect(html.match(/<section class="document"/g)).toHaveLength(BATCH);
  return 'new';
}

const interrupted = (run: { code: number | null; signal: NodeJS.Signals | null }) => run.signal === 'SIGINT' || run.code === 130;

beforeAll(() => { ensureBuilt(); }, 180_000);

describe('Ctrl-C during `bla-check check --out`', { timeout: 240_000 }, () => {
  /** How long the batch takes to check, up to the write of its report. */
  let checkedAfterMs: number | undefined;

  it('while the report is being written: old or new report whole, temporary file removed', async () => {
    const dir = batchFolder();
    let watcher: ReturnType<typeof watch> | undefined;
    const run = await runMeasured(['check', '*.txt', '--format', 'html', '--out', 'review.html', '--jobs', '2'], {
      cwd: dir,
      timeoutMs: 180_000,
      // The moment the temporary file appears, interrupt.
      started: (child) => {
        const began = Date.now();
        watcher = watch(dir, (_event, name) => {
          if (!name || !/^\.review\.html\..*\.tmp$/.test(name) || checkedAfterMs !== undefined) return;
          checkedAfterMs = Date.now() - began;
          child.kill('SIGINT'); // once: a second Ctrl-C is the user insisting
        });
      },
    });
    watcher?.close();
    expect(checkedAfterMs, 'the report was never written').toBeDefined();
    // The clean-up handler answered the signal (130), or the run had already finished (0).
    expect([0, 130], `exit ${run.code} ${run.signal}`).toContain(run.code);
    expectWhole(dir);
    expect(leftovers(dir)).toEqual([]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('in the middle of a batch: the previous report stays as it was, and no temporary file remains', async () => {
    const dir = batchFolder();
    const run = await runMeasured(['check', '*.txt', '--format', 'html', '--out', 'review.html', '--jobs', '2'], {
      cwd: dir,
      timeoutMs: 180_000,
      // Half-way through the checking, as timed by the run above.
      started: (child) => setTimeout(() => child.kill('SIGINT'), (checkedAfterMs ?? 5000) / 2),
    });
    expect(interrupted(run), `exit ${run.code} ${run.signal}: ${run.stderr}`).toBe(true);
    expect(expectWhole(dir)).toBe('previous');
    expect(leftovers(dir)).toEqual([]);
  });
});
