/**
 * Running headers and footers: lines that come back at the edge of most pages ("Memorandum of
 * Understanding — Draft", "Page 3 of 10"). pdf.js gives them in content-stream order, which depends on the
 * producer, so we look at both ends of every page rather than trusting top or bottom.
 */

/** Non-empty lines looked at from each end of a page. */
const EDGE = 4;
/** How close a number must be to the page number to be read as one (covers unnumbered cover pages). */
const PAGE_NUMBER_SLACK = 2;

export interface SetAside {
  bodies: string[];
  /** Each running line once, as first seen. */
  furniture: string[];
}

/** The line with page numbers made generic, so "Page 2 of 9" and "Page 3 of 9" share one key. */
function furnitureKey(line: string, page: number, total: number): string {
  return line
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const n = Number(digits);
      return n === total || Math.abs(n - page) <= PAGE_NUMBER_SLACK ? '#' : digits;
    });
}

/** Indices of the lines at the edges of a page. */
function edgeLines(lines: string[]): number[] {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  if (filled.length <= EDGE * 2) return filled;
  return [...filled.slice(0, EDGE), ...filled.slice(-EDGE)];
}

/** A line is running when it sits at an edge of at least half the pages (all of them for two pages). */
function minimumPages(total: number): number {
  return total <= 2 ? total : Math.max(2, Math.ceil(total / 2));
}

export function setAsideFurniture(pages: string[]): SetAside {
  const total = pages.length;
  if (total < 2) return { bodies: pages.slice(), furniture: [] };
  const split = pages.map((p) => p.split('\n'));
  const seen = new Map<string, { pages: Set<number>; first: string }>();
  split.forEach((lines, p) => {
    for (const i of edgeLines(lines)) {
      const key = furnitureKey(lines[i], p + 1, total);
      const entry = seen.get(key) ?? { pages: new Set<number>(), first: lines[i].trim() };
      entry.pages.add(p);
      seen.set(key, entry);
    }
  });
  const running = new Set([...seen].filter(([, e]) => e.pages.size >= minimumPages(total)).map(([k]) => k));
  if (running.size === 0) return { bodies: pages.slice(), furniture: [] };
  const bodies = split.map((lines, p) => {
    const drop = new Set(edgeLines(lines).filter((i) => running.has(furnitureKey(lines[i], p + 1, total))));
    return lines.filter((_, i) => !drop.has(i)).join('\n');
  });
  return { bodies, furniture: [...running].map((k) => seen.get(k)!.first) };
}
