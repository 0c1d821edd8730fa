/**
 * PDF → text per page, via pdf-parse (pdf.js). Eval stays off: a PDF is untrusted input and pdf.js would
 * otherwise compile fonts with `new Function`.
 */
import type { PDFParse } from 'pdf-parse';
import { IngestError, type PdfPageShare, type PdfPageSharing } from './types.js';
import type { Deadline } from './limits.js';
import { rememberBuiltins, restoreBuiltins, settleBuiltins } from './builtins.js';

type PdfParseClass = typeof PDFParse;

// pdf.js is loaded on the first PDF, not at start: it is most of the start-up time of a run that
// checks text or DOCX, and a browser page can fetch it only when a PDF is dropped.
let loaded: Promise<PdfParseClass> | undefined;
let workerUrl: string | undefined;

function pdfParse(): Promise<PdfParseClass> {
  // pdf.js brings polyfills that would replace built-ins for every later check (builtins.ts).
  rememberBuiltins();
  loaded ??= import('pdf-parse').then(({ PDFParse }) => {
    restoreBuiltins();
    if (workerUrl !== undefined) PDFParse.setWorker(workerUrl);
    return PDFParse;
  });
  return loaded;
}

/** Load pdf.js now rather than with the first PDF (a thread that will read PDFs and has time to spare). */
export function preloadPdf(): Promise<unknown> {
  return pdfParse();
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
  /** Someone to share the pages with (IngestOptions.sharePdfPages); without it every page is read here. */
  share?: PdfPageSharing;
}

/** pdf-parse's own page separator ("-- 2 of 9 --"), should one reach a page's text. */
const PAGE_MARKER = /^-- \d+ of \d+ --$/gm;

/** The parser every reader of a PDF uses, so a page reads the same on any thread. */
async function openPdf(bytes: Uint8Array, password: string | undefined): Promise<PDFParse> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const PDFParse = await pdfParse();
  return new PDFParse({ data: bytes.slice(), password, isEvalSupported: false });
}

async function pageText(parser: PDFParse, page: number): Promise<string> {
  return (await parser.getText({ partial: [page] })).pages[0]?.text ?? '';
}

export async function extractPdf(bytes: Uint8Array, request: PdfRequest): Promise<PdfText> {
  const parser = await openPdf(bytes, request.password);
  const { deadline } = request;
  const stop = () => void parser.destroy().catch(() => undefined);
  deadline.signal.addEventListener('abort', stop, { once: true });
  try {
    // Asking for page 0, which no PDF has, loads the document and tells its page count without reading a
    // page (getInfo would also fetch the metadata, outline, permissions and page labels we do not use).
    const info = await parser.getText({ partial: [0] });
    settleBuiltins(); // the first document loads pdf.js's worker module, which brings its polyfills again
    deadline.check();
    if (info.total === 0) throw new IngestError('CORRUPT_PDF', 'the PDF has no pages');
    if (info.total > request.maxPages) {
      throw new IngestError('TOO_MANY_PAGES', `the PDF has ${info.total} pages; the limit is ${request.maxPages}`);
    }
    const texts = await readPages(parser, info.total, request, request.share?.(bytes, info.total, request.password, deadline.signal));
    const raw = texts.map((text, i) => `${text}\n-- ${i + 1} of ${info.total} --\n`);
    return { pages: texts.map((text) => text.replace(PAGE_MARKER, '')), raw: raw.join('\n') };
  } catch (err) {
    throw deadline.signal.aborted ? new IngestError('TIMEOUT', 'reading the PDF was stopped by the time limit') : pdfError(err, request.password);
  } finally {
    restoreBuiltins(); // a document that could not be opened may still have loaded the worker module
    deadline.signal.removeEventListener('abort', stop);
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * Every page's text in page order: page by page, so the deadline is checked between pages. With a
 * share, this thread reads the pages it is given and the partner the others; a page the partner did
 * not deliver (it failed or was stopped) is read here after all, so the text is whole either way.
 */
async function readPages(parser: PDFParse, total: number, request: PdfRequest, share: PdfPageShare | undefined): Promise<string[]> {
  const texts = new Array<string | undefined>(total).fill(undefined);
  let ahead = 1;
  const next = share ? () => share.next() : () => (ahead <= total ? ahead++ : 0);
  let read = 0;
  const readHere = async (n: number) => {
    texts[n - 1] = await pageText(parser, n);
    request.deadline.check();
    request.onPage?.(++read + (share?.pages.size ?? 0), total);
  };
  try {
    for (let n = await next(); n > 0; n = await next()) await readHere(n);
  } finally {
    share?.close();
  }
  if (share) for (const [n, text] of share.pages) if (n >= 1 && n <= total) texts[n - 1] ??= text;
  for (let n = 1; n <= total; n++) if (texts[n - 1] === undefined) await readHere(n);
  return texts as string[];
}

/**
 * A partner's side of a shared PDF (src/node/pdf-worker.ts): open the same bytes the same way, then read
 * each page `claim` gives (0: none left) and hand its text to `onPage`.
 */
export async function readClaimedPages(bytes: Uint8Array, password: string | undefined, claim: () => number, onPage: (page: number, text: string) => void): Promise<void> {
  const parser = await openPdf(bytes, password);
  try {
    for (let n = claim(); n > 0; n = claim()) {
      onPage(n, await pageText(parser, n));
      settleBuiltins(); // the first page loaded the document, as page 0 does in extractPdf; then nothing to do
    }
  } finally {
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
