/**
 * DOCX → HTML (then text) via mammoth, with Word's automatic numbering written back in and headers and
 * footers kept apart. The zip is sized up from its directory first, since mammoth has no limits at all.
 */
import type JSZip from 'jszip';
import { IngestError, type DocxContent, type DocxLimits } from './types.js';
import { defaultLimits } from './limits.js';
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
  // Loaded on the first DOCX only: mammoth and JSZip weigh on every start otherwise.
  const { default: JSZip } = await import('jszip');
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new IngestError('CORRUPT_DOCX', `the DOCX archive is damaged (${firstLine(err)})`);
  }
}

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0];

type Streamable = { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

/**
 * Parts are inflated chunk by chunk against what is left of the unpacking budget: a zip whose directory
 * under-states its sizes is stopped at the limit instead of filling memory (this also protects browsers).
 */
class PartReader {
  private cache = new Map<string, string | undefined>();
  constructor(private readonly zip: JSZip, private left: number, private readonly maxPartBytes = Infinity) {}

  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  async text(name: string): Promise<string | undefined> {
    if (!this.cache.has(name)) this.cache.set(name, await this.read(name));
    return this.cache.get(name);
  }

  private async read(name: string): Promise<string | undefined> {
    const file = this.zip.file(name);
    if (!file) return undefined;
    const xml = new TextDecoder().decode(await this.inflate(file as unknown as Streamable, name));
    if (hasDoctype(xml)) throw new IngestError('CORRUPT_DOCX', `${name} declares a DTD, which Word never writes; refusing it (entity expansion)`);
    return xml;
  }

  private inflate(file: Streamable, name: string): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const stream = file.internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          this.left -= chunk.length;
          size += chunk.length;
          if (this.left >= 0 && size <= this.maxPartBytes) return void chunks.push(chunk);
          stream.pause();
          reject(new IngestError('ZIP_BOMB', `${name} unpacks to more than the reader may take; stopped at the limit`));
        })
        .on('error', (err) => reject(inflateError(err)))
        .on('end', () => resolve(concat(chunks)))
        .resume();
    });
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * mammoth holds about 2 kB of heap per XML element and parses some 10,000 a second, so a part made of
 * millions of tiny paragraphs is a bomb even when its bytes are within limits. A long treaty has ~100,000.
 */
const DEFAULT_MAX_ELEMENTS = 500_000;

function checkElementCount(xml: string, max: number): void {
  let count = 0;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    // Opening tags only: a letter after "<" (not "</", "<?" or "<!").
    if ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a && ++count > max) {
      throw new IngestError('ZIP_BOMB', `word/document.xml holds more than ${max} XML elements; too many for the reader's memory`);
    }
  }
}

/** jszip notices when a part inflates to another size than declared: the mark of a crafted archive. */
function inflateError(err: unknown): IngestError {
  return /size mismatch/i.test(firstLine(err))
    ? new IngestError('ZIP_BOMB', 'the DOCX unpacks to another size than its directory declares (a crafted archive)')
    : new IngestError('CORRUPT_DOCX', `the DOCX archive is damaged (${firstLine(err)})`);
}

/** Headers and footers are not body text; they are kept as furniture so reports can still show them. */
async function readFurniture(parts: PartReader): Promise<string[]> {
  const names = parts.names().filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort();
  const texts: string[] = [];
  for (const name of names) for (const t of paragraphTexts((await parts.text(name)) ?? '')) if (!texts.includes(t)) texts.push(t);
  return texts;
}

/** Every XML part mammoth may read is checked for a DTD before mammoth parses it. */
async function refuseDoctypes(parts: PartReader): Promise<void> {
  for (const name of parts.names().filter((n) => /\.(xml|rels)$/i.test(n))) await parts.text(name);
}

export async function readDocx(bytes: Uint8Array, limits: Omit<DocxLimits, 'timeoutMs'> = defaultLimits): Promise<DocxContent> {
  const zip = await openZip(bytes);
  const parts = new PartReader(zip, limits.maxDecompressedBytes, limits.maxPartBytes);
  await refuseDoctypes(parts);
  const documentXml = await parts.text(MAIN_PART);
  if (documentXml === undefined) throw new IngestError('CORRUPT_DOCX', 'the zip archive is not a Word document (no word/document.xml)');
  checkElementCount(documentXml, limits.maxElements ?? DEFAULT_MAX_ELEMENTS);
  const defs = readNumbering(await parts.text('word/numbering.xml'), await parts.text('word/styles.xml'));
  const numbered = writeNumbersIntoDocument(documentXml, defs);
  let input = bytes;
  if (numbered !== documentXml) {
    zip.file(MAIN_PART, numbered);
    input = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  }
  return { html: await toHtml(input), furniture: await readFurniture(parts) };
}

async function toHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
  const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  const { default: mammoth } = await import('mammoth');
  try {
    // Images carry no text: skip encoding them as data URIs.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    return (await mammoth.convertToHtml(input, { convertImage })).value;
  } catch (err) {
    throw new IngestError('CORRUPT_DOCX', `the DOCX cannot be read (${firstLine(err)})`);
  }
}
