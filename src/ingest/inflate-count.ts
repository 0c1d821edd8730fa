/**
 * How many bytes a zlib stream (RFC 1950/1951, a PDF's FlateDecode) inflates to, found without producing
 * them: a literal counts one byte, a back-reference counts its length, and nothing is written anywhere.
 * That is all the decompression-bomb guard needs: one synchronous pass over the compressed bytes, with no
 * output, no 32 kB window, no stream plumbing and no thread hop (one DecompressionStream per stream cost
 * ~50 ms on a 100-page PDF, this ~3 ms). It stops where zlib stops (bad header, invalid code, a distance
 * before the start, the end of the data) and returns what was counted up to there; a code zlib refuses as
 * incomplete is read up to its first missing code, counting more, the safe side. It also stops once the
 * count passes the budget.
 */

/** Thrown inside the counter when the stream cannot go on; the caller keeps the count so far. */
const STOP = Symbol('stop');

/** Codes up to this many bits are decoded by one table look-up, longer ones bit by bit. */
const FAST_BITS = 10;
const FAST_MASK = (1 << FAST_BITS) - 1;

/** A canonical Huffman code: how many codes of each length, symbols in code order, and a look-up table. */
interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
  /** By the next FAST_BITS input bits: symbol << 4 | code length, or -1 when the code is longer. */
  fast: Int32Array;
}

const newHuffman = (n: number): Huffman => ({ counts: new Uint16Array(16), symbols: new Uint16Array(n), fast: new Int32Array(1 << FAST_BITS) });

/** FAST_BITS-bit values with their bits in reverse order: deflate sends a code's first bit first. */
const REVERSED = Uint16Array.from({ length: 1 << FAST_BITS }, (_, v) => {
  let r = 0;
  for (let b = 0; b < FAST_BITS; b++) r |= ((v >> b) & 1) << (FAST_BITS - 1 - b);
  return r;
});

/** The canonical code of `lengths` (of `n` symbols), built into `h` (tables are reused: no garbage per block). */
function huffman(lengths: Uint8Array, n: number, h: Huffman = newHuffman(n)): Huffman {
  const { counts, symbols, fast } = h;
  counts.fill(0);
  for (let s = 0; s < n; s++) counts[lengths[s]]++;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = (left << 1) - counts[len];
    if (left < 0) throw STOP; // over-subscribed: zlib refuses the block
  }
  const offsets = scratchOffsets.fill(0);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len] + counts[len];
  for (let s = 0; s < n; s++) if (lengths[s]) symbols[offsets[lengths[s]]++] = s;
  fast.fill(-1);
  let code = 0;
  let index = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    for (let k = 0; k < counts[len]; k++, index++, code++) {
      const entry = (symbols[index] << 4) | len;
      for (let i = REVERSED[code << (FAST_BITS - len)]; i <= FAST_MASK; i += 1 << len) fast[i] = entry;
    }
    code <<= 1;
  }
  return h;
}

const scratchOffsets = new Uint16Array(16);
/** The codes of the current dynamic block; the counter runs synchronously, one stream at a time. */
const scratch = { lengths: new Uint8Array(286 + 30), clen: new Uint8Array(19), lenCode: newHuffman(19), lit: newHuffman(286), dist: newHuffman(30) };

// Base values and extra bits of the length (257–285) and distance (0–29) symbols, RFC 1951 §3.2.5.
const LENGTH_BASE = Uint16Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258);
const LENGTH_EXTRA = Uint16Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0);
const DIST_BASE = Uint16Array.of(1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577);
const DIST_EXTRA = Uint16Array.of(0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13);
/** Order in which the code-length code's lengths are sent. */
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixedCodes: { lit: Huffman; dist: Huffman } | undefined;

function fixed(): { lit: Huffman; dist: Huffman } {
  if (!fixedCodes) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedCodes = { lit: huffman(lengths, 288), dist: huffman(new Uint8Array(30).fill(5), 30) };
  }
  return fixedCodes;
}

/** Least-significant-bit-first reader over the compressed bytes, keeping the count. */
class Bits {
  pos: number;
  buf = 0;
  count = 0;
  /** Bytes the stream has inflated to so far. */
  counted = 0;
  constructor(readonly data: Uint8Array, start: number) {
    this.pos = start;
  }
  /** Up to 24 bits; past the end of the data the stream is cut short. */
  take(n: number): number {
    while (this.count < n) {
      if (this.pos >= this.data.length) throw STOP;
      this.buf |= this.data[this.pos++] << this.count;
      this.count += 8;
    }
    const v = this.buf & ((1 << n) - 1);
    this.buf >>>= n;
    this.count -= n;
    return v;
  }
  /** Fill the buffer with as many whole bytes as fit (at least FAST_BITS bits while data lasts). */
  fill(): void {
    while (this.count <= 16 && this.pos < this.data.length) {
      this.buf |= this.data[this.pos++] << this.count;
      this.count += 8;
    }
  }
  decode(h: Huffman): number {
    this.fill();
    const entry = h.fast[this.buf & FAST_MASK];
    if (entry >= 0 && (entry & 15) <= this.count) {
      this.buf >>>= entry & 15;
      this.count -= entry & 15;
      return entry >> 4;
    }
    return this.slowDecode(h);
  }
  /** Canonical decoding one bit at a time (as zlib's puff does), for codes longer than FAST_BITS. */
  private slowDecode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.take(1);
      const count = h.counts[len];
      if (code - count < first) return h.symbols[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw STOP; // a code the tree does not have
  }
}

function dynamicCodes(bits: Bits): { lit: Huffman; dist: Huffman } {
  const nlen = bits.take(5) + 257;
  const ndist = bits.take(5) + 1;
  const ncode = bits.take(4) + 4;
  if (nlen > 286 || ndist > 30) throw STOP;
  const clens = scratch.clen.fill(0);
  for (let i = 0; i < ncode; i++) clens[CLEN_ORDER[i]] = bits.take(3);
  const lencode = huffman(clens, 19, scratch.lenCode);
  const lengths = scratch.lengths.fill(0, 0, nlen + ndist);
  for (let i = 0; i < nlen + ndist; ) {
    const sym = bits.decode(lencode);
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (sym === 16) {
      if (i === 0) throw STOP;
      value = lengths[i - 1];
      repeat = 3 + bits.take(2);
    } else repeat = sym === 17 ? 3 + bits.take(3) : 11 + bits.take(7);
    if (i + repeat > nlen + ndist) throw STOP;
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) throw STOP; // no end-of-block code
  return { lit: huffman(lengths, nlen, scratch.lit), dist: huffman(lengths.subarray(nlen), ndist, scratch.dist) };
}

/**
 * Counts one Huffman-coded block, up to its end-of-block code or past the budget. The hot loop of the
 * guard: the reader's state lives in locals here (V8 keeps them in registers) and goes back on the way out.
 */
function countBlock(bits: Bits, codes: { lit: Huffman; dist: Huffman }, budget: number): void {
  const { data } = bits;
  const end = data.length;
  const litFast = codes.lit.fast;
  const distFast = codes.dist.fast;
  let { buf, count, pos, counted } = bits;
  try {
    for (;;) {
      while (count <= 16 && pos < end) {
        buf |= data[pos++] << count;
        count += 8;
      }
      let sym = litFast[buf & FAST_MASK];
      if (sym >= 0 && (sym & 15) <= count) {
        buf >>>= sym & 15;
        count -= sym & 15;
        sym >>= 4;
      } else {
        bits.buf = buf;
        bits.count = count;
        bits.pos = pos;
        sym = bits.decode(codes.lit);
        ({ buf, count, pos } = bits);
      }
      if (sym < 256) {
        // A block has no size limit: a hostile one of one-bit literals must stop at the budget too.
        if (++counted > budget) break;
        continue;
      }
      if (sym === 256) break;
      // A back-reference: its length and distance are read (their bits must be used up), nothing is copied.
      const l = sym - 257;
      if (l >= 29) throw STOP;
      while (count <= 16 && pos < end) {
        buf |= data[pos++] << count;
        count += 8;
      }
      let extra = LENGTH_EXTRA[l];
      if (count < extra) throw STOP;
      const length = LENGTH_BASE[l] + (buf & ((1 << extra) - 1));
      buf >>>= extra;
      count -= extra;
      while (count <= 16 && pos < end) {
        buf |= data[pos++] << count;
        count += 8;
      }
      let d = distFast[buf & FAST_MASK];
      if (d >= 0 && (d & 15) <= count) {
        buf >>>= d & 15;
        count -= d & 15;
        d >>= 4;
      } else {
        bits.buf = buf;
        bits.count = count;
        bits.pos = pos;
        d = bits.decode(codes.dist);
        ({ buf, count, pos } = bits);
      }
      if (d >= 30) throw STOP;
      while (count <= 16 && pos < end) {
        buf |= data[pos++] << count;
        count += 8;
      }
      extra = DIST_EXTRA[d];
      if (count < extra) throw STOP;
      const distance = DIST_BASE[d] + (buf & ((1 << extra) - 1));
      buf >>>= extra;
      count -= extra;
      if (distance > counted) throw STOP; // zlib: "invalid distance too far back"
      counted += length;
      if (counted > budget) break;
    }
  } finally {
    // Also when the stream stops inside a slow read: the count so far is the answer then.
    bits.counted = counted;
  }
  bits.buf = buf;
  bits.count = count;
  bits.pos = pos;
}

/** Stored block: LEN and its complement, then LEN bytes as they are (as many as the data holds). */
function countStored(bits: Bits): void {
  // To the byte boundary: whole bytes read ahead into the buffer go back to the data.
  bits.pos -= bits.count >> 3;
  bits.buf = 0;
  bits.count = 0;
  const { data } = bits;
  if (bits.pos + 4 > data.length) throw STOP;
  const len = data[bits.pos] | (data[bits.pos + 1] << 8);
  const nlen = data[bits.pos + 2] | (data[bits.pos + 3] << 8);
  if (len !== (~nlen & 0xffff)) throw STOP;
  bits.pos += 4;
  // Cut short, it counts what is there, as a streaming inflater would have passed it on.
  const available = Math.min(len, data.length - bits.pos);
  bits.pos += available;
  bits.counted += available;
}

/** Bytes the zlib stream `data` inflates to, counted up to just past `budget`. */
export function inflatedLength(data: Uint8Array, budget: number): number {
  if (data.length < 2) return 0;
  const cmf = data[0];
  const flg = data[1];
  // The header checks of zlib and of pdf.js: deflate, FCHECK, no preset dictionary.
  if ((cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0 || flg & 0x20) return 0;
  const bits = new Bits(data, 2);
  try {
    for (let last = 0; !last && bits.counted <= budget; ) {
      last = bits.take(1);
      const type = bits.take(2);
      if (type === 0) countStored(bits);
      else if (type === 1) countBlock(bits, fixed(), budget);
      else if (type === 2) countBlock(bits, dynamicCodes(bits), budget);
      else throw STOP;
    }
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return bits.counted;
}
