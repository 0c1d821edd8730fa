import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { expectCode } from './helpers.js';

describe('limits', () => {
  it('refuses input over maxBytes before parsing it, by default over 50 MiB', async () => {
    await expectCode(ingest('Article 1 The employer pays.', 'x.txt', { maxBytes: 10 }), 'TOO_LARGE');
    const err = await expectCode(ingest(new Uint8Array(50 * 1048576 + 1), 'huge.bin'), 'TOO_LARGE');
    expect(err.message).toMatch(/limit is 52428800/);
  });

  it('reads a 50 MB single-line text and keeps at most maxChars of it, with a warning', async () => {
    const line = 'The employer shall bear the costs of recruitment. '.repeat(1_000_000);
    const doc = await ingest(line, 'one-line.txt');
    expect(doc.bytes).toBe(50_000_000);
    expect(doc.text.length).toBe(5_000_000);
    expect(doc.pages[0].end).toBe(doc.text.length);
    expect(doc.warnings.map((w) => w.code)).toContain('TEXT_TRUNCATED');
  });

  it('reads a 2,000-page text and refuses one page more', async () => {
    const pages = Array.from({ length: 2000 }, (_, i) => `Article ${i + 1}\nThe Parties shall cooperate.`);
    const doc = await ingest(pages.join('\f'), 'long.txt');
    expect(doc.pages).toHaveLength(2000);
    expect(doc.text.slice(doc.pages[1999].start, doc.pages[1999].end)).toBe('Article 2000\nThe Parties shall cooperate.');
    await expectCode(ingest([...pages, 'Annex'].join('\f'), 'longer.txt'), 'TOO_MANY_PAGES');
  });

  it('honours a lower maxChars', async () => {
    const doc = await ingest('Article 1\nRecruitment costs shall be borne by the employer.', 'x.txt', { maxChars: 9 });
    expect(doc.text).toBe('Article 1');
  });
});
