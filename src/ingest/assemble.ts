/**
 * Pages of extracted text → the Document's text, page ranges and per-page quality. Offsets in every later
 * stage point into the text built here, so it is built once, page by page, and never edited afterwards.
 */
import type { IngestWarning, Page, PageQuality } from './types.js';

/** Below this many characters of body text a PDF page is taken as probably scanned. */
const SCANNED_BELOW_CHARS = 16;

export interface ExtractedPage {
  /** Body text, normalised. */
  body: string;
  /** Whether the source page had any text at all (before headers and footers were set aside). */
  textLayer: boolean;
}

export interface Assembled {
  text: string;
  pages: Page[];
}

/** Pages follow each other with a line break: a sentence may run on from one page to the next. */
const PAGE_SEPARATOR = '\n';

export function assemblePages(extracted: ExtractedPage[], paginated: boolean, maxChars: number, warnings: IngestWarning[]): Assembled {
  const pages: Page[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const [i, page] of extracted.entries()) {
    if (i > 0) {
      parts.push(PAGE_SEPARATOR);
      length += PAGE_SEPARATOR.length;
    }
    let body = page.body;
    if (length + body.length > maxChars) body = body.slice(0, Math.max(0, maxChars - length));
    parts.push(body);
    pages.push({ number: i + 1, start: length, end: length + body.length, quality: quality(page, body, paginated) });
    length += body.length;
    if (body.length < page.body.length) {
      warnings.push({ code: 'TEXT_TRUNCATED', message: `text cut at ${maxChars} characters (the maxChars limit), on page ${i + 1}`, page: i + 1 });
      break;
    }
  }
  return { text: parts.join(''), pages };
}

/** Characters other than white space, counted up to `enough` (a page of text needs no full count). */
function visibleChars(text: string, enough: number): number {
  const visible = /\S/g;
  let n = 0;
  while (n < enough && visible.test(text)) n++;
  return n;
}

function quality(page: ExtractedPage, body: string, paginated: boolean): PageQuality {
  return {
    textLayer: page.textLayer,
    likelyScanned: paginated && visibleChars(body, SCANNED_BELOW_CHARS) < SCANNED_BELOW_CHARS,
    encrypted: false,
    chars: body.length,
  };
}
