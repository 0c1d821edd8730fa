import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { minimalDocx, minimalDocumentXml } from '../../scripts/fixtures/hostile.js';
import { expectCode, fixture, lineStarting } from './helpers.js';

describe('DOCX: Word automatic numbering', async () => {
  const bytes = fixture('agreement-numbered.docx');
  const doc = await ingest(bytes, 'mou.docx');

  it('is a fixture whose article numbers exist only as Word numbering', async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('Article 1');
    expect(xml).toContain('w:numPr');
  });

  it('puts "Article N" back at the start of each article heading', () => {
    expect(doc.format).toBe('docx');
    expect(lineStarting(doc.text, 'Article 1')).toBe('Article 1 Objective');
    expect(lineStarting(doc.text, 'Article 2')).toBe('Article 2 Recruitment costs');
    expect(lineStarting(doc.text, 'Article 4')).toBe('Article 4 Joint Committee');
  });

  it('numbers clauses within their article and restarts them in the next', () => {
    expect(lineStarting(doc.text, '2.2')).toBe('2.2 The employer shall bear:');
    expect(lineStarting(doc.text, '3.1')).toBe('3.1 Each worker shall receive a written employment contract before departure.');
  });

  it('letters list items "(a)", "(b)", "(c)"', () => {
    expect(doc.text).toContain('(a) the cost of travel to Borealia;\n(b) the cost of visas and work permits;\n(c) the cost of the medical examination.');
  });

  it('keeps a table as rows of cells separated by " | "', () => {
    expect(doc.text).toContain('Cost | Borne by | Reference\nRecruitment fee | Employer | Article 2\nAir ticket | Employer | Article 2');
  });

  it('keeps headers and footers out of the body text, as furniture', () => {
    expect(doc.text).not.toContain('Memorandum of Understanding — Draft');
    expect(doc.furniture).toContain('Memorandum of Understanding — Draft');
  });

  it('makes one page covering the whole text', () => {
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]).toMatchObject({ start: 0, end: doc.text.length, quality: { textLayer: true, likelyScanned: false } });
  });
});

describe('DOCX: hostile and damaged files', () => {
  it('refuses bytes that start like a zip but are not one', async () => {
    await expectCode(ingest(fixture('not-a-zip.docx'), 'x.docx'), 'CORRUPT_DOCX');
  });

  it('refuses a zip that is not a Word document', async () => {
    const err = await expectCode(ingest(fixture('zip-not-docx.docx'), 'x.docx'), 'CORRUPT_DOCX');
    expect(err.message).toMatch(/word\/document\.xml/);
  });

  it('refuses a zip bomb from its directory, before unpacking anything', async () => {
    const err = await expectCode(ingest(fixture('zip-bomb.docx'), 'bomb.docx'), 'ZIP_BOMB');
    expect(err.message).toMatch(/MB/);
  });

  it('respects a lower maxDecompressedBytes', async () => {
    await expectCode(ingest(fixture('agreement-numbered.docx'), 'mou.docx', { maxDecompressedBytes: 1000 }), 'ZIP_BOMB');
  });

  it('refuses a document that declares entities (billion laughs, XXE) without expanding them', async () => {
    const err = await expectCode(ingest(fixture('xxe.docx'), 'xxe.docx'), 'CORRUPT_DOCX');
    expect(err.message).toMatch(/DTD/);
  });

  it('refuses a document of millions of tiny elements before mammoth sees it', async () => {
    const many = await minimalDocx(minimalDocumentXml(Array.from({ length: 200_000 }, () => 'a')));
    await expectCode(ingest(many, 'dense.docx'), 'ZIP_BOMB');
  });

  it('reads a minimal hand-made DOCX', async () => {
    const doc = await ingest(await minimalDocx(minimalDocumentXml(['Article 1', 'The employer shall pay &amp; bear costs.'])), 'min.docx');
    expect(doc.text).toBe('Article 1\n\nThe employer shall pay & bear costs.');
  });
});
