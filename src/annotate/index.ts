/**
 * annotate: the provision tree → sentences with tokens, stems, force, polarity, bearer, conditions and
 * quantities. Linear in the text: lexicons compile once, each sentence is scanned a fixed number of times.
 */
import type { Document } from '../ingest/types.js';
import type { Provision, Scope } from '../structure/types.js';
import type { AnnotatedDocument, Bearer, Force, Polarity, Quantity, Sentence, Token } from './types.js';
import { checkList } from '../lifetime.js';
import { endOf, startOf } from './spans.js';
import { builtinLexicons, type LexiconSet } from './lexicons.js';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { draftSentences, type Draft } from './draft.js';
import { analyseModality } from './modality.js';
import { findBearer } from './bearer.js';
import { AliasSet, collectDefinitions } from './definitions.js';
import { findQuantities } from './quantities.js';
import { inheritChapeaux } from './chapeau.js';
import { markHeadings } from './headings.js';

export * from './types.js';
export { builtinLexicons, loadLexicons, parseLexicon, isLanguageLexiconFile, LexiconError, type LexiconSet } from './lexicons.js';
export { Lexicon, stemmerNames } from './lexicon-schema.js';
export { tokenize, normalize, stem, startsWithDigit, keptOn, keepOn, memoOwner, normHashOf, stemHashOf, type Tokenized } from './tokenize.js';
export { hashOf } from './fold.js';
export { startOf, endOf } from './spans.js';
export { compileLexicon, type CompiledLexicon } from './compile.js';
export { splitSentences } from './sentences.js';
export { parseNumber } from './quantities.js';

export interface AnnotateOptions {
  /** ISO 639-1 code that overrides detection for every sentence; 'auto' or absent to detect. */
  language?: string;
  lexicons?: LexiconSet;
}

export { MAX_SENTENCE_TOKENS } from './draft.js';

const NO_WORDS: ReadonlySet<string> = new Set();

export function annotate(document: Document, root: Provision, options: AnnotateOptions = {}): AnnotatedDocument {
  const lexicons = options.lexicons ?? builtinLexicons();
  const text = document.text;
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  const provisions = inDocumentOrder(root);
  const drafts = draftSentences(text, provisions, lexicons, forced, document);
  const warnings: AnnotatedDocument['warnings'] = [];
  if (drafts.guessed) warnings.push({ code: 'language-guessed', message: `Too little text to tell the language; read as "${drafts.language}".` });
  const unsupported = [...new Set(drafts.list.map((d) => d.language).filter((l) => !lexicons[l]))];
  for (const l of unsupported) {
    warnings.push({ code: 'unsupported-language', message: `No lexicon for language "${l}": its sentences were matched on exact words and their force was not read.` });
  }
  const compiled = new Map<string, CompiledLexicon>();
  const lexiconOf = (language: string) => {
    let c = compiled.get(language);
    if (!c && lexicons[language]) compiled.set(language, (c = compileLexicon(lexicons[language])));
    return c;
  };
  const aliases = new AliasSet();
  for (const d of drafts.list) {
    const lex = lexiconOf(d.language);
    if (lex) collectDefinitions(text, d.tokens, d.spans, lex, aliases, d.starts);
  }
  const terms = new Set<number>();
  const sentences: Sentence[] = [];
  for (let index = 0; index < drafts.list.length; index++) {
    const d = drafts.list[index];
    sentences.push(describe(text, d, index, lexiconOf(d.language), aliases, terms));
  }
  inheritChapeaux(text, sentences, provisions, terms);
  markHeadings(text, sentences, (l) => lexiconOf(l)?.stopwords ?? NO_WORDS);
  return { document, root, provisions, sentences, language: drafts.language, unsupportedLanguages: unsupported, warnings };
}

/** Facts about one sentence, read with its language's lexicon (none: exact words only). */
function describe(text: string, d: Draft, index: number, lex: CompiledLexicon | undefined, aliases: AliasSet, terms: Set<number>): Sentence {
  const { provision, tokens, spans } = d;
  if (!lex || !tokens.length) {
    return new DescribedSentence(index, provision, d, tokens, 'none', 'affirmed', checkList(), undefined, checkList(), checkList());
  }
  const m = analyseModality(text, tokens, spans, lex, provision.scope, d.starts);
  if (m.term) terms.add(index);
  const bearer = findBearer(text, tokens, spans, m.forceAt, m.forceEnd, lex, aliases, d.starts);
  const conditions = conditionsOf(text, tokens, lex, d);
  const quantities = findQuantities(text, tokens, spans, lex, d.starts);
  return new DescribedSentence(index, provision, d, tokens, m.force, m.polarity, m.negations, bearer, conditions, quantities);
}

/** A sentence with its facts, made by `new`: sentences live for the whole check (src/lifetime.ts). */
class DescribedSentence implements Sentence {
  inheritedForce = false;
  heading: boolean | undefined = undefined;
  provisionId: string;
  scope: Scope;
  language: string;
  start: number;
  end: number;
  spans: Int32Array;

  constructor(
    public index: number,
    provision: Provision,
    d: Draft,
    public tokens: Token[],
    public force: Force,
    public polarity: Polarity,
    public negations: Array<[number, number]>,
    public bearer: Bearer | undefined,
    public conditions: string[],
    public quantities: Quantity[],
  ) {
    this.provisionId = provision.id;
    this.scope = provision.scope;
    this.language = d.language;
    this.start = d.start;
    this.end = d.end;
    this.spans = d.spans;
  }
}

/** The words of each condition marker, each wording once. */
function conditionsOf(text: string, tokens: Sentence['tokens'], lex: CompiledLexicon, d: Draft): string[] {
  const found = lex.conditions.find(tokens, 0, tokens.length, d.starts);
  const out: string[] = checkList();
  for (const c of found) {
    const words = text.slice(startOf(d.spans, c.start), endOf(d.spans, c.end - 1));
    if (!out.includes(words)) out.push(words);
  }
  return out;
}

function inDocumentOrder(root: Provision): Provision[] {
  const out: Provision[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    for (let i = p.children.length - 1; i >= 0; i--) stack.push(p.children[i]);
  }
  return out;
}
