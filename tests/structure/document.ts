/** A Document for structure tests: plain text on one page, as ingest would hand it over. */
import type { Document, Page } from '../../src/ingest/types.js';

export function textDocument(text: string, source = 'test.txt', pageBreaks: number[] = []): Document {
  const bounds = [0, ...pageBreaks, text.length];
  const pages: Page[] = bounds.slice(0, -1).map((start, k) => ({
    number: k + 1,
    start,
    end: bounds[k + 1],
    quality: { textLayer: true, likelyScanned: false, encrypted: false, chars: bounds[k + 1] - start },
  }));
  return { source, format: 'text', text, rawText: text, pages, furniture: [], language: 'und', warnings: [], hash: '', bytes: text.length };
}
