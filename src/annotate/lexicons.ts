/**
 * Loading lexicons: YAML text → validated Lexicon, with errors that name the file, the key and the line.
 * The built-in ones are embedded already parsed (src/generated/rules-data.ts), so the browser needs no
 * file system and a start parses no YAML; they are validated all the same.
 */
import { LineCounter, parseDocument } from 'yaml';
import { builtinLexiconData as embedded } from '../generated/rules-data.js';
import { Lexicon } from './lexicon-schema.js';

/** Parsed lexicons by ISO 639-1 code. */
export type LexiconSet = Record<string, Lexicon>;

export class LexiconError extends Error {
  readonly file: string;
  readonly key: string;
  readonly line?: number;
  constructor(file: string, key: string, message: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${message}`);
    this.name = 'LexiconError';
    this.file = file;
    this.key = key;
    if (line) this.line = line;
  }
}

/** A language lexicon file is named by its two-letter code; other YAML there (structure.yaml) is not one. */
export function isLanguageLexiconFile(file: string): boolean {
  return /^[a-z]{2}\.ya?ml$/.test(file);
}

/** Parse and validate one lexicon file's text. */
export function parseLexicon(text: string, file: string): Lexicon {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new LexiconError(file, '', e.message.split('\n')[0], lines.linePos(e.pos[0]).line);
  }
  return validLexicon(doc.toJS(), file, (path) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  });
}

/** A parsed lexicon file checked against the schema and its name; `lineOf` places a problem in its text. */
function validLexicon(value: unknown, file: string, lineOf: (path: Array<string | number>) => number | undefined = () => undefined): Lexicon {
  const result = Lexicon.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path as Array<string | number>;
    throw new LexiconError(file, path.map(String).join('.'), issue.message, lineOf(path));
  }
  const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (isLanguageLexiconFile(file.replace(/^.*\//, '')) && result.data.language !== expected) {
    throw new LexiconError(file, 'language', `is "${result.data.language}" but the file is named for "${expected}"`);
  }
  return result.data;
}

/** Parse several lexicon files (name → YAML text) into a set keyed by language. */
export function loadLexicons(files: Record<string, string>): LexiconSet {
  return lexiconSet(files, parseLexicon);
}

/** The language lexicons among some files, each read by `read`, keyed by language. */
function lexiconSet<T>(files: Record<string, T>, read: (content: T, file: string) => Lexicon): LexiconSet {
  const set: LexiconSet = {};
  for (const [file, content] of Object.entries(files)) {
    if (!isLanguageLexiconFile(file.replace(/^.*\//, ''))) continue;
    const lexicon = read(content, file);
    set[lexicon.language] = lexicon;
  }
  return set;
}

let builtin: LexiconSet | undefined;

/**
 * The built-in lexicons as an earlier parse of these same files gave them (the CLI build stores them
 * with its precompiled packs, src/node/precompiled.ts): they are then not parsed again. No effect
 * once they have been parsed here.
 */
export function useParsedBuiltinLexicons(set: LexiconSet): void {
  builtin ??= Object.freeze(set) as LexiconSet;
}

/** The lexicons shipped under rules/lexicons/, parsed once. */
export function builtinLexicons(): LexiconSet {
  builtin ??= Object.freeze(lexiconSet(embedded, (value, file) => validLexicon(value, file))) as LexiconSet;
  return builtin;
}
