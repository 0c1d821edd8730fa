/**
 * The JSON report is a contract for ministry tooling: a real run over the example agreements must
 * validate against the schema we publish in rules/schema/, with the fields scripts rely on.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/core.js';
import { render } from '../../src/report/index.js';
import type { Report } from '../../src/score/report.js';

const schema = JSON.parse(readFileSync('rules/schema/report.schema.json', 'utf8')) as object;
let json: Report;

beforeAll(async () => {
  const inputs = ['examples/mou-en.pdf', 'examples/accord-fr.docx'].map((source) => ({ source, data: new Uint8Array(readFileSync(source)) }));
  json = JSON.parse(render(await check(inputs), 'json')) as Report;
}, 120_000);

describe('the JSON report of a real run', () => {
  it('validates against rules/schema/report.schema.json', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('names the tool, the pack and a hash of each input', () => {
    expect(json.tool.name).toBe('bla-check');
    expect(json.pack).toMatchObject({ id: 'ilo-bla', elements: 37 });
    for (const d of json.documents) expect(d.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives each document its language and every element with status, confidence and evidence', () => {
    expect(json.documents.map((d) => [d.source, d.language])).toEqual([['examples/mou-en.pdf', 'en'], ['examples/accord-fr.docx', 'fr']]);
    for (const d of json.documents) {
      expect(d.elements).toHaveLength(37);
      for (const v of d.elements) {
        expect(['addressed', 'weak', 'contradicted', 'absent']).toContain(v.status);
        expect(v.confidence).toBeGreaterThanOrEqual(0);
        if (v.status !== 'absent') expect(v.evidence.length, v.element).toBeGreaterThan(0);
      }
    }
  });

  it('quotes evidence exactly as the text has it, with its label and page', () => {
    for (const d of json.documents) {
      for (const e of d.elements.flatMap((v) => v.evidence)) {
        expect(d.text!.slice(e.start, e.end)).toBe(e.quote);
        expect(e.label.length).toBeGreaterThan(0);
        expect(e.page).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('carries coverage overall and by phase, as a range', () => {
    for (const d of json.documents) {
      const { score, min, max } = d.scores.overall;
      expect(min).toBeLessThanOrEqual(score);
      expect(score).toBeLessThanOrEqual(max);
      expect(Object.keys(d.scores.byPhase).length).toBe(8);
    }
  });
});
