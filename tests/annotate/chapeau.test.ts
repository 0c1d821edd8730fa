import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { documentOf, node, sentencesOf } from './helpers.js';

function listUnder(chapeau: string, items: string[]) {
  const text = [chapeau, ...items].join('\n');
  let at = chapeau.length + 1;
  const points = items.map((item, k) => {
    const p = node(`art_1__point_${k}`, 'point', at, at + item.length);
    at += item.length + 1;
    return p;
  });
  const root = node('root', 'document', 0, text.length, [node('art_1', 'article', 0, text.length, points)], { bodyEnd: 0 });
  return annotate(documentOf(text), root).sentences;
}

describe('chapeau inheritance', () => {
  it('gives list items the force and bearer of their chapeau', () => {
    const [chapeau, a, b] = listUnder('The employer shall:', ['(a) provide free housing;', '(b) pay the return ticket.']);
    expect(chapeau).toMatchObject({ force: 'binding', bearer: 'employer', inheritedForce: false });
    for (const item of [a, b]) expect(item).toMatchObject({ force: 'binding', bearer: 'employer', polarity: 'affirmed', inheritedForce: true });
  });

  it('carries a negated chapeau over the whole item', () => {
    const [, a] = listUnder('Recruitment agencies shall not:', ['(a) charge fees to workers;']);
    expect(a).toMatchObject({ force: 'binding', polarity: 'negated', bearer: 'agency', inheritedForce: true });
    expect(a.negations).toEqual([[0, a.tokens.length]]);
  });

  it('leaves an item with its own force alone', () => {
    const [, a, b] = listUnder('Les employeurs s’engagent à:', ['a) fournir un logement;', 'b) le travailleur peut demander un interprète.']);
    expect(a).toMatchObject({ force: 'binding', inheritedForce: true });
    expect(b).toMatchObject({ force: 'permissive', inheritedForce: false });
  });

  it('works for items in the same provision after a sentence ending with a colon', () => {
    const [, a, b] = sentencesOf('El empleador deberá:\n1) pagar el salario;\n2) proporcionar alojamiento.', { language: 'es' });
    expect([a.force, a.inheritedForce, a.bearer, b.force]).toEqual(['binding', true, 'employer', 'binding']);
  });

  it('does not pass force on from a "label: value" line', () => {
    const [first, second] = sentencesOf('Employer: ACME Ltd, represented by:\nits manager');
    expect(first.force).toBe('binding');
    expect(second.inheritedForce).toBe(false);
  });
});
