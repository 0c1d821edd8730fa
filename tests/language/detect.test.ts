import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../src/language/index.js';
import { annotate } from '../../src/annotate/index.js';
import { documentOf, node } from '../annotate/helpers.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The employer shall provide the worker with free accommodation and shall pay the wages in full at the end of each month.'],
    ['fr', 'L’employeur fournira au travailleur un logement convenable et les frais de voyage sont à la charge de l’employeur.'],
    ['es', 'El empleador deberá proporcionar al trabajador un alojamiento adecuado y los gastos de viaje serán a cargo del empleador.'],
    ['nl', 'De werkgever zal aan de werknemer passende huisvesting verschaffen en de reiskosten komen ten laste van de werkgever.'],
  ])('tells %s from a sentence of its stop words', (language, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it("answers 'und' under a minimum of evidence", () => {
    expect(detectLanguage('')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('Article 5')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('1.200,00 € 400 USD')).toEqual({ language: 'und', confidence: 0 });
  });

  it('tells the language of the real agreements in the corpus', () => {
    const expected: Record<string, string> = {
      'nl-es-1961-recruitment': 'nl',
      'nl-it-1960-recruitment': 'fr',
      'nl-jp-2008-social-security-agreement': 'en',
      'ph-hsw-standard-employment-contract-sg-abridged-en': 'en',
    };
    for (const [id, language] of Object.entries(expected)) {
      expect(detectLanguage(readFileSync(`../shared/corpus/texts/${id}.txt`, 'utf8')).language, id).toBe(language);
    }
  });
});

describe('languages within one document', () => {
  it('reads a Dutch title over a French body each in its own language', () => {
    const title = 'Overeenkomst tussen de Regering van het Koninkrijk der Nederlanden en de Regering van de Italiaanse Republiek betreffende de aanwerving van arbeiders';
    const body = 'Les frais de voyage des travailleurs sont à la charge de l’employeur. Le Ministère communique les offres d’emploi à la Commission.';
    const text = `${title}\n\n${body}`;
    const root = node('root', 'document', 0, text.length, [
      node('title', 'title', 0, title.length),
      node('art_1', 'article', title.length + 2, text.length),
    ], { bodyEnd: 0 });
    const doc = annotate(documentOf(text), root);
    expect(doc.language).toBe('fr');
    expect(doc.sentences.map((s) => s.language)).toEqual(['nl', 'fr', 'fr']);
    expect(doc.sentences[1]).toMatchObject({ force: 'binding', bearer: 'employer' });
  });

  it('reads the two columns of a bilingual treaty sentence by sentence', () => {
    const text = 'The employer shall pay the travel costs of the worker. Les frais de voyage du travailleur sont à la charge de l’employeur. El empleador pagará los gastos de viaje del trabajador. De werkgever zal de reiskosten van de werknemer betalen.';
    const doc = annotate(documentOf(text), node('root', 'document', 0, text.length));
    expect(doc.sentences.map((s) => s.language)).toEqual(['en', 'fr', 'es', 'nl']);
    expect(doc.sentences.map((s) => s.force)).toEqual(['binding', 'binding', 'binding', 'binding']);
    expect(doc.sentences.map((s) => s.bearer)).toEqual(['employer', 'employer', 'employer', 'employer']);
  });

  it('lets the caller fix the language for every sentence', () => {
    const text = 'De werkgever zal de reiskosten betalen.';
    const doc = annotate(documentOf(text), node('root', 'document', 0, text.length), { language: 'en' });
    expect(doc.language).toBe('en');
    expect(doc.sentences[0].language).toBe('en');
  });

  it('reads a text too short to tell as English and says so', () => {
    const text = 'Recruitment fees prohibited.';
    const doc = annotate(documentOf(text), node('root', 'document', 0, text.length));
    expect(doc.language).toBe('en');
    expect(doc.warnings.map((w) => w.code)).toEqual(['language-guessed']);
  });
});
