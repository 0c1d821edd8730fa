/**
 * What the form does with decisions, without a browser: the same checkDocument result the worker
 * produces, decisions recorded, kept per document, exported, and applied as the CLI applies them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDocument } from '../../src/core.js';
import { decisionsFileText, loadDecisions, mergeDecisions, saveDecisions, storageKey, withoutDecision, type DecisionStorage } from '../../src/form/decisions-store.js';
import { matchesFilter } from '../../src/form/filter.js';
import { decide, reviewDocument } from '../../src/form/reviewed.js';
import { emptyDecisions, parseDecisions } from '../../src/review/index.js';
import type { DocumentReport } from '../../src/score/report.js';

const ROOT = resolve(import.meta.dirname, '../..');

function memory(): DecisionStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

let machine: DocumentReport;
beforeAll(async () => {
  machine = await checkDocument(readFileSync(resolve(ROOT, 'examples/mou-en.txt'), 'utf8'), 'mou-en.txt');
});

describe('a reviewer decision in the form', () => {
  it('overrides the status, clears the review flag, and moves the score', () => {
    const absent = machine.elements.find((v) => v.status === 'absent')!;
    const decisions = decide(machine, emptyDecisions(), { element: absent.element, status: 'addressed', reason: 'Annex II settles it.', reviewer: 'M. Diallo' }, '2025-03-31');
    const shown = reviewDocument(machine, decisions);
    const verdict = shown.elements.find((v) => v.element === absent.element)!;
    expect(verdict).toMatchObject({ status: 'addressed', needsReview: false, decision: { status: 'addressed', machineStatus: 'absent', reviewer: 'M. Diallo', date: '2025-03-31' } });
    expect(shown.reviewed).toBe(true);
    expect(shown.scores.overall.counts.addressed).toBe(machine.scores.overall.counts.addressed + 1);
    expect(machine.elements.find((v) => v.element === absent.element)!.status).toBe('absent'); // the machine report is untouched
  });

  it('is the decision the CLI applies: checkDocument with the exported file gives the same verdicts', async () => {
    const target = machine.elements.find((v) => v.status === 'addressed')!;
    const decisions = decide(machine, emptyDecisions(), { element: target.element, status: 'weak', reason: 'Only a commitment to consult.', reviewer: 'R. Silva' });
    const file = parseDecisions(decisionsFileText(decisions));
    const cli = await checkDocument(readFileSync(resolve(ROOT, 'examples/mou-en.txt'), 'utf8'), 'examples/mou-en.txt', { decisions: file });
    const form = reviewDocument(machine, decisions);
    expect(cli.elements.map((v) => [v.element, v.status])).toEqual(form.elements.map((v) => [v.element, v.status]));
    expect(cli.staleDecisions).toEqual([]);
  });

  it('needs a reason and a reviewer, as the decisions file does', () => {
    const v = machine.elements[0];
    expect(() => decide(machine, emptyDecisions(), { element: v.element, status: 'weak', reason: ' ', reviewer: 'X' })).toThrow(/reason/);
    expect(() => decide(machine, emptyDecisions(), { element: v.element, status: 'weak', reason: 'why', reviewer: '' })).toThrow(/reviewer/);
  });

  it('replaces an earlier decision on the same element rather than piling up', () => {
    const v = machine.elements[0];
    const once = decide(machine, emptyDecisions(), { element: v.element, status: 'weak', reason: 'first look', reviewer: 'A' });
    const twice = decide(machine, once, { element: v.element, status: 'contradicted', reason: 'second look', reviewer: 'A' });
    expect(twice.decisions).toHaveLength(1);
    expect(reviewDocument(machine, twice).elements[0].status).toBe('contradicted');
    expect(reviewDocument(machine, withoutDecision(twice, v.element, machine.hash)).elements[0].status).toBe(v.status);
  });
});

describe('decisions kept in the browser', () => {
  it('are stored per document hash and read back as a valid decisions file', () => {
    const storage = memory();
    const v = machine.elements[1];
    const decisions = decide(machine, emptyDecisions(), { element: v.element, status: 'absent', reason: 'r', reviewer: 'p' });
    saveDecisions(storage, machine.hash, decisions);
    expect([...storage.map.keys()]).toEqual([storageKey(machine.hash)]);
    expect(loadDecisions(storage, machine.hash)).toEqual(decisions);
    expect(loadDecisions(storage, 'f'.repeat(64))).toEqual(emptyDecisions());
  });

  it('read a damaged entry as no decisions instead of breaking the form', () => {
    const storage = memory();
    storage.setItem(storageKey(machine.hash), '{"version":1,"decisions":[{"element":""}]}');
    expect(loadDecisions(storage, machine.hash)).toEqual(emptyDecisions());
  });

  it('leave no entry once the last decision is withdrawn', () => {
    const storage = memory();
    const v = machine.elements[1];
    const decisions = decide(machine, emptyDecisions(), { element: v.element, status: 'absent', reason: 'r', reviewer: 'p' });
    saveDecisions(storage, machine.hash, decisions);
    saveDecisions(storage, machine.hash, withoutDecision(decisions, v.element, machine.hash));
    expect(storage.map.size).toBe(0);
  });

  it('merge with an imported file, the imported decision winning on the same element', () => {
    const [a, b] = machine.elements;
    const kept = decide(machine, emptyDecisions(), { element: a.element, status: 'weak', reason: 'kept', reviewer: 'p' });
    const imported = decide(machine, decide(machine, emptyDecisions(), { element: a.element, status: 'absent', reason: 'imported', reviewer: 'q' }), { element: b.element, status: 'weak', reason: 'imported', reviewer: 'q' });
    const merged = mergeDecisions(kept, imported);
    expect(merged.decisions.map((d) => [d.element, d.reason])).toEqual([[a.element, 'imported'], [b.element, 'imported']]);
  });
});

describe('the element filter', () => {
  it('combines status, phase, needs-review and words (accents and case ignored)', () => {
    const v = { ...machine.elements[0], title: 'Égalité de traitement', status: 'weak' as const, needsReview: true };
    expect(matchesFilter(v, { status: 'weak', phase: v.phase, needsReviewOnly: true, words: 'egalite TRAIT' })).toBe(true);
    expect(matchesFilter(v, { status: 'absent' })).toBe(false);
    expect(matchesFilter(v, { phase: 'Z-none' })).toBe(false);
    expect(matchesFilter({ ...v, needsReview: false }, { needsReviewOnly: true })).toBe(false);
    expect(matchesFilter(v, { words: 'social security' })).toBe(false);
    expect(matchesFilter(v, {})).toBe(true);
  });
});
