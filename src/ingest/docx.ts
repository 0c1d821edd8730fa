/**
 * DOCX → HTML (then text) via mammoth, with Word's automatic numbering written back in and headers and
 * footers kept apart. The zip is sized up from its directory first, since mammoth has no limits at all.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { IngestError, type DocxContent } from './types.js';
import { readZipDirectory } from './zip.js';
import { hasDoctype, paragraphTexts } from './xml.js';
import { readNumbering, writeNumbersIntoDocument } from './numbering.js';

const MAIN_PART = 'word/document.xml';
/** More parts than any real document has; a zip of tiny entries is another way to exhaust memory. */
const MAX_ENTRIES = 10_000;

/** Refuses, before inflating anything, what is not a DOCX or would inflate past the limit. */
export function checkDocxZip(bytes: Uint8Array, maxDecompressedBytes: number): void {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new IngestError('CORRUPT_DOCX', 'the file is not a readable DOCX (not a zip archive, or a damaged one)');
  if (!dir.names.includes(MAIN_PART)) {
    throw new IngestError('CORRUPT_DOCX', 'the zip archive is not a Word document (no word/document.xml)');
  }
  if (dir.entries > MAX_ENTRIES) throw new IngestError('ZIP_BOMB', `the DOCX holds ${dir.entries} parts; refusing to unpack it`);
  if (dir.declaredBytes > maxDecompressedBytes) {
    const mb = (n: number) => (n === Infinity ? 'more than 4 GB' : `${Math.round(n / 1048576)} MB`);
    throw new IngestError('ZIP_BOMB', `the DOCX would unpack to ${mb(dir.declaredBytes)}; the limit is ${mb(maxDecompressedBytes)}`);
  }
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new IngestError('CORRUPT_DOCX', `the DOCX archive is damaged (${firstLine(err)})`);
  }
}

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0];

async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const xml = await file.async('string');
  if (hasDoctype(xml)) throw new IngestError('CORRUPT_DOCX', `${name} declares a DTD, which Word never writes; refusing it (entity expansion)`);
  return xml;
}

/** Headers and footers are not body text; they are kept as furniture so reports can still show them. */
async function readFurniture(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort();
  const texts: string[] = [];
  for (const name of names) for (const t of paragraphTexts((await readPart(zip, name)) ?? '')) if (!texts.includes(t)) texts.push(t);
  return texts;
}

/** Every XML part mammoth may read is checked for a DTD before mammoth parses it. */
async function refuseDoctypes(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/i.test(n))) await readPart(zip, name);
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await openZip(bytes);
  await refuseDoctypes(zip);
  const documentXml = await readPart(zip, MAIN_PART);
  if (documentXml === undefined) throw new IngestError('CORRUPT_DOCX', 'the zip archive is not a Word document (no word/document.xml)');
  const defs = readNumbering(await readPart(zip, 'word/numbering.xml'), await readPart(zip, 'word/styles.xml'));
  const numbered = writeNumbersIntoDocument(documentXml, defs);
  let input = bytes;
  if (numbered !== documentXml) {
    zip.file(MAIN_PART, numbered);
    input = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  }
  const html = await toHtml(input);
  return { html, furniture: await readFurniture(zip) };
}

async function toHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
  const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  try {
    // Images carry no text: skip encoding them as data URIs.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    return (await mammoth.convertToHtml(input, { convertImage })).value;
  } catch (err) {
    throw new IngestError('CORRUPT_DOCX', `the DOCX cannot be read (${firstLine(err)})`);
  }
}
