/** A Document for structure tests: plain text on one page, as ingest would hand it over. */
import type { Document, Page } from '../../src/ingest/types.js';
import { segment, flatten, type Provision } from '../../src/structure/index.js';

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

/** The provisions of a text in document order, without the root. */
export function provisionsOf(text: string): Provision[] {
  return flatten(segment(textDocument(text))).slice(1);
}

/** Labels of the provisions of a text, in document order. */
export function labelsOf(text: string, kinds?: Provision['kind'][]): string[] {
  return provisionsOf(text).filter((p) => !kinds || kinds.includes(p.kind)).map((p) => p.label);
}

/** The provision with this label; fails the test when there is none. */
export function provision(text: string, label: string): Provision {
  const found = provisionsOf(text).find((p) => p.label === label);
  if (!found) throw new Error(`no provision labelled "${label}" in: ${labelsOf(text).join(' | ')}`);
  return found;
}
