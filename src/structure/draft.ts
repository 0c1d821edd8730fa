/** A provision while the tree is being built: offsets known, end, label and id decided later. */
import type { ProvisionKind } from './types.js';
import type { Shape, TokenClass } from './markers.js';
import { checkList } from '../lifetime.js';

export interface ListStyle {
  /** Same key, same list: "dec:dot", "alpha:paren", "bullet:-", "dec:multi2". */
  key: string;
  shape: Shape;
  cls: TokenClass;
  /** Position in its list: 1 for "1.", "(a)" or "(i)"; the running count for dashes. */
  value: number;
}

export interface Draft {
  kind: ProvisionKind;
  /** First character of the provision (its heading or marker). */
  start: number;
  /** First character of its own words, after heading and marker. */
  bodyStart: number;
  /** The number as cited ("5", "V", "a", "5.1"). */
  num?: string;
  heading?: string;
  /** The citation word: "Article", "Annex", "Chapter", or as printed for notes ("Nr."). */
  word?: string;
  /** Akoma Ntoso element name for the id: "art", "annex", "chp", "para", "point", "indent". */
  idWord: string;
  /** Nesting rank: a heading closes every open provision of the same or a higher rank. */
  rank: number;
  children: Draft[];
  list?: ListStyle;
  /** A note of an exchange of letters that carries a printed number ("Nr. I"). */
  headed?: boolean;
  /** A note whose greeting has been seen: a further greeting starts the next note. */
  greeted?: boolean;
  /** A lettered part of a form ("A. Employer: ... Address: ...") that a numbered list closes. */
  blockPart?: boolean;
  /** A container (root, annex, protocol, note) whose numbering is by articles, not by items. */
  hasArticles?: boolean;
  /** A block of plain prose in a text with no numbering at all. */
  prose?: boolean;
}

export const RANK = {
  document: 0,
  container: 1,
  /** Groups take 2 + their place in the lexicon (part 2, title 3, chapter 4, section 5). */
  group: 2,
  /** Unnumbered headings between articles ("Dispositions générales"). */
  heading: 6,
  article: 7,
  list: 8,
  /** Title, preamble and signature blocks close at any heading. */
  leaf: 100,
} as const;

export function draft(kind: ProvisionKind, start: number, rank: number, idWord: string, extra?: Partial<Draft>): Draft {
  const d = new ProvisionDraft(kind, start, rank, idWord);
  return extra ? Object.assign(d, extra) : d;
}

/** Drafts last until the tree is finished, so they are made by `new` (src/lifetime.ts). */
class ProvisionDraft implements Draft {
  kind: ProvisionKind;
  start: number;
  bodyStart: number;
  rank: number;
  idWord: string;
  children: Draft[] = checkList();

  constructor(kind: ProvisionKind, start: number, rank: number, idWord: string) {
    this.kind = kind;
    this.start = start;
    this.bodyStart = start;
    this.rank = rank;
    this.idWord = idWord;
  }
}

/** A list style, made by `new` as drafts are (src/lifetime.ts). */
export class Style implements ListStyle {
  constructor(
    public key: string,
    public shape: Shape,
    public cls: TokenClass,
    public value: number,
  ) {}
}
