/**
 * Fuzzing with fast-check: whatever comes in, every stage answers within its contract.
 *   - ingest: any bytes give a Document or an IngestError, never another exception;
 *   - segment: any text gives a tree that covers the text, children inside parents, siblings apart;
 *   - the engine (annotate, match, judge, score): any text gives one verdict per element whose evidence
 *     quotes the text exactly;
 *   - the report survives JSON, validates against rules/schema/report.schema.json (ajv) and the zod
 *     schema, and renders in every format.
 * Runs are short here (`npm test`); `npm run fuzz` runs the same properties with BLA_FUZZ_RUNS times more.
 * A failure prints fast-check's seed and path: replay with { seed, path } in fc.assert's options.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, makeReport, prepare } from '../../src/core.js';
import { ingest, IngestError, ingestErrorCodes, type Document } from '../../src/ingest/index.js';
import { flatten, segment, type Provision } from '../../src/structure/index.js';
import { formatNames, render } from '../../src/report/index.js';
import { Report } from '../../src/score/report.js';
import { elementStatuses } from '../../src/rules/pack-schema.js';
import { FIXTURES, ROOT } from './helpers.js';

/** Multiplies every numRuns: 1 in `npm test`, more under `npm run fuzz`. */
const SCALE = Number(process.env.BLA_FUZZ_RUNS ?? 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * SCALE)) });
const TIMEOUT = 60_000 * Math.max(1, SCALE);

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const pdf = new Uint8Array(readFileSync(`${FIXTURES}/agreement-3pages.pdf`));
const docx = new Uint8Array(readFileSync(`${FIXTURES}/agreement-numbered.docx`));

/** Bytes a reader could meet: noise, noise behind each magic number, and real files damaged at random. */
const magic = fc.constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', '\u00ff\u00fe', '\u00fe\u00ff', '\u00ef\u00bb\u00bf', '<html><body>', '# Title\n', '\u0089PNG\r\n\u001a\n', '{\\rtf1', '');
function damaged(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({ at: fc.nat({ max: original.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) });
  return fc.record({ cut: fc.integer({ min: 1, max: original.length }), edits: fc.array(edit, { maxLength: 8 }) }).map(({ cut, edits }) => {
    const out = original.slice(0, cut);
    for (const e of edits) out.set(e.bytes.subarray(0, Math.max(0, out.length - e.at)), Math.min(e.at, out.length));
    return out;
  });
}
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.tuple(magic, fc.uint8Array({ maxLength: 2048 })).map(([m, rest]) => new Uint8Array([...latin1(m), ...rest])),
  damaged(pdf),
  damaged(docx),
);

function checkDocumentShape(doc: Document): void {
  expect(doc.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(doc.text.trim()).not.toBe('');
  expect(doc.pages.length).toBeGreaterThan(0);
  let previous = 0;
  for (const page of doc.pages) {
    expect(page.start).toBeGreaterThanOrEqual(previous);
    expect(page.end).toBeGreaterThanOrEqual(page.start);
    previous = page.end;
  }
  expect(previous).toBeLessThanOrEqual(doc.text.length);
}

describe('ingest on any bytes', () => {
  it('gives a Document or an IngestError with a known code, nothing else', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const outcome = await ingest(bytes, 'fuzz.bin', { timeoutMs: 20_000 }).catch((e: unknown) => e);
        if (outcome instanceof IngestError) {
          expect(ingestErrorCodes).toContain(outcome.code);
          expect(outcome.message).not.toMatch(/\n/);
        } else checkDocumentShape(outcome as Document);
      }),
      runs(150),
    );
  });
});

/** Text with the shapes the segmenter looks for, mixed with any characters at all. */
const HEADINGS = ['Article 1', 'ARTICLE II', 'Art. 3', 'Artículo 4', 'Artikel 5', 'Article premier', 'Chapter I', 'ANNEX', 'PROTOCOL', '1.', '2.1', '(a)', '(iv)', 'a)', '-', '•', 'Done at', 'IN WITNESS WHEREOF', 'Preamble', '\f', '\t'];
const WORDS = ['The', 'employer', 'shall', 'not', 'pay', 'bear', 'recruitment', 'fees', 'costs', 'worker', 'workers', 'contract', 'written', 'equal', 'treatment', 'social', 'security', 'return', 'Joint', 'Committee', 'Parties', 'may', 'should', 'no', 'any', 'free of charge', 'à la charge de', "l'employeur", 'frais', 'ne', 'pas', 'gastos', 'kosten', 'werkgever', 'travel', 'visa', '12', 'USD', '€', '%', '.', ',', ';', ':', '"', '(', ')', 'المادة', 'סעיף', '\u200f', '\u0000', '\ufeff', '\u00ad'];
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...HEADINGS), fc.array(fc.constantFrom(...WORDS), { maxLength: 12 })).map(([h, w]) => `${h} ${w.join(' ')}`),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
const anyText = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'));

function checkTree(root: Provision, text: string): void {
  expect(root).toMatchObject({ start: 0, end: text.length });
  const ids = new Set<string>();
  const visit = (p: Provision) => {
    expect(ids.has(p.id), `duplicate id ${p.id}`).toBe(false);
    ids.add(p.id);
    expect(p.label.length, p.id).toBeGreaterThan(0);
    let previousEnd = p.start;
    for (const c of p.children) {
      expect(c.start, `${c.id} inside ${p.id}`).toBeGreaterThanOrEqual(p.start);
      expect(c.end, `${c.id} inside ${p.id}`).toBeLessThanOrEqual(p.end);
      expect(c.start, `${c.id} after its previous sibling`).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = c.end;
      visit(c);
    }
  };
  visit(root);
}

describe('segment on any text', () => {
  it('gives a tree over the whole text: children inside parents, siblings without overlap, ids unique', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (raw) => {
        const doc = await ingest(raw, 'fuzz.txt').catch(() => undefined);
        if (doc) checkTree(segment(doc), doc.text);
      }),
      runs(300),
    );
  });
});

const prepared = prepare({});
const schema = JSON.parse(readFileSync(`${ROOT}/rules/schema/report.schema.json`, 'utf8')) as object;
const validateSchema = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('the engine on any text', () => {
  it('gives one verdict per element, with evidence that quotes the text exactly and scores within 0..1', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (raw) => {
        const doc = await ingest(raw, 'fuzz.txt').catch(() => undefined);
        if (!doc) return;
        const report = checkText(doc, {}, prepared);
        expect(report.elements.map((v) => v.element)).toEqual(prepared.compiled.pack.elements.map((e) => e.id));
        const provisions = new Set(report.provisions.map((p) => p.id));
        for (const v of report.elements) {
          expect(elementStatuses).toContain(v.status);
          expect(v.confidence).toBeGreaterThanOrEqual(0);
          expect(v.confidence).toBeLessThanOrEqual(1);
          for (const e of v.evidence) {
            expect(e.quote).toBe(doc.text.slice(e.start, e.end));
            expect(provisions.has(e.provisionId), e.provisionId).toBe(true);
          }
        }
        const overall = report.scores.overall;
        expect(overall.min).toBeLessThanOrEqual(overall.score);
        expect(overall.score).toBeLessThanOrEqual(overall.max);
      }),
      runs(80),
    );
  });
});

describe('the report of any text', () => {
  it('survives JSON, validates with ajv and zod unchanged, and renders in every format', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 3 }), fc.string({ maxLength: 40 }), async (texts, name) => {
        const documents = [];
        for (const [i, raw] of texts.entries()) {
          const doc = await ingest(raw, `${name}${i}.txt`).catch(() => undefined);
          if (doc) documents.push(checkText(doc, {}, prepared));
        }
        const report = makeReport(documents, prepared, [{ source: name, code: 'EMPTY_FILE', message: 'the file is empty' }]);
        const json = JSON.parse(render(report, 'json'));
        expect(validateSchema(json), JSON.stringify(validateSchema.errors?.slice(0, 3))).toBe(true);
        expect(Report.parse(json)).toEqual(json);
        for (const format of formatNames) expect(typeof render(report, format)).toBe('string');
      }),
      runs(30),
    );
  });
});
