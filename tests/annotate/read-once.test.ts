// annotate reads each sentence once plainly, then in its language (localize.ts) with one start-bit
// look-up per token for all marker sets (starts.ts): what it gets must be what the direct ways give.
import { describe, expect, it } from 'vitest';
import { builtinLexicons, compileLexicon, tokenize } from '../../src/annotate/index.js';
import { sentencesOf } from './helpers.js';

const SENTENCES: Array<[string, string]> = [
  ['en', 'The Parties shall promote cooperation and co-ordination, non-discrimination and reintegration of 1.200,00 workers (C181) under Article 5.1.'],
  ['en', 'Where the worker is dismissed, the employer shall not, subject to national law, charge any fee; the sending country may pay US$400 per month.'],
  ['fr', 'La coopération et la coordination des employeurs seront assurées, sous réserve de la législation nationale, pendant deux (2) ans.'],
  ['es', 'La cooperación entre las Partes no podrá exceder de 48 horas por semana, de conformidad con la legislación nacional.'],
  ['nl', 'De werkgever zal de arbeider niet ontslaan zonder toestemming van de bevoegde autoriteit van het land van tewerkstelling.'],
];

describe('reading a sentence in its language', () => {
  it('gives the tokens, stems, compound cuts and spans that tokenize gives', () => {
    for (const [language, text] of SENTENCES) {
      const sentences = sentencesOf(text, { language });
      const direct = tokenize(text, language);
      expect(sentences.flatMap((s) => s.tokens), text).toEqual(direct.tokens);
      expect(sentences.flatMap((s) => [...s.spans]), text).toEqual([...direct.spans]);
    }
  });

  it('reads a word form again as each language reads it, whichever language read it last', () => {
    // Each word form keeps how the last languages read it (tokenize.ts keepOn): one form read in four
    // languages in turn must get each language's own reading every time.
    const text = 'cooperation coordination international organisation workers';
    for (const round of [1, 2]) {
      for (const language of ['en', 'fr', 'es', 'nl', 'en', 'nl']) {
        const tokens = sentencesOf(text, { language }).flatMap((s) => s.tokens);
        expect(tokens.map((t) => [t.text, t.stem]), `${language}, round ${round}`).toEqual(tokenize(text, language).tokens.map((t) => [t.text, t.stem]));
      }
    }
  });
});

describe('start bits', () => {
  it('let every marker set find what it finds trying every token', () => {
    const lexicons = builtinLexicons();
    for (const [language, text] of SENTENCES) {
      const lex = compileLexicon(lexicons[language]);
      for (const s of sentencesOf(text, { language })) {
        // Bits as annotate computes them, rebuilt here from the public pieces: set k may start at i.
        const bits = new Uint16Array(s.tokens.map((t) => lex.starts.bitsOf(t.norm, t.stem)));
        const starts = { bits, offset: 0 };
        for (const set of [lex.force, lex.negation, lex.bearers, lex.agents, lex.definitions, lex.conditions, lex.units, lex.currencies]) {
          expect(set.find(s.tokens, 0, s.tokens.length, starts)).toEqual(set.find(s.tokens));
        }
      }
    }
  });
});
