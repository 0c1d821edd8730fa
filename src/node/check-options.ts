/** Options shared by check, explain and compare: the pack, the language, reviewer decisions. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { builtinPack, builtinPackIds, parsePack, resolvePack, selectElements, PackError } from '../rules/index.js';
import type { Pack } from '../rules/pack-schema.js';
import { parseDecisions, type Decisions } from '../review/index.js';
import type { CheckOptions } from '../core.js';
import { UsageError } from './io.js';
import { precompiledPack } from './precompiled.js';

export const LANGUAGES = ['auto', 'en', 'fr', 'es', 'nl'];

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message.split('\n')[0]} (see bla-check ${command} --help)`);
  }
}

const looksLikeFile = (ref: string) => /\.(ya?ml|json)$/i.test(ref) || ref.includes('/') || ref.includes('\\');

function readPackFile(file: string): Pack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read pack file ${file}`);
  }
  return parsePack(text, file);
}

/** `--pack`: a built-in id or a YAML/JSON pack file, resolved (extends, select) and checked. */
export function loadPack(ref: string | undefined, cwd: string): Pack {
  const id = ref ?? 'ilo-bla';
  try {
    if (!looksLikeFile(id) && !existsSync(resolve(cwd, id))) {
      if (!builtinPackIds().includes(id)) throw new UsageError(`unknown pack "${id}" (built-in: ${builtinPackIds().join(', ')}; or give a .yaml/.json file)`);
      // Validated when the build compiled it; the compiled automata come with it (src/node/precompiled.ts).
      return precompiledPack(id) ?? builtinPack(id);
    }
    const file = resolve(cwd, id);
    return resolvePack(readPackFile(file), (parent) => (looksLikeFile(parent) ? readPackFile(resolve(dirname(file), parent)) : builtinPack(parent)));
  } catch (err) {
    if (err instanceof PackError) throw new UsageError(`invalid pack: ${err.message.split('\n').join('; ')}`);
    throw err;
  }
}

export function languageOption(value: string | undefined): string {
  const lang = value ?? 'auto';
  if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, not "${lang}"`);
  return lang;
}

export function loadDecisions(file: string | undefined, cwd: string): Decisions | undefined {
  if (!file) return undefined;
  const full = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    throw new UsageError(`cannot read decisions file ${file}`);
  }
  return parseDecisions(text, file);
}

/** The pipeline options the flags ask for; the pack already narrowed by --tag. Cheap checks come first. */
export function checkOptions(values: { pack?: string; tag?: string[]; lang?: string; decisions?: string; 'no-text'?: boolean }, cwd: string): CheckOptions & { pack: Pack } {
  const language = languageOption(values.lang);
  const decisions = loadDecisions(values.decisions, cwd);
  let pack = loadPack(values.pack, cwd);
  const tags = values.tag ?? [];
  if (tags.length) {
    pack = selectElements(pack, { tags });
    if (!pack.elements.length) throw new UsageError(`no element of pack "${pack.id}" carries tag ${tags.map((t) => `"${t}"`).join(' or ')}`);
  }
  return { pack, language, decisions, includeText: !values['no-text'] };
}
