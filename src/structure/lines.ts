/** The text as lines, with the little context the segmenter needs: blank lines and where blocks start. */
import { checkList } from '../lifetime.js';

/** Longest stretch of a line any matcher looks at: heading and marker tests never read further. */
export const PREFIX = 320;

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just after the last character before the line break (CR excluded). */
  end: number;
  /** Offset of the first non-space character (end when blank). */
  indent: number;
  /** The first PREFIX characters after the indentation. */
  head: string;
  blank: boolean;
  /** Follows a blank line or starts the text: a new block of the source. */
  blockStart: boolean;
}

/** A line, made by `new`: lines last until the tree is built (src/lifetime.ts). */
class SourceLine implements Line {
  constructor(
    public start: number,
    public end: number,
    public indent: number,
    public head: string,
    public blank: boolean,
    public blockStart: boolean,
  ) {}
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || c === 12 || c === 11;

export function splitLines(text: string): Line[] {
  const lines: Line[] = checkList();
  let start = 0;
  let previousBlank = true;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let indent = start;
    while (indent < end && isSpace(text.charCodeAt(indent))) indent++;
    const blank = indent === end;
    lines.push(new SourceLine(start, end, indent, blank ? '' : text.slice(indent, Math.min(end, indent + PREFIX)), blank, !blank && previousBlank));
    previousBlank = blank;
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}

/** For each line, the index of the next non-blank line after it (lines.length when none). */
export function nextNonBlank(lines: Line[]): Int32Array {
  const next = new Int32Array(lines.length);
  let following = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = following;
    if (!lines[i].blank) following = i;
  }
  return next;
}

/** The line's text without trailing spaces (at most PREFIX characters). */
export const headText = (line: Line): string => line.head.trimEnd();

/** The line is a block of its own: a blank line (or the end) follows it. */
export function standsAlone(lines: Line[], i: number): boolean {
  return lines[i].blockStart && (i + 1 >= lines.length || lines[i + 1].blank);
}
