// Documents and provision trees made by hand, so annotate is specified without the structure stage.
import type { Document } from '../../src/ingest/types.js';
import type { Provision, ProvisionKind, Scope } from '../../src/structure/types.js';
import { annotate, endOf, startOf, type AnnotateOptions } from '../../src/annotate/index.js';
import type { Sentence } from '../../src/annotate/types.js';

export function documentOf(text: string, language = 'und'): Document {
  return { source: 'test.txt', format: 'text', text, rawText: text, pages: [{ number: 1, start: 0, end: text.length, quality: { textLayer: true, likelyScanned: false, encrypted: false, chars: text.length } }], furniture: [], language, warnings: [], hash: '', bytes: text.length };
}

/** A root whose own text is the whole document. */
export function wholeText(text: string, scope: Scope = 'operative'): Provision {
  return node('root', 'document', 0, text.length, [], { scope });
}

export function node(id: string, kind: ProvisionKind, start: number, end: number, children: Provision[] = [], o: { bodyStart?: number; bodyEnd?: number; scope?: Scope } = {}): Provision {
  const bodyEnd = o.bodyEnd ?? (children.length ? children[0].start : end);
  return { id, kind, label: id, scope: o.scope ?? 'operative', start, end, bodyStart: o.bodyStart ?? start, bodyEnd, pages: [1], children };
}

/** The sentences of a text annotated as one operative provision. */
export function sentencesOf(text: string, options: AnnotateOptions & { scope?: Scope } = {}): Sentence[] {
  return annotate(documentOf(text), wholeText(text, options.scope), options).sentences;
}

/** The one sentence of a short text. */
export function sentenceOf(text: string, options: AnnotateOptions & { scope?: Scope } = {}): Sentence {
  const all = sentencesOf(text, options);
  if (all.length !== 1) throw new Error(`expected one sentence, got ${all.length}: ${all.map((s) => text.slice(s.start, s.end)).join(' | ')}`);
  return all[0];
}

/** The words a sentence's negation covers, for readable assertions. */
export function negatedWords(text: string, s: Sentence): string[] {
  return s.negations.map(([from, to]) => text.slice(startOf(s.spans, from), endOf(s.spans, to - 1)));
}
