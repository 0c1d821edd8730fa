/**
 * How the document pane lays out the text: cut at every provision's start and end, each piece belonging
 * to the innermost provision around it, and within a piece the ranges to mark (the quote, the words
 * that matched). Pure functions over offsets into Document.text, so they are tested without a browser.
 */

export interface ProvisionSpan {
  id: string;
  label: string;
  kind: string;
  start: number;
  end: number;
}

export interface Chunk {
  start: number;
  end: number;
  /** The provision this piece opens or continues; undefined for text before the first provision. */
  provision?: ProvisionSpan;
  /** True when the provision starts here (the pane shows its label). */
  opens: boolean;
}

/** Cover the text, in order and without gaps, by pieces that each belong to one provision. */
export function chunksOf(textLength: number, provisions: ProvisionSpan[]): Chunk[] {
  const inner = provisions.filter((p) => p.kind !== 'document' && p.end > p.start);
  // Cut where any provision starts or ends, so text between two provisions is nobody's.
  const cuts = new Set([0, textLength]);
  for (const p of inner) for (const x of [p.start, p.end]) if (x > 0 && x < textLength) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const chunks: Chunk[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const provision = enclosing(inner, start);
    chunks.push({ start, end, provision, opens: provision?.start === start });
  }
  return chunks;
}

/** The innermost (shortest) provision covering the offset. */
function enclosing(provisions: ProvisionSpan[], at: number): ProvisionSpan | undefined {
  let best: ProvisionSpan | undefined;
  for (const p of provisions) if (p.start <= at && at < p.end && (!best || p.end - p.start < best.end - best.start)) best = p;
  return best;
}

export type MarkKind = 'quote' | 'match';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Segment {
  start: number;
  end: number;
  kinds: MarkKind[];
}

/** Split [from, to) at every mark boundary; each segment lists the marks covering it. */
export function segmentsOf(from: number, to: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set([from, to]);
  for (const m of inside) for (const x of [m.start, m.end]) if (x > from && x < to) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const kinds = [...new Set(inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind))];
    segments.push({ start, end, kinds });
  }
  return segments;
}
