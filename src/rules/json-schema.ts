/**
 * JSON Schemas generated from the zod shapes, so editors and ajv see exactly what the code accepts.
 * scripts/gen-schemas.ts writes them under rules/schema/; a test fails when those files drift.
 */
import * as z from 'zod';
import { Pack } from './pack-schema.js';

type JsonSchema = Record<string, unknown>;

/** zod names recursive shapes __schema0, __schema1...; give them the names authors read in errors. */
function renameDefinitions(schema: JsonSchema, names: Record<string, string>): JsonSchema {
  let text = JSON.stringify(schema);
  for (const [from, to] of Object.entries(names)) text = text.split(`"${from}"`).join(`"${to}"`).split(`/${from}"`).join(`/${to}"`);
  return JSON.parse(text) as JsonSchema;
}

/** Draft-07: the draft that ajv's default build and the common YAML editors all read. */
export function toJsonSchema(schema: z.ZodType, meta: { title: string; description: string }, io: 'input' | 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, title: meta.title, description: meta.description, ...rest };
}

let packSchema: JsonSchema | undefined;

/** The schema of a rule pack file as an author writes it (defaults may be left out). */
export function packJsonSchema(): JsonSchema {
  packSchema ??= renameDefinitions(
    toJsonSchema(Pack, { title: 'bla-check rule pack', description: 'Elements, their checks and the concepts they match. See rules/README.md.' }, 'input'),
    { __schema0: 'Condition' },
  );
  return packSchema;
}
