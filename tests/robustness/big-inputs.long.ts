/**
 * Long runs for `npm run fuzz` (too slow for every `npm test`): the whole check on the largest inputs the
 * default limits let through, with the time and peak memory they may take on a 2-core machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Report } from '../../src/score/report.js';
import { ensureBuilt } from '../helpers/built-cli.js';
import { flateBombPdf } from '../../scripts/fixtures/pdf-hostile.js';
import { runMeasured } from './helpers.js';

beforeAll(() => { ensureBuilt(); }, 180_000);

describe('the largest inputs the default limits accept, checked in full', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bla-long-'));

  // 5 million characters kept (maxChars): measured 3.4 s and 550 MB on an idle 2-core machine.
  it('checks 50 MB of text on one line within 1 minute and 1.5 GB', async () => {
    writeFileSync(join(dir, 'one-line.txt'), 'The employer shall bear the costs of recruitment. '.repeat(1_000_000));
    const run = await runMeasured(['check', 'one-line.txt', '--format', 'json', '--no-text'], { cwd: dir, timeoutMs: 60_000 });
    expect(run.timedOut).toBe(false);
    expect(run.peakMb).toBeLessThan(1536);
    expect(run.code).toBe(0);
    const doc = Report.parse(JSON.parse(run.stdout)).documents[0];
    expect(doc.warnings.map((w) => w.code)).toContain('TEXT_TRUNCATED');
    expect(doc.elements.find((v) => v.element === 'recruitment-fees-and-costs')?.status).not.toBe('absent');
  });

  // Just under the 200 MiB cap on unpacked streams: pdf.js holds the page whole, about 4 × its size.
  it('reads a PDF page that unpacks to 190 MB within 2 minutes and 1.5 GB', async () => {
    writeFileSync(join(dir, 'big-page.pdf'), flateBombPdf(190));
    const run = await runMeasured(['check', 'big-page.pdf', '--format', 'json', '--no-text'], { cwd: dir, timeoutMs: 120_000 });
    expect(run.timedOut).toBe(false);
    expect(run.peakMb).toBeLessThan(1536);
    expect(run.code).toBe(0);
  });
});
