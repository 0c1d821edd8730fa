/** What matching produces: every place a concept's pattern matched, in document order. */

export interface Hit {
  concept: string;
  /** Index of the sentence (AnnotatedDocument.sentences) the match lies in; matches never cross sentences. */
  sentence: number;
  /** Token index range [tokenStart, tokenEnd) within the sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Char range in Document.text. */
  start: number;
  end: number;
  /** The pattern (as written in the pack) that matched, for explanations. */
  pattern: string;
}
