/**
 * What every check needs to look things up quickly: sentences, hits by concept,
 * provisions by id with their parents, and the page at a char offset.
 */
import type { AnnotatedDocument, Sentence } from '../annotate/types.js';
import type { Provision } from '../structure/types.js';
import type { Hit } from '../rules/types.js';
import type { Asked } from './settle.js';
import { listOf } from '../lifetime.js';

export interface JudgeContext {
  doc: AnnotatedDocument;
  sentences: Sentence[];
  hitsByConcept: Map<string, Hit[]>;
  provisionById: Map<string, Provision>;
  parentById: Map<string, Provision>;
  /**
   * Sentences a check may count: all of them by default; only those that settle when the judge asks
   * whether a condition holds firmly. `asked` is what the running check names explicitly (settle.ts).
   */
  admit: (s: Sentence, asked?: Asked) => boolean;
  /** Set when `admit` takes every sentence, so a check may read a concept's hits without filtering them. */
  admitsAll?: boolean;
  /** Set for runs whose trace is thrown away (the strict re-runs of status.ts): no check details are written. */
  untraced?: boolean;
  /** Every hit stands in a sentence of the document (hits from elsewhere are left out by `hitsOf`). */
  hitsInText?: boolean;
  /** Per-document answers that many elements ask again: provision id → its article, its unit of meaning; sentence index → its trimmed range, its page, its label. */
  memo: {
    article: Map<string, string>; unit: Map<string, string>; trimmed: Map<number, [number, number]>; page: Map<number, number>;
    /** Sentence index → its provision's label (describe.ts), filled as trace lines ask. */
    label: Array<string | undefined>;
    /** Scratch for gathering one element's evidence: sentence index → its entry's place + 1, 0 when none; cleared after each use. */
    entryOf?: Int32Array;
  };
  /** Contexts made from this one (another `admit`), kept for the document: every element asks for the same few. */
  variants?: Map<unknown, JudgeContext>;
  /** A concept's hits in the sentences this context admits, as `hitsOf` filtered them. */
  admittedHits?: Map<string, Hit[]>;
}

export function makeContext(doc: AnnotatedDocument, hits: Hit[]): JudgeContext {
  const hitsByConcept = groupBy(hits, (h) => h.concept);
  const provisionById = new Map<string, Provision>();
  const parentById = new Map<string, Provision>();
  const walk = (p: Provision) => {
    provisionById.set(p.id, p);
    for (const c of p.children) { parentById.set(c.id, p); walk(c); }
  };
  walk(doc.root);
  for (const p of doc.provisions) if (!provisionById.has(p.id)) provisionById.set(p.id, p);
  const hitsInText = hits.every((h) => doc.sentences[h.sentence] !== undefined);
  return { doc, sentences: doc.sentences, hitsByConcept, provisionById, parentById, admit: ADMIT_ALL, admitsAll: true, hitsInText, memo: { article: new Map(), unit: new Map(), trimmed: new Map(), page: new Map(), label: new Array<string | undefined>(doc.sentences.length).fill(undefined) } };
}

export const ADMIT_ALL = () => true;

/**
 * This context with another way of admitting sentences, made the first time `key` asks for it and kept
 * for the document (variants of variants too): five runs per element must not each build their own.
 * `change` gets the context and the key, so callers pass a plain function and allocate nothing per call.
 */
export function variant<K>(ctx: JudgeContext, key: K, change: (ctx: JudgeContext, key: K) => Pick<JudgeContext, 'admit' | 'admitsAll' | 'untraced'>): JudgeContext {
  const variants = (ctx.variants ??= new Map());
  let made = variants.get(key);
  if (!made) variants.set(key, (made = { ...ctx, ...change(ctx, key), variants: undefined, admittedHits: undefined }));
  return made;
}

function groupBy<K, T>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item); else out.set(k, listOf(item));
  }
  return out;
}

const NO_HITS: Hit[] = [];

/** The hits of one concept, keeping only those in sentences the check may count. Read-only: it may be the context's own list. */
export function hitsOf(ctx: JudgeContext, concept: string): Hit[] {
  const all = ctx.hitsByConcept.get(concept);
  if (!all) return NO_HITS;
  if (ctx.admitsAll && ctx.hitsInText) return all;
  const admitted = (ctx.admittedHits ??= new Map());
  let kept = admitted.get(concept);
  if (!kept) {
    admitted.set(concept, (kept = all.filter((h) => {
      const s = ctx.sentences[h.sentence];
      return s !== undefined && ctx.admit(s);
    })));
  }
  return kept;
}

/** The 1-based page at a char offset: the document's page ranges first, the provision's pages next. */
export function pageAt(ctx: JudgeContext, offset: number, provisionId?: string): number {
  const page = ctx.doc.document.pages.find((p) => offset >= p.start && offset < p.end);
  if (page) return page.number;
  const prov = provisionId ? ctx.provisionById.get(provisionId) : undefined;
  if (prov?.pages.length) return prov.pages[0];
  const last = ctx.doc.document.pages.at(-1);
  return last && offset >= last.end ? last.number : 1;
}

/** Pages that cannot be read: their silence is not absence. */
export function unreadablePages(doc: AnnotatedDocument): number[] {
  return doc.document.pages.filter((p) => !p.quality.textLayer || p.quality.encrypted).map((p) => p.number);
}
