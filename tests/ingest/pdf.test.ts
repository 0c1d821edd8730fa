import { describe, expect, it } from 'vitest';
import { ingest, type PdfPageSharing } from '../../src/ingest/index.js';
import { linesPdf, shapesPdf } from '../../scripts/fixtures/pdf.js';
import { expectCode, fixture, lineStarting } from './helpers.js';

describe('PDF: a 3-page agreement with running header and footer', async () => {
  const doc = await ingest(fixture('agreement-3pages.pdf'), 'mou.pdf');

  it('is read as a PDF of three pages', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('moves the running header and the page footers out of the body, into furniture', () => {
    expect(doc.text).not.toContain('Memorandum of Understanding — Draft');
    expect(doc.text).not.toMatch(/Page \d of 3/);
    expect(doc.furniture).toContain('Memorandum of Understanding — Draft');
    expect(doc.furniture.some((f) => /^Page \d of 3$/.test(f))).toBe(true);
  });

  it('keeps what was extracted, header and footer included, in rawText', () => {
    expect(doc.rawText).toContain('Memorandum of Understanding — Draft');
    expect(doc.rawText).toContain('Page 2 of 3');
  });

  it('joins a word hyphenated across lines and keeps the line starts', () => {
    expect(doc.text).toContain('procedures for the recruitment\nof workers from Atlantis');
    expect(doc.text).not.toContain('recruit-');
  });

  it('keeps "Article N" headings at line starts', () => {
    for (let n = 1; n <= 9; n++) expect(lineStarting(doc.text, `Article ${n}`), `Article ${n}`).toBe(`Article ${n}`);
  });

  it('gives each page as a range of the text, in order and without overlap', () => {
    const slices = doc.pages.map((p) => doc.text.slice(p.start, p.end));
    expect(slices[0]).toContain('Article 3');
    expect(slices[1].startsWith('Article 4')).toBe(true);
    expect(slices[1]).toContain('Article 6');
    expect(slices[2].startsWith('Article 7')).toBe(true);
    expect(slices[2].endsWith('in two originals in English.')).toBe(true);
    doc.pages.slice(1).forEach((p, i) => expect(p.start).toBeGreaterThan(doc.pages[i].end - 1));
    expect(doc.pages[2].end).toBe(doc.text.length);
  });

  it('says every page has a text layer and none looks scanned', () => {
    for (const p of doc.pages) expect(p.quality).toMatchObject({ textLayer: true, likelyScanned: false, encrypted: false });
    expect(doc.pages[0].quality.chars).toBe(doc.pages[0].end - doc.pages[0].start);
    expect(doc.warnings).toEqual([]);
  });
});

describe('PDF: encryption', () => {
  it('refuses a PDF that needs a user password, and opens it with the password', async () => {
    const err = await expectCode(ingest(fixture('encrypted-user.pdf'), 'enc.pdf'), 'ENCRYPTED_PDF');
    expect(err.message).toMatch(/password/);
    const doc = await ingest(fixture('encrypted-user.pdf'), 'enc.pdf', { password: 'secret' });
    expect(doc.text).toContain('No recruitment fees or related costs shall be charged to workers.');
  });

  it('says so when the password is wrong', async () => {
    const err = await expectCode(ingest(fixture('encrypted-user.pdf'), 'enc.pdf', { password: 'guess' }), 'ENCRYPTED_PDF');
    expect(err.message).toMatch(/wrong/);
  });

  it('opens a PDF with only an owner password (it restricts printing, not reading)', async () => {
    const doc = await ingest(fixture('encrypted-owner-only.pdf'), 'owner.pdf');
    expect(doc.text).toContain('Article 9');
  });
});

describe('PDF: pages without text', () => {
  it('refuses a PDF with no text layer at all, naming the pages that need OCR', async () => {
    const err = await expectCode(ingest(fixture('image-only.pdf'), 'scan.pdf'), 'NO_TEXT_LAYER');
    expect(err.pages).toEqual([1, 2]);
  });

  it('reads the pages that have text and names the ones that do not', async () => {
    const text = await linesPdf([['Article 1', 'Recruitment costs shall be borne by the employer.'], [], ['Article 2', 'The worker receives a contract.']]);
    const doc = await ingest(text, 'mixed.pdf');
    expect(doc.pages[1].quality).toMatchObject({ textLayer: false, likelyScanned: true });
    expect(doc.pages[0].quality.likelyScanned).toBe(false);
    const warning = doc.warnings.find((w) => w.code === 'PAGES_WITHOUT_TEXT');
    expect(warning?.message).toMatch(/page 2\b/);
  });

  it('does not take a shapes-only page for text', async () => {
    await expectCode(ingest(await shapesPdf(1), 'one.pdf'), 'NO_TEXT_LAYER');
  });
});

describe('PDF: damaged files and limits', () => {
  it('refuses a truncated PDF and one with a broken cross-reference table', async () => {
    await expectCode(ingest(fixture('truncated.pdf'), 't.pdf'), 'CORRUPT_PDF');
    await expectCode(ingest(fixture('corrupt.pdf'), 'c.pdf'), 'CORRUPT_PDF');
  });

  it('refuses more pages than maxPages', async () => {
    const err = await expectCode(ingest(fixture('agreement-3pages.pdf'), 'mou.pdf', { maxPages: 2 }), 'TOO_MANY_PAGES');
    expect(err.message).toMatch(/3 pages/);
  });

  it('gives up with TIMEOUT when the time limit is too short', async () => {
    await expectCode(ingest(fixture('agreement-3pages.pdf'), 'mou.pdf', { timeoutMs: 1 }), 'TIMEOUT');
  });

  it('leaves the caller its bytes (pdf.js would otherwise take them over)', async () => {
    const bytes = fixture('agreement-3pages.pdf');
    const length = bytes.length;
    await ingest(bytes, 'mou.pdf');
    expect(bytes.length).toBe(length);
  });
});

describe('PDF: pages shared with a partner reader (IngestOptions.sharePdfPages)', async () => {
  const duties = ['pays the fees', 'gives a contract', 'insures the worker', 'pays the return', 'names a contact', 'keeps records'];
  const bytes = await linesPdf(duties.map((duty, i) => [`Article ${i + 1}`, `The employer ${duty} under this agreement, as set out in clause ${i + 1}.`]));
  const alone = await ingest(bytes, 'six.pdf');

  /** A partner that has read `theirs` (each page's text given) and leaves the rest to the caller. */
  function partner(theirs: Map<number, string>, log: string[] = []): PdfPageSharing {
    return (_bytes, total) => {
      let page = 0;
      return {
        pages: theirs,
        next: () => { while (++page <= total) if (!theirs.has(page)) return page; return 0; },
        close: () => void log.push('closed'),
      };
    };
  }

  it('reads only the pages the partner leaves, and takes the partner\'s text for the others', async () => {
    const theirs = new Map([[2, 'Article 2\nRead by the partner.'], [5, 'Article 5\nAlso read by the partner.']]);
    const log: string[] = [];
    const doc = await ingest(bytes, 'six.pdf', { sharePdfPages: partner(theirs, log) });
    expect(doc.text).toContain('Read by the partner.');
    expect(doc.text).toContain('Also read by the partner.');
    expect(doc.text).toContain('The employer insures the worker');
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log).toEqual(['closed']);
  });

  it('reads a page itself when the partner gave no page and no text for it', async () => {
    const silent: PdfPageSharing = () => ({ pages: new Map(), next: () => 0, close: () => {} });
    const doc = await ingest(bytes, 'six.pdf', { sharePdfPages: silent });
    expect(doc.text).toBe(alone.text);
  });

  it('counts the partner\'s pages in the progress it reports', async () => {
    const seen: number[] = [];
    await ingest(bytes, 'six.pdf', { sharePdfPages: partner(new Map([[1, 'a'], [2, 'b']])), onPage: (done) => seen.push(done) });
    expect(seen).toEqual([3, 4, 5, 6]);
  });

  it('is not offered a PDF over the page limit, nor one of less than the pages it asks for', async () => {
    const offered: number[] = [];
    const counting: PdfPageSharing = (_b, total) => void offered.push(total);
    await expectCode(ingest(bytes, 'six.pdf', { maxPages: 5, sharePdfPages: counting }), 'TOO_MANY_PAGES');
    const doc = await ingest(bytes, 'six.pdf', { sharePdfPages: counting });
    expect(offered).toEqual([6]);
    expect(doc.text).toBe(alone.text);
  });
});
