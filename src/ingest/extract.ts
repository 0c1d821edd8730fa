/** One reader per format, all ending in the same shape: normalised body text per page, plus furniture. */
import { IngestError, type IngestOptions, type IngestWarning, type SourceFormat } from './types.js';
import type { Deadline, Limits } from './limits.js';
import type { ExtractedPage } from './assemble.js';
import { classifyText, sniff } from './detect.js';
import { decodeText } from './decode.js';
import { normalizeText, repairHyphenation, tidyLines } from './normalize.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { extractPdf } from './pdf.js';
import { setAsideFurniture } from './furniture.js';
import { checkDocxZip, readDocx } from './docx.js';

export interface ExtractRequest {
  input: Uint8Array | string;
  bytes: Uint8Array;
  options: IngestOptions;
  limits: Limits;
  warnings: IngestWarning[];
  deadline: Deadline;
}

export interface Extracted {
  format: SourceFormat;
  pages: ExtractedPage[];
  rawText: string;
  furniture: string[];
}

export async function extract(req: ExtractRequest): Promise<Extracted> {
  const forced = req.options.format;
  if (forced === 'pdf') return extractPdfDocument(req);
  if (forced === 'docx') return extractDocxDocument(req);
  if (forced) return extractTextDocument(req, forced);
  if (typeof req.input !== 'string') {
    const kind = sniff(req.bytes);
    if (kind === 'pdf') return extractPdfDocument(req);
    if (kind === 'zip') return extractDocxDocument(req);
  }
  return extractTextDocument(req);
}

function decoded(req: ExtractRequest): string {
  let text = typeof req.input === 'string' ? req.input : decodeText(req.bytes, req.warnings);
  // Cut early so a huge file costs no more work than the text we keep (assembly warns about the cut).
  if (text.length > req.limits.maxChars * 1.1) text = text.slice(0, Math.ceil(req.limits.maxChars * 1.1));
  return text;
}

function extractTextDocument(req: ExtractRequest, forced?: SourceFormat): Extracted {
  const raw = decoded(req);
  const format = forced ?? classifyText(raw);
  const text = format === 'html' ? htmlToText(raw) : format === 'markdown' ? markdownToText(raw) : raw;
  // A form feed is a page break in plain text (pdftotext output, old word processors).
  const pages = format === 'text' ? text.split('\f') : [text];
  checkPageCount(pages.length, req.limits.maxPages);
  return {
    format,
    pages: pages.map((p) => ({ body: normalizeText(p), textLayer: true })),
    rawText: raw,
    furniture: [],
  };
}

function checkPageCount(count: number, maxPages: number): void {
  if (count > maxPages) throw new IngestError('TOO_MANY_PAGES', `the document has ${count} pages; the limit is ${maxPages}`);
}

// The bomb guard serves PDFs only: like pdf.js, a browser page fetches it with the first PDF, not at start.
let pdfGuard: Promise<typeof import('./pdf-streams.js')> | undefined;

async function extractPdfDocument(req: ExtractRequest): Promise<Extracted> {
  // pdf.js holds every decoded stream whole and has no cap of its own: count what they unpack to first.
  const { checkPdfStreams } = await (pdfGuard ??= import('./pdf-streams.js'));
  await checkPdfStreams(req.bytes, req.limits.maxDecompressedBytes, req.deadline);
  const pdf = await extractPdf(req.bytes, {
    password: req.options.password, maxPages: req.limits.maxPages, deadline: req.deadline, onPage: req.options.onPage, share: req.options.sharePdfPages,
  });
  const normalised = pdf.pages.map(normalizeText);
  const { bodies, furniture } = setAsideFurniture(normalised);
  const pages = bodies.map((b, i) => ({ body: tidyLines(repairHyphenation(b)), textLayer: normalised[i].trim() !== '' }));
  const unread = pages.flatMap((p, i) => (p.body.trim() ? [] : [i + 1]));
  if (unread.length === pages.length) {
    throw new IngestError('NO_TEXT_LAYER', `no page has a text layer (a scan?): pages ${listPages(unread)} need OCR`, unread);
  }
  if (unread.length) {
    req.warnings.push({ code: 'PAGES_WITHOUT_TEXT', message: `page${unread.length > 1 ? 's' : ''} ${listPages(unread)} without text (scanned?): OCR them or check them by hand` });
  }
  return { format: 'pdf', pages, rawText: pdf.raw, furniture };
}

function listPages(pages: number[]): string {
  return pages.length > 12 ? `${pages.slice(0, 12).join(', ')} … (${pages.length} in all)` : pages.join(', ');
}

async function extractDocxDocument(req: ExtractRequest): Promise<Extracted> {
  checkDocxZip(req.bytes, req.limits.maxDecompressedBytes);
  const reader = req.options.extractDocx ?? readDocx;
  const content = await reader(req.bytes, { maxDecompressedBytes: req.limits.maxDecompressedBytes, timeoutMs: req.limits.timeoutMs });
  const text = htmlToText(content.html, { listMarkers: false });
  return {
    format: 'docx',
    pages: [{ body: normalizeText(text), textLayer: true }],
    rawText: text,
    furniture: content.furniture.map(normalizeText),
  };
}
