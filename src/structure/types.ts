/** The provision tree: where each part of an agreement starts and ends, and how the text names it. */

export type ProvisionKind =
  | 'document' // the root
  | 'title'
  | 'preamble'
  | 'part' // part, chapter, title, section: groups of articles
  | 'article'
  | 'paragraph'
  | 'point' // numbered or lettered list items: (a), 1), (i)
  | 'annex'
  | 'protocol'
  | 'letter' // one note in an exchange of letters or notes
  | 'signature';

/**
 * Where a provision sits, for rules that look only at operative text, the preamble, definitions or annexes.
 * The title counts as preamble; the signature block and exchanged notes as operative; a definitions
 * article inside an annex as definitions.
 */
export type Scope = 'operative' | 'preamble' | 'definitions' | 'annex';

export interface Provision {
  /** Akoma Ntoso style, stable for a given text: `art_5__para_2__point_b`, `annex_1__art_3`. */
  id: string;
  kind: ProvisionKind;
  /**
   * What a reader would cite, in English whatever the text's language, as the corpus labels cite:
   * "Article 5(2)(b)", "Annex I Article 3", "Protocol Article 1", "Article 17(1), first indent",
   * "Nr. I (A)", "item 4" (numbered paragraphs of a text without articles), "Preamble", "Title".
   * Not unique: two notes may both have an "item 4"; the id is.
   */
  label: string;
  /** The number as printed ("5", "V", "1er", "b"), if any. */
  num?: string;
  /** Heading text after the number, if any ("Social security"). */
  heading?: string;
  scope: Scope;
  /** Char range in Document.text, heading included; a parent's range covers its children. */
  start: number;
  end: number;
  /** Char range of the provision's own text (after its heading, before its first child). */
  bodyStart: number;
  bodyEnd: number;
  /** Pages (1-based) this provision spans. */
  pages: number[];
  children: Provision[];
}
