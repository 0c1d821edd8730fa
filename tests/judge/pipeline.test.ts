/** End to end through the real pipeline (ingest → structure → annotate → match → judge → score) with a small inline pack. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core.js';
import { ingest } from '../../src/ingest/index.js';
import type { Pack } from '../../src/rules/pack-schema.js';

const element = (id: string, phase: string, rest: Partial<Pack['elements'][number]>): Pack['elements'][number] =>
  ({ id, title: id.replace(/-/g, ' '), phase, level: 'core', tags: [], sources: [], question: `Does the text settle ${id}?`, ...rest });

const pack: Pack = {
  id: 'inline', version: '0.0.0',
  elements: [
    element('recruitment-fees', 'A', {
      addressed: { any: [{ obligation: { concept: 'costs-borne-by-employer' } }, { prohibition: { concept: 'fee-charged-to-worker' } }] },
      contradicted: { obligation: { concept: 'fee-charged-to-worker', bearer: 'worker' } },
    }),
    element('joint-committee', 'H', { addressed: { all: [{ obligation: { concept: 'joint-committee' } }, { near: { concepts: ['joint-committee', 'monitoring'], within: 'sentence' } }] } }),
    element('ethical-recruitment', 'A', { level: 'good-practice', addressed: { mentions: { concept: 'ethical-recruitment' } } }),
    element('housing', 'C', { level: 'good-practice', addressed: { mentions: { concept: 'housing' } } }),
    element('return-travel', 'G', { addressed: { obligation: { concept: 'return-journey-paid' } } }),
  ],
  concepts: {
    'costs-borne-by-employer': { en: ['(recruitment|travel) cost* ... borne by the employer', 'cost* of recruitment ... borne by the employer'] },
    'fee-charged-to-worker': { en: ['(fee|fees) ... charged to (worker|workers)', 'worker ... pay ... placement fee'] },
    'joint-committee': { en: ['joint committee'] },
    monitoring: { en: ['monitor* ... implementation'] },
    'ethical-recruitment': { en: ['(fair|ethical) ...2 recruitment'] },
    housing: { en: ['housing', 'accommodation'] },
    'return-journey-paid': { en: ['employer ... pay ... cost of the return journey'] },
  },
};

const pdf = () => ingest(new Uint8Array(readFileSync('fixtures/agreement-3pages.pdf')), 'agreement-3pages.pdf');

describe('judge through the whole pipeline', async () => {
  const report = checkText(await pdf(), { pack });
  const verdict = (id: string) => report.elements.find((v) => v.element === id)!;

  it('gives each element of the pack a verdict', () => {
    expect(report.elements.map((v) => [v.element, v.status])).toEqual([
      ['recruitment-fees', 'addressed'],
      ['joint-committee', 'addressed'],
      ['ethical-recruitment', 'weak'],
      ['housing', 'absent'],
      ['return-travel', 'addressed'],
    ]);
  });

  it('cites the article, the page and the exact words', () => {
    const fees = verdict('recruitment-fees');
    expect(fees.evidence[0].label).toBe('Article 3');
    expect(fees.evidence[0].page).toBe(1);
    for (const e of report.elements.flatMap((v) => v.evidence)) expect(e.quote).toBe(report.text!.slice(e.start, e.end));
    expect(verdict('joint-committee').evidence[0]).toMatchObject({ label: 'Article 8', page: 3 });
  });

  it('takes a preamble-only mention as weak', () => {
    expect(verdict('ethical-recruitment').evidence[0].label).toMatch(/preamble/i);
  });

  it('shows for an absent element what was searched and the closest provisions', () => {
    const housing = verdict('housing');
    expect(housing.searched).toEqual({ scopes: ['operative', 'any'], concepts: ['housing'] });
    expect(housing.nearMisses).toBeDefined();
  });

  it('scores coverage from the verdicts', () => {
    // core: 3 addressed (x2); good practice: weak (0.5) and absent: (6 + 0.5) / 8
    expect(report.scores.overall.score).toBeCloseTo(6.5 / 8, 4);
    expect(report.scores.overall.counts).toMatchObject({ addressed: 3, weak: 1, absent: 1 });
  });

  it('never reports a confident absent when a page could not be read', async () => {
    const doc = await pdf();
    doc.pages[2] = { ...doc.pages[2], quality: { ...doc.pages[2].quality, textLayer: false, likelyScanned: true } };
    const flagged = checkText(doc, { pack });
    const housing = flagged.elements.find((v) => v.element === 'housing')!;
    expect(housing).toMatchObject({ status: 'absent', needsReview: true, reasons: ['unreadable-pages'] });
    expect(flagged.scores.overall.max).toBeGreaterThan(flagged.scores.overall.score);
  });
});
