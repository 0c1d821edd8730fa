import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { expectCode, fixture } from './helpers.js';

const FRENCH = 'Les frais de recrutement sont à la charge de l’employeur. Le travailleur ne paie aucun frais — ni visa, ni billet.';

describe('plain text: encodings', () => {
  it('reads UTF-8 as it is and hashes the input bytes with SHA-256', async () => {
    const doc = await ingest(new TextEncoder().encode('Article 1\nThe employer pays.'), 'a.txt');
    expect(doc.format).toBe('text');
    expect(doc.text).toBe('Article 1\nThe employer pays.');
    expect(doc.hash).toBe(createHash('sha256').update('Article 1\nThe employer pays.').digest('hex'));
    expect(doc.bytes).toBe(28);
  });

  it('gives the same hash for the same bytes and another for other bytes', async () => {
    const a = await ingest('Article 1', 'a.txt');
    const b = await ingest('Article 1', 'b.txt');
    const c = await ingest('Article 2', 'c.txt');
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('decodes UTF-16 little- and big-endian with a byte order mark', async () => {
    for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt']) {
      const doc = await ingest(fixture(name), name);
      expect(doc.text).toContain(FRENCH);
      expect(doc.text.startsWith('Accord entre la République')).toBe(true);
    }
  });

  it('reads a file that is not valid UTF-8 as Windows-1252 and says so', async () => {
    const doc = await ingest(fixture('invalid-utf8.txt'), 'old.txt');
    expect(doc.text).toContain(FRENCH);
    expect(doc.warnings.map((w) => w.code)).toContain('ENCODING_GUESSED');
  });

  it('keeps good UTF-8 when only a stray byte is broken', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Équité de traitement, salaire égal '), 0xff, ...new TextEncoder().encode(' pour les travailleurs.')]);
    const doc = await ingest(bytes, 'x.txt');
    expect(doc.text).toContain('Équité de traitement, salaire égal');
    expect(doc.warnings.map((w) => w.code)).toContain('INVALID_UTF8');
  });

  it('drops stray NUL bytes from good text with a warning', async () => {
    const doc = await ingest(fixture('nul-bytes.txt'), 'nul.txt');
    expect(doc.text).not.toContain('\0');
    expect(doc.text).toContain('Recruitment costs shall be borne by the employer.');
    expect(doc.warnings.find((w) => w.code === 'NUL_BYTES_REMOVED')?.message).toMatch(/2 NUL/);
  });

  it('keeps right-to-left scripts next to Latin text, in logical order', async () => {
    const doc = await ingest(fixture('rtl-mixed.txt'), 'rtl.txt');
    expect(doc.text).toContain('المادة 1');
    expect(doc.text).toContain('סעיף 2\nהעובד יקבל חוזה עבודה בכתב.');
    expect(doc.text).toContain('Recruitment costs shall be borne by the employer.');
  });

  it('keeps both languages of a bilingual text line by line', async () => {
    const doc = await ingest(fixture('bilingual-en-fr.txt'), 'bi.txt');
    const lines = doc.text.split('\n');
    const i = lines.indexOf('The employer shall bear the costs of recruitment and travel.');
    expect(lines[i + 1]).toBe('Les frais de recrutement et de voyage sont à la charge de l’employeur.');
  });
});

describe('plain text: refusals', () => {
  it('refuses an empty file, and a file of blanks', async () => {
    await expectCode(ingest(fixture('empty.txt'), 'empty.txt'), 'EMPTY_FILE');
    await expectCode(ingest(' \n\r\n\t \n', 'blank.txt'), 'EMPTY_FILE');
  });

  it('refuses binary data named .txt', async () => {
    await expectCode(ingest(fixture('garbage.txt'), 'garbage.txt'), 'BINARY_NOT_TEXT');
  });

  it('names formats it recognises but cannot read', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const err = await expectCode(ingest(png, 'scan.txt'), 'UNKNOWN_FORMAT');
    expect(err.message).toMatch(/PNG/);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await expectCode(ingest(doc, 'old.doc'), 'UNKNOWN_FORMAT')).message).toMatch(/DOCX/);
  });
});

describe('normalisation', () => {
  it('gives NFC, LF line ends, plain spaces and no soft hyphens', async () => {
    const doc = await ingest('Article\u00A01\r\nThe employ\u00ADer pays the cafe\u0301.   \r\n', 'n.txt');
    expect(doc.text).toBe('Article 1\nThe employer pays the café.');
  });

  it('collapses runs of blank lines to one and keeps line starts', async () => {
    const doc = await ingest('\n\nArticle 1\n\n\n\n   \nText.\nArticle 2\n\n\n', 'n.txt');
    expect(doc.text).toBe('Article 1\n\nText.\nArticle 2');
  });

  it('makes one page of a plain text, covering all of it', async () => {
    const doc = await ingest('Article 1\nText.', 'p.txt');
    expect(doc.pages).toEqual([{ number: 1, start: 0, end: doc.text.length, quality: { textLayer: true, likelyScanned: false, encrypted: false, chars: doc.text.length } }]);
  });

  it('reads form feeds as page breaks', async () => {
    const doc = await ingest('Article 1\nFirst page.\fArticle 2\nSecond page.', 'ff.txt');
    expect(doc.pages).toHaveLength(2);
    expect(doc.text.slice(doc.pages[1].start, doc.pages[1].end)).toBe('Article 2\nSecond page.');
  });
});

describe('format detection ignores the name', () => {
  it('reads a PDF named .txt as a PDF', async () => {
    const doc = await ingest(fixture('agreement-3pages.pdf'), 'agreement.txt');
    expect(doc.format).toBe('pdf');
  });

  it('reads a DOCX named .pdf as a DOCX', async () => {
    const doc = await ingest(fixture('agreement-numbered.docx'), 'agreement.pdf');
    expect(doc.format).toBe('docx');
  });

  it('reads plain text named .docx as text', async () => {
    const doc = await ingest(new TextEncoder().encode('Article 1\nRecruitment costs shall be borne by the employer.'), 'mou.docx');
    expect(doc.format).toBe('text');
  });

  it('lets the caller force a format', async () => {
    const doc = await ingest('# Not a heading\n\nArticle 1', 'x.md', { format: 'text' });
    expect(doc.format).toBe('text');
    expect(doc.text.startsWith('# Not a heading')).toBe(true);
    await expectCode(ingest('Article 1', 'x', { format: 'pdf' }), 'CORRUPT_PDF');
    await expectCode(ingest('Article 1', 'x', { format: 'docx' }), 'CORRUPT_DOCX');
  });
});
