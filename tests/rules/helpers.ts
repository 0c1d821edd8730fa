/**
 * Test helpers for the rule engine: a trivial analyzer (lower-case, accents folded, a plural `s`
 * dropped as the "stem") and hand-built annotated documents, so the engine is specified without
 * depending on annotate's real stemmers.
 */
import type { AnnotatedDocument, Sentence, Token } from '../../src/annotate/types.js';
import { compilePack, type CompiledPack } from '../../src/rules/compile.js';
import type { PatternAnalyzer } from '../../src/rules/analyzer.js';
import { validatePack } from '../../src/rules/load.js';
import type { Pack } from '../../src/rules/pack-schema.js';

const WORD = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;
const NUMBER_WORDS: Record<string, string[]> = { en: ['one', 'two', 'three', 'twelve'], fr: ['un', 'deux', 'trois'] };

export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** A toy stemmer: "workers" → "worker", "costs" → "cost". Enough to tell stems from exact forms. */
export function toyStem(norm: string): string {
  return norm.length > 3 && norm.endsWith('s') ? norm.slice(0, -1) : norm;
}

export function toyTokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    const norm = fold(m[0]);
    return { text: m[0], norm, stem: toyStem(norm) };
  });
}

/** Where each of `toyTokens(text)` stands, the text placed at `offset`. */
export function toySpans(text: string, offset = 0): Int32Array {
  return Int32Array.from([...text.matchAll(WORD)].flatMap((m) => [offset + m.index, offset + m.index + m[0].length]));
}

export const toyAnalyzer: PatternAnalyzer = {
  words: (text) => toyTokens(text).map(({ norm, stem }) => ({ norm, stem })),
  isNumber: (norm, language) => /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u.test(norm) || (NUMBER_WORDS[language] ?? []).includes(norm),
};

/** Compile concepts alone (no elements needed to match). */
export function compileConcepts(concepts: Pack['concepts']): CompiledPack {
  const pack = validatePack({ id: 'test', version: '1', concepts });
  return compilePack(pack, {}, { analyzer: toyAnalyzer });
}

/**
 * A document of sentences, each `[text, language]`, separated by a space in the document text;
 * sentence boundaries are where the caller puts them.
 */
export function docOf(sentences: Array<string | [string, string]>): AnnotatedDocument {
  let text = '';
  const built: Sentence[] = [];
  sentences.forEach((entry, index) => {
    const [body, language] = typeof entry === 'string' ? [entry, 'en'] : entry;
    if (text) text += ' ';
    const start = text.length;
    text += body;
    built.push(sentenceOf(index, body, language, start));
  });
  const root = { id: 'root', kind: 'document' as const, label: 'Document', scope: 'operative' as const, start: 0, end: text.length, bodyStart: 0, bodyEnd: text.length, pages: [1], children: [] };
  return {
    document: { source: 'test.txt', format: 'text', text, rawText: text, pages: [], furniture: [], language: 'en', warnings: [], hash: '', bytes: text.length },
    root,
    provisions: [root],
    sentences: built,
    language: 'en',
    unsupportedLanguages: [],
    warnings: [],
  };
}

function sentenceOf(index: number, body: string, language: string, start: number): Sentence {
  return {
    index, provisionId: 'root', scope: 'operative', language, start, end: start + body.length,
    tokens: toyTokens(body), spans: toySpans(body, start), force: 'none', polarity: 'affirmed', negations: [], conditions: [], quantities: [], inheritedForce: false,
  };
}

/** The matched words of each hit, as they stand in the text: easy to read in expectations. */
export function matchedTexts(doc: AnnotatedDocument, hits: Array<{ start: number; end: number; concept: string }>): string[] {
  return hits.map((h) => `${h.concept}: ${doc.document.text.slice(h.start, h.end)}`);
}
