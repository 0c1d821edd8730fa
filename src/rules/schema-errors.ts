/**
 * Validates a parsed pack against its JSON Schema with ajv and turns ajv's errors into messages an
 * author can act on. ajv reports every branch of a union; we keep the branch the author meant.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Diagnostic } from './diagnostics.js';
import { packJsonSchema } from './json-schema.js';
import { Pack } from './pack-schema.js';
import type { Locator, Path } from './source-map.js';

let validate: ValidateFunction | 'no-eval' | undefined;

/**
 * ajv compiles the schema with `new Function`. A page whose Content-Security-Policy forbids eval (the
 * review form's does) makes that throw an EvalError; zod, the shapes' own source, then checks instead.
 */
function validator(): ValidateFunction | 'no-eval' {
  try {
    // ajv logs the generated code before rethrowing a compile error; the error itself is enough.
    const logger = { log: console.log, warn: console.warn, error: () => undefined };
    validate ??= new Ajv({ allErrors: true, verbose: true, strict: false, logger }).compile(packJsonSchema());
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    validate = 'no-eval';
  }
  return validate;
}

function zodDiagnostics(value: unknown, locator: Locator): Diagnostic[] {
  const result = Pack.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return locator.diagnostic(path, `${nameOf(path)}: ${issue.message}`);
  });
}

interface Problem { path: Path; error: ErrorObject }

export function schemaDiagnostics(value: unknown, locator: Locator): Diagnostic[] {
  const validate = validator();
  if (validate === 'no-eval') return zodDiagnostics(value, locator);
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).map((error) => ({ path: pointer(error.instancePath), error }));
  const out: Diagnostic[] = [];
  const kept = resolveUnions(problems, value, (path, message, key) => out.push(locator.diagnostic(path, message, { key })));
  for (const p of kept) {
    const d = describe(p, value, locator);
    if (d) out.push(d);
  }
  return out;
}

function pointer(instancePath: string): Path {
  if (!instancePath) return [];
  return instancePath.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}

const same = (a: Path, b: Path) => a.length === b.length && a.every((s, i) => s === b[i]);
const under = (inner: Path, outer: Path) => inner.length >= outer.length && outer.every((s, i) => s === inner[i]);

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

type Report = (path: Path, message: string, key?: boolean) => void;

/** Unions are resolved deepest first: by their one key (conditions) or by the value's type (one or many). */
function resolveUnions(problems: Problem[], root: unknown, report: Report): Problem[] {
  let list = problems;
  const unions = list.filter((p) => p.error.keyword === 'anyOf').sort((a, b) => b.path.length - a.path.length);
  for (const union of unions) {
    if (!list.includes(union)) continue;
    const branches = union.error.schema as Array<{ required?: string[]; type?: string }>;
    const keys = branches.map((b) => (b.type === 'object' && b.required?.length === 1 ? b.required[0] : undefined));
    list = keys.every(Boolean)
      ? byKey(list, union, keys as string[], valueAt(root, union.path), report)
      : byType(list, union);
  }
  return list;
}

function byKey(list: Problem[], union: Problem, keys: string[], value: unknown, report: Report): Problem[] {
  const kind = keys.includes('mentions') ? 'check kind' : 'key';
  const combinators = ['all', 'any', 'none'];
  const expected = kind === 'check kind' && combinators.every((c) => keys.includes(c))
    ? `expected one of ${keys.filter((k) => !combinators.includes(k)).join(', ')}, or all/any/none`
    : `expected one of ${keys.join(', ')}`;
  const given = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : undefined;
  const unknown = given?.filter((k) => !keys.includes(k)) ?? [];
  const dropAll = () => list.filter((p) => !under(p.path, union.path));
  if (!given || given.length === 0) {
    report(union.path, `expected a ${kind === 'check kind' ? 'check or all/any/none' : 'mapping'} here (${expected})`);
    return dropAll();
  }
  if (unknown.length) {
    for (const k of unknown) report([...union.path, k], `unknown ${kind} '${k}' (${expected})`, true);
    return dropAll();
  }
  if (given.length > 1) {
    report(union.path, `use one ${kind} per list item, found ${given.join(', ')} (wrap several in all/any)`);
    return dropAll();
  }
  return list.filter((p) => p !== union && !same(p.path, union.path));
}

/** Drop "must be array" when the value is a single item (and the like); keep what is wrong with it. */
function byType(list: Problem[], union: Problem): Problem[] {
  const here = list.filter((p) => p !== union && under(p.path, union.path));
  const informative = here.filter((p) => !(p.error.keyword === 'type' && same(p.path, union.path)));
  const drop = new Set<Problem>([union, ...(informative.length ? here.filter((p) => !informative.includes(p)) : here.slice(1))]);
  return list.filter((p) => !drop.has(p));
}

/** The property a path ends in, for messages: ["elements", 3, "addressed", "any", 0, "obligation", "force", 1] → force. */
function nameOf(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'pack';
}

const ID_HINT = 'use lower-case letters, digits and hyphens';

function describe({ path, error }: Problem, root: unknown, locator: Locator): Diagnostic | undefined {
  const name = nameOf(path);
  const params = error.params as Record<string, unknown>;
  const value = valueAt(root, path);
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const key = String(params.additionalProperty);
      return locator.diagnostic([...path, key], `unknown property '${key}' in ${name}${allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`, { key: true });
    }
    case 'required':
      return locator.diagnostic(path, `${name} is missing '${String(params.missingProperty)}'`);
    case 'enum':
      return locator.diagnostic(path, `'${String(value)}' is not a valid ${name} (expected one of ${(params.allowedValues as unknown[]).join(', ')})`);
    case 'type':
      return locator.diagnostic(path, `${name} must be ${article(String(params.type))}, not ${kindOf(value)}`);
    case 'propertyNames':
      return undefined; // its inner error names the key
    case 'pattern':
      if (propertyName !== undefined) return keyPattern(path, propertyName, locator);
      return locator.diagnostic(path, `invalid ${name} '${String(value)}' (${ID_HINT})`);
    default:
      return locator.diagnostic(path, `${name} ${error.message ?? 'is invalid'}`);
  }
}

function keyPattern(path: Path, key: string, locator: Locator): Diagnostic {
  const at = [...path, key];
  if (path.length === 2 && path[0] === 'concepts') {
    return locator.diagnostic(at, `unknown language key '${key}' in concept '${String(path[1])}' (a concept key must be a 2-letter code or any)`, { key: true });
  }
  if (path.length === 1 && path[0] === 'concepts') return locator.diagnostic(at, `invalid concept id '${key}' (${ID_HINT})`, { key: true });
  return locator.diagnostic(at, `invalid key '${key}' in ${nameOf(path)}`, { key: true });
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // A short preview: the value may be a whole file (`extends: /etc/passwd`), which has no place in a message.
  const shown = JSON.stringify(value);
  return `${article(typeof value)} (${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown})`;
}
