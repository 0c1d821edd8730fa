/** The front matter: what comes before the first heading splits into the title and the preamble. */
import type { CompiledLexicon } from './lexicon.js';
import { headText, type Line } from './lines.js';
import { preambleWord } from './headings.js';
import { draft, RANK, type Draft } from './draft.js';

interface Block { first: number; last: number }

export function blocksOf(lines: Line[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  for (let i = from; i < to; i++) {
    if (lines[i].blank) continue;
    const open = blocks[blocks.length - 1];
    if (open && open.last === i - 1) open.last = i;
    else blocks.push({ first: i, last: i });
  }
  return blocks;
}

/** A line of front matter that a title would not contain: long, or ending like a sentence or chapeau. */
export function isProseLine(line: Line): boolean {
  const t = headText(line);
  return line.end - line.indent > 200 || /[,:;.]$/.test(t);
}

/** Short lines that do not end like a sentence and do not open the preamble: a title block. */
function titleLike(lines: Line[], block: Block, lexicon: CompiledLexicon): boolean {
  if (preambleWord(lines[block.first].head, lexicon)) return false;
  let chars = 0;
  for (let i = block.first; i <= block.last; i++) {
    chars += lines[i].end - lines[i].indent;
    if (isProseLine(lines[i]) && i === block.last) return false;
    if (lines[i].end - lines[i].indent > 200) return false;
  }
  return chars <= 400;
}

/** Title and preamble drafts for lines [from, to), in text order. */
export function frontMatter(lines: Line[], from: number, to: number, lexicon: CompiledLexicon): Draft[] {
  const blocks = blocksOf(lines, from, to);
  let t = 0;
  while (t < blocks.length && titleLike(lines, blocks[t], lexicon)) t++;
  const out: Draft[] = [];
  if (t > 0) out.push(draft('title', lines[blocks[0].first].indent, RANK.leaf, 'title'));
  if (t < blocks.length) {
    const first = lines[blocks[t].first];
    const word = preambleWord(first.head, lexicon);
    out.push(draft('preamble', first.indent, RANK.leaf, 'preamble', word ? { heading: word, bodyStart: first.indent + word.length } : {}));
  }
  return out;
}
