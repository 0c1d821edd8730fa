import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, root, schemaFiles } from '../../scripts/gen-schemas.js';

describe('the JSON Schemas under rules/schema/', () => {
  it.each(schemaFiles().map((f) => [f.file, f] as const))('%s matches its zod shape (run `npx tsx scripts/gen-schemas.ts`)', (file, { schema }) => {
    const path = join(root, file);
    expect(existsSync(path), `${file} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(render(schema));
  });

  it('publishes the pack, report and decisions schemas', () => {
    expect(schemaFiles().map((f) => f.file)).toEqual(expect.arrayContaining(['rules/schema/rule-pack.schema.json', 'rules/schema/report.schema.json']));
  });

  it('names the recursive condition shape so editors show "Condition"', () => {
    const pack = schemaFiles().find((f) => f.file.endsWith('rule-pack.schema.json'))!.schema as { definitions: Record<string, unknown> };
    expect(Object.keys(pack.definitions)).toEqual(['Condition']);
  });
});
