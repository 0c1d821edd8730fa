/**
 * The built-in packs compiled at build time. Validating and compiling the built-in pack was about
 * half of a short check and a fixed cost before every batch; the build writes it, compiled and
 * flattened (src/rules/portable.ts), with the parsed built-in lexicons and structure vocabulary, to
 * builtin-packs.bin next to the bundle, and each thread reads it back instead. The file holds the
 * engine fingerprint of the build that wrote it (scripts/embed-rules.mjs): a file from another build,
 * a missing or unreadable one, or custom lexicons mean the pack is validated and compiled as before.
 * A pack narrowed by tags keeps the file's automata (they read only its concepts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { builtinLexicons, type LexiconSet } from '../annotate/index.js';
import { useParsedBuiltinLexicons } from '../annotate/lexicons.js';
import { prepare, type CheckOptions, type Prepared } from '../core.js';
import { builtinPack, builtinPackIds, compilePack, fromPortable, toPortable, type PortablePack } from '../rules/index.js';
import type { Pack } from '../rules/pack-schema.js';
import { builtinStructureSource, useParsedBuiltinStructure, type StructureLexicon } from '../structure/index.js';
import { engineHash } from '../generated/rules-data.js';

export const PRECOMPILED_FILE = 'builtin-packs.bin';
const FORMAT = 5;

interface PrecompiledFile {
  format: number;
  engine: string;
  /** The built-in lexicons, parsed and validated (parsing their YAML took as long as a short check's engine). */
  lexicons: LexiconSet;
  /** The structure vocabulary, read against its schema (checking it at start cost a fifth of segmenting a short text). */
  structure: StructureLexicon;
  packs: Record<string, PortablePack>;
}

/** Written by the build (scripts/build-cli.ts, npm run build) into the folder of the bundle. */
export function writePrecompiled(dir: string): string {
  const lexicons = builtinLexicons();
  const packs: Record<string, PortablePack> = {};
  for (const id of builtinPackIds()) packs[id] = toPortable(compilePack(builtinPack(id), lexicons));
  const file = join(dir, PRECOMPILED_FILE);
  writeFileSync(file, serialize({ format: FORMAT, engine: engineHash, lexicons, structure: builtinStructureSource(), packs } satisfies PrecompiledFile));
  return file;
}

function readPrecompiled(): PrecompiledFile | undefined {
  try {
    const data = deserialize(readFileSync(new URL(`./${PRECOMPILED_FILE}`, import.meta.url))) as PrecompiledFile;
    return data?.format === FORMAT && data.engine === engineHash ? data : undefined;
  } catch {
    return undefined; // running from sources, a CommonJS build, or no file: compile instead
  }
}

let precompiled: PrecompiledFile | null | undefined;

function file(): PrecompiledFile | undefined {
  if (precompiled === undefined) {
    precompiled = readPrecompiled() ?? null;
    if (precompiled) {
      useParsedBuiltinLexicons(precompiled.lexicons);
      useParsedBuiltinStructure(precompiled.structure);
    }
  }
  return precompiled ?? undefined;
}

/** Read the file now, if not yet: from then on the built-in lexicons come from it, whatever the pack. */
export function loadPrecompiled(): void {
  file();
}

/** The built-in lexicons, from the file when there is one. */
export function lexiconsOfBuild(): LexiconSet {
  file();
  return builtinLexicons();
}

/** Packs handed out from the file, so a check with exactly that pack can use its automata. */
const idOfPack = new WeakMap<Pack, string>();

/**
 * The built-in pack `id` as validated at build time, or undefined without a usable file. Its automata
 * are read with it: the pack, and any pack narrowed from it (--tag), then match with them.
 */
export function precompiledPack(id: string): Pack | undefined {
  const portable = file()?.packs[id];
  if (!portable) return undefined;
  idOfPack.set(portable.pack, id);
  preparedBuiltin(id);
  return portable.pack;
}

/** The built-in pack these options check with, untouched by tags or other lexicons, if any. */
export function builtinIdOf(options: CheckOptions): string | undefined {
  if (options.lexicons || options.tags?.length) return undefined;
  const pack = options.pack ?? 'ilo-bla';
  return typeof pack === 'string' ? (builtinPackIds().includes(pack) ? pack : undefined) : idOfPack.get(pack);
}

const preparedById = new Map<string, Prepared>();

/** Built-in pack `id` ready to check with: from the file when it has it, else compiled now. */
export function preparedBuiltin(id: string): Prepared {
  let prepared = preparedById.get(id);
  if (!prepared) {
    const lexicons = lexiconsOfBuild();
    const portable = file()?.packs[id];
    prepared = portable ? { compiled: fromPortable(portable, lexicons), lexicons } : prepare({ pack: id, lexicons });
    preparedById.set(id, prepared);
  }
  return prepared;
}

/** Read the default built-in pack from the file now, if there is one, so that a later check finds it ready. */
export function warmBuiltin(): void {
  const id = builtinIdOf({});
  if (id !== undefined && file()?.packs[id]) preparedBuiltin(id);
}

/** `prepare(options)`, reading the built-in pack's automata and the lexicons from the file instead of compiling them. */
export function prepareFor(options: CheckOptions): Prepared {
  const id = builtinIdOf(options);
  if (id !== undefined) return preparedBuiltin(id);
  file();
  return prepare(options);
}
