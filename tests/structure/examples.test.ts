/** The example agreements the demo, the web form and other tests read segment as a reader expects. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatten, segment } from '../../src/structure/index.js';
import { textDocument } from './document.js';

const treeOf = (file: string) => flatten(segment(textDocument(readFileSync(file, 'utf8'), file)));

describe('examples/mou-en.txt', () => {
  const tree = treeOf('examples/mou-en.txt');
  const byLabel = new Map(tree.map((p) => [p.label, p]));

  it('has a title, a preamble, fourteen articles, a signature block and a model contract annex', () => {
    expect(tree.filter((p) => p.kind === 'article' && !p.id.startsWith('annex')).map((p) => p.num)).toEqual(
      Array.from({ length: 14 }, (_, k) => String(k + 1)));
    expect(tree.map((p) => p.kind)).toEqual(expect.arrayContaining(['title', 'preamble', 'signature', 'annex']));
    expect(byLabel.get('Annex')!.heading).toBe('MODEL EMPLOYMENT CONTRACT');
  });

  it('cites paragraphs and points the way the text numbers them', () => {
    for (const label of ['Article 4(1)', 'Article 5(2)(e)', 'Article 11(2)', 'Annex Clause 3(2)', 'Annex Signature']) expect(byLabel.has(label), label).toBe(true);
  });

  it('marks the definitions article and the annex by scope', () => {
    expect(byLabel.get('Article 1')!.scope).toBe('definitions');
    expect(byLabel.get('Article 4')!.scope).toBe('operative');
    expect(byLabel.get('Annex Clause 5')!.scope).toBe('annex');
  });
});

describe('examples/accord-fr.txt', () => {
  const tree = treeOf('examples/accord-fr.txt');
  const byLabel = new Map(tree.map((p) => [p.label, p]));

  it('reads "Article premier", "Article 12 bis", titles and an additional protocol', () => {
    expect(byLabel.get('Article 1')!.heading).toBe('Objet');
    expect(byLabel.get('Article 12 bis')!.id).toBe('art_12bis');
    expect(tree.filter((p) => p.kind === 'part').map((p) => p.label)).toEqual(['Title I', 'Title II', 'Title III', 'Title IV']);
    expect(byLabel.has('Additional Protocol Article 2, second indent')).toBe(true);
  });

  it('cites points "a)" under their paragraph', () => {
    expect(byLabel.get('Article 3(2)(c)')!.id).toBe('art_3__para_2__point_c');
    expect(byLabel.get('Article 2')!.scope).toBe('definitions');
  });
});
