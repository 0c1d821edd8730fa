/**
 * Where tokens stand in the text: two numbers per token, its start and end, in a typed array. A token
 * itself is its word as read (text, folded form, stem), one object shared by every token of that word
 * form, so a check makes no object per token: on a long text the young-generation collector would
 * otherwise copy every token of the text, once or twice, while it is still being read (src/lifetime.ts).
 *
 * A sentence keeps a view of its part of one buffer: token i stands at text[spans[2i], spans[2i + 1]).
 */

/** Start of token i in a sentence's spans. */
export function startOf(spans: Int32Array, i: number): number {
  return spans[2 * i];
}

/** End (exclusive) of token i in a sentence's spans. */
export function endOf(spans: Int32Array, i: number): number {
  return spans[2 * i + 1];
}

/** Token spans appended as tokens are read; views of what is written stay valid as it grows. */
export class SpanBuffer {
  at: Int32Array;
  /** Tokens written. */
  length = 0;

  constructor(tokens = 1024) {
    this.at = new Int32Array(2 * tokens);
  }

  push(start: number, end: number): void {
    if (2 * this.length + 2 > this.at.length) this.grow();
    this.at[2 * this.length] = start;
    this.at[2 * this.length + 1] = end;
    this.length++;
  }

  /** The spans of tokens [from, to), as a view: entries already written stay where they are in the old array too. */
  view(from: number, to: number): Int32Array {
    return this.at.subarray(2 * from, 2 * to);
  }

  private grow(): void {
    const grown = new Int32Array(Math.max(this.at.length * 2, 256));
    grown.set(this.at.subarray(0, 2 * this.length));
    this.at = grown;
  }
}
