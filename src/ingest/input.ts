/** What the readers accept as a document, and how a wrong argument is named in an error. */

/** The file's bytes or its text. */
export function isDocumentData(data: unknown): data is Uint8Array | string {
  // By tag as well: bytes from another realm (a vm context, an iframe) are Uint8Arrays too.
  return typeof data === 'string' || data instanceof Uint8Array || (ArrayBuffer.isView(data) && Object.prototype.toString.call(data) === '[object Uint8Array]');
}

/** A value named for an error message: its kind, never its contents (it may be a confidential draft). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return `a ${value.constructor.name} of ${value.length} bytes`;
  if (value instanceof ArrayBuffer) return `an ArrayBuffer of ${value.byteLength} bytes (wrap it: new Uint8Array(buffer))`;
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'no prototype'})` : `a ${typeof value}`;
}
