import { describe, expect, it } from 'vitest';
import { compareDocuments, renderComparison } from '../../src/report/index.js';
import { changeOf } from '../../src/report/compare.js';
import { sampleDocument } from '../helpers/sample-report.js';

describe('compare', () => {
  it('names the change between two statuses', () => {
    expect(changeOf('absent', 'addressed')).toBe('appeared');
    expect(changeOf('weak', 'absent')).toBe('disappeared');
    expect(changeOf('weak', 'addressed')).toBe('better');
    expect(changeOf('addressed', 'contradicted')).toBe('worse');
    expect(changeOf('absent', 'contradicted')).toBe('worse');
    expect(changeOf('contradicted', 'absent')).toBe('better');
    expect(changeOf('weak', 'weak')).toBe('same');
  });

  it('compares two drafts element by element with evidence on both sides', () => {
    const a = sampleDocument({ source: 'draft-1.txt' });
    const b = sampleDocument({ source: 'draft-2.txt' });
    b.elements = b.elements.map((v) => v.element === 'equal-treatment' ? { ...v, status: 'addressed' as const, needsReview: false } : v)
      .filter((v) => v.element !== 'written-contract');
    const cmp = compareDocuments(a, b);
    expect(cmp.summary).toEqual({ worse: 0, disappeared: 1, appeared: 0, better: 1, same: 5 });
    const md = renderComparison(cmp, 'md');
    expect(md).toContain('## Better (1)');
    expect(md).toMatch(/Equal treatment with nationals.*\n  - A: ⚠️ Weak \(needs review\): Article 3, p\. 1: «Workers may enjoy/);
    expect(md).toMatch(/## Disappeared \(1\)\n\n- \*\*Disappeared\*\*: Written employment contract/);
    expect(JSON.parse(renderComparison(cmp, 'json')).rows).toHaveLength(7);
  });
});
