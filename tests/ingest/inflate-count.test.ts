/**
 * The bomb guard's counter: what a zlib stream inflates to, without inflating it. Checked against zlib
 * itself on every kind of block (stored, fixed, dynamic), cut-short streams and damaged ones.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatedLength } from '../../src/ingest/inflate-count.js';

const { Z_DEFAULT_STRATEGY, Z_FIXED, Z_HUFFMAN_ONLY, Z_RLE, Z_FILTERED, Z_SYNC_FLUSH } = zlib.constants;

/** Deterministic pseudo-random bytes: `alphabet` letters with spaces between. */
function noise(length: number, alphabet: number, seed = 1): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x % 10 < 3 ? 0x20 : 0x41 + ((x >>> 8) % alphabet);
  }
  return out;
}

const page = Buffer.from('BT /F1 12 Tf 72 760 Td (Article 1 The employer pays the worker monthly.) Tj ET\n'.repeat(2000), 'latin1');
const inputs = [Buffer.from('a'), noise(100_000, 2), noise(70_000, 190), page, Buffer.alloc(2_000_000, 0x20), Buffer.concat([page, noise(50_000, 250, 7), page])];
const strategies = [Z_DEFAULT_STRATEGY, Z_FIXED, Z_HUFFMAN_ONLY, Z_RLE, Z_FILTERED];

/** What zlib passes on before the data ends. */
const zlibCount = (data: Uint8Array) => zlib.inflateSync(data, { finishFlush: Z_SYNC_FLUSH }).length;

describe('inflatedLength', () => {
  it('counts what zlib inflates, for every level and strategy', () => {
    for (const input of inputs) {
      for (const level of [0, 1, 6, 9]) {
        for (const strategy of strategies) expect(inflatedLength(zlib.deflateSync(input, { level, strategy }), Infinity)).toBe(input.length);
      }
    }
  });

  it('counts what zlib passes on from a stream cut short', () => {
    for (const input of inputs) {
      for (const level of [0, 6]) {
        const whole = zlib.deflateSync(input, { level });
        for (const cut of [3, 10, whole.length >> 2, whole.length >> 1, whole.length - 5]) {
          if (cut > 2 && cut < whole.length) expect(inflatedLength(whole.subarray(0, cut), Infinity)).toBe(zlibCount(whole.subarray(0, cut)));
        }
      }
    }
  });

  it('stops just past the budget', () => {
    const bomb = zlib.deflateSync(Buffer.alloc(50 * 1048576), { level: 9 });
    const counted = inflatedLength(bomb, 1_000_000);
    expect(counted).toBeGreaterThan(1_000_000);
    expect(counted).toBeLessThanOrEqual(1_000_000 + 258);
    // Literals only, in one long block: the count stops there too, not at the block's end.
    expect(inflatedLength(zlib.deflateSync(page, { strategy: Z_HUFFMAN_ONLY }), 1000)).toBe(1001);
  });

  it('never finds more than 1032 bytes per compressed byte, the bound the guard relies on to skip counting', () => {
    for (const input of [Buffer.alloc(20 * 1048576), Buffer.alloc(3 * 1048576, 0x20), page]) {
      for (const strategy of strategies) {
        const packed = zlib.deflateSync(input, { level: 9, strategy });
        expect(inflatedLength(packed, Infinity)).toBeLessThanOrEqual(packed.length * 1032);
      }
    }
  });

  it('counts nothing without a valid zlib header, as zlib and pdf.js refuse it', () => {
    const good = zlib.deflateSync(page);
    expect(inflatedLength(good.subarray(2), Infinity)).toBe(0); // raw deflate
    expect(inflatedLength(Uint8Array.of(0x78, 0x9d, ...good.subarray(2)), Infinity)).toBe(0); // bad FCHECK
    expect(inflatedLength(Uint8Array.of(0x78), Infinity)).toBe(0);
  });

  it('agrees with zlib on damaged streams that zlib can read', () => {
    for (let seed = 1; seed < 1500; seed++) {
      const damaged = Buffer.concat([Buffer.from([0x78, 0x9c]), noise(seed % 300, 250, seed)]);
      let expected: number | undefined;
      try {
        expected = zlibCount(damaged);
      } catch {
        expected = undefined; // zlib stops with an error: any count up to there is the counter's to give
      }
      if (expected !== undefined) expect(inflatedLength(damaged, Infinity)).toBe(expected);
    }
  });
});
