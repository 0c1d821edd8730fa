/**
 * The built-in pack, read as a specification: it implements every element of the shared spec with the
 * same id, phase and level, and every example it lists comes out with its status (like ESLint's
 * RuleTester), with each status shown in each of the four languages.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPack, runExamples, type ExampleRun } from '../../src/rules/index.js';
import { checkText, prepare } from '../../src/core.js';
import { ingest } from '../../src/ingest/index.js';
import { detectLanguage } from '../../src/language/index.js';

interface SpecElement { id: string; phase: string; level: string; sources: string[] }
const spec = YAML.parse(readFileSync('../shared/spec/elements.yaml', 'utf8')) as SpecElement[];
const pack = builtinPack('ilo-bla');
const levelOf = (l: string) => (l === 'core†' ? 'core-current' : l);

describe('ilo-bla implements the spec', () => {
  it('has every element of the spec, in its order, and nothing else', () => {
    expect(pack.elements.map((e) => e.id)).toEqual(spec.map((e) => e.id));
  });

  it('keeps each element in its phase and level', () => {
    for (const s of spec) {
      const e = pack.elements.find((x) => x.id === s.id)!;
      expect([e.id, e.phase, e.level]).toEqual([s.id, s.phase, levelOf(s.level)]);
    }
  });

  it('gives every element a question, guidance, sources and tags a user can select by', () => {
    for (const e of pack.elements) {
      expect(e.question, e.id).toMatch(/\?$/);
      expect(e.guidance?.length ?? 0, e.id).toBeGreaterThan(40);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.tags.length, e.id).toBeGreaterThan(0);
    }
  });

  it('can be read by source: the ILO basic elements (S2) and C97 map to several elements each', () => {
    const tagged = (prefix: string) => pack.elements.filter((e) => e.tags.some((t) => t.startsWith(prefix)));
    expect(tagged('S2').length).toBeGreaterThan(10);
    expect(tagged('C97').length).toBeGreaterThan(5);
  });
});

describe('ilo-bla examples', () => {
  let run: ExampleRun;
  beforeAll(async () => {
    const prepared = prepare({ pack });
    run = await runExamples(pack, async (text) => checkText(await ingest(text, 'example.txt'), {}, prepared).elements.map((v) => ({ element: v.element, status: v.status })));
  }, 120_000);

  it('come out with the status they are listed under, every one of them', () => {
    expect(run.failures.map((f) => `${f.element}: expected ${f.expected}, got ${f.actual}: ${f.text}`)).toEqual([]);
  });

  it('show addressed, weak and absent for every element', () => {
    for (const e of pack.elements) {
      for (const status of ['addressed', 'weak', 'absent'] as const) expect(e.examples?.[status]?.length ?? 0, `${e.id} ${status}`).toBeGreaterThan(0);
    }
  });

  it('show each status in English, French, Spanish and Dutch', () => {
    const seen = new Set(run.results.filter((r) => r.passed).map((r) => `${detectLanguage(r.text).language}:${r.expected}`));
    for (const lang of ['en', 'fr', 'es', 'nl']) for (const status of ['addressed', 'weak', 'contradicted', 'absent']) expect(seen, `${lang} ${status}`).toContain(`${lang}:${status}`);
  });
});
