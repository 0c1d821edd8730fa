/**
 * Loading lexicons: YAML text → validated Lexicon, with errors that name the file, the key and the line.
 * The built-in ones are embedded (src/generated/rules-data.ts) so the browser needs no file system.
 */
import { LineCounter, parseDocument } from 'yaml';
import { builtinLexicons as embedded } from '../generated/rules-data.js';
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
  const result = Lexicon.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map(String);
    const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    throw new LexiconError(file, path.join('.'), issue.message, line);
  }
  const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (isLanguageLexiconFile(file.replace(/^.*\//, '')) && result.data.language !== expected) {
    throw new LexiconError(file, 'language', `is "${result.data.language}" but the file is named for "${expected}"`);
  }
  return result.data;
}

/** Parse several lexicon files (name → YAML text) into a set keyed by language. */
export function loadLexicons(files: Record<string, string>): LexiconSet {
  const set: LexiconSet = {};
  for (const [file, text] of Object.entries(files)) {
    if (!isLanguageLexiconFile(file.replace(/^.*\//, ''))) continue;
    const lexicon = parseLexicon(text, file);
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
  builtin ??= Object.freeze(loadLexicons(embedded)) as LexiconSet;
  return builtin;
}
