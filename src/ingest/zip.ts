/**
 * What a zip says about itself, read from its central directory before anything is inflated. Declared
 * sizes can lie, so this is the first guard only; in Node the DOCX reader also runs under a memory cap.
 */

export interface ZipDirectory {
  entries: number;
  /** Sum of declared uncompressed sizes, in bytes (Infinity for ZIP64 entries, which Word never writes). */
  declaredBytes: number;
  names: string[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Returns undefined when the bytes are not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view, bytes.length);
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let declaredBytes = 0;
  const names: string[] = [];
  const utf8 = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const size = view.getUint32(p + 24, true);
    declaredBytes += size === 0xffffffff ? Infinity : size;
    const nameLength = view.getUint16(p + 28, true);
    if (p + 46 + nameLength > bytes.length) return undefined;
    names.push(utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { entries, declaredBytes, names };
}

/** The end record sits in the last 22 bytes plus at most a 64 kB comment. */
function findEndOfDirectory(view: DataView, length: number): number {
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}
