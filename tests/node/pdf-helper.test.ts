import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ingest, type PdfPageShare, type PdfPageSharing } from '../../src/ingest/index.js';
import { extractPdf } from '../../src/ingest/pdf.js';
import { withDeadline } from '../../src/ingest/limits.js';
import { pdfHelper, stopPdfHelpers } from '../../src/node/pdf-helper.js';
import { linesPdf } from '../../scripts/fixtures/pdf.js';
import { ensureBuilt } from '../helpers/built-cli.js';

const PAGES = 24;
let bytes: Uint8Array;
let workerFile = '';
let scratch = '';

/** A helper script that misbehaves as `body` says, given each job. */
function fakeHelper(name: string, body: string): string {
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nimport { writeFileSync } from 'node:fs';\nparentPort.on('message', (job) => { ${body} });\n`);
  return file;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A share of the test PDF, once the helper has finished the PDF before (it is busy until then). */
async function shareOnceFree(sharing: PdfPageSharing): Promise<PdfPageShare> {
  for (let tries = 0; tries < 500; tries++) {
    const share = sharing(bytes, PAGES, undefined, new AbortController().signal);
    if (share) return share;
    await pause(20);
  }
  throw new Error('the helper stayed busy');
}

beforeAll(async () => {
  workerFile = join(dirname(ensureBuilt()), 'pdf-worker.js');
  scratch = mkdtempSync(join(tmpdir(), 'bla-pdf-helper-'));
  bytes = await linesPdf(Array.from({ length: PAGES }, (_, i) => [`Article ${i + 1}`, `Clause ${i + 1}: the employer bears cost number ${i * 7 + 3} of the recruitment.`]));
}, 180_000);

afterAll(async () => {
  await stopPdfHelpers();
  rmSync(scratch, { recursive: true, force: true });
});

const always = { minPages: 1, coldMinPages: 1 };

describe('reading a long PDF with a helper thread', { timeout: 60_000 }, () => {
  it('gives the document that reading it alone gives', async () => {
    const alone = await ingest(bytes, 'long.pdf');
    const sharing = pdfHelper({ ...always, workerFile });
    for (let run = 0; run < 2; run++) {
      const shared = await ingest(bytes, 'long.pdf', { sharePdfPages: sharing });
      expect(shared.text).toBe(alone.text);
      expect(shared.pages).toEqual(alone.pages);
    }
  });

  it('has the helper read pages exactly as the calling thread reads them', async () => {
    const own = await withDeadline(30_000, (deadline) => extractPdf(bytes, { maxPages: 100, deadline }));
    const share = await shareOnceFree(pdfHelper({ ...always, workerFile })!);
    // Take no page here: the helper takes them all.
    while (share.pages.size < PAGES) await pause(20);
    expect(await share.next()).toBe(0);
    share.close();
    expect([...share.pages.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: PAGES }, (_, i) => i + 1));
    const ownPages = own.raw.split(/\n-- \d+ of \d+ --\n\n?/);
    for (const [page, text] of share.pages) expect(text, `page ${page}`).toBe(ownPages[page - 1]);
  });

  it('reads itself the pages of a helper that takes some and dies', async () => {
    const alone = await ingest(bytes, 'long.pdf');
    const flag = join(scratch, 'dying-took-pages');
    // Says done to its first PDF, so it is up and waiting for the next; takes three pages of that one
    // (leaving the flag when it got at least one) and dies without delivering them.
    const dying = fakeHelper('dying', `if (!globalThis.warm) { globalThis.warm = true; parentPort.postMessage({ done: true }); return; }
      if (Atomics.add(job.taken, 0, 3) < job.total) writeFileSync(${JSON.stringify(flag)}, ''); process.exit(1);`);
    const sharing = pdfHelper({ ...always, workerFile: dying });
    // A PDF read while the helper is busy or starting is read alone: go on until one met it warm.
    for (let tries = 0; tries < 30 && !existsSync(flag); tries++) {
      const doc = await ingest(bytes, 'long.pdf', { sharePdfPages: sharing });
      expect(doc.text).toBe(alone.text);
    }
    expect(existsSync(flag)).toBe(true);
  });

  it('reads the whole PDF alone when the helper cannot start', async () => {
    const alone = await ingest(bytes, 'long.pdf');
    const doc = await ingest(bytes, 'long.pdf', { sharePdfPages: pdfHelper({ ...always, workerFile: join(scratch, 'no-such-helper.mjs') }) });
    expect(doc.text).toBe(alone.text);
  });

  it('stops waiting for a helper that never answers when the time limit is reached', async () => {
    const flag = join(scratch, 'stuck-took-pages');
    const stuck = fakeHelper('stuck', `Atomics.add(job.taken, 0, 3); writeFileSync(${JSON.stringify(flag)}, ''); setInterval(() => {}, 1000);`);
    const time = new AbortController();
    const share = pdfHelper({ ...always, workerFile: stuck })!(bytes, PAGES, undefined, time.signal)!;
    while (!existsSync(flag)) await pause(20);
    let next = share.next();
    while (typeof next === 'number' && next > 0) next = share.next();
    expect(next).toBeInstanceOf(Promise); // the three pages it took are owed
    setTimeout(() => time.abort(), 50);
    expect(await next).toBe(0);
    share.close();
  });
});

describe('when a helper is not worth it', () => {
  const signal = new AbortController().signal;
  it('reads a PDF under minPages alone', () => {
    expect(pdfHelper({ workerFile, minPages: PAGES + 1, coldMinPages: PAGES + 1 })!(bytes, PAGES, undefined, signal)).toBeUndefined();
  });

  it('starts no helper for a PDF under coldMinPages, however short minPages is', () => {
    const sharing: PdfPageSharing = pdfHelper({ workerFile: fakeHelper('never-started', ''), minPages: 1, coldMinPages: PAGES + 1 })!;
    expect(sharing(bytes, PAGES, undefined, signal)).toBeUndefined();
  });
});
