/**
 * One pass over the lines: each line either opens a provision (a heading, a list marker, a final
 * formula, a greeting) or continues the one that is open. A stack holds the open provisions; a
 * heading closes those of its rank and below. Every test reads a bounded prefix of one line and at
 * most the next non-blank line, so the pass is linear in the text.
 */
import type { CompiledLexicon } from './lexicon.js';
import { headText, nextNonBlank, splitLines, type Line } from './lines.js';
import { parseMarker, type Marker } from './markers.js';
import { bareRoman, greets, looksLikeHeading, matchLetterHead, matchNumbered, matchTitledContainer, opensSignature } from './headings.js';
import { frontMatter, blocksOf, isProseLine } from './front.js';
import { resolveStyle } from './lists.js';
import { draft, RANK, type Draft } from './draft.js';

type Action = () => void;

export class Builder {
  readonly root: Draft;
  private readonly lines: Line[];
  private readonly next: Int32Array;
  private readonly stack: Draft[];
  private readonly consumed: Uint8Array;
  /** Whether an article heading follows before the next annex, protocol or note. */
  private readonly articleAhead: Uint8Array;
  private readonly isArticle: Uint8Array;
  private inFront = true;
  private frontProse = false;
  private bodySeen = false;

  constructor(private readonly text: string, private readonly lex: CompiledLexicon) {
    this.lines = splitLines(text);
    this.next = nextNonBlank(this.lines);
    this.consumed = new Uint8Array(this.lines.length);
    this.isArticle = new Uint8Array(this.lines.length);
    this.articleAhead = new Uint8Array(this.lines.length + 1);
    this.scanArticles();
    this.root = draft('document', 0, RANK.document, 'document', { hasArticles: this.articleAhead[0] === 1 });
    this.stack = [this.root];
  }

  build(): Draft {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.blank || this.consumed[i]) continue;
      const action = this.classify(i);
      if (this.inFront) {
        if (!action) {
          if (isProseLine(line)) this.frontProse = true;
          continue;
        }
        this.closeFront(i);
      }
      action?.();
    }
    if (this.inFront) this.plainProse();
    return this.root;
  }

  private scanArticles(): void {
    const { lines, lex } = this;
    for (let i = lines.length - 1; i >= 0; i--) {
      const head = lines[i].head;
      if (lines[i].blank) { this.articleAhead[i] = this.articleAhead[i + 1]; continue; }
      if (matchNumbered(head, lex.articles, lex)) this.isArticle[i] = 1;
      const boundary = matchLetterHead(head, lex) || matchNumbered(head, lex.containers, lex, { numberOptional: true, allowLetter: true });
      this.articleAhead[i] = this.isArticle[i] ? 1 : boundary ? 0 : this.articleAhead[i + 1];
    }
  }

  // ----- where we are -----

  private top(): Draft { return this.stack[this.stack.length - 1]; }

  /** Index in the stack of the innermost provision that is not a list item. */
  private structuralIndex(): number {
    let k = this.stack.length - 1;
    while (k > 0 && this.stack[k].list) k--;
    return k;
  }

  private container(): Draft {
    let k = this.stack.length - 1;
    while (k > 0 && this.stack[k].rank > RANK.container) k--;
    return this.stack[k];
  }

  private popWhile(rank: number): void {
    while (this.stack.length > 1 && this.top().rank >= rank) this.stack.pop();
  }

  private push(d: Draft): void {
    this.top().children.push(d);
    this.stack.push(d);
  }

  // ----- what a line is -----

  private classify(i: number): Action | undefined {
    const line = this.lines[i];
    const head = line.head;
    const lex = this.lex;
    const letter = matchLetterHead(head, lex);
    if (letter) return () => this.openLetter(i, letter.word, letter.num);
    const container = matchNumbered(head, lex.containers, lex, { numberOptional: true, allowLetter: true });
    if (container && (container.num || container.heading || container.bodyStart === undefined)) return () => this.openContainer(i, container);
    if (this.bodySeen && line.blockStart) {
      const titled = matchTitledContainer(head, line.end - line.indent, lex);
      if (titled) return () => this.openContainer(i, titled);
    }
    if (this.isArticle[i]) {
      const article = matchNumbered(head, lex.articles, lex);
      if (article) return () => this.openArticle(i, article);
    }
    const group = matchNumbered(head, lex.groups, lex, { allowLetter: true });
    if (group) return () => this.openGroup(i, group.entry.rank, group);
    return this.classifyRest(i);
  }

  private classifyRest(i: number): Action | undefined {
    const line = this.lines[i];
    const head = line.head;
    const roman = bareRoman(head);
    if (roman && this.container().hasArticles && this.headingBelow(i, 250)) return () => this.openRomanGroup(i, roman);
    // "IN WITNESS WHEREOF" then "Done at": one signature block, not two.
    if (line.blockStart && this.top().kind !== 'signature' && opensSignature(head, this.lex) && this.containerHasBody()) return () => this.openSignature(i);
    if (line.blockStart && greets(head, this.lex)) {
      const greeting = this.greeting();
      if (greeting) return greeting === 'new' ? () => this.openLetter(i) : () => { this.container().greeted = true; };
    }
    const marker = parseMarker(head);
    if (marker) {
      const chapter = this.romanHeading(i, marker);
      if (chapter) return chapter;
      if (this.markersAllowed()) {
        const action = this.listItem(i, marker);
        if (action) return action;
      }
    }
    if (this.unnumberedHeading(i)) return () => this.openHeading(i);
    return undefined;
  }

  /** A greeting opens a note unless it is the first greeting of a note opened by its number. */
  private greeting(): 'new' | 'first' | undefined {
    const c = this.container();
    if (c.kind === 'letter') return c.greeted ? 'new' : 'first';
    const st = this.stack[this.structuralIndex()];
    if (c !== this.root || (st !== this.root && st.kind !== 'signature')) return undefined;
    return !this.root.hasArticles || this.bodySeen ? 'new' : undefined;
  }

  private containerHasBody(): boolean {
    const c = this.container();
    return c.kind === 'letter' || c.children.some((d) => d.kind !== 'title' && d.kind !== 'preamble');
  }

  /** List markers open provisions inside articles and notes, or anywhere in a text without articles. */
  private markersAllowed(): boolean {
    const st = this.stack[this.structuralIndex()];
    if (st.kind === 'article' || st.kind === 'letter') return true;
    if (st.kind === 'signature') return false;
    return !this.container().hasArticles;
  }

  /** The next non-blank line, if it reads as a heading of line i and something follows it. */
  private headingBelow(i: number, max: number): { text: string; line: number } | undefined {
    const j = this.next[i];
    if (j >= this.lines.length || this.next[j] >= this.lines.length) return undefined;
    const below = this.lines[j];
    if (below.end - below.indent > max) return undefined;
    const text = headText(below);
    if (!looksLikeHeading(text, max) || this.looksStructural(below.head)) return undefined;
    return { text, line: j };
  }

  private looksStructural(head: string): boolean {
    const lex = this.lex;
    return Boolean(parseMarker(head) || bareRoman(head) || matchLetterHead(head, lex) || opensSignature(head, lex) ||
      matchNumbered(head, lex.articles, lex) || matchNumbered(head, lex.groups, lex, { allowLetter: true }) ||
      matchNumbered(head, lex.containers, lex, { numberOptional: true, allowLetter: true }));
  }

  /** "II. RECRUITMENT" between articles: a chapter heading, not a point of the previous article. */
  private romanHeading(i: number, marker: Marker): Action | undefined {
    if (marker.shape !== 'dot' || !this.container().hasArticles) return undefined;
    const roman = marker.cls === 'ROMAN' || (marker.cls === 'ALPHA' && 'IVX'.includes(marker.token));
    const line = this.lines[i];
    if (!roman || line.end - line.indent > 150 || !looksLikeHeading(line.head.slice(marker.textStart), 150)) return undefined;
    const j = this.next[i];
    if (j >= this.lines.length || !this.isArticle[j]) return undefined;
    return () => this.openRomanGroup(i, marker.token, line.indent + marker.textStart, headText(line).slice(marker.textStart));
  }

  /** "Dispositions générales" alone on its line just before an article: an unnumbered group. */
  private unnumberedHeading(i: number): boolean {
    const line = this.lines[i];
    if (!line.blockStart || line.end - line.indent > 120 || (this.inFront && !this.frontProse)) return false;
    const j = this.next[i];
    return j < this.lines.length && this.isArticle[j] === 1 && looksLikeHeading(headText(line), 120);
  }

  // ----- opening provisions -----

  private closeFront(i: number): void {
    this.inFront = false;
    this.root.children.push(...frontMatter(this.lines, 0, i, this.lex));
  }

  /** Heading text on the line itself, or on the next line, which is then used up. */
  private headingOf(i: number, m: { heading?: string; headingStart?: number; bodyStart?: number }, max: number): { heading?: string; bodyStart: number } {
    const line = this.lines[i];
    if (m.heading !== undefined) return { heading: m.heading, bodyStart: line.end };
    if (m.bodyStart !== undefined) return { bodyStart: line.indent + m.bodyStart };
    const below = this.headingBelow(i, max);
    if (!below) return { bodyStart: line.end };
    this.consumed[below.line] = 1;
    return { heading: below.text, bodyStart: this.lines[below.line].end };
  }

  private openArticle(i: number, m: ReturnType<typeof matchNumbered<{ label: string; id: string }>> & object): void {
    this.popWhile(RANK.article);
    const { heading, bodyStart } = this.headingOf(i, m, 150);
    this.push(draft('article', this.lines[i].indent, RANK.article, m.entry.id, { num: m.num, word: m.entry.label, heading, bodyStart }));
    this.bodySeen = true;
  }

  private openGroup(i: number, order: number, m: { entry: { label: string; id: string }; num?: string; heading?: string; headingStart?: number; bodyStart?: number }): void {
    const rank = RANK.group + order;
    this.popWhile(rank);
    const { heading, bodyStart } = this.headingOf(i, m, 250);
    this.push(draft('part', this.lines[i].indent, rank, m.entry.id, { num: m.num, word: m.entry.label, heading, bodyStart }));
  }

  private openRomanGroup(i: number, roman: string, headingAt?: number, headingText?: string): void {
    const label = this.lex.source.bareRomanGroup;
    const order = this.lex.groupRank.get(label) ?? 2;
    const entry = this.lex.source.groups[order] ?? { label, id: 'chp' };
    if (headingText !== undefined && headingAt !== undefined) this.openGroup(i, order, { entry, num: roman, heading: headingText.trim() });
    else this.openGroup(i, order, { entry, num: roman });
  }

  private openContainer(i: number, m: { entry: { label: string; id: string; kind: 'annex' | 'protocol' }; num?: string; heading?: string; bodyStart?: number }): void {
    this.popWhile(RANK.container);
    const { heading, bodyStart } = this.headingOf(i, m, 250);
    this.push(draft(m.entry.kind, this.lines[i].indent, RANK.container, m.entry.id, {
      num: m.num, word: m.entry.label, heading, bodyStart, hasArticles: this.articleAhead[i + 1] === 1,
    }));
  }

  private openLetter(i: number, word?: string, num?: string): void {
    this.popWhile(RANK.container);
    const headed = word !== undefined;
    this.push(draft('letter', this.lines[i].indent, RANK.container, 'letter', {
      word, num, headed, greeted: !headed, bodyStart: headed ? this.lines[i].end : this.lines[i].indent,
      hasArticles: this.articleAhead[i + 1] === 1,
    }));
    this.bodySeen = true;
  }

  private openSignature(i: number): void {
    this.popWhile(RANK.container + 1);
    this.push(draft('signature', this.lines[i].indent, RANK.leaf, 'signature'));
  }

  private openHeading(i: number): void {
    this.popWhile(RANK.heading);
    const line = this.lines[i];
    this.push(draft('part', line.indent, RANK.heading, 'hcontainer', { heading: headText(line), bodyStart: line.end }));
  }

  /** A numbered or lettered line: a sibling of the open item of the same style, or a child of the open one. */
  private listItem(i: number, marker: Marker): Action | undefined {
    const stIndex = this.structuralIndex();
    const style = resolveStyle(marker, this.stack.slice(stIndex + 1));
    if (!style) return undefined;
    return () => {
      let k = this.stack.length - 1;
      while (k > stIndex && this.stack[k].list?.key !== style.key) k--;
      if (k > stIndex) this.stack.length = k; // same list: close the sibling and what it holds
      else if (style.cls === 'dec' && (style.value > 1 || this.stack.slice(stIndex + 1).some((d) => d.blockPart)))
        this.stack.length = stIndex + 1; // a numbered list that cannot be nested where we are
      const parent = this.top();
      const structural = parent === this.stack[stIndex];
      const line = this.lines[i];
      const rootPart = structural && parent.kind === 'document' && (style.cls === 'ALPHA' || style.cls === 'ROMAN');
      const kind = rootPart ? 'part' : style.cls === 'dec' && (structural || parent.kind === 'part') ? 'paragraph' : 'point';
      const idWord = kind === 'part' ? 'part' : kind === 'paragraph' ? 'para' : style.cls === 'bullet' ? 'indent' : 'point';
      const next = this.lines[i + 1];
      this.push(draft(kind, line.indent, RANK.list, idWord, {
        num: style.cls === 'bullet' ? String(style.value) : marker.token,
        list: style,
        bodyStart: line.indent + marker.textStart,
        blockPart: rootPart && next !== undefined && !next.blank && !parseMarker(next.head),
      }));
      this.bodySeen = true;
    };
  }

  /** A text with no heading and no numbering at all: one paragraph per block. */
  private plainProse(): void {
    const blocks = blocksOf(this.lines, 0, this.lines.length);
    blocks.forEach((b, k) => {
      const start = this.lines[b.first].indent;
      this.root.children.push(draft('paragraph', start, RANK.list, 'para', { num: String(k + 1), prose: true }));
    });
  }
}

export function buildDrafts(text: string, lexicon: CompiledLexicon): Draft {
  return new Builder(text, lexicon).build();
}
