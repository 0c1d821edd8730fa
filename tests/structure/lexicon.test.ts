import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinStructureLexicon, parseStructureLexicon } from '../../src/structure/lexicon.js';

const yaml = readFileSync('rules/lexicons/structure.yaml', 'utf8');

describe('the structure vocabulary', () => {
  it('built in, is what rules/lexicons/structure.yaml says, though a start parses no YAML', () => {
    expect(builtinStructureLexicon().source).toEqual(parseStructureLexicon(yaml));
  });

  it('refuses a vocabulary that breaks its schema, naming the file and the key', () => {
    expect(() => parseStructureLexicon(yaml.replace(/^bareRomanGroup:.*$/m, 'bareRomanGroup: ""'), 'mine.yaml')).toThrow(/^mine\.yaml: bareRomanGroup: /);
  });
});
