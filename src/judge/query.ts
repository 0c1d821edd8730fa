/**
 * The words near misses search for, per pack and language: each element's pattern words (of its
 * concepts, in the language and `any`), title and question, interned to small integer ids once, so
 * a batch of documents does not cut and fold the same words again for every document.
 */
import type { Element } from '../rules/pack-schema.js';
import type { CompiledPack } from '../rules/index.js';
import type { PatternAnalyzer } from '../rules/analyzer.js';
import { checksIn } from './condition.js';
import { conceptsOf } from './checks/index.js';
import { keptFor } from '../memo.js';
import { hashOf } from '../annotate/index.js';

/** The query words of every element of one pack in one language. */
export interface QueryBook {
  /** Word id → the folded word; `recruit*` keeps its star. */
  words: string[];
  /** Element → its word ids, in query order. */
  byElement: Map<Element, Int32Array>;
  /** Word id → the stem the pack's analyzer gives it, when the document has no token of it ('' for a `prefix*`). */
  fallback: string[];
  /** Word id → 1 for a `prefix*`. */
  prefix: Uint8Array;
  /**
   * Word id → hashOf the word and of its fallback stem: a document whose forms and stems leave a
   * hash out has neither, and a large pack's words are mostly not in any one text.
   */
  wordHash: Int32Array;
  stemHash: Int32Array;
}

const books = new WeakMap<CompiledPack, Map<string, QueryBook>>();

export function queryBook(compiled: CompiledPack, lang: string): QueryBook {
  return keptFor(books, compiled, lang, makeBook);
}

function makeBook(compiled: CompiledPack, lang: string): QueryBook {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const byElement = new Map<Element, Int32Array>();
  for (const element of compiled.pack.elements) {
    byElement.set(element, Int32Array.from(queryWords(element, compiled.pack, lang), (w) => {
      let id = ids.get(w);
      if (id === undefined) { ids.set(w, (id = words.length)); words.push(w); }
      return id;
    }));
  }
  const analyzer = compiled.matcher?.analyzer;
  const prefix = Uint8Array.from(words, (w) => (w.endsWith('*') ? 1 : 0));
  const fallback = words.map((w, id) => (prefix[id] ? '' : stemBy(analyzer, w, lang) ?? w));
  return {
    words, byElement, fallback, prefix,
    wordHash: Int32Array.from(words, hashOf), stemHash: Int32Array.from(fallback, hashOf),
  };
}

function queryWords(element: Element, pack: CompiledPack['pack'], lang: string): string[] {
  const patterns = [...new Set([element.addressed, element.weak, element.contradicted].flatMap(checksIn).flatMap(conceptsOf))]
    .flatMap((id) => [...(pack.concepts[id]?.[lang] ?? []), ...(pack.concepts[id]?.any ?? [])]);
  return [...new Set([...patterns, element.title, element.question].flatMap(patternWords))];
}

/** The words of a pattern or a sentence, folded; `recruit*` keeps its star; gaps, `#` and syntax dropped. */
export function patternWords(pattern: string): string[] {
  return fold(pattern)
    .split(/[^\p{L}\p{N}*]+/u)
    .map((w) => w.replace(/\*+$/, '*'))
    .filter((w) => w.replace('*', '').length >= 3 && !w.startsWith('*'));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function stemBy(analyzer: PatternAnalyzer | undefined, word: string, lang: string): string | undefined {
  if (!analyzer) return undefined;
  try {
    return analyzer.words(word, lang)[0]?.stem;
  } catch {
    return undefined; // a stemmer that cannot read the word leaves it as written
  }
}
