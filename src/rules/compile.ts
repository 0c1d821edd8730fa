/** Compiles a pack's concepts once into one automaton per language, for `match`. */
import type { LexiconSet } from '../annotate/index.js';
import type { Pack } from './pack-schema.js';
import { Automaton, type Atom } from './automaton.js';
import type { TransitionTable } from './transitions.js';
import { defaultAnalyzer, type PatternAnalyzer } from './analyzer.js';
import { PackError, type Diagnostic } from './diagnostics.js';
import { PatternSyntaxError } from '../pattern/ast.js';
import type { Step } from './pattern/expand.js';
import { takeExpandedPattern } from './pattern/cache.js';

export interface CompiledPack {
  pack: Pack;
  /**
   * What `match` runs. Optional only so that later stages' tests may hand-build `{ pack }` (the
   * original contract); `match` refuses a pack without it.
   */
  matcher?: Matcher;
}

export interface Matcher {
  /** Concept ids; automata refer to concepts by index into this list. */
  concepts: string[];
  /** Every pattern as written, in pack order; automata refer to patterns by index. */
  patterns: string[];
  /** By language code: that language's patterns plus the `any` patterns, laid out for matching. */
  automata: Map<string, TransitionTable>;
  /** For sentences in a language no concept has patterns for: the `any` patterns alone. */
  fallback: TransitionTable;
  analyzer: PatternAnalyzer;
}

/** The automata a pack compiles to, before they are laid out for matching. */
export interface Automata {
  automata: Map<string, Automaton>;
  fallback: Automaton;
}

export interface CompileOptions {
  /** How pattern words are tokenized and stemmed. Default: annotate's tokenizer with `lexicons`. */
  analyzer?: PatternAnalyzer;
}

interface Source { concept: number; pattern: number; language: string; sequences: Step[][] }

/**
 * Matchers by the concepts they were compiled from and the lexicons that stem them. A matcher reads a
 * pack's concepts and nothing else, so packs that share them (a pack narrowed to some elements, by
 * tag or by id) share one: narrowing a pack must not compile its patterns again (half a second for
 * the built-in pack, at every check of a form with a tag ticked). Packs are data that no stage
 * changes: a pack with other concepts is another object.
 */
const matchers = new WeakMap<Pack['concepts'], WeakMap<LexiconSet, Matcher>>();

export function compilePack(pack: Pack, lexicons: LexiconSet, options: CompileOptions = {}): CompiledPack {
  if (options.analyzer) return { pack, matcher: compileMatcher(pack, options.analyzer) };
  const known = matchers.get(pack.concepts)?.get(lexicons);
  if (known) return { pack, matcher: known };
  const matcher = compileMatcher(pack, defaultAnalyzer(lexicons));
  rememberMatcher(pack, lexicons, matcher);
  return { pack, matcher };
}

/** Lets packs with these concepts use a matcher made elsewhere (read from a precompiled file, or posted by another thread). */
export function rememberMatcher(pack: Pack, lexicons: LexiconSet, matcher: Matcher): void {
  let byLexicons = matchers.get(pack.concepts);
  if (!byLexicons) matchers.set(pack.concepts, (byLexicons = new WeakMap()));
  if (!byLexicons.has(lexicons)) byLexicons.set(lexicons, matcher);
}

function compileMatcher(pack: Pack, analyzer: PatternAnalyzer): Matcher {
  const { automata, fallback } = buildAutomata(pack, analyzer);
  // Only the laid-out tables are kept: the automata's node objects took ten times their memory.
  const tables = new Map([...automata].map(([language, a]) => [language, a.layOut()]));
  return { concepts: Object.keys(pack.concepts), patterns: patternsOf(pack), automata: tables, fallback: fallback.layOut(), analyzer };
}

/** Every pattern as written, in pack order (the numbering accepts refer to). */
function patternsOf(pack: Pack): string[] {
  return Object.values(pack.concepts).flatMap((byLanguage) => Object.values(byLanguage).flat());
}

/** One automaton per language of the pack's patterns, and the fallback; throws PackError listing every bad pattern. */
export function buildAutomata(pack: Pack, analyzer: PatternAnalyzer): Automata {
  const sources: Source[] = [];
  const problems: Diagnostic[] = [];
  let pattern = 0;
  Object.keys(pack.concepts).forEach((id, concept) => {
    for (const [language, list] of Object.entries(pack.concepts[id])) {
      for (const text of list) {
        try {
          sources.push({ concept, pattern, language, sequences: takeExpandedPattern(text) });
        } catch (err) {
          problems.push(patternProblem(pack, id, language, text, err));
        }
        pattern++;
      }
    }
  });
  if (problems.length) throw new PackError(problems);
  const languages = [...new Set(sources.map((s) => s.language).filter((l) => l !== 'any'))].sort();
  const automata = new Map(languages.map((l) => [l, build(sources, l, analyzer, problems, pack)]));
  const fallback = build(sources, 'any', analyzer, problems, pack);
  if (problems.length) throw new PackError(problems);
  return { automata, fallback };
}

/** The automaton for one language: its own patterns, stemmed, and the `any` patterns, exact. */
function build(sources: Source[], language: string, analyzer: PatternAnalyzer, problems: Diagnostic[], pack: Pack): Automaton {
  const automaton = new Automaton();
  for (const source of sources) {
    if (source.language !== language && source.language !== 'any') continue;
    for (const seq of source.sequences) {
      const atoms = toAtoms(seq, source.language, analyzer);
      if (typeof atoms === 'string') problems.push(message(pack, `concept '${conceptName(pack, source.concept)}' (${source.language}): ${atoms}`));
      else automaton.add(atoms, { concept: source.concept, pattern: source.pattern });
    }
  }
  return automaton;
}

/** Tokenize each word of a sequence in its language; returns a problem description when a word is empty. */
function toAtoms(seq: Step[], language: string, analyzer: PatternAnalyzer): Atom[] | string {
  const atoms: Atom[] = [];
  for (const step of seq) {
    if (step.kind === 'gap') atoms.push({ gap: step.max });
    else if (step.kind === 'number') atoms.push({ kind: 'number', text: '#' });
    else {
      const tokens = analyzer.words(step.text, language);
      if (!tokens.length) return `word '${step.text}' has no letters or digits`;
      tokens.forEach((t, i) => {
        const last = i === tokens.length - 1;
        if (step.prefix && last) atoms.push({ kind: 'prefix', text: t.norm });
        else if (step.exact || language === 'any') atoms.push({ kind: 'norm', text: t.norm });
        else atoms.push({ kind: 'stem', text: t.stem });
      });
    }
  }
  return atoms;
}

function conceptName(pack: Pack, index: number): string {
  return Object.keys(pack.concepts)[index];
}

function message(pack: Pack, text: string): Diagnostic {
  return { file: pack.id, line: 0, column: 0, message: text };
}

function patternProblem(pack: Pack, concept: string, language: string, pattern: string, err: unknown): Diagnostic {
  if (!(err instanceof PatternSyntaxError)) throw err;
  return message(pack, `concept '${concept}' (${language}) pattern "${pattern}", column ${err.offset + 1}: ${err.message}`);
}
