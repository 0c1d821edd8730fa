/**
 * HTML → text without a DOM (Node has none, and a DOM would run nothing we need). Block elements become
 * line breaks, table rows become "cell | cell" lines, script and style content is dropped. DOCX text
 * comes through here too, from mammoth's HTML.
 */
import { decodeEntities } from './entities.js';
import { tidyLines } from './normalize.js';
import { formatNumber } from './number-format.js';

export interface HtmlToTextOptions {
  /** Write "1." / "-" before list items, as a browser shows them. Off for DOCX, whose numbers are rebuilt. */
  listMarkers?: boolean;
}

/** Elements whose content is never document text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'object', 'iframe']);
/** Blocks that end a paragraph: a blank line, as in plain-text agreements. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl',
  'hr', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'address', 'fieldset', 'form', 'details']);
/** Blocks that end a line. */
const LINE = new Set(['div', 'li', 'tr', 'br', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'legend', 'option', 'body', 'html']);

/** Bounded attribute scan: a stray "<" in a 50 MB file costs a few kB of look-ahead, never the rest of the file. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]{0,4000}>|<(\/?)([a-zA-Z][\w:-]{0,40})((?:[^>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,8000})>/g;

interface ListState {
  ordered: boolean;
  next: number;
  /** Word-style number format from the list's type attribute ("a" → lowerLetter). */
  format: string;
}

const LIST_TYPES: Record<string, string> = { a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

/** Separators between pieces of text, weakest first; the strongest one asked for between two pieces wins. */
const SEPARATORS = ['', ' ', ' | ', '\n', '\n\n'] as const;
type Separator = (typeof SEPARATORS)[number];

class TextSink {
  private parts: string[] = [];
  private pending: Separator = '';
  private cellDepth = 0;
  private cellIndex: number[] = [];
  private lists: ListState[] = [];
  constructor(private readonly options: HtmlToTextOptions) {}

  text(raw: string, pre: boolean): void {
    const decoded = decodeEntities(raw);
    if (pre && this.cellDepth === 0) return this.emit(decoded);
    const collapsed = decoded.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ' || collapsed === '') return this.separate(collapsed);
    if (collapsed.startsWith(' ')) this.separate(' ');
    this.emit(collapsed.trim());
    if (collapsed.endsWith(' ')) this.separate(' ');
  }

  open(name: string, attrs: string): void {
    if (name === 'tr') return this.startRow();
    if (name === 'td' || name === 'th') return this.startCell();
    if (name === 'ol' || name === 'ul') this.lists.push(listState(name, attrs));
    if (name === 'li') return this.startItem();
    this.breakFor(name);
  }

  close(name: string): void {
    if (name === 'td' || name === 'th') this.cellDepth = Math.max(0, this.cellDepth - 1);
    else if (name === 'tr') this.cellIndex.pop();
    else if (name === 'ol' || name === 'ul') this.lists.pop();
    if (name !== 'td' && name !== 'th') this.breakFor(name);
  }

  result(): string {
    return tidyLines(this.parts.join('').split('\n').map((l) => l.trim()).join('\n'));
  }

  private emit(text: string): void {
    if (!text) return;
    if (this.parts.length && this.pending) this.parts.push(this.pending);
    this.pending = '';
    this.parts.push(text);
  }

  private separate(sep: Separator): void {
    // Inside a table cell everything stays on the row's line.
    const wanted: Separator = this.cellDepth > 0 && sep.includes('\n') ? ' ' : sep;
    if (SEPARATORS.indexOf(wanted) > SEPARATORS.indexOf(this.pending)) this.pending = wanted;
  }

  private breakFor(name: string): void {
    if (PARAGRAPH.has(name)) this.separate('\n\n');
    else if (LINE.has(name)) this.separate('\n');
  }

  private startRow(): void {
    this.cellIndex.push(0);
    this.separate('\n');
  }

  private startCell(): void {
    const row = this.cellIndex.length - 1;
    if (row >= 0 && this.cellIndex[row]++ > 0) this.separate(' | ');
    this.cellDepth++;
  }

  private startItem(): void {
    this.separate('\n');
    const list = this.lists[this.lists.length - 1];
    if (!this.options.listMarkers || !list) return;
    this.emit(list.ordered ? `${formatNumber(list.next++, list.format)}.` : '-');
    this.separate(' ');
  }
}

function listState(name: string, attrs: string): ListState {
  const start = /\bstart\s*=\s*["']?(-?\d{1,9})/i.exec(attrs);
  const type = /\btype\s*=\s*["']?([aAiI1])\b/.exec(attrs);
  return { ordered: name === 'ol', next: start ? Number(start[1]) : 1, format: LIST_TYPES[type?.[1] ?? ''] ?? 'decimal' };
}

export function htmlToText(html: string, options: HtmlToTextOptions = { listMarkers: true }): string {
  const sink = new TextSink(options);
  let pos = 0;
  let preDepth = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m.index > pos) sink.text(html.slice(pos, m.index), preDepth > 0);
    pos = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    if (m[1]) {
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      sink.close(name);
      continue;
    }
    if (DROPPED.has(name) && !m[3].trimEnd().endsWith('/')) {
      pos = skipPast(html, name, pos);
      TOKEN.lastIndex = pos;
      continue;
    }
    if (name === 'pre') preDepth++;
    sink.open(name, m[3]);
  }
  if (pos < html.length) sink.text(html.slice(pos), preDepth > 0);
  return sink.result();
}

/** Index just after the element's end tag, or the end of input when it is never closed. */
function skipPast(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? re.lastIndex : html.length;
}
