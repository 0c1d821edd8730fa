/**
 * The HTML report in a real browser (headless Chromium through playwright-core): it shows what matters,
 * fetches nothing, runs no planted script, filters and expands from the keyboard. A screenshot lands in
 * test-artifacts/ for people to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDocument } from '../../src/core.js';
import { render } from '../../src/report/index.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../../src/score/report.js';
import { HOSTILE } from '../helpers/sample-report.js';
import { CHROMIUM, hasChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
if (!hasChromium) console.warn(`skipping the browser test of the HTML report: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('html report in Chromium', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let browser: LaunchedChromium;
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const mou = readFileSync(join(ROOT, 'examples/mou-en.txt'), 'utf8');
    const hostile = mou.replace(/(Article 4[^\n]*\n)/, `$1${HOSTILE} `).replace('recruitment', `recruitment ${HOSTILE}`);
    const documents = [await checkDocument(mou, 'mou-en.txt'), await checkDocument(hostile, '<img src=x onerror=alert(3)>.txt')];
    const report: Report = { schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: 'bla-check', version: '0.1.0' }, pack: { id: 'ilo-bla', version: '1.0.0', elements: documents[0].elements.length }, documents, failures: [] };
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title, the filters, a chart per document and the corpus heat map', async () => {
    expect(await page.locator('h1').textContent()).toBe('bla-check report');
    expect(await page.locator('section.document svg.chart').count()).toBe(2);
    expect(await page.locator('table.heat tbody tr').count()).toBeGreaterThan(30);
    expect(await page.getByLabel('Phase', { exact: true }).evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await page.getByLabel('Needs review only').count()).toBe(1);
    expect(await page.locator('#shown').textContent()).toMatch(/^(\d+) of \1 verdicts shown$/);
  });

  it('fetches nothing and runs none of the planted markup', async () => {
    expect(requests.filter((u) => !/^(data|about):/.test(u))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('section.document h2').nth(1).textContent()).toBe('<img src=x onerror=alert(3)>.txt');
  });

  it('filters verdicts by status', async () => {
    const absent = await page.locator('li.verdict[data-status="absent"]').count();
    const total = await page.locator('li.verdict').count();
    await page.getByRole('checkbox', { name: 'Absent' }).uncheck();
    expect(await page.locator('li.verdict[data-status="absent"]:visible').count()).toBe(0);
    expect(await page.locator('#shown').textContent()).toBe(`${total - absent} of ${total} verdicts shown`);
    await page.getByRole('checkbox', { name: 'Absent' }).check();
  });

  it('opens a verdict from the keyboard to its evidence, the quote marked in its provision', async () => {
    const entry = page.locator('li.verdict[data-status="addressed"]').first();
    await entry.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await entry.locator('details').getAttribute('open')).not.toBeNull();
    expect(await entry.locator('blockquote.context mark').first().isVisible()).toBe(true);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts/html-report.png'), fullPage: false });
  });
});
