/** What ingest hands to every later stage: the text of one agreement, with where it came from. */

export type SourceFormat = 'pdf' | 'docx' | 'text' | 'html' | 'markdown';

/** How far a page's text can be trusted. A page that cannot be read is never taken as silence. */
export interface PageQuality {
  /** The page carries extractable text (a PDF text layer, or any text for non-PDF sources). */
  textLayer: boolean;
  /** Little or no text on the page: probably a scan that needs OCR. */
  likelyScanned: boolean;
  /** The page could not be read because the file is encrypted. */
  encrypted: boolean;
  /** Characters of body text on the page after clean-up. */
  chars: number;
}

/** One page of the source, as a range of `Document.text`. Non-paginated sources have one page. */
export interface Page {
  /** 1-based page number. */
  number: number;
  start: number;
  end: number;
  quality: PageQuality;
}

export interface IngestWarning {
  code: string;
  message: string;
  page?: number;
}

export interface Document {
  /** The name the caller gave (usually a file name); used in reports. */
  source: string;
  format: SourceFormat;
  /** Normalised body text: all character offsets in later stages point into this string. */
  text: string;
  /** Text as extracted, before headers, footers and page markers were set aside. */
  rawText: string;
  pages: Page[];
  /** Running headers and footers that were moved out of the body, once each. */
  furniture: string[];
  /** ISO 639-1 code of the main language, from a quick stop-word count ('und' when unsure). */
  language: string;
  warnings: IngestWarning[];
  /** SHA-256 of the input bytes, hex. */
  hash: string;
  /** Size of the input in bytes. */
  bytes: number;
}

export interface IngestOptions {
  /** Largest input accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /** Most PDF pages read. Default 2,000. */
  maxPages?: number;
  /** Most characters of text kept. Default 5 million: about 2,000 pages, as many as maxPages lets a PDF have. */
  maxChars?: number;
  /** Largest total uncompressed size of a DOCX (as declared), or of a PDF's compressed streams (as inflated). Default 200 MiB. */
  maxDecompressedBytes?: number;
  /** Give up after this long. Default 60,000 ms. */
  timeoutMs?: number;
  /** Password for an encrypted PDF. */
  password?: string;
  /** Called after each PDF page is read, so a page (the review form) can show how far a long file is. */
  onPage?: (done: number, total: number) => void;
  /** Force a format instead of detecting it from the bytes. */
  format?: SourceFormat;
  /**
   * How DOCX bytes become HTML. Default: mammoth in the calling thread (works in browsers). The Node layer
   * passes one that runs on a worker thread under a memory cap (src/node/read.ts).
   */
  extractDocx?: DocxExtractor;
  /**
   * Someone to read a long PDF's pages alongside this thread. Default: nobody, pdf.js reads every page
   * here (browsers run it on their own worker). The Node CLI passes a helper thread (src/node/pdf-helper.ts).
   */
  sharePdfPages?: PdfPageSharing;
}

/**
 * Someone to read pages of a PDF alongside the calling thread, offered the PDF once its page count is
 * known (and within the limit): a share of its pages, or nothing (partner busy, too few pages to be
 * worth it). The reader then reads only the pages `next` gives it. `signal` aborts when the time limit
 * is reached: the partner stops and `next` answers 0.
 */
export type PdfPageSharing = (bytes: Uint8Array, total: number, password: string | undefined, signal: AbortSignal) => PdfPageShare | undefined;

export interface PdfPageShare {
  /** The next page (1-based) for this thread to read; 0 when none is left, once the partner has finished. */
  next(): number | Promise<number>;
  /** Texts of the pages the partner read, by page number. */
  readonly pages: ReadonlyMap<number, string>;
  /** Reading is over, read or failed: the partner stops (a partner still reading is stopped at once). */
  close(): void;
}

/** What a DOCX reader hands back: the body as HTML (numbers rebuilt), and the headers and footers. */
export interface DocxContent {
  html: string;
  furniture: string[];
}

export interface DocxLimits {
  maxDecompressedBytes: number;
  timeoutMs: number;
  /** Largest single part (document.xml…) to unpack; a memory-capped reader sets it to fit its cap. */
  maxPartBytes?: number;
  /** Most XML elements in document.xml handed to mammoth, which needs about 2 kB of heap per element. */
  maxElements?: number;
}

/** Rejects with an IngestError (or an error carrying one of its codes) when the DOCX cannot be read. */
export type DocxExtractor = (bytes: Uint8Array, limits: DocxLimits) => Promise<DocxContent>;

export const ingestErrorCodes = [
  'EMPTY_FILE',
  'UNKNOWN_FORMAT',
  'BINARY_NOT_TEXT',
  'TOO_LARGE',
  'TOO_MANY_PAGES',
  'CORRUPT_PDF',
  'ENCRYPTED_PDF',
  'NO_TEXT_LAYER',
  'CORRUPT_DOCX',
  'ZIP_BOMB',
  'TIMEOUT',
] as const;
export type IngestErrorCode = (typeof ingestErrorCodes)[number];

/** A document that cannot be read. `code` is stable: scripts and tests rely on it. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** Pages concerned, for NO_TEXT_LAYER (the pages that need OCR). */
  readonly pages?: number[];
  constructor(code: IngestErrorCode, message: string, pages?: number[]) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
    if (pages) this.pages = pages;
  }
}
