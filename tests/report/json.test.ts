import { describe, expect, it } from 'vitest';
import { render, formats, formatNames, sectionsOf } from '../../src/report/index.js';
import { Report, REPORT_SCHEMA_VERSION } from '../../src/score/report.js';
import { sampleReport, sampleDocument } from '../helpers/sample-report.js';

describe('json format', () => {
  it('round-trips through the Report schema unchanged', () => {
    const report = sampleReport([sampleDocument(), sampleDocument({ source: 'second.txt' })]);
    const parsed = Report.parse(JSON.parse(render(report, 'json')));
    expect(parsed).toEqual(report);
    expect(parsed.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  });

  it('prints a report document by document as the very text of printing it whole', () => {
    const json = formats.find((f) => f.name === 'json')!;
    const tricky = sampleDocument({ source: 'quotes "and"\nbreaks.txt' });
    const failures = [{ source: 'bad.pdf', code: 'CORRUPT_PDF', message: 'not a PDF' }];
    for (const report of [sampleReport([sampleDocument()]), sampleReport([sampleDocument(), tricky], failures)]) {
      const parts = [...sectionsOf(json.sections!, report, {})];
      expect(parts.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
      expect(parts.length).toBe(2 * report.documents.length + 1);
    }
    expect(render(sampleReport([]), 'json')).toBe(`${JSON.stringify(sampleReport([]), null, 2)}\n`);
  });

  it('refuses to print a report that does not follow the schema', () => {
    const broken = { ...sampleReport(), schemaVersion: '0.0.1' } as unknown as Report;
    expect(() => render(broken, 'json')).toThrow();
  });

  it('names every format and rejects unknown ones', () => {
    expect(formatNames).toEqual(['md', 'json', 'html', 'csv', 'sarif']);
    expect(formats.every((f) => f.extension.length > 0)).toBe(true);
    expect(() => render(sampleReport(), 'pdf')).toThrow(/unknown format "pdf"/);
  });
});
