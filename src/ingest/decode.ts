/**
 * Bytes of a text file → string. Agreements come from many offices: UTF-8, UTF-16 exported from Word,
 * Windows-1252 from older systems. Binary files renamed .txt are refused rather than read as noise.
 */
import { IngestError, type IngestWarning } from './types.js';

/** Share of control bytes above which a file is taken as binary. Random data has about 11 %. */
const BINARY_CONTROL_RATIO = 0.05;
const SAMPLE = 1 << 16;

function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b;
}

/** UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length & ~1, SAMPLE);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) controls++;
  return n ? controls / n : 0;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** Windows-1252 at 0x80–0x9F (undefined slots stay as they are). Node's TextDecoder reads these as C1 controls. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009F]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Drop stray NULs (left by broken exports) and say so; they would split words for later stages. */
function dropNuls(text: string, warnings: IngestWarning[]): string {
  if (!text.includes('\0')) return text;
  const count = text.split('\0').length - 1;
  warnings.push({ code: 'NUL_BYTES_REMOVED', message: `${count} NUL character(s) removed from the text` });
  return text.replaceAll('\0', '');
}

export function decodeText(bytes: Uint8Array, warnings: IngestWarning[]): string {
  const bom = bomEncoding(bytes);
  if (bom) return dropNuls(decodeWith(bom.encoding, bytes.subarray(bom.skip)), warnings);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    warnings.push({ code: 'ENCODING_GUESSED', message: `no byte order mark; read as ${utf16.toUpperCase()}` });
    return dropNuls(decodeWith(utf16, bytes), warnings);
  }
  if (controlRatio(bytes) > BINARY_CONTROL_RATIO) {
    throw new IngestError('BINARY_NOT_TEXT', 'the file is binary data, not text (wrong file or unsupported format)');
  }
  try {
    return dropNuls(new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings);
  } catch {
    return decodeInvalidUtf8(bytes, warnings);
  }
}

function decodeInvalidUtf8(bytes: Uint8Array, warnings: IngestWarning[]): string {
  const utf8 = decodeWith('utf-8', bytes);
  const damaged = countMatches(utf8, /\uFFFD/g);
  // A few bad bytes in a file full of good UTF-8 is damage, not another encoding.
  if (countMatches(utf8, /[^\x00-\x7F\uFFFD]/g) >= damaged) {
    warnings.push({ code: 'INVALID_UTF8', message: `${damaged} invalid UTF-8 sequence(s) replaced by U+FFFD` });
    return dropNuls(utf8, warnings);
  }
  // Legacy Western European files are Windows-1252 (what WHATWG calls "latin1").
  warnings.push({ code: 'ENCODING_GUESSED', message: 'not valid UTF-8; read as Windows-1252 (Latin-1)' });
  return dropNuls(decodeWindows1252(bytes), warnings);
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
