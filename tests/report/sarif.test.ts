import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { sarifLevel } from '../../src/report/formats/sarif.js';
import type { Pack } from '../../src/rules/pack-schema.js';
import { sampleReport, sampleDocument, SAMPLE_TEXT } from '../helpers/sample-report.js';

const sarifOf = (...args: Parameters<typeof render> extends [unknown, unknown, ...infer R] ? R : never) =>
  JSON.parse(render(sampleReport(), 'sarif', ...args));

const pack = {
  id: 'ilo-bla', version: '1.0.0', concepts: {},
  elements: [{
    id: 'equal-treatment', title: 'Equal treatment with nationals', phase: 'D-protection-rights', level: 'core', tags: ['C97-art6'], sources: [],
    question: 'Does the text guarantee treatment no less favourable than nationals?', guidance: 'Name wages, hours, housing and unions.',
  }],
} as unknown as Pack;

describe('sarif format', () => {
  it('is SARIF 2.1.0 with its schema and one run of bla-check', () => {
    const sarif = sarifOf();
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.name).toBe('bla-check');
  });

  it('has a rule per element, with question and guidance from the pack', () => {
    const rules = sarifOf({ pack }).runs[0].tool.driver.rules;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      id: 'equal-treatment',
      shortDescription: { text: 'Equal treatment with nationals' },
      fullDescription: { text: 'Does the text guarantee treatment no less favourable than nationals?' },
      help: { text: 'Name wages, hours, housing and unions.' },
    });
    expect(sarifOf().runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('joint-committee');
  });

  it('reports weak, contradicted and absent verdicts, not addressed ones', () => {
    const results = sarifOf().runs[0].results as Array<{ ruleId: string; level: string }>;
    expect(results.map((r) => r.ruleId).sort()).toEqual(['equal-treatment', 'identity-documents', 'joint-committee', 'return-reintegration', 'social-security']);
    const level = Object.fromEntries(results.map((r) => [r.ruleId, r.level]));
    expect(level['identity-documents']).toBe('error');
    expect(level['return-reintegration']).toBe('note');
  });

  it('weighs levels by status and element level', () => {
    expect(sarifLevel({ status: 'contradicted', level: 'good-practice' })).toBe('error');
    expect(sarifLevel({ status: 'absent', level: 'core' })).toBe('error');
    expect(sarifLevel({ status: 'absent', level: 'core-current' })).toBe('warning');
    expect(sarifLevel({ status: 'weak', level: 'core' })).toBe('warning');
    expect(sarifLevel({ status: 'weak', level: 'good-practice' })).toBe('note');
  });

  it('locates a result on its provision: logical location and character region', () => {
    const r = sarifOf().runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'identity-documents');
    const loc = r.locations[0];
    expect(loc.logicalLocations[0]).toMatchObject({ name: 'Article 4', decoratedName: 'art_4' });
    const { charOffset, charLength } = loc.physicalLocation.region;
    expect(SAMPLE_TEXT.slice(charOffset, charOffset + charLength)).toBe("The employer may retain the worker's passport for safekeeping.");
    expect(loc.physicalLocation.artifactLocation.uri).toBe('ardenia-belmont-2024.txt');
  });

  it('fingerprints results by provision text: stable across runs, changed with the words', () => {
    const fp = (text?: string) => JSON.parse(render(sampleReport([sampleDocument(text ? { text } : {})]), 'sarif'))
      .runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'identity-documents').partialFingerprints;
    const first = fp();
    expect(Object.values(first)[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(fp()).toEqual(first);
    expect(fp(SAMPLE_TEXT.replace('for safekeeping', 'for safe keeping'))).not.toEqual(first);
  });
});
