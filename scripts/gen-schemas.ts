// Writes the JSON Schemas under rules/schema/ from the zod shapes, the one source of every data
// shape. Editors read them through `$schema`; ajv validates packs and decisions with them. A test
// (tests/rules/schema-drift.test.ts) fails when a checked-in file no longer matches its zod shape.
//   npx tsx scripts/gen-schemas.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import * as review from '../src/review/index.js';
import { packJsonSchema, toJsonSchema } from '../src/rules/json-schema.js';
import { Report } from '../src/score/report.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each generated file, relative to the repository root, with its content. */
export function schemaFiles(): Array<{ file: string; schema: Record<string, unknown> }> {
  const files = [
    { file: 'rules/schema/rule-pack.schema.json', schema: packJsonSchema() },
    {
      file: 'rules/schema/report.schema.json',
      schema: toJsonSchema(Report, { title: 'bla-check report', description: 'The result of checking documents against a rule pack (versioned by schemaVersion).' }, 'output'),
    },
  ];
  // The decisions shape belongs to src/review/; it is published once that module defines it in zod.
  const decisions = (review as Record<string, unknown>).Decisions;
  if (decisions instanceof z.ZodType) {
    files.push({
      file: 'rules/schema/decisions.schema.json',
      schema: toJsonSchema(decisions, { title: 'bla-check review decisions', description: 'Reviewer overrides of verdicts, keyed on provision content.' }, 'input'),
    });
  }
  return files;
}

export function render(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { file, schema } of schemaFiles()) {
    const path = join(root, file);
    const next = render(schema);
    let previous: string | undefined;
    try { previous = readFileSync(path, 'utf8'); } catch { previous = undefined; }
    if (previous === next) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, next);
    console.log(`wrote ${file}`);
  }
}
