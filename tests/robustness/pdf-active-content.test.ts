/**
 * A PDF is data, never code: pdf.js is always told `isEvalSupported: false` (so a font program is
 * interpreted, not compiled with `new Function`), and a PDF full of actions (JavaScript on open, a launch
 * action, a remote link, a form script, a Type 3 font) is read as text while nothing it aims at is fetched.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const constructed: Array<Record<string, unknown>> = [];

// Watch what ingest hands pdf.js, and let it through unchanged.
vi.mock('pdf-parse', async (importOriginal) => {
  const real = await importOriginal<typeof import('pdf-parse')>();
  class WatchedPDFParse extends real.PDFParse {
    constructor(options: ConstructorParameters<typeof real.PDFParse>[0]) {
      constructed.push({ ...(options as Record<string, unknown>) });
      super(options);
    }
  }
  return { ...real, PDFParse: WatchedPDFParse };
});

const { ingest } = await import('../../src/ingest/index.js');
const { activeContentPdf, ACTIVE_LINES } = await import('../../scripts/fixtures/pdf-hostile.js');
const { readFileSync } = await import('node:fs');
const { FIXTURES } = await import('./helpers.js');

describe('PDF active content', () => {
  let trap: Server;
  const trapped: string[] = [];
  let url = '';

  beforeAll(async () => {
    trap = createServer((req, res) => { trapped.push(req.url ?? ''); res.end(); });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(trap.address() as { port: number }).port}/document-must-not-fetch`;
  });
  afterAll(() => void trap.close());

  it('is read with eval switched off, every time, password or not', async () => {
    constructed.length = 0;
    await ingest(activeContentPdf(url), 'active.pdf');
    await ingest(new Uint8Array(readFileSync(`${FIXTURES}/encrypted-user.pdf`)), 'enc.pdf', { password: 'secret' });
    expect(constructed).toHaveLength(2);
    for (const options of constructed) expect(options.isEvalSupported).toBe(false);
  });

  it('gives the text of a PDF that carries JavaScript, launch, link, form and Type 3 font actions', async () => {
    const doc = await ingest(activeContentPdf(url), 'active.pdf');
    expect(doc.text).toBe(ACTIVE_LINES.join('\n'));
    expect(doc.warnings).toEqual([]);
  });

  it('fetches nothing the document points at', async () => {
    await ingest(activeContentPdf(url), 'active.pdf');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trapped).toEqual([]);
  });
});
