import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { endOf, normalize, startOf, stem, tokenize } from '../../src/annotate/index.js';

const words = (text: string, lang = 'en') => tokenize(text, lang).tokens.map((t) => t.norm);
/** Each token with where it stands. */
const placed = (text: string, lang = 'en') => {
  const { tokens, spans } = tokenize(text, lang);
  return tokens.map((t, i) => ({ ...t, start: startOf(spans, i), end: endOf(spans, i) }));
};

describe('tokens', () => {
  it('carry char offsets that slice back to the token text', () => {
    const text = 'Le travailleur étranger reçoit 1.200,00 € ; l’employeur paie.';
    for (const t of placed(text, 'fr')) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keep accented words whole (natural’s WordTokenizer splits them)', () => {
    expect(tokenize('élève niño façade Straße', 'fr').tokens.map((t) => t.text)).toEqual(['élève', 'niño', 'façade', 'Straße']);
  });

  it('normalise case, accents, ligatures and sharp s', () => {
    expect(words('ÉLÈVE Niño œuvre Cæsar Straße', 'fr')).toEqual(['eleve', 'nino', 'oeuvre', 'caesar', 'strasse']);
  });

  it('split elisions at any apostrophe, straight or curly', () => {
    expect(words("l'employeur d’emploi qu'il", 'fr')).toEqual(['l', 'employeur', 'd', 'emploi', 'qu', 'il']);
  });

  it('split hyphenated words into their parts', () => {
    expect(words('co-operation main-d’oeuvre')).toEqual(['co', 'operation', 'main', 'd', 'oeuvre']);
  });

  it('read a solid compound like its hyphenated spelling, so one pattern finds both', () => {
    expect(words('cooperation')).toEqual(words('co-operation'));
    const [co, op] = placed('the cooperation', 'en').slice(1);
    expect([co.start, co.end, op.start, op.end]).toEqual([4, 6, 6, 15]);
  });

  it('place a word read before at its own offsets each time it recurs, compounds too', () => {
    const text = 'Cooperation and cooperation: the Cooperation.';
    const tokens = placed(text, 'en');
    expect(tokens.map((t) => [t.norm, t.start, t.end])).toEqual([
      ['co', 0, 2], ['operation', 2, 11], ['and', 12, 15], ['co', 16, 18], ['operation', 18, 27],
      ['the', 29, 32], ['co', 33, 35], ['operation', 35, 44],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('are one object for every occurrence of a word form, so a long text makes no object per token', () => {
    const { tokens } = tokenize('The worker and the Worker: the worker.', 'en');
    expect(tokens[1]).toBe(tokens[6]);
    expect(tokens[0]).not.toBe(tokens[3]); // "The" and "the" are written differently
    expect(tokens[1]).not.toBe(tokens[4]);
  });

  it('keep no dropped text alive through the word forms the tokenizer remembers', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
    tokenize('warm up', 'en');
    const before = heap();
    // Twenty 2 MB texts, each bringing one long word form the tokenizer has not seen.
    for (let d = 0; d < 20; d++) tokenize(`agreementnumber${d}onlyhere`.padEnd(2_000_000, ' '), 'en');
    expect(heap() - before).toBeLessThan(10_000_000);
  });

  it('keep numbers with thousand and decimal separators as one token', () => {
    expect(words('1.200,00 and 400.00 and 5.1 and 1,200')).toEqual(['1.200,00', 'and', '400.00', 'and', '5.1', 'and', '1,200']);
  });

  it('end a number at a sentence-final full stop', () => {
    expect(words('Article 5. The')).toEqual(['article', '5', 'the']);
  });
});

describe('normalize', () => {
  it('unifies typographic quotes, apostrophes and dashes', () => {
    expect(normalize('“Quoted” ‘x’ l’ a–b')).toBe('"quoted" \'x\' l\' a-b');
  });
});

describe('stems agree between singular and plural, per language', () => {
  it.each([
    ['en', 'worker', 'workers'],
    ['en', 'agency', 'agencies'],
    ['fr', 'travailleur', 'travailleurs'],
    ['fr', 'salaire', 'salaires'],
    ['es', 'trabajador', 'trabajadores'],
    ['es', 'empleador', 'empleadores'],
    ['nl', 'werknemer', 'werknemers'],
    ['nl', 'werkgever', 'werkgevers'],
  ])('%s: %s / %s', (lang, one, many) => {
    expect(stem(one, lang)).toBe(stem(many, lang));
    expect(tokenize(many, lang).tokens[0].stem).toBe(stem(one, lang));
  });

  it('stem the accent-folded form, so an accent left out in a pattern changes nothing', () => {
    expect(stem('rescisión', 'es')).toBe(stem('rescision', 'es'));
    expect(stem('employés', 'fr')).toBe(stem('employes', 'fr'));
  });

  it('leave words as they are in a language without a lexicon', () => {
    expect(tokenize('Arbeitnehmer', 'de').tokens[0].stem).toBe('arbeitnehmer');
  });
});
