// STUB: replaced by the annotate work. Language detection is shared by ingest (a document-level guess)
// and annotate (per provision), so it lives outside both.
export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when the text is too short or matches no lexicon. */
  language: string;
  /** 0..1 */
  confidence: number;
}
export function detectLanguage(_text: string): LanguageGuess {
  return { language: 'und', confidence: 0 };
}
