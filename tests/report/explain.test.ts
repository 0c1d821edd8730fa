import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../../src/report/index.js';
import { sampleDocument } from '../helpers/sample-report.js';

describe('explain', () => {
  const doc = sampleDocument();
  const find = (id: string) => doc.elements.find((v) => v.element === id)!;

  it('gives the verdict, every check with its outcome and the evidence with its words', () => {
    const out = renderExplanation(doc, find('recruitment-fees-and-costs'));
    expect(out).toMatch(/^recruitment-fees-and-costs: No recruitment fees/);
    expect(out).toContain('Verdict: Addressed (confidence 0.95)');
    expect(out).toContain('  PASS  addressed.any[0].obligation: obligation on costs-borne-by-employer (binding): 1 sentence');
    expect(out).toContain('  fail  contradicted.any[0].obligation');
    expect(out).toContain('"Recruitment costs shall be borne by the employer."');
    expect(out).toContain('matched costs-borne-by-employer by "recruitment cost*": "Recruitment costs"');
  });

  it('shows what was searched and the near misses of an absent element', () => {
    const out = renderExplanation(doc, find('social-security'));
    expect(out).toContain('Searched: scopes operative; concepts social-security, portability-of-benefits');
    expect(out).toContain('  - Article 3, p. 1 [art_3] score 0.31');
  });
});
