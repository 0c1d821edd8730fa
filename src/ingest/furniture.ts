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

/** Indices, in order, of the non-empty lines at the edges of a page: found from each end, the middle unread. */
function edgeLines(lines: string[]): number[] {
  const top: number[] = [];
  for (let i = 0; i < lines.length && top.length < EDGE; i++) if (lines[i].trim()) top.push(i);
  if (top.length < EDGE) return top;
  const bottom: number[] = [];
  for (let i = lines.length - 1; i > top[EDGE - 1] && bottom.length < EDGE; i--) if (lines[i].trim()) bottom.push(i);
  return top.concat(bottom.reverse());
}

/** A line is running when it sits at an edge of at least half the pages (all of them for two pages). */
function minimumPages(total: number): number {
  return total <= 2 ? total : Math.max(2, Math.ceil(total / 2));
}

export function setAsideFurniture(pages: string[]): SetAside {
  const total = pages.length;
  if (total < 2) return { bodies: pages.slice(), furniture: [] };
  const split = pages.map((p) => p.split('\n'));
  // Each edge line's key, made once: the same keys say below which lines go.
  const edges = split.map((lines, p) => edgeLines(lines).map((i) => ({ i, key: furnitureKey(lines[i], p + 1, total) })));
  const seen = new Map<string, { pages: Set<number>; first: string }>();
  edges.forEach((edge, p) => {
    for (const { i, key } of edge) {
      const entry = seen.get(key) ?? { pages: new Set<number>(), first: split[p][i].trim() };
      entry.pages.add(p);
      seen.set(key, entry);
    }
  });
  const running = new Set([...seen].filter(([, e]) => e.pages.size >= minimumPages(total)).map(([k]) => k));
  if (running.size === 0) return { bodies: pages.slice(), furniture: [] };
  const bodies = split.map((lines, p) => {
    const drop = new Set(edges[p].filter((e) => running.has(e.key)).map((e) => e.i));
    return drop.size ? lines.filter((_, i) => !drop.has(i)).join('\n') : pages[p];
  });
  return { bodies, furniture: [...running].map((k) => seen.get(k)!.first) };
}
