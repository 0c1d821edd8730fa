/** Reads a rule pack from YAML or JSON text, checks it completely and says where each mistake is. */
import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { PackError, type Diagnostic } from './diagnostics.js';
import { Pack } from './pack-schema.js';
import { schemaDiagnostics } from './schema-errors.js';
import { semanticDiagnostics } from './semantic.js';
import { textlessLocator, yamlLocator, type Locator } from './source-map.js';

const locators = new WeakMap<Pack, Locator>();

/** Where a parsed pack came from, for messages found later (after `extends` is resolved). */
export function locatorOf(pack: Pack): Locator {
  return locators.get(pack) ?? textlessLocator(pack.id);
}

/** Parse and validate pack text. JSON is read by the same YAML parser, so it gets positions too. */
export function parsePack(text: string, file: string): Pack {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) throw new PackError(doc.errors.map((e) => yamlDiagnostic(e, text, file, lines)));
  const locator = yamlLocator(file, doc, lines);
  return validated(packValue(doc, file, lines), locator);
}

/** The pack as plain data; an alias bomb (billion laughs in YAML) stops here, at its first alias. */
function packValue(doc: ReturnType<typeof parseDocument>, file: string, lines: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    let at = 0;
    visit(doc, { Alias: (_key, node) => { at = node.range?.[0] ?? 0; return visit.BREAK; } });
    const { line, col } = lines.linePos(at);
    throw new PackError([{ file, line, column: col, message: `${(err as Error).message.split('\n')[0]} (YAML aliases expand too far)` }]);
  }
}

/** Validate a pack given as an object (built in code, or JSON already parsed). */
export function validatePack(value: unknown, file = 'pack'): Pack {
  return validated(value, textlessLocator(file));
}

/**
 * A built-in pack, parsed at build time: zod checks the shape (ajv's schema is generated from the same
 * zod shapes, and compiling it costs a fifth of a short check), then the semantic checks. Only a
 * broken pack pays for the full validation, which says where each mistake is.
 */
export function validateBuiltinPack(value: unknown, file: string): Pack {
  const locator = textlessLocator(file);
  const parsed = Pack.safeParse(value);
  if (!parsed.success || semanticDiagnostics(value, locator, { references: !(typeof value === 'object' && value !== null && 'extends' in value) }).length) {
    return validated(value, locator);
  }
  locators.set(parsed.data, locator);
  return parsed.data;
}

function validated(value: unknown, locator: Locator): Pack {
  // With `extends`, concepts may come from the parent: references are checked once it is resolved.
  const extending = typeof value === 'object' && value !== null && 'extends' in value;
  const problems = [...schemaDiagnostics(value, locator), ...semanticDiagnostics(value, locator, { references: !extending })];
  if (problems.length) throw new PackError(problems);
  const pack = Pack.parse(value);
  locators.set(pack, locator);
  return pack;
}

function yamlDiagnostic(error: YAMLError, text: string, file: string, lines: LineCounter): Diagnostic {
  const [from, to] = error.pos;
  const { line, col } = lines.linePos(from);
  const message = error.code === 'DUPLICATE_KEY'
    ? `duplicate key '${/^[^:\n]*/.exec(text.slice(from))?.[0].trim() || text.slice(from, to)}' (a key may appear once in a mapping)`
    : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { file, line, column: col, message };
}
