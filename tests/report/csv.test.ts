import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { csvCell, CSV_COLUMNS } from '../../src/report/formats/csv.js';
import { sampleReport, sampleDocument } from '../helpers/sample-report.js';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('csv format', () => {
  it('has one row per document × element under a header', () => {
    const rows = parseCsv(render(sampleReport([sampleDocument(), sampleDocument({ source: 'b.txt' })]), 'csv'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 2 * 7);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('carries status, evidence label, page and quote of each element', () => {
    const rows = parseCsv(render(sampleReport(), 'csv'));
    const col = (name: string) => rows[0].indexOf(name);
    const weak = rows.find((r) => r[col('element')] === 'equal-treatment')!;
    expect(weak[col('status')]).toBe('weak');
    expect(weak[col('needs_review')]).toBe('yes');
    expect(weak[col('evidence')]).toBe('Article 3');
    expect(weak[col('page')]).toBe('1');
    expect(weak[col('quote')]).toBe('Workers may enjoy treatment no less favourable than nationals, subject to national law.');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF row ends', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    const out = render(sampleReport(), 'csv');
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')).toHaveLength(1 + 7 + 1);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    const doc = sampleDocument({ source: '@evil.txt' });
    doc.elements[0].evidence[0].quote = '=cmd|\' /C calc\'!A0';
    const rows = parseCsv(render(sampleReport([doc]), 'csv'));
    expect(rows[1][0]).toBe("'@evil.txt");
    expect(rows[1][CSV_COLUMNS.indexOf('quote')].startsWith("'=cmd")).toBe(true);
  });
});
