/**
 * The review form as a reviewer uses it, in headless Chromium, served from dist/form by a plain static
 * server: upload a PDF and a DOCX, read the verdicts and their evidence in the text, override one,
 * export the decisions, reload and find the override kept, import decisions, pass axe-core. Throughout,
 * nothing may leave the page but requests to the form's own origin (and data:/blob: URLs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { checkDocument } from '../../src/core.js';
import { parseDecisions } from '../../src/review/index.js';
import { Report, type DocumentReport } from '../../src/score/report.js';
import { serve, type StaticServer } from './static-server.js';
import { privateFormCopy } from './built-form.js';
import { CHROMIUM, hasChromium, launchChromium, type LaunchedChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PDF = join(ROOT, 'examples/mou-en.pdf');
const DOCX = join(ROOT, 'examples/mou-en.docx');
if (!hasChromium) console.warn(`skipping the review form's browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`);

declare global {
  interface Window {
    __statusLog?: string[];
    __violations?: Array<{ directive: string; blocked: string }>;
    axe?: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown }> }> }> };
  }
}

/** What the page shows about one element, to compare with Node. */
function essentials(doc: DocumentReport) {
  return doc.elements.map((v) => ({ element: v.element, status: v.status, evidence: v.evidence.map((e) => [e.provisionId, e.start, e.end]) }));
}

describe.skipIf(!hasChromium)('review form in Chromium', { timeout: 180_000 }, () => {
  let server: StaticServer;
  let form: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let browser: LaunchedChromium;
  const requests: string[] = [];
  const refused: string[] = [];
  let nodePdf: DocumentReport;
  let nodeDocx: DocumentReport;
  let decisionsFile: string;

  const lastReport = () => page.evaluate(() => window.__lastReport) as Promise<Report>;
  const item = (element: string) => page.locator(`li.blc-verdict[data-element="${element}"]`);
  const statusText = () => page.locator('.blc-status-text').textContent();

  async function upload(file: string): Promise<void> {
    await page.getByLabel('Agreement file').setInputFiles(file);
    await page.waitForFunction(() => /^(Checked|Could not)/.test(document.querySelector('.blc-status-text')?.textContent ?? ''), null, { timeout: 90_000 });
    expect(await statusText()).toMatch(/^Checked /);
  }

  async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  beforeAll(async () => {
    form = privateFormCopy();
    nodePdf = await checkDocument(new Uint8Array(readFileSync(PDF)), 'mou-en.pdf');
    nodeDocx = await checkDocument(new Uint8Array(readFileSync(DOCX)), 'mou-en.docx');
    server = await serve(form);
    browser = await launchChromium({ viewport: { width: 1360, height: 960 }, acceptDownloads: true });
    ({ context, profile } = browser);
    // Anything not from the form's own origin is aborted and remembered: the test then fails.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || /^(data|blob):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    // Record every progress message the live region shows (init scripts are not subject to the page's CSP).
    await page.addInitScript(() => {
      window.__statusLog = [];
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
      new MutationObserver(() => {
        const text = document.querySelector('.blc-status-text')?.textContent ?? '';
        const log = window.__statusLog!;
        if (text && log[log.length - 1] !== text) log.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${server.origin}/index.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (form) rmSync(form, { recursive: true, force: true });
  });

  it('starts its checking worker as soon as it is shown, so the rules are compiled while the reviewer picks a file', async () => {
    expect(await statusText()).toBe('');
    await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('reads a PDF in its worker, showing progress page by page, then lists every element with its status', async () => {
    await upload(PDF);
    const log = await page.evaluate(() => window.__statusLog ?? []);
    expect(log.some((l) => /^Reading mou-en\.pdf: page 1 of \d+/.test(l))).toBe(true);
    expect(log.some((l) => /^Checking mou-en\.pdf/.test(l))).toBe(true);
    expect(await page.getByRole('status').count()).toBe(1);
    expect(await page.locator('li.blc-verdict').count()).toBe(nodePdf.elements.length);
    for (const v of nodePdf.elements.slice(0, 12)) expect(await item(v.element).getAttribute('data-status')).toBe(v.status);
    expect(await page.locator('.blc-summary').textContent()).toMatch(/Coverage.*\d+%.*A · Pre.departure/);
  });

  it('gives the same verdicts and evidence ranges as checkDocument in Node, for the PDF', async () => {
    const report = Report.parse(await lastReport());
    expect(report.documents[0].hash).toBe(nodePdf.hash);
    expect(essentials(report.documents[0])).toEqual(essentials(nodePdf));
  });

  it('opens a verdict to its evidence: the provision outlined, the quote and the words that fired marked in the text', async () => {
    const v = nodePdf.elements.find((x) => x.status === 'addressed' && x.evidence[0]?.matches.length)!;
    const evidence = v.evidence[0];
    await item(v.element).locator('.blc-head').click();
    expect(await item(v.element).locator('.blc-head').getAttribute('aria-expanded')).toBe('true');
    const pane = page.locator('.blc-text');
    expect(await pane.locator(`.blc-chunk.blc-current[data-provision="${evidence.provisionId}"]`).count()).toBe(1);
    const quote = (await pane.locator('mark.blc-quote').allTextContents()).join('');
    expect(quote).toBe(evidence.quote);
    const fired = await pane.locator('mark.blc-match').allTextContents();
    const text = nodePdf.text!;
    for (const m of evidence.matches) expect(fired.join('')).toContain(text.slice(Math.max(m.start, evidence.start), Math.min(m.end, evidence.end)).split(/\s/)[0]);
    // Scrolled into the pane's view.
    const [markBox, paneBox] = [await pane.locator('mark.blc-quote').first().boundingBox(), await pane.boundingBox()];
    expect(markBox!.y).toBeGreaterThanOrEqual(paneBox!.y);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(paneBox!.y + paneBox!.height);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.blc-workspace')!.getBoundingClientRect().top + window.scrollY - 8));
    await page.screenshot({ path: join(ROOT, 'test-artifacts/review-form.png') });
  });

  it('moves keyboard focus to the text when the reviewer asks to see another piece of evidence', async () => {
    const opened = nodePdf.elements.find((x) => x.status === 'addressed' && x.evidence[0]?.matches.length)!;
    const v = nodePdf.elements.find((x) => x.evidence.length > 1 && x !== opened)!;
    await item(v.element).locator('.blc-head').focus();
    await page.keyboard.press('Enter');
    expect(await item(v.element).locator('.blc-head').getAttribute('aria-expanded')).toBe('true');
    await item(v.element).getByRole('button', { name: `Show ${v.evidence[1].label}` }).first().press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('.blc-text') !== null)).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.provision)).toBe(v.evidence[1].provisionId);
  });

  it('filters the list by status and by the needs-review flag', async () => {
    const absent = nodePdf.elements.filter((v) => v.status === 'absent').length;
    await page.getByLabel('Status', { exact: true }).first().selectOption('absent');
    expect(await page.locator('li.blc-verdict:visible').count()).toBe(absent);
    expect(await page.locator('li.blc-verdict[data-status="absent"]:visible').count()).toBe(absent);
    expect(await page.locator('.blc-count').textContent()).toBe(`${absent} of ${nodePdf.elements.length} elements shown`);
    await page.getByLabel('Status', { exact: true }).first().selectOption('');
    await page.getByLabel('Needs review only').check();
    const flagged = nodePdf.elements.filter((v) => v.needsReview).length;
    expect(await page.locator('li.blc-verdict:visible').count()).toBe(flagged);
    await page.getByLabel('Needs review only').uncheck();
  });

  it('overrides a verdict with a reason, and exports the decisions as the file the CLI applies', async () => {
    const v = nodePdf.elements.find((x) => x.status === 'absent')!;
    const li = item(v.element);
    await li.locator('.blc-head').click();
    await li.getByLabel('Status').selectOption('weak');
    await li.getByLabel('Reason').fill('Article 9 touches it in general terms.');
    await li.getByLabel('Reviewer').fill('A. Reviewer');
    await li.getByRole('button', { name: 'Save decision' }).click();
    expect(await item(v.element).getAttribute('data-status')).toBe('weak');
    expect(await item(v.element).locator('.blc-reviewed').count()).toBe(1);
    expect((await lastReport()).documents[0].elements.find((x) => x.element === v.element)?.decision).toMatchObject({ status: 'weak', machineStatus: 'absent', reviewer: 'A. Reviewer' });

    const file = await downloaded(() => page.getByRole('button', { name: 'Export decisions' }).click());
    expect(file.name).toBe('mou-en.decisions.json');
    const decisions = parseDecisions(file.text);
    expect(decisions.decisions).toEqual([expect.objectContaining({ element: v.element, status: 'weak', document: nodePdf.hash, source: 'mou-en.pdf' })]);
    // The CLI's `check --decisions` path: the same decisions, applied in Node, give the same verdict.
    const applied = await checkDocument(new Uint8Array(readFileSync(PDF)), 'examples/mou-en.pdf', { decisions });
    expect(applied.elements.find((x) => x.element === v.element)?.status).toBe('weak');
    expect(applied.staleDecisions).toEqual([]);
    decisionsFile = join(profile, 'exported.decisions.json');
    writeFileSync(decisionsFile, file.text);
  });

  it('exports the report as JSON and as the self-contained HTML report, with the decision in both', async () => {
    const json = await downloaded(() => page.getByRole('button', { name: 'Report as JSON' }).click());
    expect(json.name).toBe('mou-en.bla-check.json');
    const report = Report.parse(JSON.parse(json.text));
    expect(report.documents[0].reviewed).toBe(true);
    expect(report.documents[0].elements.filter((v) => v.decision)).toHaveLength(1);
    const html = await downloaded(() => page.getByRole('button', { name: 'Report as HTML' }).click());
    expect(html.name).toBe('mou-en.bla-check.html');
    expect(html.text).toMatch(/^<!doctype html>/i);
    expect(html.text).toContain('Article 9 touches it in general terms.');
  });

  it('keeps the override after a reload, for the same document', async () => {
    await page.reload();
    await upload(PDF);
    const decided = (await lastReport()).documents[0].elements.filter((v) => v.decision);
    expect(decided).toHaveLength(1);
    expect(await item(decided[0].element).getAttribute('data-status')).toBe('weak');
    expect(await item(decided[0].element).locator('.blc-reviewed').count()).toBe(1);
  });

  it('imports a decisions file into a browser that had none', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await upload(PDF);
    expect((await lastReport()).documents[0].elements.filter((v) => v.decision)).toHaveLength(0);
    await page.getByLabel('Import decisions').setInputFiles(decisionsFile);
    await page.waitForFunction(() => /imported/.test(document.querySelector('.blc-status-text')?.textContent ?? ''));
    expect((await lastReport()).documents[0].elements.filter((v) => v.decision).map((v) => v.status)).toEqual(['weak']);
  });

  it('checks a DOCX the same way as Node does, evidence marked in the text', async () => {
    await upload(DOCX);
    const report = Report.parse(await lastReport());
    expect(report.documents[0].format).toBe('docx');
    expect(essentials(report.documents[0])).toEqual(essentials(nodeDocx));
    const v = nodeDocx.elements.find((x) => x.status === 'addressed' && x.evidence.length)!;
    await item(v.element).locator('.blc-head').click();
    expect((await page.locator('.blc-text mark.blc-quote').allTextContents()).join('')).toBe(v.evidence[0].quote);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const v = nodeDocx.elements.find((x) => x.status === 'absent')!;
    await item(v.element).locator('.blc-head').click(); // a detail with its decision form open
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const { violations } = await page.evaluate(() => window.axe!.run(document, { resultTypes: ['violations'] }));
    const serious = violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id}: ${JSON.stringify(x.nodes.map((n) => n.target))}`);
    expect(serious).toEqual([]);
  });

  it('runs under a policy that forbids eval and connections', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    // zod probes for eval once on the page; the policy refused it and the form went on without.
    expect(await page.evaluate(() => window.__violations ?? [])).toContainEqual({ directive: 'script-src', blocked: 'eval' });
    // A request to another origin is refused by the policy itself, before the test's router sees it.
    expect(await page.evaluate(() => fetch('https://example.org/').then(() => 'sent', () => 'refused'))).toBe('refused');
    expect(refused).toEqual([]);
  });

  it("mounts into a ministry's own page with mountReviewForm and hands back the report", async () => {
    // The host page: its own markup around a slot, the form imported from form.js, the worker named.
    writeFileSync(join(form, 'embed.html'), '<!doctype html><html lang="en"><head><title>Ministry portal</title><script type="module" src="embed.js"></script></head><body><main><h1>Ministry portal</h1><div id="slot"></div></main></body></html>');
    writeFileSync(join(form, 'embed.js'), "import { mountReviewForm } from './form.js';\nmountReviewForm(document.getElementById('slot'), { pack: 'ilo-bla', workerUrl: './worker.js', onResult: (r) => { window.__embedded = r; } });\n");
    await page.goto(`${server.origin}/embed.html`);
    await page.locator('#slot').getByLabel('Agreement file').setInputFiles(join(ROOT, 'examples/mou-en.txt'));
    await page.waitForFunction(() => 'documents' in ((window as unknown as { __embedded?: object }).__embedded ?? {}), null, { timeout: 90_000 });
    const report = Report.parse(await page.evaluate(() => (window as unknown as { __embedded: unknown }).__embedded));
    expect(report.documents[0].source).toBe('mou-en.txt');
    expect(await page.locator('#slot li.blc-verdict').count()).toBe(report.documents[0].elements.length);
    expect(await page.locator('style#bla-check-form-css').count()).toBe(1); // embedded, it brings its own styles
  });

  it('sent no request anywhere but its own origin', () => {
    expect(refused).toEqual([]);
    expect(requests.filter((u) => !(u.startsWith(`${server.origin}/`) || /^(data|blob):/.test(u)))).toEqual([]);
    expect(requests.some((u) => u.endsWith('/pdf.worker.mjs'))).toBe(true);
  });
});
