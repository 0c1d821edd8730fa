/** `bla-check rules`: validate a pack, run its examples, or list its elements. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkText, prepare } from '../../core.js';
import { ingest } from '../../ingest/index.js';
import {
  builtinPack, builtinPackIds, formatDiagnostic, formatExampleRun, parsePack, resolvePack, runExamples, selectElements, PackError,
  type ExamplePipeline,
} from '../../rules/index.js';
import type { Pack } from '../../rules/pack-schema.js';
import { parseCommandArgs } from '../check-options.js';
import { UsageError, type Command, type Io } from '../io.js';

const help = `Usage: bla-check rules <validate|test|list> [pack] [options]

Work on rule packs: the YAML or JSON files that say, for each element, what counts as addressing it.
A pack is a built-in pack id (${builtinPackIds().join(', ') || 'none yet'}) or a file path.

  rules validate <pack>   check the pack against its schema and rules; print every mistake as
                          file:line:column: message. Exit 2 when there is one, else print
                          "ok: N elements, M concepts".
  rules test <pack>       run every element's examples through the whole pipeline; print each
                          example that comes out with another status. Exit 1 when one does.
  rules list [--pack P]   list the elements (id, phase, level, title); default pack ilo-bla.

Options:
  --pack ID|FILE   (list) the pack to list
  --tag T          (list, test) only elements carrying tag T (repeat for several)
  --element ID     (test) only this element's examples (repeat for several)
  -h, --help       show this help

Examples:
  bla-check rules validate rules/ilo-bla.yaml
  bla-check rules test my-pack.yaml --element recruitment-fees-and-costs
  bla-check rules list --tag C181-art7
`;

const flags = {
  pack: { type: 'string' },
  tag: { type: 'string', multiple: true },
  element: { type: 'string', multiple: true },
} as const;

const looksLikeFile = (ref: string) => /\.(ya?ml|json)$/i.test(ref) || ref.includes('/') || ref.includes('\\');

/** A built-in id or a pack file, with `extends` followed: files relative to the pack that names them. */
export function loadPackRef(ref: string, cwd: string): Pack {
  if (!looksLikeFile(ref) && !existsSync(resolve(cwd, ref))) return builtinPack(ref);
  const files = new WeakMap<Pack, string>();
  const read = (file: string, shown: string): Pack => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`cannot read pack file ${shown}`);
    }
    const pack = parsePack(text, shown);
    files.set(pack, file);
    return pack;
  };
  const root = read(resolve(cwd, ref), ref);
  return resolvePack(root, (parent, from) => {
    if (!looksLikeFile(parent)) return builtinPack(parent);
    const file = resolve(dirname(files.get(from) ?? resolve(cwd, ref)), parent);
    return read(file, parent);
  });
}

function validate(ref: string, io: Io): number {
  try {
    const pack = loadPackRef(ref, io.cwd);
    io.stdout(`ok: ${pack.elements.length} elements, ${Object.keys(pack.concepts).length} concepts\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    io.stdout(err.diagnostics.map(formatDiagnostic).join('\n') + '\n');
    io.stderr(`${err.diagnostics.length} problem${err.diagnostics.length === 1 ? '' : 's'} in ${ref}\n`);
    return 2;
  }
}

async function test(ref: string, values: { tag?: string[]; element?: string[] }, io: Io): Promise<number> {
  let pack = loadPackRef(ref, io.cwd);
  if (values.tag?.length) pack = selectElements(pack, { tags: values.tag });
  const unknown = (values.element ?? []).filter((id) => !pack.elements.some((e) => e.id === id));
  if (unknown.length) throw new UsageError(`rules test: pack "${pack.id}" has no element ${unknown.map((u) => `"${u}"`).join(', ')}`);
  const options = { pack };
  const prepared = prepare(options);
  // Each example is one small document, read as plain text and checked like any other.
  const pipeline: ExamplePipeline = async (text) => checkText(await ingest(text, 'example.txt'), options, prepared).elements;
  const run = await runExamples(pack, pipeline, { elements: values.element });
  io.stdout(formatExampleRun(run) + '\n');
  return run.failures.length ? 1 : 0;
}

function list(values: { pack?: string; tag?: string[] }, io: Io): number {
  let pack = loadPackRef(values.pack ?? 'ilo-bla', io.cwd);
  if (values.tag?.length) pack = selectElements(pack, { tags: values.tag });
  const rows = pack.elements.map((e) => [e.id, e.phase, e.level, e.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 0));
  io.stdout(rows.map((r) => [...r.slice(0, 3).map((c, i) => c.padEnd(widths[i])), r[3]].join('  ')).join('\n') + (rows.length ? '\n' : ''));
  if (!rows.length) io.stderr(`no element of pack "${pack.id}" carries tag ${(values.tag ?? []).join(' or ')}\n`);
  return 0;
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, flags, 'rules');
  const [action, ref, ...extra] = positionals;
  if (extra.length) throw new UsageError(`rules: unexpected argument "${extra[0]}" (see bla-check rules --help)`);
  try {
    switch (action) {
      case 'validate':
        if (!ref) throw new UsageError('rules validate: give a pack file or built-in id');
        return validate(ref, io);
      case 'test':
        if (!ref) throw new UsageError('rules test: give a pack file or built-in id');
        return await test(ref, values, io);
      case 'list':
        return list({ ...values, pack: values.pack ?? ref }, io);
      default:
        throw new UsageError(`rules: ${action ? `unknown action "${action}"` : 'give an action'}: validate, test or list (see bla-check rules --help)`);
    }
  } catch (err) {
    // Outside `validate`, a broken pack is still reported in full, one diagnostic per line.
    if (err instanceof PackError) {
      io.stderr(err.diagnostics.map(formatDiagnostic).join('\n') + '\n');
      return 2;
    }
    throw err;
  }
}

export const rulesCommand: Command = { name: 'rules', summary: 'validate a rule pack, run its examples, list its elements', help, run };
