import { describe, expect, it } from 'vitest';
import { annotate, builtinLexicons } from '../../src/annotate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { builtinPack } from '../../src/rules/builtin.js';
import { compilePack } from '../../src/rules/compile.js';
import { match } from '../../src/rules/match.js';
import { segment } from '../../src/structure/index.js';

const lexicons = builtinLexicons();

async function hitsIn(text: string, concepts: Record<string, Record<string, string[]>>, language?: string) {
  const document = await ingest(text, 'test.txt');
  const annotated = annotate(document, segment(document), { lexicons, language });
  const compiled = compilePack({ id: 't', version: '1', elements: [], concepts }, lexicons);
  return match(annotated, compiled).map((h) => `${h.concept}: ${document.text.slice(h.start, h.end)}`);
}

describe('patterns compiled with annotate\'s own tokenizer and stemmers', () => {
  it('matches inflected English words through their stems', async () => {
    expect(await hitsIn('Article 1. Recruitment costs shall be borne by the employers.', { c: { en: ['recruitment cost ... borne by the employer'] } })).toEqual([
      'c: Recruitment costs shall be borne by the employers',
    ]);
  });

  it("splits French elisions the same way in pattern and text", async () => {
    expect(await hitsIn("Article 1. Les frais de voyage sont à la charge de l'employeur.", { c: { fr: ["frais ... à la charge de l'employeur"] } }, 'fr')).toEqual([
      "c: frais de voyage sont à la charge de l'employeur",
    ]);
  });

  it('reads number words of the lexicon as numbers', async () => {
    expect(await hitsIn('Article 1. Working time shall not exceed eight hours a day.', { c: { en: ['# hour* ...2 day'] } })).toEqual(['c: eight hours a day']);
  });
});

describe('several packs over the same words', () => {
  it('give each the hits it gives alone, matched in turn', async () => {
    // Each word form keeps the key numbers of the last tables that read it (match.ts): two packs that
    // number the same words differently, read in turn, must not take each other's numbers.
    const document = await ingest('Article 1. Recruitment costs shall be borne by the employers. Travel costs are paid.', 'test.txt');
    const annotated = annotate(document, segment(document), { lexicons });
    const concepts: Array<Record<string, Record<string, string[]>>> = [
      { costs: { en: ['recruitment cost'] }, travel: { en: ['travel cost*'] } },
      { employer: { en: ['employer'] }, borne: { en: ['cost ... borne'] } },
      { paid: { en: ['cost* are paid'] } },
    ];
    const packs = concepts.map((c, i) => compilePack({ id: `p${i}`, version: '1', elements: [], concepts: c }, lexicons));
    const hitsOf = (i: number) => match(annotated, packs[i]).map((h) => `${h.concept}: ${document.text.slice(h.start, h.end)}`);
    const alone = [0, 1, 2].map(hitsOf);
    expect(alone).toEqual([
      ['costs: Recruitment costs', 'travel: Travel costs'],
      ['borne: costs shall be borne', 'employer: employers'],
      ['paid: costs are paid'],
    ]);
    for (const i of [1, 0, 2, 0, 1, 2, 2]) expect(hitsOf(i)).toEqual(alone[i]);
  });
});

describe('the built-in pack', () => {
  it('compiles with the built-in lexicons and matches a plain recruitment-fee clause', async () => {
    const pack = builtinPack('ilo-bla');
    const compiled = compilePack(pack, lexicons);
    expect(compiled.matcher?.automata.size).toBeGreaterThanOrEqual(4);
    const document = await ingest('Article 5. No recruitment fees shall be charged to the workers.', 'test.txt');
    const hits = match(annotate(document, segment(document), { lexicons }), compiled);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('is one object per id, so compiled packs can be cached by identity', () => {
    expect(builtinPack('ilo-bla')).toBe(builtinPack('ilo-bla'));
  });
});
