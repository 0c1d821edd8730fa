/** The packs shipped under rules/*.yaml, embedded (parsed at build time) so the browser needs no file system. */
import { builtinPackData as builtinPacks } from '../generated/rules-data.js';
import { validateBuiltinPack } from './load.js';
import type { Pack } from './pack-schema.js';
import { resolvePack } from './resolve.js';

/** A pack id that names no built-in pack. */
export class UnknownPackError extends Error {
  readonly code = 'UNKNOWN_PACK';
  constructor(id: string) {
    const ids = builtinPackIds();
    super(`no built-in rule pack '${id}' (built-in packs: ${ids.length ? ids.join(', ') : 'none yet'})`);
    this.name = 'UnknownPackError';
  }
}

export function builtinPackIds(): string[] {
  return Object.keys(builtinPacks).map((f) => f.replace(/\.yaml$/, '')).sort();
}

// One object per id, so callers that cache compiled packs by identity compile each built-in once.
const parsed = new Map<string, Pack>();
const resolved = new Map<string, Pack>();

/** The built-in pack as written, `extends` not yet followed: what a loader hands to resolvePack. */
export function parsedBuiltinPack(id: string): Pack {
  let pack = parsed.get(id);
  if (!pack) {
    const data = builtinPacks[`${id}.yaml`];
    if (data === undefined) throw new UnknownPackError(id);
    parsed.set(id, (pack = validateBuiltinPack(data, `rules/${id}.yaml`)));
  }
  return pack;
}

/** The built-in pack, ready to compile. */
export function builtinPack(id: string): Pack {
  let pack = resolved.get(id);
  if (!pack) resolved.set(id, (pack = resolvePack(parsedBuiltinPack(id), parsedBuiltinPack)));
  return pack;
}
