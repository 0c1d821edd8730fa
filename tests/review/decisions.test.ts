import { describe, expect, it } from 'vitest';
import { applyDecisions, decisionFor, Decisions, DecisionsError, parseDecisions, withDecision, emptyDecisions, fingerprintOf } from '../../src/review/index.js';
import { sampleDocument, SAMPLE_TEXT } from '../helpers/sample-report.js';

const doc = sampleDocument();
const verdictOf = (id: string, d = doc) => d.elements.find((v) => v.element === id)!;

function decided(id: string, status: 'addressed' | 'weak' | 'contradicted' | 'absent', on = doc): Decisions {
  return withDecision(emptyDecisions(), decisionFor(verdictOf(id, on), on, status, 'Article 3 read with the annex gives equal pay', 'A. Reviewer', '2025-03-31'));
}

describe('review decisions', () => {
  it('override the verdict they were made on, keeping what the machine said', () => {
    const { verdicts, stale } = applyDecisions(doc.elements, decided('equal-treatment', 'addressed'), doc);
    const v = verdicts.find((x) => x.element === 'equal-treatment')!;
    expect(stale).toEqual([]);
    expect(v.status).toBe('addressed');
    expect(v.needsReview).toBe(false);
    expect(v.decision).toEqual({ status: 'addressed', machineStatus: 'weak', reason: 'Article 3 read with the annex gives equal pay', reviewer: 'A. Reviewer', date: '2025-03-31' });
    expect(verdicts.filter((x) => x.decision)).toHaveLength(1);
  });

  it('survive reformatting of the provision', () => {
    const decisions = decided('equal-treatment', 'addressed');
    const next = sampleDocument({ text: SAMPLE_TEXT.replace('nationals, subject to', 'nationals,\n   subject  to') });
    const { verdicts, stale } = applyDecisions(next.elements, decisions, next);
    expect(stale).toEqual([]);
    expect(verdicts.find((x) => x.element === 'equal-treatment')!.status).toBe('addressed');
  });

  it('survive a redraft that renumbers the provision', () => {
    const decisions = decided('equal-treatment', 'addressed');
    const body = 'Workers may enjoy treatment no less favourable than nationals, subject to national law.';
    const text = `Article 1 – Scope\nThis Agreement applies to seasonal work.\n\nArticle 4 – Equal treatment\n${body}`;
    const start = text.indexOf('Article 4');
    const redraft = {
      hash: 'f'.repeat(64), source: doc.source, text,
      provisions: [
        { id: 'doc', label: 'Document', kind: 'document', start: 0, end: text.length },
        { id: 'art_1', label: 'Article 1', kind: 'article', start: 0, end: start - 1, bodyStart: text.indexOf('This') },
        { id: 'art_4', label: 'Article 4', kind: 'article', start, end: text.length, bodyStart: text.indexOf(body) },
      ],
    };
    const { verdicts, stale } = applyDecisions(doc.elements, decisions, redraft);
    expect(stale).toEqual([]);
    expect(verdicts.find((x) => x.element === 'equal-treatment')!.status).toBe('addressed');
  });

  it('go stale, unapplied and flagged, when the words they rest on change', () => {
    const decisions = decided('equal-treatment', 'addressed');
    const next = sampleDocument({ text: SAMPLE_TEXT.replace('subject to national law', 'subject to the employer\'s consent') });
    const { verdicts, stale } = applyDecisions(next.elements, decisions, next);
    const v = verdicts.find((x) => x.element === 'equal-treatment')!;
    expect(v.status).toBe('weak');
    expect(v.decision).toBeUndefined();
    expect(v.needsReview).toBe(true);
    expect(v.reasons).toContain('decision-stale');
    expect(stale).toEqual([{ element: 'equal-treatment', reason: expect.stringMatching(/A\. Reviewer on 2025-03-31 not applied: the text of Article 3 changed/) }]);
  });

  it('on an absent element rest on the whole text', () => {
    const decisions = decided('joint-committee', 'weak');
    expect(decisions.decisions[0].fingerprint.provisionId).toBe('doc');
    expect(applyDecisions(doc.elements, decisions, doc).verdicts.find((v) => v.element === 'joint-committee')!.status).toBe('weak');
    const next = sampleDocument({ text: SAMPLE_TEXT + '\nA joint working group shall meet yearly.' });
    expect(applyDecisions(next.elements, decisions, next).stale).toHaveLength(1);
  });

  it('made on another document apply only where its text is identical, and are not stale there', () => {
    const decisions = decided('equal-treatment', 'addressed');
    const other = sampleDocument({ source: 'other.txt', text: SAMPLE_TEXT.replace('subject to national law', 'without conditions') });
    const { verdicts, stale } = applyDecisions(other.elements, decisions, other);
    expect(stale).toEqual([]);
    expect(verdicts.find((x) => x.element === 'equal-treatment')!.decision).toBeUndefined();
  });

  it('follow the latest decision when several concern the same element', () => {
    const first = decisionFor(verdictOf('equal-treatment'), doc, 'addressed', 'first look', 'A', '2025-01-01');
    const later = decisionFor(verdictOf('equal-treatment'), doc, 'contradicted', 'second look', 'B', '2025-02-01');
    const { verdicts } = applyDecisions(doc.elements, { version: 1, decisions: [later, first] }, doc);
    expect(verdicts.find((x) => x.element === 'equal-treatment')!.decision?.reviewer).toBe('B');
  });

  it('fingerprint the provisions of all the evidence', () => {
    expect(fingerprintOf(verdictOf('recruitment-fees-and-costs'), doc).provisionId).toBe('art_1__para_1+art_1__para_2');
  });

  it('reject a malformed file with every issue and its path, applying nothing', () => {
    const good = decided('equal-treatment', 'addressed').decisions[0];
    const bad = { version: 1, decisions: [good, { ...good, status: 'fine', reviewer: '' }, { ...good, fingerprint: { provisionId: 'x' } }] };
    let error: DecisionsError | undefined;
    try { parseDecisions(bad, 'review.json'); } catch (e) { error = e as DecisionsError; }
    expect(error).toBeInstanceOf(DecisionsError);
    expect(error!.message).toMatch(/^review\.json is not a valid decisions file/);
    expect(error!.issues.some((i) => i.startsWith('decisions[1].status:'))).toBe(true);
    expect(error!.issues.some((i) => i.startsWith('decisions[1].reviewer:'))).toBe(true);
    expect(error!.issues.some((i) => i.startsWith('decisions[2].fingerprint.textHash:'))).toBe(true);
    expect(() => applyDecisions(doc.elements, bad as unknown as Decisions, doc)).toThrow(DecisionsError);
  });

  it('reject text that is not JSON and a wrong version', () => {
    expect(() => parseDecisions('{ version: 1', 'd.json')).toThrow(/d\.json is not a valid decisions file: not JSON/);
    expect(() => parseDecisions({ version: 2, decisions: [] })).toThrow(/version/);
  });
});
