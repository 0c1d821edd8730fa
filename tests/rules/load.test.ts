import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackError, formatDiagnostic } from '../../src/rules/diagnostics.js';
import { parsePack, validatePack } from '../../src/rules/load.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The diagnostics a pack file produces, formatted as the CLI prints them. */
function diagnostics(name: string, text = fixture(name)): string[] {
  try {
    parsePack(text, name);
  } catch (err) {
    if (err instanceof PackError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  return [];
}

describe('parsePack reads valid packs', () => {
  it('reads YAML, filling the defaults', () => {
    const pack = parsePack(fixture('base.yaml'), 'base.yaml');
    expect(pack.elements.map((e) => e.id)).toEqual(['fees', 'contract', 'return']);
    expect(pack.elements[0].sources).toEqual([]);
    expect(pack.concepts.fee).toEqual({ en: ['fee'], fr: ['frais'] });
  });

  it('reads JSON the same way', () => {
    expect(parsePack(fixture('good.json'), 'good.json').concepts.fee.any).toEqual(['C181']);
  });

  it('validates a pack given as an object', () => {
    expect(() => validatePack({ id: 'x', version: '1', concepts: { c: { en: ['a'] } } })).not.toThrow();
    expect(() => validatePack({ id: 'X', version: '1' }, 'inline')).toThrow(/inline: invalid id 'X'/);
  });
});

describe('parsePack points at the file, line and column of each mistake', () => {
  it('reports YAML syntax errors with their position', () => {
    expect(diagnostics('broken-yaml.yaml')).toEqual([expect.stringMatching(/^broken-yaml\.yaml:\d+:\d+: Missing closing "quote/)]);
  });

  it('reports every mistake of a pack at once, in file order', () => {
    expect(diagnostics('bad-check.yaml')).toEqual([
      "bad-check.yaml:12:11: unknown check kind 'obligaton' (expected one of mentions, near, obligation, prohibition, reference, number, or all/any/none)",
      "bad-check.yaml:15:50: 'bindng' is not a valid force (expected one of binding, hedged, permissive, none)",
      "bad-check.yaml:16:9: duplicate element id 'recruitment-fees' (also element 1 of the list)",
      "bad-check.yaml:19:12: 'essential' is not a valid level (expected one of core, core-current, good-practice)",
      "bad-check.yaml:22:28: unknown concept 'fee-chargd' in mentions of element 'recruitment-fees' (did you mean 'fee-charged'?)",
      "bad-check.yaml:25:17: pattern \"cost* ...13 borne by the employer\" of concept 'costs-borne-by-employer' (en): gap of 13 tokens is over the maximum of 12 (pattern column 7)",
      "bad-check.yaml:26:5: unknown language key 'eng' in concept 'costs-borne-by-employer' (a concept key must be a 2-letter code or any)",
      "bad-check.yaml:28:28: pattern \"(fee|charge) ... (worker\" of concept 'fee-charged' (en): unclosed group: missing ')' (pattern column 18)",
    ]);
  });

  it('reports a concept defined twice', () => {
    expect(diagnostics('duplicate-concept.yaml')).toEqual(["duplicate-concept.yaml:6:3: duplicate key 'fee' (a key may appear once in a mapping)"]);
  });

  it('points into JSON files too', () => {
    expect(diagnostics('bad.json')).toEqual([
      "bad.json:6:63: 'everywhere' is not a valid scope (expected one of operative, preamble, definitions, annex, any)",
      "bad.json:8:38: pattern \"fee (a|\" of concept 'fee' (en): unclosed group: missing ')' (pattern column 5)",
    ]);
  });

  it('names unknown and missing properties', () => {
    const text = 'id: p\nversion: "1"\nelements:\n  - id: e\n    tittle: T\n    phase: A\n    level: core\n    question: Q?\n';
    expect(diagnostics('p.yaml', text)).toEqual([
      "p.yaml:4:5: elements is missing 'title'",
      "p.yaml:5:5: unknown property 'tittle' in elements (expected one of id, title, phase, level, tags, sources, question, guidance, addressed, weak, contradicted, examples)",
    ]);
  });

  it('explains a check placed where a list of checks was expected, and two checks in one item', () => {
    const base = 'id: p\nversion: "1"\nconcepts: { c: { en: [x] } }\nelements:\n  - { id: e, title: T, phase: A, level: core, question: Q, addressed: ';
    expect(diagnostics('p.yaml', `${base}{ any: [ { mentions: { concept: c }, near: { concepts: [c, c], within: sentence } } ] } }\n`)).toEqual([
      'p.yaml:5:80: use one check kind per list item, found mentions, near (wrap several in all/any)',
    ]);
    expect(diagnostics('p.yaml', `${base}{ mentions: { concept: c, min: 0 } } }\n`)).toEqual(['p.yaml:5:102: min must be >= 1']);
  });

  it('refuses a pattern with thousands of alternatives at load time', () => {
    const alternatives = Array.from({ length: 3000 }, (_, i) => `w${i}`).join('|');
    const text = `id: p\nversion: "1"\nconcepts:\n  c:\n    en: ["(${alternatives})"]\n`;
    expect(diagnostics('p.yaml', text)).toEqual([expect.stringMatching(/^p\.yaml:5:11: pattern "\(w0\|w1.{40,60}…" of concept 'c' \(en\): pattern expands to more than 256 alternatives/)]);
  });

  it('refuses select without extends', () => {
    expect(diagnostics('p.yaml', 'id: p\nversion: "1"\nselect: { tags: [a] }\n')).toEqual([
      'p.yaml:3:1: select needs extends: it picks elements of the pack this one builds on',
    ]);
  });

  it('carries the diagnostics on the error and in its message', () => {
    try {
      parsePack('id: p\n', 'p.yaml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PackError);
      expect((err as PackError).message).toBe("p.yaml:1:1: pack is missing 'version'");
    }
  });
});
