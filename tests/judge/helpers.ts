/**
 * Hand-built documents and hits for judge tests, so the judge can be specified without the real
 * structure, annotate and match stages. A document is a list of provisions, each a list of sentences
 * with the facts annotate would give them (force, polarity, bearer, negation, conditions, quantities).
 */
import type { AnnotatedDocument, Bearer, Force, Quantity, Sentence, Token } from '../../src/annotate/types.js';
import type { Document, Page } from '../../src/ingest/types.js';
import type { CompiledPack, Hit } from '../../src/rules/index.js';
import type { Element, Pack } from '../../src/rules/pack-schema.js';
import type { Provision, ProvisionKind, Scope } from '../../src/structure/types.js';
import { endOf, startOf } from '../../src/annotate/spans.js';

export interface SentenceSpec {
  text: string;
  force?: Force;
  bearer?: Bearer;
  /** Words the negation covers, e.g. "not retain passports"; the sentence becomes negated. */
  negation?: string;
  conditions?: string[];
  /** Quantities by the words that state them: { words: '48 hours', value: 48, unit: 'hour' }. */
  quantities?: Array<{ words: string; value: number; unit: Quantity['unit'] }>;
  /** A title left in the provision's text ("Medical care."), as annotate marks it. */
  heading?: boolean;
}

export interface ProvisionSpec {
  id: string;
  label?: string;
  kind?: ProvisionKind;
  scope?: Scope;
  page?: number;
  sentences: Array<string | SentenceSpec>;
  children?: ProvisionSpec[];
}

export interface DocOptions {
  language?: string;
  /** Page numbers that come after the text and cannot be read (scans without text layer). */
  unreadablePages?: number[];
  unsupportedLanguages?: string[];
}

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** A toy stemmer: enough for "workers" to meet "worker". */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

const WORD = /[\p{L}\p{N}]+/gu;

export function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    const norm = fold(m[0]);
    return { text: m[0], norm, stem: stem(norm) };
  });
}

/** Where each of `tokens(text)` stands, the text placed at `offset`. */
export function spansOf(text: string, offset = 0): Int32Array {
  return Int32Array.from([...text.matchAll(WORD)].flatMap((m) => [offset + m.index!, offset + m.index! + m[0].length]));
}

export function buildDoc(specs: ProvisionSpec[], options: DocOptions = {}): AnnotatedDocument {
  const language = options.language ?? 'en';
  let text = '';
  const sentences: Sentence[] = [];
  const provisions: Provision[] = [];
  const root: Provision = { id: 'doc', kind: 'document', label: 'Document', scope: 'operative', start: 0, end: 0, bodyStart: 0, bodyEnd: 0, pages: [1], children: [] };
  provisions.push(root);

  const place = (spec: ProvisionSpec, parent: Provision, inherited: { scope: Scope; page: number }) => {
    if (text) text += '\n\n';
    const start = text.length;
    const label = spec.label ?? spec.id;
    text += label + '\n';
    const scope = spec.scope ?? inherited.scope;
    const page = spec.page ?? inherited.page;
    const bodyStart = text.length;
    for (const raw of spec.sentences) {
      const s = typeof raw === 'string' ? { text: raw } : raw;
      if (text.length > bodyStart) text += ' ';
      sentences.push(sentence(s, sentences.length, spec.id, scope, language, text.length));
      text += s.text;
    }
    const prov: Provision = { id: spec.id, kind: spec.kind ?? 'article', label, scope, start, end: 0, bodyStart, bodyEnd: text.length, pages: [page], children: [] };
    provisions.push(prov);
    parent.children.push(prov);
    for (const child of spec.children ?? []) place(child, prov, { scope, page });
    prov.end = text.length;
  };
  for (const spec of specs) place(spec, root, { scope: spec.scope ?? 'operative', page: spec.page ?? 1 });
  root.end = root.bodyEnd = text.length;

  const document: Document = {
    source: 'test.txt', format: 'text', text, rawText: text, pages: pagesOf(provisions, text.length, options.unreadablePages ?? []),
    furniture: [], language, warnings: [], hash: '0', bytes: text.length,
  };
  return { document, root, provisions, sentences, language, unsupportedLanguages: options.unsupportedLanguages ?? [], warnings: [] };
}

function sentence(spec: SentenceSpec, index: number, provisionId: string, scope: Scope, language: string, offset: number): Sentence {
  const toks = tokens(spec.text);
  const negations: Array<[number, number]> = [];
  if (spec.negation) {
    const at = find(toks, spec.negation);
    if (at < 0) throw new Error(`negation "${spec.negation}" not in "${spec.text}"`);
    negations.push([at, at + tokens(spec.negation).length]);
  }
  const quantities = (spec.quantities ?? []).map((q) => {
    const at = spec.text.indexOf(q.words);
    if (at < 0) throw new Error(`quantity "${q.words}" not in "${spec.text}"`);
    return { value: q.value, unit: q.unit, start: offset + at, end: offset + at + q.words.length };
  });
  return {
    index, provisionId, scope, language, start: offset, end: offset + spec.text.length, tokens: toks, spans: spansOf(spec.text, offset),
    force: spec.force ?? 'none', polarity: spec.negation ? 'negated' : 'affirmed', negations,
    ...(spec.bearer ? { bearer: spec.bearer } : {}),
    conditions: spec.conditions ?? [], quantities, inheritedForce: false,
    ...(spec.heading ? { heading: true } : {}),
  };
}

function pagesOf(provisions: Provision[], length: number, unreadable: number[]): Page[] {
  const numbers = [...new Set(provisions.slice(1).map((p) => p.pages[0]))].sort((a, b) => a - b);
  const readable = (numbers.length ? numbers : [1]).map((number) => {
    const on = provisions.slice(1).filter((p) => p.pages[0] === number);
    const start = on.length ? Math.min(...on.map((p) => p.start)) : 0;
    return { number, start, end: 0, quality: { textLayer: true, likelyScanned: false, encrypted: false, chars: 0 } };
  });
  readable.forEach((p, i) => { p.end = i + 1 < readable.length ? readable[i + 1].start : length; p.quality.chars = p.end - p.start; });
  const scans = unreadable.map((number) => ({ number, start: length, end: length, quality: { textLayer: false, likelyScanned: true, encrypted: false, chars: 0 } }));
  return [...readable, ...scans];
}

function find(toks: Token[], phrase: string, from = 0): number {
  const want = tokens(phrase).map((t) => t.stem);
  for (let i = from; i + want.length <= toks.length; i++) {
    if (want.every((w, j) => toks[i + j].stem === w)) return i;
  }
  return -1;
}

/**
 * A stand-in for the matcher: every occurrence of each phrase (compared by toy stem) is a hit of its
 * concept, with the phrase as the pattern.
 */
export function hitsFor(doc: AnnotatedDocument, concepts: Record<string, string[]>): Hit[] {
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    for (const [concept, phrases] of Object.entries(concepts)) {
      for (const phrase of phrases) {
        const n = tokens(phrase).length;
        for (let at = find(s.tokens, phrase); at >= 0; at = find(s.tokens, phrase, at + 1)) {
          hits.push({ concept, sentence: s.index, tokenStart: at, tokenEnd: at + n, start: startOf(s.spans, at), end: endOf(s.spans, at + n - 1), pattern: phrase });
        }
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export type ElementSpec = Partial<Element> & Pick<Element, 'id'>;

export function element(spec: ElementSpec): Element {
  return { title: spec.id.replace(/-/g, ' '), phase: 'A-recruitment', level: 'core', tags: [], sources: [], question: `Is ${spec.id} settled?`, ...spec };
}

export function packOf(elements: ElementSpec[], concepts: Pack['concepts'] = {}): CompiledPack {
  return { pack: { id: 'test', version: '0.0.0', elements: elements.map(element), concepts } };
}

import { makeContext } from '../../src/judge/context.js';
import { runCheck, runnerOf } from '../../src/judge/checks/index.js';
import type { Check } from '../../src/rules/pack-schema.js';
import { judge } from '../../src/judge/index.js';
import type { Verdict } from '../../src/judge/verdict.js';

/** Run one check on a document; returns whether it passed and the indexes of its supporting sentences. */
export function runOn(doc: AnnotatedDocument, hits: Hit[], check: Check) {
  const outcome = runCheck({ asked: {}, ...runnerOf(check) }, makeContext(doc, hits));
  return { ...outcome, sentences: outcome.candidates.map((c) => c.sentence) };
}

/** Judge a document against one element, with hits from phrases. */
export function verdictOf(doc: AnnotatedDocument, concepts: Record<string, string[]>, spec: ElementSpec, packConcepts: Pack['concepts'] = {}): Verdict {
  return judge(doc, hitsFor(doc, concepts), packOf([spec], packConcepts))[0];
}

import { compilePack, match } from '../../src/rules/index.js';
import type { PatternAnalyzer } from '../../src/rules/analyzer.js';

/** Pattern words cut and stemmed as buildDoc cuts and stems sentences, for the real compiler. */
export const toyAnalyzer: PatternAnalyzer = {
  words: (text) => tokens(text).map((t) => ({ norm: t.norm, stem: t.stem })),
  isNumber: (norm) => /^\d+$/.test(norm),
};

/** Judge with the real rule compiler and matcher over a hand-built document. */
export function judgeWithMatcher(doc: AnnotatedDocument, pack: Pick<Pack, 'concepts'> & { elements: ElementSpec[] }): Verdict[] {
  const compiled = compilePack({ id: 'test', version: '0.0.0', elements: pack.elements.map(element), concepts: pack.concepts }, {}, { analyzer: toyAnalyzer });
  return judge(doc, match(doc, compiled), compiled);
}
