/**
 * PDF → text per page, via pdf-parse (pdf.js). Eval stays off: a PDF is untrusted input and pdf.js would
 * otherwise compile fonts with `new Function`.
 */
import type { PDFParse as PdfParser } from 'pdf-parse';
import { IngestError } from './types.js';
import type { Deadline } from './limits.js';

type PdfParseClass = typeof PdfParser;

// pdf.js is loaded on the first PDF, not at start: it is most of the start-up time of a run that
// checks text or DOCX, and a browser page can fetch it only when a PDF is dropped.
let loaded: Promise<PdfParseClass> | undefined;
let workerUrl: string | undefined;

function pdfParse(): Promise<PdfParseClass> {
  loaded ??= import('pdf-parse').then(({ PDFParse }) => {
    if (workerUrl !== undefined) PDFParse.setWorker(workerUrl);
    return PDFParse;
  });
  return loaded;
}

/** In a browser pdf.js needs its worker script; the page that embeds bla-check says where it is served. */
export function setPdfWorker(url: string): void {
  workerUrl = url;
  void loaded?.then((PDFParse) => PDFParse.setWorker(url));
}

export interface PdfText {
  /** Text of each page, as pdf.js lays it out in lines. */
  pages: string[];
  /** All pages as extracted, each followed by a pdf-parse style page marker ("-- 2 of 9 --"). */
  raw: string;
}

export interface PdfRequest {
  password?: string;
  maxPages: number;
  deadline: Deadline;
  onPage?: (done: number, total: number) => void;
}

/** pdf-parse's own page separator ("-- 2 of 9 --"), should one reach a page's text. */
const PAGE_MARKER = /^-- \d+ of \d+ --$/gm;

export async function extractPdf(bytes: Uint8Array, request: PdfRequest): Promise<PdfText> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const PDFParse = await pdfParse();
  const parser = new PDFParse({ data: bytes.slice(), password: request.password, isEvalSupported: false });
  const { deadline } = request;
  const stop = () => void parser.destroy().catch(() => undefined);
  deadline.signal.addEventListener('abort', stop, { once: true });
  try {
    // Asking for page 0, which no PDF has, loads the document and tells its page count without reading a
    // page (getInfo would also fetch the metadata, outline, permissions and page labels we do not use).
    const info = await parser.getText({ partial: [0] });
    deadline.check();
    if (info.total === 0) throw new IngestError('CORRUPT_PDF', 'the PDF has no pages');
    if (info.total > request.maxPages) {
      throw new IngestError('TOO_MANY_PAGES', `the PDF has ${info.total} pages; the limit is ${request.maxPages}`);
    }
    const pages: string[] = [];
    const raw: string[] = [];
    // Page by page, so the deadline is checked between pages.
    for (let n = 1; n <= info.total; n++) {
      const text = (await parser.getText({ partial: [n] })).pages[0]?.text ?? '';
      deadline.check();
      raw.push(`${text}\n-- ${n} of ${info.total} --\n`);
      pages.push(text.replace(PAGE_MARKER, ''));
      request.onPage?.(n, info.total);
    }
    return { pages, raw: raw.join('\n') };
  } catch (err) {
    throw deadline.signal.aborted ? new IngestError('TIMEOUT', 'reading the PDF was stopped by the time limit') : pdfError(err, request.password);
  } finally {
    deadline.signal.removeEventListener('abort', stop);
    await parser.destroy().catch(() => undefined);
  }
}

function pdfError(err: unknown, password: string | undefined): unknown {
  if (err instanceof IngestError) return err;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') {
    return new IngestError(
      'ENCRYPTED_PDF',
      password === undefined ? 'the PDF is encrypted: give its password to read it' : 'the PDF is encrypted and the password is wrong',
    );
  }
  const detail = (e?.message ?? String(err)).split('\n')[0];
  return new IngestError('CORRUPT_PDF', `the PDF cannot be read (${detail})`);
}
