/**
 * Writes the built-in packs, compiled, next to a CLI bundle (src/node/precompiled.ts):
 * `tsx scripts/precompile-packs.ts DIR`. Run by every build of the CLI after the bundle, from the
 * same sources and with the same embedded rules (scripts/embed-rules.mjs).
 */
import { writePrecompiled } from '../src/node/precompiled.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx scripts/precompile-packs.ts DIR (the folder of cli.js)');
writePrecompiled(dir);
