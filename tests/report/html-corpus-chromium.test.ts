/**
 * The HTML report of a whole corpus, as an analyst opens it: one chart per document and a heat map of
 * documents by elements, rendered in headless Chromium and kept as a screenshot in test-artifacts/.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { check } from '../../src/core.js';
import { render } from '../../src/report/index.js';
import { hasChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpus/texts');

describe.skipIf(!hasChromium)('html report of the corpus in Chromium', { timeout: 180_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let browser: LaunchedChromium;
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  const requests: string[] = [];

  beforeAll(async () => {
    const report = await check(files.map((f) => ({ source: f, data: readFileSync(join(CORPUS, f), 'utf8') })), { includeText: false });
    browser = await launchChromium({ viewport: { width: 1440, height: 1000 } });
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => { if (!/^(data|about):/.test(r.url())) requests.push(r.url()); });
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a heat map of elements by documents, each cell naming its document and status', async () => {
    const heatmap = page.locator('table.heat');
    expect(await heatmap.isVisible()).toBe(true);
    expect(await heatmap.locator('tbody tr').count()).toBe(1 + 37); // coverage row + one per element
    expect(await heatmap.locator('thead th').count()).toBe(1 + files.length);
    const cells = await heatmap.locator('td.cell a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(cells).toHaveLength(37 * files.length);
    for (const f of files) expect(cells.some((c) => c.startsWith(`${f}: `))).toBe(true);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await heatmap.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, 'test-artifacts/html-corpus.png') });
  });

  it('lists every verdict of every document and fetches nothing', async () => {
    expect(await page.locator('body').innerText()).toContain(`${files.length * 37} of ${files.length * 37} verdicts shown`);
    expect(requests).toEqual([]);
  });
});
