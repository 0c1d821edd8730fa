/**
 * The structure vocabulary (rules/lexicons/structure.yaml): heading words, ordinals, final formulae.
 * Parsed once, validated with zod, and compiled into anchored matchers that only ever look at the
 * first few hundred characters of a line, so no input can make them slow.
 */
import { parse } from 'yaml';
import * as z from 'zod';
import { builtinLexiconData } from '../generated/rules-data.js';

const Words = z.array(z.string().min(1)).min(1);
const Named = z.strictObject({ label: z.string().min(1), id: z.string().regex(/^[a-z]+$/), words: Words });

export const StructureLexiconSchema = z.strictObject({
  articles: z.array(Named).min(1),
  groups: z.array(Named).min(1),
  bareRomanGroup: z.string().min(1),
  containers: z.array(Named.extend({ kind: z.enum(['annex', 'protocol']), titled: z.boolean().default(false) })),
  letters: Words,
  salutations: Words,
  ordinals: z.record(z.string(), z.number().int().positive()),
  numberSuffixes: z.array(z.string()),
  preamble: Words,
  signature: Words,
  definitions: z.strictObject({ headings: Words, openings: Words }),
  labels: z.strictObject({
    document: z.string(),
    title: z.string(),
    preamble: z.string(),
    signature: z.string(),
    item: z.string(),
    paragraph: z.string(),
    letter: z.string(),
    indent: z.string(),
    indentOrdinals: z.array(z.string()),
  }),
});
export type StructureLexicon = z.infer<typeof StructureLexiconSchema>;

/** One family of heading words compiled into a matcher of "word + separator" at a line start. */
export interface WordSet<T> {
  /** Matches leading decoration, one of the words, then at least one space or the end. */
  re: RegExp;
  /** What each word (lower-cased) stands for. */
  byWord: Map<string, T>;
  /** First words of the entries, lower-cased: most lines are ruled out by one lookup, no regex. */
  first: Set<string>;
}

const LETTER = /\p{L}/u;
/** Characters a heading may start with before its first word (markdown, indents): at most 8 of them. */
const LEAD = ' \t#*_>\u00a0';
let lastHead = '';
let lastWord = '';

/** The first word of a line head, lower-cased, with a trailing dot if it has one ("art."). */
export function firstWord(head: string): string {
  // The matchers of one line ask in turn about the same head: answer from the last call.
  if (head === lastHead) return lastWord;
  lastHead = head;
  lastWord = scanFirstWord(head).toLowerCase();
  return lastWord;
}

/** Up to 24 letters after at most 8 lead characters, with the dot that follows them; '' when none. */
function scanFirstWord(head: string): string {
  let i = 0;
  while (i < 8 && i < head.length && LEAD.includes(head[i])) i++;
  const start = i;
  for (let letters = 0; letters < 24; letters++) {
    const width = letterWidth(head, i);
    if (!width) break;
    i += width;
  }
  if (i === start) return '';
  return head.slice(start, head[i] === '.' ? i + 1 : i);
}

/** Code units of the letter at i (2 for a letter outside the BMP), or 0 when there is none. */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const letter = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(letter) ? letter.length : 0;
}

/** Whether a line may open with one of the set's words: a cheap test before the regex. */
export function mayOpen<T>(head: string, words: WordSet<T>): boolean {
  const w = firstWord(head);
  return words.first.has(w) || (w.endsWith('.') && words.first.has(w.slice(0, -1)));
}

export interface CompiledLexicon {
  source: StructureLexicon;
  articles: WordSet<{ label: string; id: string }>;
  groups: WordSet<{ label: string; id: string; rank: number }>;
  containers: WordSet<{ label: string; id: string; kind: 'annex' | 'protocol'; titled: boolean }>;
  letters: WordSet<string>;
  preamble: WordSet<string>;
  /** Ordinal words and the number they stand for, lower-cased. */
  ordinals: Map<string, number>;
  suffixes: string[];
  groupRank: Map<string, number>;
  salutations: string[];
  signature: string[];
  definitionHeadings: string[];
  definitionOpenings: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest words first so "Final Protocol" wins over "Protocol" and "Article" over "Art". */
function wordSet<T>(entries: Array<[string, T]>): WordSet<T> {
  const byWord = new Map(entries.map(([w, v]) => [w.toLowerCase(), v]));
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Markdown or bullet decoration may precede a heading ("## Article 5", "**ARTICLE 5**").
  const re = new RegExp(`^[\\s#*_>]{0,8}(${words.join('|')})(?![\\p{L}\\p{N}])[ \\t\\u00a0]{0,6}`, 'iu');
  const first = new Set([...byWord.keys()].map((w) => firstWord(w)));
  return { re, byWord, first };
}

export function compileLexicon(source: StructureLexicon): CompiledLexicon {
  const groupRank = new Map(source.groups.map((g, i) => [g.label, i]));
  return {
    source,
    articles: wordSet(source.articles.flatMap((a) => a.words.map((w): [string, { label: string; id: string }] => [w, { label: a.label, id: a.id }]))),
    groups: wordSet(source.groups.flatMap((g, rank) => g.words.map((w): [string, { label: string; id: string; rank: number }] => [w, { label: g.label, id: g.id, rank }]))),
    containers: wordSet(source.containers.flatMap((c) => c.words.map((w): [string, (typeof c)] => [w, c]))),
    letters: wordSet(source.letters.map((w): [string, string] => [w, w])),
    preamble: wordSet(source.preamble.map((w): [string, string] => [w, w])),
    ordinals: new Map(Object.entries(source.ordinals).map(([k, v]) => [k.toLowerCase(), v])),
    suffixes: source.numberSuffixes.map((s) => s.toLowerCase()),
    groupRank,
    salutations: source.salutations,
    signature: source.signature,
    definitionHeadings: source.definitions.headings.map((s) => s.toLowerCase()),
    definitionOpenings: source.definitions.openings.map((s) => s.toLowerCase().replace(/’/g, "'")),
  };
}

/** Parse and check a structure lexicon's YAML text; errors name the file and the key. */
export function parseStructureLexicon(text: string, file = 'structure.yaml'): StructureLexicon {
  return validStructureLexicon(parse(text), file);
}

/** A parsed structure vocabulary, checked against the schema. */
function validStructureLexicon(value: unknown, file: string): StructureLexicon {
  const result = StructureLexiconSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue.path.map(String).join('.')}: ${issue.message}`);
  }
  return result.data;
}

let builtin: CompiledLexicon | undefined;

/** The built-in vocabulary as its schema reads it (defaults filled in): what a build stores with the packs. */
export function builtinStructureSource(): StructureLexicon {
  const value = builtinLexiconData['structure.yaml'];
  if (!value) throw new Error('structure.yaml is missing from the embedded rules: run node scripts/embed-rules.mjs');
  return validStructureLexicon(value, 'structure.yaml');
}

/**
 * Use the built-in vocabulary as a build already read it (src/node/precompiled.ts), instead of
 * checking the embedded data against its schema again at start (a fifth of segmenting a short text).
 */
export function useParsedBuiltinStructure(source: StructureLexicon): void {
  builtin ??= compileLexicon(source);
}

/** The built-in vocabulary, compiled on first use. */
export function builtinStructureLexicon(): CompiledLexicon {
  builtin ??= compileLexicon(builtinStructureSource());
  return builtin;
}
