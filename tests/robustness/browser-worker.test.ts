/**
 * Hostile files in the browser: the review form's own worker (built from src/form/worker.ts) reads them in
 * headless Chromium, one after another, under the form's Content-Security-Policy (no eval). Each ends in
 * its typed failure or a result within the time stated, the renderer's peak memory stays bounded, the
 * worker survives to check a good file afterwards, and the active-content PDF neither runs nor fetches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { activeContentPdf } from '../../scripts/fixtures/pdf-hostile.js';
import { privateFormCopy } from '../form/built-form.js';
import { serve, type StaticServer } from '../form/static-server.js';
import { FIXTURES, ROOT } from './helpers.js';
import { CHROMIUM, hasChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium.js';

if (!hasChromium) console.warn(`skipping hostile files in the browser worker: ${CHROMIUM} is missing (apt-get install -y chromium)`);

/** Per file, in the page's clock. The worker's ingest has its own 60 s deadline; none should come near. */
const SECONDS = 30;
/** Peak resident memory of any renderer process of this browser (page and worker live in one). */
const RENDERER_MB = 1024;

interface Outcome { type: string; code?: string; message?: string; ms: number; text?: string; warnings?: string[] }

const refused: Array<[file: string, code: string]> = [
  ['empty.txt', 'EMPTY_FILE'],
  ['garbage.txt', 'BINARY_NOT_TEXT'],
  ['truncated.pdf', 'CORRUPT_PDF'],
  ['encrypted-user.pdf', 'ENCRYPTED_PDF'],
  ['image-only.pdf', 'NO_TEXT_LAYER'],
  ['pdf-flate-bomb.pdf', 'ZIP_BOMB'],
  ['pdf-looping-pages.pdf', 'CORRUPT_PDF'],
  ['not-a-zip.docx', 'CORRUPT_DOCX'],
  ['zip-bomb.docx', 'ZIP_BOMB'],
  ['zip-bomb-lying.docx', 'ZIP_BOMB'],
  ['xxe.docx', 'CORRUPT_DOCX'],
];

/** Peak RSS (VmHWM) of this browser's renderer processes, found by the profile folder on their command line. */
function rendererPeakMb(profile: string): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profile)) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      peak = Math.max(peak, Number(hwm?.[1] ?? 0) / 1024);
    } catch { /* the process ended meanwhile */ }
  }
  return peak;
}

describe.skipIf(!hasChromium)('hostile files in the review form\'s worker, in Chromium', { timeout: 300_000 }, () => {
  let site: StaticServer;
  let trap: Server;
  const trapped: string[] = [];
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let browser: LaunchedChromium;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const outcomes = new Map<string, Outcome>();

  const check = (file: string) => page.evaluate(([name, ms]) => (window as unknown as { checkFile(n: string, t: number): Promise<Outcome> }).checkFile(name, ms), [file, SECONDS * 1000] as const);

  beforeAll(async () => {
    // Anything the active-content PDF aims at lands here; nothing must.
    trap = createServer((req, res) => { trapped.push(req.url ?? ''); res.end(); });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const trapUrl = `http://127.0.0.1:${(trap.address() as { port: number }).port}/document-must-not-fetch`;

    const dir = mkdtempSync(join(tmpdir(), 'bla-hostile-site-'));
    cpSync(privateFormCopy(), dir, { recursive: true });
    for (const f of ['hostile.html', 'hostile-page.js']) cpSync(join(import.meta.dirname, 'browser', f), join(dir, f));
    mkdirSync(join(dir, 'files'));
    for (const [file] of refused) cpSync(join(FIXTURES, file), join(dir, 'files', file));
    cpSync(join(ROOT, 'examples/mou-en.pdf'), join(dir, 'files', 'mou-en.pdf'));
    writeFileSync(join(dir, 'files', 'active.pdf'), activeContentPdf(trapUrl));
    site = await serve(dir);

    browser = await launchChromium();
    ({ context, profile } = browser);
    context.on('request', (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${site.origin}/hostile.html`);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
    for (const file of [...refused.map(([f]) => f), 'active.pdf', 'mou-en.pdf']) outcomes.set(file, await check(file));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    trap?.close();
  });

  it.each(refused)('%s → %s, in time', (file, code) => {
    const outcome = outcomes.get(file)!;
    expect(outcome.type, JSON.stringify(outcome)).toBe('failure');
    expect(outcome.code).toBe(code);
    expect(outcome.message).not.toMatch(/\n/);
    expect(outcome.ms).toBeLessThan(SECONDS * 1000);
  });

  it('reads the active-content PDF as text: no dialog, no request, nothing run', () => {
    const outcome = outcomes.get('active.pdf')!;
    expect(outcome.type).toBe('result');
    expect(outcome.text).toContain('Recruitment costs shall be borne by the employer.');
    expect(dialogs).toEqual([]);
    expect(trapped).toEqual([]);
  });

  it('fetches nothing but its own files', () => {
    expect(requests.filter((u) => !u.startsWith(site.origin) && !/^(data|blob):/.test(u))).toEqual([]);
  });

  it('survives them all: the worker never crashed and checks a real agreement afterwards', async () => {
    expect(await page.evaluate(() => (window as unknown as { __workerErrors: string[] }).__workerErrors)).toEqual([]);
    const outcome = outcomes.get('mou-en.pdf')!;
    expect(outcome.type).toBe('result');
    expect(outcome.text).toMatch(/Article 1/);
  });

  it(`keeps the renderer under ${RENDERER_MB} MB at its peak`, () => {
    const peak = rendererPeakMb(profile);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(RENDERER_MB);
  });
});
