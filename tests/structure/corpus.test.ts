/**
 * The real agreements of the corpus, read in place: each article is its own provision, and the
 * provisions reviewers cite in the labels exist under exactly the label they use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatten, segment, type Provision } from '../../src/structure/index.js';
import { textDocument } from './document.js';

const corpus = '../shared/corpus';

function tree(id: string): Provision[] {
  return flatten(segment(textDocument(readFileSync(`${corpus}/texts/${id}.txt`, 'utf8'), `${id}.txt`)));
}

function citedLabels(id: string): string[] {
  const labels = JSON.parse(readFileSync(`${corpus}/labels/${id}.json`, 'utf8')) as { elements: Record<string, { articles?: string[] }> };
  return [...new Set(Object.values(labels.elements).flatMap((e) => e.articles ?? []))];
}

interface Case {
  id: string;
  articles: number;
  labels: string[];
  /** Citations in the labels that name no provision of the text's own numbering. */
  uncitable?: string[];
}

const cases: Case[] = [
  { id: 'ilo-c097-1949-migration-for-employment', articles: 23 + 8 + 13 + 2,
    labels: ['Preamble', 'Article 6(1)(a)(ii)', 'Article 11(2)(c)', 'Annex I Article 3', 'Annex II Article 6(1)(c)', 'Annex III Article 2'],
    // Annex II Article 7 has a lone paragraph 1; reviewers cite its points without it.
    uncitable: ['Annex II Article 7(c)', 'Annex II Article 7(e)'] },
  { id: 'ilo-c181-1997-private-employment-agencies', articles: 24, labels: ['Article 1(1)', 'Article 7(2)', 'Article 11(i)', 'Article 11(j)', 'Article 23(1)(b)'] },
  { id: 'nl-es-1961-recruitment', articles: 23 + 3, labels: ['Article 16(5)', 'Article 5, second indent', 'Protocol Article 3', 'Protocol Signature'] },
  { id: 'nl-it-1960-recruitment', articles: 18, labels: ['Article 1(2)', 'Article 6(2)', 'Article 17(2), first indent', 'Article 22'] },
  { id: 'nl-jp-2008-social-security-agreement', articles: 32 + 8,
    labels: ['Part III', 'Chapter 2', 'Article 1(1)(h)', 'Article 2(1)(a)(iii)', 'Administrative Arrangement Article 3(1)', 'Nr. II'] },
  { id: 'nl-lu-1950-agricultural-workers', articles: 0, labels: ['Letter 1', 'Letter 2', 'item 13'],
    // Closing formulae are cited by a description of the note, not by a number the text prints.
    uncitable: ['note No. 1277 of 17 August 1950, closing paragraph', 'note of 25 August 1950, closing paragraph'] },
  { id: 'nl-pt-1963-recruitment', articles: 22 + 2, labels: ['Article 14(6)', 'Protocol Article 2'] },
  { id: 'nl-tr-1964-recruitment', articles: 25, labels: ['Article 17(5)', 'Nr. I (A)', 'Nr. I (C)', 'Nr. IV'] },
  { id: 'ph-hsw-standard-employment-contract-sg-abridged-en', articles: 0, labels: ['Title', 'Preamble', 'Part A', 'Part B', 'item 1', 'item 11'] },
  { id: 'un-2000-smuggling-protocol', articles: 25, labels: ['Chapter IV', 'Article 3', 'Article 6(1)(b)(ii)', 'Article 18(8)', 'Signature'] },
];

describe.each(cases)('$id', ({ id, articles, labels, uncitable = [] }) => {
  const provisions = tree(id);
  const byLabel = new Map(provisions.map((p) => [p.label, p]));

  it(`has ${articles} articles, each its own provision`, () => {
    expect(provisions.filter((p) => p.kind === 'article')).toHaveLength(articles);
  });

  it('has the provisions a reader would cite', () => {
    for (const label of labels) expect(byLabel.has(label), label).toBe(true);
  });

  it('has every provision that the corpus labels cite, under the same label', () => {
    const missing = citedLabels(id).filter((label) => !byLabel.has(label));
    expect(missing).toEqual(uncitable);
  });

  it('gives every provision a distinct id', () => {
    expect(new Set(provisions.map((p) => p.id)).size).toBe(provisions.length);
  });
});

describe('corpus details a reviewer relies on', () => {
  it('finds the articles of each instrument in document order, restarting in annexes', () => {
    const c097 = tree('ilo-c097-1949-migration-for-employment').filter((p) => p.kind === 'article');
    expect(c097.slice(22, 25).map((p) => p.id)).toEqual(['art_23', 'annex_1__art_1', 'annex_1__art_2']);
  });

  it('reads "Article 1er" as Article 1 and keeps its paragraphs', () => {
    const it1960 = tree('nl-it-1960-recruitment');
    const article1 = it1960.find((p) => p.label === 'Article 1')!;
    expect(article1.num).toBe('1');
    expect(article1.children.map((c) => c.label)).toEqual(['Article 1(1)', 'Article 1(2)']);
  });

  it('marks definitions articles by heading or by their opening words', () => {
    const jp = tree('nl-jp-2008-social-security-agreement');
    expect(jp.find((p) => p.label === 'Article 1')!.scope).toBe('definitions');
    expect(jp.find((p) => p.label === 'Article 1(1)(a)')!.scope).toBe('definitions');
    expect(jp.find((p) => p.label === 'Article 4')!.scope).toBe('operative');
    const c181 = tree('ilo-c181-1997-private-employment-agencies');
    expect(c181.find((p) => p.label === 'Article 1')!.scope).toBe('definitions');
  });

  it('puts protocol and annex provisions in the annex scope', () => {
    const es = tree('nl-es-1961-recruitment');
    expect(es.find((p) => p.label === 'Protocol Article 1')!.scope).toBe('annex');
    expect(es.find((p) => p.label === 'Article 1')!.scope).toBe('operative');
    expect(es.find((p) => p.label === 'Preamble')!.scope).toBe('preamble');
  });
});
