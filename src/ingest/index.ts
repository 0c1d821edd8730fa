/**
 * ingest: file bytes (or text) → Document. Finds the format from the bytes, extracts the text page by
 * page, sets running headers and footers aside, normalises, and says how far each page can be trusted.
 * Every failure is an IngestError with a stable code; limits bound size, pages, text, unpacking and time.
 * Anything but bytes or text is a TypeError: a mistake in the call, not a document that cannot be read.
 */
import { detectLanguage } from '../language/index.js';
import { IngestError, type Document, type IngestOptions, type IngestWarning } from './types.js';
import { resolveLimits, withDeadline } from './limits.js';
import { extract } from './extract.js';
import { assemblePages } from './assemble.js';
import { describeValue, isDocumentData } from './input.js';

export * from './types.js';
export { setPdfWorker } from './pdf.js';
export { readDocx } from './docx.js';
export { describeValue, isDocumentData } from './input.js';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function ingest(input: Uint8Array | string, source: string, options: IngestOptions = {}): Promise<Document> {
  if (!isDocumentData(input)) throw new TypeError(`a document is its bytes (Uint8Array) or its text (string); ${source} is ${describeValue(input)}`);
  const limits = resolveLimits(options);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length === 0) throw new IngestError('EMPTY_FILE', 'the file is empty');
  if (bytes.length > limits.maxBytes) {
    throw new IngestError('TOO_LARGE', `the file has ${bytes.length} bytes; the limit is ${limits.maxBytes}`);
  }
  const hash = await sha256Hex(bytes);
  return withDeadline(limits.timeoutMs, async (deadline) => {
    const warnings: IngestWarning[] = [];
    const extracted = await extract({ input, bytes, options, limits, warnings, deadline });
    deadline.check();
    const { text, pages } = assemblePages(extracted.pages, extracted.format === 'pdf', limits.maxChars, warnings);
    if (!text.trim()) throw new IngestError('EMPTY_FILE', 'the file holds no text');
    return {
      source,
      format: extracted.format,
      text,
      rawText: extracted.rawText,
      pages,
      furniture: extracted.furniture,
      language: detectLanguage(text).language,
      warnings,
      hash,
      bytes: bytes.length,
    };
  });
}
