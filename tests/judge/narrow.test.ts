/**
 * Whether a condition also holds on the sentences that settle is read from what it found on all of
 * them (src/judge/narrow.ts): it must say exactly what running the condition again on those sentences
 * says, for every kind of check and every way of grouping them.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc, hitsFor } from './helpers.js';
import { evaluate, type ConditionResult } from '../../src/judge/condition.js';
import { makeContext, variant, type JudgeContext } from '../../src/judge/context.js';
import { narrowed } from '../../src/judge/narrow.js';
import { planOf } from '../../src/judge/plan.js';
import { mayContradict, settles } from '../../src/judge/settle.js';
import type { Condition } from '../../src/rules/pack-schema.js';
import type { Sentence } from '../../src/annotate/types.js';

const doc = buildDoc([
  { id: 'pre', label: 'Preamble', scope: 'preamble', sentences: ['Recalling that recruitment fees harm workers.'] },
  {
    id: 'art_1', label: 'Article 1', sentences: [
      { text: 'Recruitment fees.', heading: true },
      { text: 'The employer shall bear the recruitment fees.', force: 'binding', bearer: 'employer' },
      { text: 'The agency may charge recruitment fees.', force: 'permissive', bearer: 'agency' },
      { text: 'Subject to national law, the employer shall refund recruitment fees.', force: 'binding', bearer: 'employer', conditions: ['subject to national law'] },
    ],
  },
  {
    id: 'art_2', label: 'Article 2', sentences: [
      { text: 'Subject to national law, workers shall not pay recruitment fees.', force: 'binding', bearer: 'worker', negation: 'not pay recruitment fees', conditions: ['subject to national law'] },
      { text: 'The contract shall last two years and be written in a language the worker understands.', force: 'binding', quantities: [{ words: 'two years', value: 2, unit: 'year' }] },
      { text: 'Workers shall not pay recruitment fees.', force: 'binding', bearer: 'worker', negation: 'not pay recruitment fees' },
    ],
  },
  { id: 'art_3', label: 'Article 3', sentences: [{ text: 'A copy of the contract and Convention No. 181 may be given to the worker.', force: 'hedged' }] },
]);
const hits = hitsFor(doc, { fees: ['recruitment fees'], contract: ['contract'], language: ['language'], c181: ['convention no 181'], copy: ['copy'] });

const CONDITIONS: Record<string, Condition> = {
  'mentions': { mentions: { concept: 'fees' } },
  'mentions, at least three': { mentions: { concept: 'fees', min: 3 } },
  'mentions, anywhere': { mentions: { concept: 'fees', scope: 'any' } },
  'obligation': { obligation: { concept: 'fees' } },
  'obligation, permission asked': { obligation: { concept: 'fees', force: ['binding', 'permissive'] } },
  'obligation, hedged asked': { obligation: { concept: 'copy', force: 'hedged' } },
  'prohibition': { prohibition: { concept: 'fees', bearer: 'worker' } },
  'reference': { reference: { concept: 'c181' } },
  'near, in a sentence': { near: { concepts: ['contract', 'language'], within: 'sentence' } },
  'near, in a provision': { near: { concepts: ['contract', 'fees'], within: 'provision' } },
  'number': { number: { unit: 'year', max: 3 } },
  'number of a concept': { number: { concept: 'contract', unit: 'year' } },
  'all': { all: [{ obligation: { concept: 'fees' } }, { mentions: { concept: 'contract' } }] },
  'any': { any: [{ mentions: { concept: 'copy' } }, { obligation: { concept: 'contract' } }] },
  'none': { all: [{ mentions: { concept: 'fees' } }, { none: [{ obligation: { concept: 'copy', force: 'hedged' } }] }] },
  'nested': { any: [{ all: [{ mentions: { concept: 'c181' } }, { number: { unit: 'year' } }] }, { all: [{ prohibition: { concept: 'fees' } }] }] },
};

const root = makeContext(doc, hits);
const settling = variant(root, settles, () => ({ admit: settles, admitsAll: false, untraced: true }));
const contradicting = variant(root, mayContradict, () => ({ admit: (s: Sentence) => mayContradict(s), admitsAll: false }));

/** What a reading says: whether it holds, on which sentences, and which of its checks hold. */
const said = (r: ConditionResult) => ({
  passed: r.passed,
  sentences: r.candidates.map((c) => [c.sentence, c.kind, c.hits.length]),
  checks: r.trace.map((t) => [t.path, t.passed]),
});

function bothWays(condition: Condition, wider: JudgeContext) {
  const plan = planOf(condition, 'addressed');
  return { read: said(narrowed(plan, evaluate(plan, wider), settling)), run: said(evaluate(plan, settling)) };
}

describe('a condition read on the sentences that settle', () => {
  for (const [name, condition] of Object.entries(CONDITIONS)) {
    it(`says what running it again says: ${name}`, () => {
      const { read, run } = bothWays(condition, root);
      expect(read).toEqual(run);
    });
  }

  it('says the same when first read on the sentences that may run against an element', () => {
    for (const condition of Object.values(CONDITIONS)) {
      const { read, run } = bothWays(condition, contradicting);
      expect(read).toEqual(run);
    }
  });

  it('keeps only the sentences that settle for the forces a check asks for', () => {
    const plan = planOf({ obligation: { concept: 'fees', force: ['binding', 'permissive'] } }, 'addressed');
    const wider = evaluate(plan, root);
    expect(wider.candidates.map((c) => c.sentence)).toEqual([2, 3, 4]);
    // The permission settles because the check asks for it; the conditioned sentence does not.
    expect(narrowed(plan, wider, settling).candidates.map((c) => c.sentence)).toEqual([2, 3]);
  });

  it('fails a check that needs more sentences than settle', () => {
    const plan = planOf({ mentions: { concept: 'fees', min: 3 } }, 'addressed');
    expect(evaluate(plan, root).passed).toBe(true);
    expect(narrowed(plan, evaluate(plan, root), settling).passed).toBe(false);
  });
});
