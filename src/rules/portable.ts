/**
 * A compiled pack as plain data, for postMessage and for the precompiled file of the build: a worker
 * thread receives the automata the main thread built instead of expanding and compiling every pattern
 * again (about a second for the built-in pack). The automata travel as their laid-out tables, typed
 * arrays that copy as blocks; the analyzer, a set of functions, is made again from the worker's own
 * lexicons.
 */
import type { LexiconSet } from '../annotate/index.js';
import { defaultAnalyzer } from './analyzer.js';
import { rememberMatcher, type CompiledPack } from './compile.js';
import type { Pack } from './pack-schema.js';
import { TransitionTable, type TableData } from './transitions.js';

export interface PortablePack {
  pack: Pack;
  concepts: string[];
  patterns: string[];
  automata: Map<string, TableData>;
  fallback: TableData;
}

/** What to post; a pack compiled with a custom analyzer comes back with the default one. */
export function toPortable(compiled: CompiledPack): PortablePack {
  const matcher = compiled.matcher;
  if (!matcher) throw new Error(`rule pack '${compiled.pack.id}' was not compiled: call compilePack first`);
  const { concepts, patterns, automata, fallback } = matcher;
  return { pack: compiled.pack, concepts, patterns, automata: new Map([...automata].map(([language, table]) => [language, table.toData()])), fallback: fallback.toData() };
}

/** The compiled pack again, on the receiving side; packs later narrowed from it use its matcher. */
export function fromPortable(data: PortablePack, lexicons: LexiconSet): CompiledPack {
  const automata = new Map([...data.automata].map(([language, table]) => [language, TransitionTable.fromData(table)]));
  const matcher = { concepts: data.concepts, patterns: data.patterns, automata, fallback: TransitionTable.fromData(data.fallback), analyzer: defaultAnalyzer(lexicons) };
  rememberMatcher(data.pack, lexicons, matcher);
  return { pack: data.pack, matcher };
}
