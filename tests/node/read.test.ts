import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/index.js';
import { docxInWorker, expandInputs, ingestFile, InputError, readInput } from '../../src/node/read.js';
import { zipBomb } from '../../scripts/fixtures/hostile.js';
import { ingest } from '../../src/ingest/index.js';

const repo = new URL('../..', import.meta.url).pathname;
const io = (stdin = new Uint8Array()) => ({ cwd: repo, readStdin: async () => stdin });

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  return promise.then(
    () => ({ message: 'resolved' }),
    (e: { code?: string; message: string }) => e,
  );
}

describe('readInput', () => {
  it('reads a file relative to the working directory and names it as given', async () => {
    const input = await readInput('fixtures/agreement.md', io());
    expect(input.source).toBe('fixtures/agreement.md');
    expect(new TextDecoder().decode(input.data)).toContain('# Agreement');
  });

  it('reads "-" from standard input', async () => {
    const input = await readInput('-', io(new TextEncoder().encode('Article 1')));
    expect(input).toEqual({ source: 'stdin', data: new TextEncoder().encode('Article 1') });
  });

  it('says FILE_NOT_FOUND for a missing file and NOT_A_FILE for a folder', async () => {
    const missing = await rejection(readInput('fixtures/nope.pdf', io()));
    expect(missing).toBeInstanceOf(InputError);
    expect(missing.code).toBe('FILE_NOT_FOUND');
    const folder = await rejection(readInput('fixtures', io()));
    expect(folder.code).toBe('NOT_A_FILE');
    // Only `check` knows whether a folder was empty; reading one says only what it is.
    expect(folder.message).toBe('fixtures is a folder, not a file');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const err = await rejection(readInput('fixtures/zip-bomb.docx', io(), 1000));
    expect(err).toBeInstanceOf(IngestError);
    expect(err.code).toBe('TOO_LARGE');
  });
});

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bla-read-'));
  mkdirSync(join(dir, 'mous/2024'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  for (const f of ['a.pdf', 'b.docx', 'mous/c.pdf', 'mous/2024/d.pdf', 'mous/2024/e1.txt', '.git/x.pdf']) writeFileSync(join(dir, f), 'x');

  it('expands * within a folder and ** across folders, sorted, skipping hidden folders', async () => {
    expect(await expandInputs(['*.pdf'], dir)).toEqual(['a.pdf']);
    expect(await expandInputs(['**/*.pdf'], dir)).toEqual(['a.pdf', 'mous/2024/d.pdf', 'mous/c.pdf']);
    expect(await expandInputs(['mous/**/*.pdf'], dir)).toEqual(['mous/2024/d.pdf', 'mous/c.pdf']);
    expect(await expandInputs(['mous/2024/e?.txt'], dir)).toEqual(['mous/2024/e1.txt']);
  });

  it('keeps plain paths and "-", lists each file once, and keeps a pattern that matches nothing', async () => {
    expect(await expandInputs(['b.docx', '-', '*.pdf', 'a.pdf', '*.odt'], dir)).toEqual(['b.docx', '-', 'a.pdf', '*.odt']);
  });

  it('counts a link to a file as the file and does not follow links to folders', async () => {
    const linked = mkdtempSync(join(tmpdir(), 'bla-links-'));
    symlinkSync(join(dir, 'a.pdf'), join(linked, 'signed.pdf'));
    symlinkSync(join(dir, 'gone.pdf'), join(linked, 'broken.pdf'));
    symlinkSync(linked, join(linked, 'loop'));
    expect(await expandInputs(['**/*.pdf'], linked)).toEqual(['signed.pdf']);
  });

  it('answers absolute patterns with absolute paths', async () => {
    expect(await expandInputs([join(dir, 'mous', '*.pdf')], '/')).toEqual([join(dir, 'mous', 'c.pdf')]);
  });
});

describe('ingestFile: DOCX on a worker thread', () => {
  it('reads a DOCX with its Word numbering rebuilt', async () => {
    const doc = await ingestFile('fixtures/agreement-numbered.docx', {}, io());
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain('Article 2 Recruitment costs\n\n2.1 No recruitment fees');
  });

  it('turns a document too heavy for the worker into ZIP_BOMB, and the process lives on', async () => {
    const dense = await rejection(ingest(zipBomb(2), 'dense.docx', { extractDocx: docxInWorker({ memoryMb: 64 }) }));
    expect(dense.code).toBe('ZIP_BOMB');
    const big = await rejection(ingestFile('fixtures/zip-bomb.docx', { maxDecompressedBytes: 2 ** 40, docxWorker: { memoryMb: 64 } }, io()));
    expect(big.code).toBe('ZIP_BOMB');
  });

  it('stops a DOCX reader that runs past the time limit with TIMEOUT', async () => {
    const slow = await rejection(ingest(zipBomb(2), 'slow.docx', { timeoutMs: 300, extractDocx: docxInWorker() }));
    expect(slow.code).toBe('TIMEOUT');
  });

  it('reads a PDF named .txt as a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-read-'));
    writeFileSync(join(dir, 'agreement.txt'), await import('node:fs').then((fs) => fs.readFileSync(join(repo, 'fixtures/agreement-3pages.pdf'))));
    const doc = await ingestFile(join(dir, 'agreement.txt'));
    expect(doc.format).toBe('pdf');
  });
});
