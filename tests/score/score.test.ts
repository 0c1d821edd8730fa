import { describe, expect, it } from 'vitest';
import { score, coverage } from '../../src/score/index.js';
import { Scores } from '../../src/score/report.js';
import type { ReviewReason, Verdict } from '../../src/judge/verdict.js';

function verdict(status: Verdict['status'], level: Verdict['level'] = 'core', phase = 'A', reasons: ReviewReason[] = []): Verdict {
  return { element: `${status}-${level}-${phase}`, title: 't', phase, level, status, needsReview: reasons.length > 0, reasons, confidence: 0.5, evidence: [], trace: [] };
}

describe('coverage score', () => {
  it('counts addressed as 1, weak as a half, contradicted and absent as 0', () => {
    expect(coverage([verdict('addressed')]).score).toBe(1);
    expect(coverage([verdict('weak')]).score).toBe(0.5);
    expect(coverage([verdict('contradicted')]).score).toBe(0);
    expect(coverage([verdict('absent')]).score).toBe(0);
    expect(coverage([verdict('addressed'), verdict('weak'), verdict('absent'), verdict('contradicted')]).score).toBe(0.375);
  });

  it('weighs core and core-current elements twice a good practice', () => {
    // core addressed (2 x 1) + good-practice absent (1 x 0) over 3
    expect(coverage([verdict('addressed', 'core'), verdict('absent', 'good-practice')]).score).toBeCloseTo(2 / 3, 4);
    expect(coverage([verdict('absent', 'core-current'), verdict('addressed', 'good-practice')]).score).toBeCloseTo(1 / 3, 4);
  });

  it('counts each status and the verdicts needing review', () => {
    expect(coverage([verdict('addressed'), verdict('addressed'), verdict('weak', 'core', 'A', ['only-hedged']), verdict('absent')]).counts)
      .toEqual({ addressed: 2, weak: 1, contradicted: 0, absent: 1, needsReview: 1 });
  });

  it('is a point, not a range, when nothing needs review', () => {
    const c = coverage([verdict('addressed'), verdict('weak')]);
    expect([c.min, c.score, c.max]).toEqual([0.75, 0.75, 0.75]);
  });

  it('turns an absent on unreadable pages into a range up to addressed', () => {
    const c = coverage([verdict('addressed'), verdict('absent', 'core', 'A', ['unreadable-pages'])]);
    expect([c.min, c.score, c.max]).toEqual([0.5, 0.5, 1]);
  });

  it('lets a weak needing review go down to absent or up to addressed', () => {
    const c = coverage([verdict('weak', 'core', 'A', ['only-preamble'])]);
    expect([c.min, c.score, c.max]).toEqual([0, 0.5, 1]);
  });

  it('lets a conflicting addressed fall to contradicted, and an addressed in doubt only to weak', () => {
    expect(coverage([verdict('addressed', 'core', 'A', ['conflicting-evidence'])]).min).toBe(0);
    expect(coverage([verdict('addressed', 'core', 'A', ['unsupported-language'])]).min).toBe(0.5);
  });

  it('lets a conflicting contradicted rise to addressed, and a contradicted in doubt only to weak', () => {
    const c = coverage([verdict('contradicted', 'core', 'A', ['conflicting-evidence'])]);
    expect([c.min, c.score, c.max]).toEqual([0, 0, 1]);
    const hedged = coverage([verdict('contradicted', 'core', 'A', ['only-hedged'])]);
    expect([hedged.min, hedged.score, hedged.max]).toEqual([0, 0, 0.5]);
  });

  it('scores no verdicts as zero', () => {
    expect(coverage([])).toMatchObject({ score: 0, min: 0, max: 0 });
  });
});

describe('scores', () => {
  const verdicts = [
    verdict('addressed', 'core', 'A-recruitment'),
    verdict('absent', 'good-practice', 'A-recruitment'),
    verdict('weak', 'core-current', 'E-social-security'),
  ];
  const s = score(verdicts);

  it('gives coverage overall, by phase and by level', () => {
    expect(s.overall.score).toBeCloseTo(3 / 5, 4);
    expect(Object.keys(s.byPhase)).toEqual(['A-recruitment', 'E-social-security']);
    expect(s.byPhase['A-recruitment'].score).toBeCloseTo(2 / 3, 4);
    expect(s.byPhase['E-social-security'].score).toBe(0.5);
    expect(s.byLevel).toMatchObject({ core: { score: 1 }, 'good-practice': { score: 0 }, 'core-current': { score: 0.5 } });
  });

  it('matches the published Scores schema', () => {
    expect(() => Scores.parse(s)).not.toThrow();
  });

  it('keeps min <= score <= max everywhere', () => {
    const mixed = score([...verdicts, verdict('absent', 'core', 'A-recruitment', ['unreadable-pages']), verdict('contradicted', 'core', 'B', ['only-hedged'])]);
    for (const c of [mixed.overall, ...Object.values(mixed.byPhase), ...Object.values(mixed.byLevel)]) {
      expect(c.min).toBeLessThanOrEqual(c.score);
      expect(c.score).toBeLessThanOrEqual(c.max);
    }
  });
});
