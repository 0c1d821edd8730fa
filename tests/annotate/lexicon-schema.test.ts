import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { lexiconJsonSchema } from '../../src/annotate/lexicon-schema.js';

// To refresh after changing the zod shape: UPDATE_SCHEMAS=1 npx vitest run tests/annotate/lexicon-schema.test.ts
const file = 'rules/schema/lexicon.schema.json';
const rendered = `${JSON.stringify(lexiconJsonSchema(), null, 2)}\n`;
if (process.env.UPDATE_SCHEMAS) writeFileSync(file, rendered);

describe('the lexicon JSON Schema', () => {
  it('is checked in and matches the zod shape', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(rendered);
  });

  it.each(['en', 'fr', 'es', 'nl'])('accepts the built-in %s lexicon, which points to it', (language) => {
    const data = parse(readFileSync(`rules/lexicons/${language}.yaml`, 'utf8')) as Record<string, unknown>;
    expect(data.$schema).toBe('../schema/lexicon.schema.json');
    const validate = new Ajv({ strict: false, allErrors: true }).compile(lexiconJsonSchema());
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a lexicon with an unknown stemmer, as an editor would flag it', () => {
    const validate = new Ajv({ strict: false }).compile(lexiconJsonSchema());
    const data = parse(readFileSync('rules/lexicons/en.yaml', 'utf8')) as Record<string, unknown>;
    expect(validate({ ...data, stemmer: 'snowball' })).toBe(false);
  });
});
