/**
 * A PDF's compressed streams, unpacked and counted before pdf.js sees the file. pdf.js keeps every decoded
 * stream whole in memory and offers no cap, so a 300 KB PDF whose page inflates to 300 MB costs a
 * gigabyte. Here what each FlateDecode stream inflates to is counted (by decoding it without producing
 * the bytes; streams deflated several times over are inflated as chunks), nothing is kept, and the total
 * is held to `maxDecompressedBytes`: over it, ZIP_BOMB.
 * Every stream counts, images included: a content stream labelled as an image would otherwise slip past.
 * Streams we cannot inflate (encrypted, damaged, other filters) are left to pdf.js to judge.
 */
import { IngestError } from './types.js';
import type { Deadline } from './limits.js';
import { inflatedLength } from './inflate-count.js';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
/** How far back from `stream` the dictionary is looked for; dictionaries of real streams are short. */
const DICT_WINDOW = 2048;

export interface PdfStream {
  /** Start of the data, just after the `stream` keyword's end of line. */
  start: number;
  end: number;
  /** How many FlateDecode filters apply in a row from the first (nested bombs use several). */
  flateLayers: number;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  for (let i = hay.indexOf(needle[0], from); i !== -1 && i <= hay.length - needle.length; i = hay.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
/** One character per byte, so offsets stay byte offsets (dictionaries are short: one call suffices). */
const latin1 = (bytes: Uint8Array) => String.fromCharCode.apply(null, bytes as unknown as number[]);

/** The stream dictionary before `at`: from the last `obj` keyword in the window (or the window's start). */
function dictionaryBefore(bytes: Uint8Array, at: number): string {
  const from = Math.max(0, at - DICT_WINDOW);
  // Looked for in the bytes, backwards: only the dictionary itself is turned into a string.
  for (let i = at - 3; i >= from; i--) {
    if (bytes[i] === 0x6f && bytes[i + 1] === 0x62 && bytes[i + 2] === 0x6a) return latin1(bytes.subarray(i + 3, at)); // "obj"
  }
  return latin1(bytes.subarray(from, at));
}

/** Leading FlateDecode filters of /Filter (a name or an array of names). */
export function flateLayers(dict: string): number {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m) return 0;
  const names = m[1].match(/\/[A-Za-z0-9]+/g) ?? [];
  let n = 0;
  while (n < names.length && (names[n] === '/FlateDecode' || names[n] === '/Fl')) n++;
  return n;
}

/** Where the data ends: at /Length when it lands on `endstream`, else at the next `endstream`. */
function dataEnd(bytes: Uint8Array, dict: string, start: number): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (length) {
    let at = start + Number(length[1]);
    while (at < bytes.length && isSpace(bytes[at])) at++;
    if (indexOfBytes(bytes.subarray(at, at + ENDSTREAM.length), ENDSTREAM, 0) === 0) return start + Number(length[1]);
  }
  const end = indexOfBytes(bytes, ENDSTREAM, start);
  return end === -1 ? bytes.length : end;
}

/** Every FlateDecode stream of the file, found by its keywords (no parsing, so damage cannot hide one). */
export function* flateStreams(bytes: Uint8Array): Generator<PdfStream> {
  for (let at = indexOfBytes(bytes, STREAM, 0); at !== -1; at = indexOfBytes(bytes, STREAM, at + STREAM.length)) {
    const isEnd = at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64; // "end"
    if (isEnd) continue;
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const dict = dictionaryBefore(bytes, at);
    const layers = flateLayers(dict);
    if (!layers) continue;
    const end = dataEnd(bytes, dict, start);
    yield { start, end, flateLayers: layers };
    at = Math.max(at, end - STREAM.length);
  }
}

/**
 * Bytes a stream deflated several times over inflates to, counting at most `budget` + one chunk; a damaged
 * stream counts what came out. Each inner layer needs the bytes of the one around it, so these are really
 * inflated, as chunks (DecompressionStream, in Node and browsers alike), and nothing is kept.
 */
async function nestedInflatedSize(data: Uint8Array, layers: number, budget: number, deadline: Deadline): Promise<number> {
  let readable: ReadableStream<Uint8Array> = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  for (let i = 0; i < layers; i++) readable = readable.pipeThrough(new DecompressionStream('deflate') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const reader = readable.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > budget || deadline.signal.aborted) break;
    }
  } catch {
    // Not deflate after all, or cut short: pdf.js decides what to make of it.
  }
  await reader.cancel().catch(() => undefined);
  return size;
}

const mb = (n: number) => Math.round(n / 1048576);

/**
 * Deflate's densest code spends two bits on a back-reference of 258 bytes: no stream inflates to more than
 * 1032 times its compressed size, and each further layer multiplies again.
 */
const MAX_DEFLATE_RATIO = 1032;

/** For each stream, the most it and the streams after it can unpack to (exact while below 2^53). */
function boundsFrom(streams: PdfStream[]): number[] {
  const bounds = new Array<number>(streams.length + 1).fill(0);
  for (let i = streams.length - 1; i >= 0; i--) {
    const s = streams[i];
    bounds[i] = bounds[i + 1] + (s.end - s.start) * MAX_DEFLATE_RATIO ** s.flateLayers;
  }
  return bounds;
}

/** Throws ZIP_BOMB when the streams together would unpack to more than `maxInflated` bytes. */
export async function checkPdfStreams(bytes: Uint8Array, maxInflated: number, deadline: Deadline): Promise<void> {
  const streams = [...flateStreams(bytes)];
  const bounds = boundsFrom(streams);
  let total = 0;
  for (const [i, s] of streams.entries()) {
    // What is left cannot take the total over the limit, whatever it holds: no need to count it.
    if (bounds[i] < 2 ** 53 && total + bounds[i] <= maxInflated) return;
    const data = bytes.subarray(s.start, s.end);
    const budget = maxInflated - total;
    // One layer, as nearly every stream has: counted without being inflated (see inflate-count.ts).
    total += s.flateLayers === 1 ? inflatedLength(data, budget) : await nestedInflatedSize(data, s.flateLayers, budget, deadline);
    deadline.check();
    if (total > maxInflated) {
      throw new IngestError('ZIP_BOMB', `the PDF's compressed streams unpack to more than ${mb(maxInflated)} MB, the limit (a decompression bomb?)`);
    }
  }
}
