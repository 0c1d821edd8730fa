import { describe, expect, it } from 'vitest';
import {
  detection, evidenceHits, evidenceRate, missedTargets, pairsFor, provisionPath, sameArticle, score,
  scoreBy, statusAgreement, worst, type LabelFile, type Pair, type Status,
} from '../../scripts/eval-lib.js';

function pair(expected: Status, predicted: Status, extra: Partial<Pair> = {}): Pair {
  return { text: 't', language: 'en', element: 'e', expected, predicted, expectedArticles: [], ...extra };
}

describe('provision labels', () => {
  it('reads article numbers and their sub-parts as one path', () => {
    expect(provisionPath('Article 6(1)(a)(ii)')).toEqual(['article 6', '1', 'a', 'ii']);
    expect(provisionPath('Annex II, Article 8(2)')).toEqual(['annex ii', 'article 8', '2']);
    expect(provisionPath('Protocol Article 1')).toEqual(['protocol', 'article 1']);
  });

  it('reads the ways agreements number articles as the same article', () => {
    const five = ['article 5'];
    for (const label of ['Article 5', 'Art. 5', 'ARTICLE V', 'Artikel 5', 'Artículo 5', 'Article  5']) expect(provisionPath(label)).toEqual(five);
    expect(provisionPath('Article 1er')).toEqual(['article 1']);
    expect(provisionPath('Article premier')).toEqual(['article 1']);
  });

  it('keeps annex numerals as written, so Annex I is not Annex 1 of another numbering', () => {
    expect(provisionPath('Annex I Article 6(c)')).toEqual(['annex i', 'article 6', 'c']);
  });
});

describe('evidence hit (strict rule)', () => {
  it('counts evidence inside the labelled provision', () => {
    expect(evidenceHits('Article 7(2)', 'Article 7')).toBe(true);
    expect(evidenceHits('Article 7(2)(b)', 'Article 7(2)')).toBe(true);
  });

  it('counts evidence that holds the labelled provision', () => {
    expect(evidenceHits('Article 7', 'Article 7(2)')).toBe(true);
  });

  it('does not count a sibling paragraph or another article', () => {
    expect(evidenceHits('Article 7(3)', 'Article 7(2)')).toBe(false);
    expect(evidenceHits('Article 17', 'Article 1')).toBe(false);
    expect(evidenceHits('Article 8', 'Annex II Article 8')).toBe(false);
  });

  it('matches labels written in another style', () => {
    expect(evidenceHits('Annex II, Article 9', 'Annex II Article 9')).toBe(true);
    expect(evidenceHits('Artikel 16(4)', 'Article 16(4)')).toBe(true);
  });

  it('lets the lenient rule accept siblings in the same article only', () => {
    expect(sameArticle('Article 7(3)', 'Article 7(2)')).toBe(true);
    expect(sameArticle('Article 8(1)', 'Article 7(2)')).toBe(false);
    expect(sameArticle('Annex I, Article 8', 'Annex II Article 8')).toBe(false);
  });
});

describe('detection', () => {
  it('counts found as anything but absent, on both sides', () => {
    const d = detection([
      pair('addressed', 'weak'), // tp: present on both sides, whatever the status
      pair('weak', 'contradicted'), // tp
      pair('absent', 'weak'), // fp
      pair('addressed', 'absent'), // fn
      pair('absent', 'absent'), // tn
    ]);
    expect([d.tp, d.fp, d.fn, d.tn]).toEqual([2, 1, 1, 1]);
    expect(d.precision).toBeCloseTo(2 / 3);
    expect(d.recall).toBeCloseTo(2 / 3);
    expect(d.f1).toBeCloseTo(2 / 3);
  });

  it('gives no credit when nothing is found but something was expected', () => {
    const d = detection([pair('weak', 'absent'), pair('absent', 'absent')]);
    expect(d.recall).toBe(0);
    expect(d.f1).toBe(0);
  });

  it('scores a perfect silence as perfect', () => {
    const d = detection([pair('absent', 'absent')]);
    expect([d.precision, d.recall, d.f1]).toEqual([1, 1, 1]);
  });
});

describe('status agreement', () => {
  it('compares exact statuses only where both sides say present', () => {
    const s = statusAgreement([pair('addressed', 'addressed'), pair('addressed', 'weak'), pair('weak', 'absent'), pair('absent', 'weak')]);
    expect(s).toEqual({ agree: 1, of: 2, rate: 0.5 });
  });
});

describe('evidence rate', () => {
  it('scores correctly found pairs that have labelled provisions, by the first evidence', () => {
    const e = evidenceRate([
      pair('addressed', 'addressed', { expectedArticles: ['Article 7'], evidenceLabel: 'Article 7(1)' }), // hit
      pair('weak', 'weak', { expectedArticles: ['Article 7(2)'], evidenceLabel: 'Article 7(3)' }), // miss, same article
      pair('weak', 'addressed', { expectedArticles: ['Article 4'] }), // no evidence: miss
      pair('weak', 'absent', { expectedArticles: ['Article 9'] }), // not found: not scored
      pair('weak', 'weak', { expectedArticles: [] }), // nothing labelled: not scored
    ]);
    expect(e).toMatchObject({ hits: 1, sameArticle: 2, of: 3 });
    expect(e.rate).toBeCloseTo(1 / 3);
  });
});

describe('pairs and groups', () => {
  const label: LabelFile = {
    text: 'nl-xx', language: 'fr',
    elements: { 'social-security': { status: 'addressed', articles: ['Article 14(3)'] }, taxation: { status: 'absent', articles: [] } },
  };

  it('keeps only the elements the evaluated pack checks', () => {
    const pairs = pairsFor(label, new Map([['taxation', { status: 'weak' as const }]]));
    expect(pairs).toEqual([{ text: 'nl-xx', language: 'fr', element: 'taxation', expected: 'absent', expectedArticles: [], predicted: 'weak' }]);
  });

  it('groups scores by a key and finds the worst groups first', () => {
    const pairs = [pair('addressed', 'addressed', { element: 'a' }), pair('addressed', 'absent', { element: 'b' }), pair('absent', 'absent', { element: 'c' })];
    const by = scoreBy(pairs, (p) => p.element);
    expect([...by.keys()]).toEqual(['a', 'b', 'c']);
    expect(worst(by, 1)[0][0]).toBe('b');
  });

  it('names each missed target', () => {
    const good = score([pair('addressed', 'addressed', { expectedArticles: ['Article 1'], evidenceLabel: 'Article 1' })]);
    expect(missedTargets(good)).toEqual([]);
    const bad = score([pair('addressed', 'weak', { expectedArticles: ['Article 1'], evidenceLabel: 'Article 2' }), pair('weak', 'absent')]);
    expect(missedTargets(bad).map((m) => m.split(' ')[0])).toEqual(['detection', 'recall', 'status', 'evidence']);
  });
});
