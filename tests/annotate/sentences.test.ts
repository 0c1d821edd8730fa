import { describe, expect, it } from 'vitest';
import { annotate, MAX_SENTENCE_TOKENS } from '../../src/annotate/index.js';
import { documentOf, node, sentencesOf } from './helpers.js';

const texts = (text: string) => sentencesOf(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('end at full stops, question and exclamation marks', () => {
    expect(texts('The employer shall pay. The worker may leave? Yes!')).toEqual(['The employer shall pay.', 'The worker may leave?', 'Yes!']);
  });

  it('do not end at abbreviations of any lexicon', () => {
    expect(texts('As provided in Art. 5 and No. 97, e.g. wages. Next one.')).toHaveLength(2);
    expect(texts('Voir art. 5, par. 2 de la Convention. M. Dupont signe.')).toEqual(['Voir art. 5, par. 2 de la Convention.', 'M. Dupont signe.']);
    expect(texts('Zie Art. 3 lid 2. De werkgever betaalt.')).toHaveLength(2);
  });

  it('do not end inside numbers or initials', () => {
    expect(texts('Paragraph 5.1 applies to the U.S. Government and its agencies.')).toHaveLength(1);
  });

  it('end at a full stop with no space before a capital, as extracted text often has it', () => {
    expect(texts("Un contrat similaire.L'employeur paie le voyage.")).toEqual(['Un contrat similaire.', "L'employeur paie le voyage."]);
    expect(texts('See Art.5 and Art.6 of the Convention, e.g.,Article 2.')).toHaveLength(1);
  });

  it('do not end before a word in lower case', () => {
    expect(texts('Costs, i.a. travel, etc. are borne by the employer.')).toHaveLength(1);
  });

  it('end at blank lines and at line breaks before list items, even with no full stop', () => {
    expect(texts('Site of employment: Singapore\n2. Contract duration: two years\n\nSalary: US$400')).toEqual([
      'Site of employment: Singapore', '2. Contract duration: two years', 'Salary: US$400',
    ]);
  });

  it('keep a leading list number with its sentence', () => {
    expect(texts('1. Site of Employment: Singapore')).toEqual(['1. Site of Employment: Singapore']);
  });

  it('lie within each provision’s own text and name the innermost provision and its scope', () => {
    const text = 'PREAMBLE Considering the need. Article 1 The employer shall pay. (a) wages; (b) travel.';
    const a = text.indexOf('(a)');
    const b = text.indexOf('(b)');
    const art = text.indexOf('Article 1');
    const root = node('root', 'document', 0, text.length, [
      node('preamble', 'preamble', 0, art, [], { bodyStart: 9, scope: 'preamble' }),
      node('art_1', 'article', art, text.length, [node('art_1__point_a', 'point', a, b), node('art_1__point_b', 'point', b, text.length)], { bodyStart: art + 10 }),
    ], { bodyEnd: 0 });
    const doc = annotate(documentOf(text), root);
    expect(doc.sentences.map((s) => [s.provisionId, s.scope, text.slice(s.start, s.end)])).toEqual([
      ['preamble', 'preamble', 'Considering the need.'],
      ['art_1', 'operative', 'The employer shall pay.'],
      ['art_1__point_a', 'operative', '(a) wages;'],
      ['art_1__point_b', 'operative', '(b) travel.'],
    ]);
    expect(doc.provisions.map((p) => p.id)).toEqual(['root', 'preamble', 'art_1', 'art_1__point_a', 'art_1__point_b']);
    expect(doc.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('are cut when very long, so that no step is quadratic', () => {
    const text = `The employer shall pay ${'wages, '.repeat(1000)}and nothing else.`;
    const all = sentencesOf(text);
    expect(all.length).toBeGreaterThan(2);
    for (const s of all) expect(s.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(all.reduce((n, s) => n + s.tokens.length, 0)).toBe(4 + 1000 + 3);
  });
});

describe('headings left in the text', () => {
  const headings = (text: string) => sentencesOf(text).filter((s) => s.heading).map((s) => text.slice(s.start, s.end));

  it('mark a run-in title before the clause it names, and a short title alone on its line', () => {
    expect(headings('Medical care. The employer shall provide medical treatment free of charge.')).toEqual(['Medical care.']);
    expect(headings('Return and reintegration\n\nThe Parties shall facilitate the return of workers.')).toEqual(['Return and reintegration']);
  });

  it('leave statements, chapeaux and clauses with a force unmarked', () => {
    expect(headings('The contract is void. The employer shall pay.')).toEqual([]);
    expect(headings('Recruitment shall be free. The employer shall pay.')).toEqual([]);
    expect(headings('Salary: US$400. The employer shall pay.')).toEqual([]);
    expect(headings('The contract shall state at least:\n(a) the wage;')).toEqual([]);
  });
});
