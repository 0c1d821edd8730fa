/** The pattern language of rules/README.md (shared by rule packs and lexicon markers), parsed: words, alternatives, optionals, gaps, numbers. */

/** Longest gap a pattern may ask for (`...12`); keeps the number of live match states bounded. */
export const MAX_GAP = 12;
/** Gap length of a bare `...`. */
export const DEFAULT_GAP = 5;
/** Most token sequences one pattern may expand to (alternatives × optionals). */
export const MAX_EXPANSIONS = 256;

export interface WordItem {
  kind: 'word';
  /** The word as written, without `=`, `*` or `?`. */
  text: string;
  /** `=word`: this word form only, no stemming. */
  exact: boolean;
  /** `word*`: any token beginning with the folded word. */
  prefix: boolean;
  optional: boolean;
  /** 0-based offset of the item in the pattern string. */
  offset: number;
}
export interface NumberItem { kind: 'number'; optional: boolean; offset: number }
export interface GapItem { kind: 'gap'; max: number; offset: number }
export interface GroupItem { kind: 'group'; alternatives: Item[][]; optional: boolean; offset: number }
export type Item = WordItem | NumberItem | GapItem | GroupItem;

/** A syntax mistake at an offset inside the pattern string. */
export class PatternSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'PatternSyntaxError';
    this.offset = offset;
  }
}
