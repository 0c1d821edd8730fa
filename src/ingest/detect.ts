/**
 * Which reader a file needs, from its bytes: agreements arrive renamed, mailed and re-saved, so the
 * extension is never trusted.
 */
import { IngestError, type SourceFormat } from './types.js';

export type Sniffed = 'pdf' | 'zip' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean =>
  sig.every((b, i) => bytes[at + i] === b);

/** Formats we recognise but cannot read, with the advice a user needs. */
const unsupported: Array<{ sig: number[]; what: string }> = [
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'a legacy Word .doc (OLE2) file: save it as DOCX or PDF' },
  { sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file: save it as DOCX or PDF' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image: it needs OCR before it can be checked' },
  { sig: [0xff, 0xd8, 0xff], what: 'a JPEG image: it needs OCR before it can be checked' },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image: it needs OCR before it can be checked' },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image: it needs OCR before it can be checked' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image: it needs OCR before it can be checked' },
];

/** %PDF may follow a little junk (some mail gateways prepend bytes); pdf.js tolerates it too. */
function hasPdfMarker(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 4, 1024);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46], i)) return true;
  return false;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (hasPdfMarker(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  for (const u of unsupported) if (startsWith(bytes, u.sig)) throw new IngestError('UNKNOWN_FORMAT', `this is ${u.what}`);
  return 'text';
}

const htmlStart = /^(?:\s|<!--[\s\S]*?-->)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<(?:html|head|body|meta|title|div|p|h[1-6]|table|section|article|main|span|ul|ol|br)[\s>/])/i;

/** Markdown marks that plain agreement text does not use. */
const markdownMarks: RegExp[] = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^\S.*\n(?:={3,}|-{3,})[ \t]*$/m, // setext heading
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
  /\[[^\]\n]+\]\([^)\s]+\)/, // link
  /^```/m, // code fence
  /^\|.*\|[ \t]*\n\|[ \t:|-]+\|[ \t]*$/m, // table with its separator row
];

/** Decoded text: is it HTML, Markdown or plain? */
export function classifyText(text: string): Extract<SourceFormat, 'text' | 'html' | 'markdown'> {
  const head = text.slice(0, 4096);
  if (htmlStart.test(head)) return 'html';
  const sample = text.slice(0, 200_000);
  const marks = markdownMarks.filter((re) => re.test(sample)).length;
  // One ATX heading is already telling; any other mark alone could be chance.
  if (markdownMarks[0].test(sample) || marks >= 2) return 'markdown';
  return 'text';
}
