/**
 * PDF decompression bombs: what a PDF's compressed streams unpack to is counted before pdf.js holds them,
 * and held to maxDecompressedBytes (200 MiB by default), whatever the stream claims to be.
 */
import zlib from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, IngestError } from '../../src/ingest/index.js';
import { flateLayers } from '../../src/ingest/pdf-streams.js';
import { rawPdf } from '../../scripts/fixtures/pdf-hostile.js';
import { FIXTURES, ROOT } from './helpers.js';

const MiB = 1048576;
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** One page whose content stream is `inflated` compressed by `layers` rounds of deflate, under `dict`. */
function pagePdf(inflated: Buffer, layers = 1, dict = ''): Uint8Array {
  let data: Uint8Array = inflated;
  for (let i = 0; i < layers; i++) data = zlib.deflateSync(data, { level: 9 });
  const filters = layers === 1 ? '/FlateDecode' : `[${Array(layers).fill('/FlateDecode').join(' ')}]`;
  const head = latin1(`<< /Filter ${filters} ${dict} /Length ${data.length} >>\nstream\n`);
  const stream = new Uint8Array([...head, ...data, ...latin1('\nendstream')]);
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

function content(megabytes: number): Buffer {
  const body = Buffer.alloc(megabytes * MiB, ' ');
  body.write('BT /F1 12 Tf 72 760 Td (Article 1 The employer pays.) Tj ET\n', 0, 'latin1');
  return body;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(() => undefined, (e: unknown) => (e instanceof IngestError ? e.code : String(e)));
}

describe('PDF decompression bombs', () => {
  it('refuses the 300 KB fixture that inflates to 300 MB, naming the limit', async () => {
    const err = await ingest(new Uint8Array(readFileSync(`${FIXTURES}/pdf-flate-bomb.pdf`)), 'bomb.pdf').catch((e: IngestError) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe('ZIP_BOMB');
    expect((err as IngestError).message).toMatch(/200 MB/);
  });

  it('reads the same page when it unpacks within maxDecompressedBytes, and refuses it above', async () => {
    const pdf = pagePdf(content(3));
    expect((await ingest(pdf, 'ok.pdf', { maxDecompressedBytes: 4 * MiB })).text).toBe('Article 1 The employer pays.');
    expect(await codeOf(ingest(pdf, 'bomb.pdf', { maxDecompressedBytes: 2 * MiB }))).toBe('ZIP_BOMB');
  });

  it('counts every layer of a stream deflated several times over', async () => {
    const nested = pagePdf(content(3), 3);
    expect(flateLayers('<< /Filter [/FlateDecode /Fl /FlateDecode] >>')).toBe(3);
    expect(await codeOf(ingest(nested, 'nested.pdf', { maxDecompressedBytes: 2 * MiB }))).toBe('ZIP_BOMB');
  });

  it('counts a stream that calls itself an image (a content stream in disguise)', async () => {
    const disguised = pagePdf(content(3), 1, '/Subtype /Image /Width 1 /Height 1');
    expect(await codeOf(ingest(disguised, 'disguised.pdf', { maxDecompressedBytes: 2 * MiB }))).toBe('ZIP_BOMB');
  });

  it('counts streams whose /Length lies, up to the next endstream', async () => {
    const pdf = pagePdf(content(3));
    const lying = new TextDecoder('latin1').decode(pdf).replace(/\/Length \d+/, '/Length 10');
    expect(await codeOf(ingest(latin1(lying), 'lying.pdf', { maxDecompressedBytes: 2 * MiB }))).toBe('ZIP_BOMB');
  });

  it('leaves ordinary and encrypted PDFs alone', async () => {
    expect((await ingest(new Uint8Array(readFileSync(`${ROOT}/examples/mou-en.pdf`)), 'mou.pdf')).pages.length).toBeGreaterThan(1);
    expect((await ingest(new Uint8Array(readFileSync(`${FIXTURES}/encrypted-user.pdf`)), 'enc.pdf', { password: 'secret' })).text).toContain('Article 9');
  });
});
