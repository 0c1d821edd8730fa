import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { annotate, builtinLexicons, loadLexicons, parseLexicon, tokenize, LexiconError } from '../../src/annotate/index.js';
import { documentOf, wholeText } from './helpers.js';

const en = readFileSync('rules/lexicons/en.yaml', 'utf8');

describe('lexicons', () => {
  it('ship English, French, Spanish and Dutch, and skip YAML that is not a language lexicon', () => {
    expect(Object.keys(builtinLexicons()).sort()).toEqual(['en', 'es', 'fr', 'nl']);
    expect(Object.keys(loadLexicons({ 'structure.yaml': 'headings: []', 'en.yaml': en }))).toEqual(['en']);
  });

  it('built in, are what their YAML files under rules/lexicons/ say, though a start parses no YAML', () => {
    const files = Object.fromEntries(['en', 'es', 'fr', 'nl'].map((l) => [`${l}.yaml`, readFileSync(`rules/lexicons/${l}.yaml`, 'utf8')]));
    expect(builtinLexicons()).toEqual(loadLexicons(files));
  });

  it('each list about a hundred stop words for language detection', () => {
    for (const lex of Object.values(builtinLexicons())) expect(lex.stopwords.length).toBeGreaterThanOrEqual(80);
  });

  it('reject a wrong value naming the file, the key and the line', () => {
    const broken = en.replace('stemmer: porter-en', 'stemmer: snowball-en');
    const err = (() => { try { parseLexicon(broken, 'en.yaml'); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(LexiconError);
    expect((err as LexiconError).message).toMatch(/^en\.yaml:\d+: stemmer: /);
    expect((err as LexiconError).line).toBe(en.split('\n').findIndex((l) => l.startsWith('stemmer:')) + 1);
  });

  it('reject an unknown key and a file named for another language', () => {
    expect(() => parseLexicon(`${en}\nmodals: [shall]\n`, 'en.yaml')).toThrow(/en\.yaml.*modals|Unrecognized key/);
    expect(() => parseLexicon(en, 'fr.yaml')).toThrow(/fr\.yaml: language: is "en"/);
  });

  it('reject a malformed marker pattern when compiling, naming the file and the list entry', () => {
    const broken = en.replace('    - must\n', '    - (must\n');
    const lexicons = loadLexicons({ 'en.yaml': broken });
    expect(() => annotate(documentOf('The worker must rest.'), wholeText('The worker must rest.'), { lexicons })).toThrow(/en\.yaml: force\.binding\.\d+: pattern "\(must"/);
  });

  it('make a new language a data file: no code changes', () => {
    const de = en
      .replace('language: en', 'language: de').replace('name: English', 'name: Deutsch').replace('stemmer: porter-en', 'stemmer: porter-de')
      .replace('    - shall\n', '    - muss\n');
    const lexicons = { ...builtinLexicons(), ...loadLexicons({ 'de.yaml': de }) };
    const text = 'Der Arbeitgeber muss die Reisekosten tragen.';
    const doc = annotate(documentOf(text), wholeText(text), { language: 'de', lexicons });
    expect(doc.sentences[0].force).toBe('binding');
    expect(doc.unsupportedLanguages).toEqual([]);
    expect(tokenize('Arbeitnehmern', 'de', lexicons).tokens[0].stem).toBe(tokenize('Arbeitnehmer', 'de', lexicons).tokens[0].stem);
  });
});

describe('a language without a lexicon', () => {
  it('is listed as unsupported with a warning, and its words are matched exactly', () => {
    const text = 'Der Arbeitgeber muss die Reisekosten tragen.';
    const doc = annotate(documentOf(text), wholeText(text), { language: 'de' });
    expect(doc.unsupportedLanguages).toEqual(['de']);
    expect(doc.warnings.map((w) => w.code)).toContain('unsupported-language');
    expect(doc.sentences[0].tokens.every((t) => t.stem === t.norm)).toBe(true);
  });
});
