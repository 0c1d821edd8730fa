/** Which pages a range of the text lies on. */
import type { Page } from '../ingest/types.js';
import { checkList } from '../lifetime.js';

/** Page numbers overlapping [start, end); an empty range lies on the page holding its start. */
export function pagesOf(pages: Page[], start: number, end: number): number[] {
  if (!pages.length) return checkList();
  const stop = Math.max(end, start + 1);
  // First page that ends after `start` (pages are in text order and do not overlap).
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = checkList();
  for (let k = lo; k < pages.length && pages[k].start < stop; k++) out.push(pages[k].number);
  if (!out.length) out.push(pages[Math.min(lo, pages.length - 1)].number);
  return out;
}
