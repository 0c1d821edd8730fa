/**
 * Writes every committed test fixture, deterministically, from code in this repository (no qpdf or
 * LibreOffice: CI has neither). Run: `npm run fixtures` (or `npx tsx scripts/make-fixtures.ts`).
 * Also writes one DOCX and one PDF for each examples/*.txt, as a ministry would receive them.
 * Large inputs (over-size, 50 MB line, 2,000 pages) are made inside the tests instead of committed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER, PDF_PAGES, TITLE, pageFooter } from './fixtures/agreement.js';
import { flowPdf, linesPdf, shapesPdf } from './fixtures/pdf.js';
import { numberedAgreementDocx, textDocx } from './fixtures/docx.js';
import { garbageBytes, notAZip, xxeDocx, zipBomb, zipWithoutDocument } from './fixtures/hostile.js';
import { activeContentPdf, deepNestingPdf, flateBombPdf, loopingPageTreePdf, manyOperatorsPdf } from './fixtures/pdf-hostile.js';
import * as texts from './fixtures/texts.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

type Maker = () => Uint8Array | string | Promise<Uint8Array | string>;

export const agreementPdf = () => linesPdf(PDF_PAGES, { header: HEADER, footer: pageFooter, title: TITLE });

/** Every committed fixture, by file name. */
export const fixtures: Record<string, Maker> = {
  'agreement-3pages.pdf': agreementPdf,
  'agreement-numbered.docx': numberedAgreementDocx,
  'agreement.html': () => texts.AGREEMENT_HTML,
  'agreement.md': () => texts.AGREEMENT_MARKDOWN,
  'bilingual-en-fr.txt': () => texts.BILINGUAL,
  'rtl-mixed.txt': () => texts.RTL_MIXED,
  'utf16le-bom.txt': () => texts.utf16le(texts.FRENCH_ACCORD),
  'utf16be-bom.txt': () => texts.utf16be(texts.FRENCH_ACCORD),
  'invalid-utf8.txt': () => texts.windows1252(texts.FRENCH_ACCORD),
  'nul-bytes.txt': () => texts.withStrayNuls(texts.ENGLISH_AGREEMENT),
  'empty.txt': () => new Uint8Array(0),
  'garbage.txt': () => garbageBytes(4096),
  'truncated.pdf': async () => {
    const whole = await agreementPdf();
    return whole.subarray(0, Math.floor(whole.length * 0.6));
  },
  'corrupt.pdf': () =>
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n2 0 obj\n<< /Length 999999 >>\nstream\n\u0001\u0002garbage\nendobj\n' +
    'xref\n0 3\nzzzzzzzzzz 65535 f \nnot-an-offset 00000 n \ntrailer\n<< /Size 3 /Root 7 0 R >>\nstartxref\n123456\n%%EOF\n',
  'encrypted-user.pdf': () => linesPdf(PDF_PAGES, { header: HEADER, footer: pageFooter, userPassword: 'secret', ownerPassword: 'owner' }),
  'encrypted-owner-only.pdf': () => linesPdf(PDF_PAGES, { header: HEADER, footer: pageFooter, ownerPassword: 'owner' }),
  'image-only.pdf': () => shapesPdf(2),
  'not-a-zip.docx': notAZip,
  'zip-not-docx.docx': zipWithoutDocument,
  'zip-bomb.docx': () => zipBomb(250),
  // The same bomb with a directory that claims 1 kB per entry: only the memory-capped reader can stop it.
  'zip-bomb-lying.docx': () => zipBomb(250, true),
  'xxe.docx': xxeDocx,
  // PDF bombs and active content (scripts/fixtures/pdf-hostile.ts): refused or read, never run.
  'pdf-active-content.pdf': () => activeContentPdf(),
  'pdf-deep-nesting.pdf': () => deepNestingPdf(20_000),
  'pdf-flate-bomb.pdf': () => flateBombPdf(300),
  'pdf-looping-pages.pdf': loopingPageTreePdf,
  'pdf-many-operators.pdf': () => manyOperatorsPdf(2_000_000),
};

function write(path: string, data: Uint8Array | string): void {
  writeFileSync(path, data);
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  console.log(`${path.slice(root.length + 1)}  ${size} bytes`);
}

/**
 * The running header a circulated copy carries: the file's name and its status. Not the title itself, which a
 * real header rarely repeats word for word (and which would then be set aside with the header on page 1).
 */
function exampleHeader(name: string): string {
  return `${name} — draft for consultation`;
}

async function makeExamples(dir: string): Promise<void> {
  const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!sources.length) console.log(`${dir}: no .txt examples yet, nothing to convert`);
  for (const file of sources) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    const name = basename(file, '.txt');
    const header = exampleHeader(name);
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    write(join(dir, `${name}.pdf`), await flowPdf(paragraphs, { header, footer: pageFooter, title: header }));
    write(join(dir, `${name}.docx`), await textDocx(text, header));
  }
}

async function main(): Promise<void> {
  const out = join(root, 'fixtures');
  mkdirSync(out, { recursive: true });
  for (const [name, make] of Object.entries(fixtures)) write(join(out, name), await make());
  // BLA_EXAMPLES_DIR lets a placeholder folder stand in until examples/*.txt exist.
  await makeExamples(process.env.BLA_EXAMPLES_DIR ?? join(root, 'examples'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
