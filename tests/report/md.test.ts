import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { sampleReport, sampleDocument, hostileDocument } from '../helpers/sample-report.js';

describe('md format', () => {
  const md = render(sampleReport(), 'md');

  it('heads each document with its source, language, pages and coverage overall and by phase', () => {
    expect(md).toContain('## ardenia-belmont-2024.txt');
    expect(md).toMatch(/Language: en · Format: text · Pages: 1/);
    expect(md).toMatch(/Coverage: \*\*36% \(29–43%\)\*\*/);
    expect(md).toContain('| A · Pre departure recruitment | 100% | 2 | 0 | 0 | 0 |');
  });

  it('groups elements by phase with status word and icon', () => {
    const a = md.indexOf('### A · Pre departure recruitment');
    const d = md.indexOf('### D · Protection rights');
    expect(a).toBeGreaterThan(0);
    expect(d).toBeGreaterThan(a);
    expect(md).toContain('❌ **Contradicted**: Workers keep their passports');
  });

  it('quotes the strongest evidence with article and page', () => {
    expect(md).toContain('Article 1(1), p. 1: «Recruitment costs shall be borne by the employer.»');
  });

  it('flags needs-review verdicts with the reason', () => {
    expect(md).toMatch(/Equal treatment with nationals.*\*\*needs review\*\*: only hedged wording/);
  });

  it('lists what was searched and the near misses for absent elements', () => {
    expect(md).toContain('Searched operative text for: `social-security`, `portability-of-benefits`');
    expect(md).toContain('Near miss: Article 3, p. 1: «Workers may enjoy treatment no less favourable than nationals»');
  });

  it('warns about unreadable pages instead of letting them pass as silence', () => {
    const doc = sampleDocument({ pages: [
      { number: 1, textLayer: true, likelyScanned: false, encrypted: false, chars: 700 },
      { number: 2, textLayer: false, likelyScanned: true, encrypted: false, chars: 0 },
    ] });
    expect(render(sampleReport([doc]), 'md')).toMatch(/Unreadable pages 2:/);
  });

  it('keeps document text from turning into markup', () => {
    const out = render(sampleReport([hostileDocument()]), 'md');
    expect(out).not.toMatch(/(^|[^\\])<(script|img|b)/);
    expect(out).toContain('\\<script\\>');
  });

  it('lists files that could not be checked', () => {
    const out = render(sampleReport([sampleDocument()], [{ source: 'scan.pdf', code: 'NO_TEXT_LAYER', message: 'pages 1-3 need OCR' }]), 'md');
    expect(out).toContain('## Files that could not be checked');
    expect(out).toContain('- scan.pdf: NO_TEXT_LAYER: pages 1-3 need OCR');
  });
});
