import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, checkDocument, prepare } from '../src/core.js';
import { ingest } from '../src/ingest/index.js';

const mou = readFileSync(new URL('../examples/mou-en.txt', import.meta.url));

describe('check(), called as JavaScript may call it', () => {
  it('refuses one file’s bytes in place of a list of inputs, saying what it takes', async () => {
    await expect(check(mou as never)).rejects.toThrow(TypeError);
    await expect(check(mou as never)).rejects.toThrow(/array of \{ source, data \}.*Buffer of \d+ bytes/);
  });

  it('lists an input without bytes or text as a BAD_INPUT failure and checks the others', async () => {
    const report = await check([
      { source: 'mou-en.txt', data: mou },
      { source: 'blob.pdf', data: new ArrayBuffer(8) as never },
      { data: 'text without a name' } as never,
    ]);
    expect(report.documents.map((d) => d.source)).toEqual(['mou-en.txt']);
    expect(report.failures).toEqual([
      { source: 'blob.pdf', code: 'BAD_INPUT', message: expect.stringMatching(/ArrayBuffer of 8 bytes \(wrap it: new Uint8Array\(buffer\)\)/) },
      { source: 'input 3', code: 'BAD_INPUT', message: expect.stringMatching(/source .* must be a string; it is undefined/) },
    ]);
  });

  it('never quotes the document it refuses', async () => {
    const report = await check([{ source: 'draft', data: { secret: 'confidential clause' } as never }]);
    expect(report.failures[0].message).not.toContain('confidential');
  });
});

describe('ingest() and checkDocument()', () => {
  it('take bytes of another realm, but not a number or an object, with a TypeError naming the source', async () => {
    await expect(ingest(42 as never, 'draft.pdf')).rejects.toThrow(/draft\.pdf is a number/);
    await expect(checkDocument({} as never, 'draft.docx')).rejects.toThrow(TypeError);
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Uint8Array([65, 114, 116, 105, 99, 108, 101, 32, 49])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    await expect(ingest(foreign, 'foreign.txt')).resolves.toMatchObject({ text: 'Article 1' });
  });
});

describe('prepare()', () => {
  it('narrowed by tags, matches with the whole pack\'s compiled patterns and gives the same prepared pack for the same tags', () => {
    const whole = prepare({});
    const narrowed = prepare({ tags: ['C181'] });
    expect(prepare({ tags: ['C181'] })).toBe(narrowed);
    expect(narrowed.compiled.matcher).toBe(whole.compiled.matcher);
    expect(narrowed.compiled.pack.elements.length).toBeGreaterThan(0);
    expect(narrowed.compiled.pack.elements.length).toBeLessThan(whole.compiled.pack.elements.length);
    expect(narrowed.compiled.pack.elements.every((e) => e.tags.includes('C181'))).toBe(true);
  });
});
