import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { sampleReport, sampleDocument, hostileDocument } from '../helpers/sample-report.js';

const one = render(sampleReport(), 'html');
const many = render(sampleReport([sampleDocument(), hostileDocument()], [{ source: 'x.pdf', code: 'CORRUPT_PDF', message: 'Invalid PDF structure.' }]), 'html');

describe('html format', () => {
  it('is one self-contained file under a strict CSP', () => {
    expect(one).toMatch(/^<!doctype html>/);
    expect(one).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
    expect(many).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(many).not.toMatch(/https?:\/\//);
    expect(many).not.toMatch(/<link\b/i);
    expect(many).not.toMatch(/@import|url\(/);
  });

  it('keeps planted markup in document text and names inert', () => {
    expect(many.match(/<script/g)).toHaveLength(1);
    expect(many).not.toMatch(/<img/i);
    expect(many).not.toMatch(/<b>"name"/);
    expect(many).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(many).toContain('evil&lt;b&gt;&quot;name&quot;.txt');
  });

  it('draws coverage by phase as an inline SVG chart with a text alternative', () => {
    expect(one).toMatch(/<svg class="chart"[^>]*role="img"[^>]*aria-label="Coverage by phase: A · Pre departure recruitment: 100%;/);
  });

  it('offers labelled filters on status, phase, level and needs-review', () => {
    for (const s of ['addressed', 'weak', 'contradicted', 'absent']) expect(one).toContain(`name="status" value="${s}" checked`);
    expect(one).toContain('<label for="f-phase">Phase</label> <select id="f-phase" name="phase">');
    expect(one).toContain('<label for="f-level">Level</label> <select id="f-level" name="level">');
    expect(one).toMatch(/<label><input type="checkbox" name="review"> Needs review only<\/label>/);
  });

  it('expands each verdict to its evidence, the quote marked inside the provision text', () => {
    expect(one.match(/<li class="verdict"/g)).toHaveLength(7);
    expect(one).toContain('<mark><strong class="match">Recruitment costs</strong> shall be borne by the employer.</mark>');
    expect(one).toContain('1. <mark>');
    expect(one).toContain('<code>addressed.any[0].obligation</code> obligation on costs-borne-by-employer (binding): 1 sentence');
  });

  it('shows what was searched and the nearest provisions for absent elements', () => {
    expect(one).toContain('Searched <strong>operative</strong> text for <code>social-security</code>, <code>portability-of-benefits</code>.');
    expect(one).toMatch(/Nearest provisions.*Article 3, p\. 1/);
  });

  it('shows a corpus heat map only when several documents are reported', () => {
    expect(one).not.toContain('class="heat"');
    expect(many).toContain('Corpus: 2 documents × 7 elements');
    expect(many).toMatch(/<td class="cell s-contradicted"><a href="#d1-el-identity-documents"/);
  });

  it('lists files that could not be checked', () => {
    expect(many).toContain('Files that could not be checked');
    expect(many).toContain('<code>CORRUPT_PDF</code>');
  });
});
