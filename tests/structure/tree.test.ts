/**
 * Properties every tree keeps, whatever the input: the root covers the text, children lie inside
 * their parent, siblings do not overlap, ids are unique, pages are right. Nothing is refused.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, segment, type Provision } from '../../src/structure/index.js';
import { textDocument } from './document.js';

function checkTree(root: Provision, text: string): void {
  expect(root).toMatchObject({ kind: 'document', start: 0, end: text.length });
  const ids = new Set<string>();
  const visit = (p: Provision) => {
    expect(ids.has(p.id), `duplicate id ${p.id}`).toBe(false);
    ids.add(p.id);
    expect(p.start <= p.bodyStart && p.bodyStart <= p.bodyEnd && p.bodyEnd <= p.end, `${p.id} ranges`).toBe(true);
    let previousEnd = p.bodyEnd;
    for (const c of p.children) {
      expect(c.start >= p.start && c.end <= p.end, `${c.id} inside ${p.id}`).toBe(true);
      expect(c.start >= previousEnd, `${c.id} after its previous sibling`).toBe(true);
      previousEnd = c.end;
      visit(c);
    }
  };
  visit(root);
}

// Lines that exercise every rule, shuffled into arbitrary documents.
const pieces = [
  'Article 1', 'ARTICLE V – Wages', 'Artículo primero', 'Artikel 2', 'Clause 3', 'Chapter II', 'PART I', 'I', 'II. RECRUITMENT',
  'ANNEX I', 'Protocole', 'Nr. I', 'Administrative Arrangement for the Agreement', 'IN WITNESS WHEREOF the Parties signed.',
  'Done at Geneva.', 'Monsieur le Ministre, j\'ai l\'honneur', 'PREAMBLE', 'Dispositions générales', '1. The employer shall pay.',
  '2. Wages are monthly.', '(a) the wage;', '(i) in cash;', '(ii) in kind;', 'a) le salaire;', '5.1 Hours.', '- dash item', 'A. Employer:',
  'The Parties shall cooperate.', '', '', '   ', 'e.g. nothing', '(', '1)', 'Art.', '\r', '\t(b)', '«', 'Article 12(2) applies.',
];

describe('every tree', () => {
  it('keeps its shape on arbitrary mixtures of headings, markers and prose', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.array(fc.string(), { maxLength: 5 }), (lines, noise) => {
        const text = [...lines, ...noise].join('\n');
        checkTree(segment(textDocument(text)), text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its shape on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => checkTree(segment(textDocument(text)), text)), { numRuns: 300 });
  });

  it('keeps its shape on every corpus text and example', () => {
    const files = ['examples/mou-en.txt', 'examples/accord-fr.txt', '../shared/corpus/texts/ilo-c097-1949-migration-for-employment.txt', '../shared/corpus/texts/nl-lu-1950-agricultural-workers.txt'];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      checkTree(segment(textDocument(text)), text);
    }
  });

  it('returns a bare root for an empty text', () => {
    const root = segment(textDocument(''));
    expect(root).toMatchObject({ kind: 'document', start: 0, end: 0, children: [] });
  });

  it('accepts a long text on one line, with no line breaks at all', () => {
    const text = 'The Parties shall cooperate. '.repeat(200_000);
    const root = segment(textDocument(text));
    checkTree(root, text);
    expect(flatten(root).map((p) => p.kind)).toEqual(['document', 'paragraph']);
  });

  it('reads Windows line ends like Unix ones', () => {
    const text = 'Article 1\r\n\r\n1. Wages.\r\n2. Hours.\r\n';
    const labels = flatten(segment(textDocument(text))).map((p) => p.label);
    expect(labels).toEqual(['Document', 'Article 1', 'Article 1(1)', 'Article 1(2)']);
  });
});

describe('pages', () => {
  it('lists the pages each provision spans', () => {
    const page1 = 'Article 1\n\nText of article one.\n\nArticle 2\n\nStart of two ';
    const text = `${page1}and end of two.\n\nArticle 3\n\nThree.\n`;
    const root = segment(textDocument(text, 'paged.txt', [page1.length]));
    const pages = Object.fromEntries(flatten(root).map((p) => [p.label, p.pages]));
    expect(pages).toMatchObject({ Document: [1, 2], 'Article 1': [1], 'Article 2': [1, 2], 'Article 3': [2] });
  });
});

describe('ranges a reviewer sees', () => {
  it('starts a provision at its heading and ends it before the next one, without trailing blank lines', () => {
    const text = 'Article 1\nWages\n\nWorkers are paid.\n\n\nArticle 2\n\nHours.\n';
    const [, first] = flatten(segment(textDocument(text)));
    expect(text.slice(first.start, first.end)).toBe('Article 1\nWages\n\nWorkers are paid.');
    expect(text.slice(first.bodyStart, first.bodyEnd)).toBe('Workers are paid.');
  });

  it('gives a paragraph its own words after the number as its body', () => {
    const text = 'Article 3\n\n1.   The employer shall pay.\n2. Hours are fixed.\n';
    const para = flatten(segment(textDocument(text))).find((p) => p.label === 'Article 3(1)')!;
    expect(text.slice(para.start, para.end)).toBe('1.   The employer shall pay.');
    expect(text.slice(para.bodyStart, para.bodyEnd)).toBe('The employer shall pay.');
  });
});
