import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { fixture, lineStarting } from './helpers.js';

describe('HTML', async () => {
  const doc = await ingest(fixture('agreement.html'), 'page.html');

  it('is recognised from its leading tags', () => {
    expect(doc.format).toBe('html');
  });

  it('drops script, style, title and comments', () => {
    expect(doc.text).not.toContain('Article 99');
    expect(doc.text).not.toContain('Article 100');
    expect(doc.text).not.toContain('color: red');
    expect(doc.text).not.toContain('Agreement page');
  });

  it('puts block elements on their own lines and decodes entities', () => {
    expect(doc.text.split('\n')[0]).toBe('Agreement between Atlantis & Borealia');
    expect(lineStarting(doc.text, 'Article 1')).toBe('Article 1');
    expect(doc.text).toContain('Recruitment costs shall be borne by the employer — never by the worker.');
  });

  it('shows ordered list items with their markers, as a browser would', () => {
    expect(doc.text).toContain('a. pay the return journey;\nb. keep no identity documents.');
  });

  it('keeps table rows as "cell | cell" lines', () => {
    expect(doc.text).toContain('Cost | Borne by\nVisa | Employer');
  });

  it('does not mistake "<" in text for a tag', async () => {
    const small = await ingest('<p>Wages < 500 EUR & hours > 48 are unlawful.</p>', 'x.html');
    expect(small.text).toBe('Wages < 500 EUR & hours > 48 are unlawful.');
  });
});

describe('Markdown', async () => {
  const doc = await ingest(fixture('agreement.md'), 'mou.md');

  it('is recognised from its marks', () => {
    expect(doc.format).toBe('markdown');
  });

  it('keeps headings as text lines without their marks', () => {
    expect(doc.text.split('\n')[0]).toBe('Agreement between Atlantis and Borealia');
    expect(lineStarting(doc.text, 'Article 2')).toBe('Article 2');
  });

  it('strips emphasis and links but keeps their words', () => {
    expect(doc.text).toContain('Recruitment costs shall be borne by the employer, as set out in Annex I.');
    expect(doc.text).toContain('1. The worker shall receive a written contract.');
  });

  it('keeps list numbering and bullets as text, and tables as rows', () => {
    expect(doc.text).toContain('1. The worker shall receive a written contract.\n2. The contract shall state the wage.');
    expect(doc.text).toContain('- keeps no passport\n- pays the return journey');
    expect(doc.text).toContain('Cost | Borne by\nVisa | Employer');
  });

  it('leaves plain agreement text that merely uses a dash or an asterisk as plain text', async () => {
    const plain = await ingest('Article 5\n- de 21 à 35 ans pour les travailleurs non-qualifiés,\n* see Annex', 'x.txt');
    expect(plain.format).toBe('text');
  });
});
