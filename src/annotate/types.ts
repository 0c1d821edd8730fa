/** Sentences with the linguistic facts that rules test: stems, force, polarity, bearer, conditions. */
import type { Document } from '../ingest/types.js';
import type { Provision, Scope } from '../structure/types.js';

/** How strongly a sentence commits its bearer. */
export type Force = 'binding' | 'hedged' | 'permissive' | 'none';
export type Polarity = 'affirmed' | 'negated';
/** Who carries the duty or right a sentence states. */
export type Bearer = 'origin-state' | 'destination-state' | 'both-states' | 'employer' | 'agency' | 'worker' | 'joint-body';

/**
 * A token as its language reads it. Every token of one word form in one language is the same object,
 * so it says nothing about where it stands: its sentence's `spans` do (src/annotate/spans.ts).
 */
export interface Token {
  /** The token as it stands in the text. */
  readonly text: string;
  /** Lower case, accents folded, quotes and hyphen variants unified. */
  readonly norm: string;
  /** Stem of `norm` by the sentence language's stemmer (equal to `norm` where there is none). */
  readonly stem: string;
}

/** A number with its unit, as stated in a sentence ("48 hours", "one month", "US$400"). */
export interface Quantity {
  value: number;
  unit: 'hour' | 'day' | 'week' | 'month' | 'year' | 'money' | 'percent' | 'count';
  /** Currency code or symbol for money. */
  currency?: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** Index in AnnotatedDocument.sentences. */
  index: number;
  /** Innermost provision holding the sentence. */
  provisionId: string;
  scope: Scope;
  language: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Where each token stands in Document.text: token i at [spans[2i], spans[2i + 1]) (src/annotate/spans.ts). */
  spans: Int32Array;
  force: Force;
  /** 'negated' when a negation governs the sentence's main verb or the force marker. */
  polarity: Polarity;
  /** Token index ranges [from, to) that a negation covers. */
  negations: Array<[number, number]>;
  bearer?: Bearer;
  /** Conditions that weaken it: "subject to national law", "sous réserve de". */
  conditions: string[];
  quantities: Quantity[];
  /** The force came from the chapeau of a list ("The employer shall: (a) ..."). */
  inheritedForce: boolean;
  /**
   * A title left in the provision's text ("Clause 8. Medical care. The employer shall ..."): it names
   * a topic and settles nothing, so it counts for weak at most. Absent means false.
   */
  heading?: boolean;
}

export interface AnnotatedDocument {
  document: Document;
  /** The provision tree's root. */
  root: Provision;
  /** Every provision in document order, for look-up by id. */
  provisions: Provision[];
  sentences: Sentence[];
  /** Main language, ISO 639-1. */
  language: string;
  /** Languages that had no stemmer or lexicon and were matched on exact words. */
  unsupportedLanguages: string[];
  warnings: Array<{ code: string; message: string }>;
}
