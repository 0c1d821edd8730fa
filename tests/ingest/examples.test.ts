import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';

const dir = new URL('../../examples/', import.meta.url);
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const words = (text: string) => text.normalize('NFC').split(/\s+/).filter(Boolean);

// The example PDFs and DOCX files are made from the .txt files by `npm run fixtures`; if this fails after a
// .txt was edited, run it again.
describe.each(texts)('examples/%s as PDF and DOCX', (file) => {
  const base = file.replace(/\.txt$/, '');
  const source = readFileSync(new URL(file, dir), 'utf8');

  it.each(['pdf', 'docx'])('the .%s reads back to the same words, running header and footer set aside', async (ext) => {
    const doc = await ingest(new Uint8Array(readFileSync(new URL(`${base}.${ext}`, dir))), `${base}.${ext}`);
    expect(doc.format).toBe(ext);
    expect(words(doc.text)).toEqual(words(source));
    expect(doc.furniture).toContain(`${base} — draft for consultation`);
  });
});
