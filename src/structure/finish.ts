/**
 * From drafts to provisions: where each one ends, what a reader calls it ("Article 5(2)(b)",
 * "Annex I Article 3", "item 4"), its Akoma Ntoso id, its scope and its pages.
 */
import type { Page } from '../ingest/types.js';
import type { CompiledLexicon } from './lexicon.js';
import type { Provision, ProvisionKind, Scope } from './types.js';
import { checkList } from '../lifetime.js';
import type { Draft } from './draft.js';
import { parseMarker } from './markers.js';
import { idNumber } from './numbers.js';
import { pagesOf } from './pages.js';

interface Context {
  /** Label of the enclosing annex, protocol or note, prefixed to its articles ("Annex I"). */
  prefix: string;
  /** Id of the enclosing annex, protocol or note ("annex_1"). */
  idPrefix: string;
  scope: Scope;
  /** The enclosing article, for "5.1"-style numbers that restate it. */
  article?: Provision;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11 || c === 0x3000 || c === 0x200b || c === 0xfeff;

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

const join = (prefix: string, id: string) => (prefix ? `${prefix}__${id}` : id);

export class Finisher {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();
  private readonly suffixes = new Map<string, number>();

  constructor(private readonly text: string, private readonly pages: Page[], private readonly lex: CompiledLexicon) {}

  finish(root: Draft): Provision {
    const rootEnd = this.text.length;
    const L = this.lex.source.labels;
    const node = this.shell(root, 'document', L.document, 'operative', 0, rootEnd);
    node.children = this.children(root, node, rootEnd, { prefix: '', idPrefix: '', scope: 'operative' });
    this.body(node, root);
    return node;
  }

  private count(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  /** Ids are unique within a document: a repeated one gets a suffix (art_5, art_5_2). */
  private unique(id: string): string {
    let out = id;
    // Remember the last suffix per id so a text with thousands of "1." stays linear.
    let k = this.suffixes.get(id) ?? 1;
    while (this.used.has(out)) out = `${id}_${++k}`;
    this.suffixes.set(id, k);
    this.used.add(out);
    return out;
  }

  private shell(d: Draft, id: string, label: string, scope: Scope, start: number, end: number): Provision {
    return new ProvisionNode(id, d.kind, label, d.num, d.heading || undefined, scope, start, end);
  }

  private children(d: Draft, parent: Provision, rawEnd: number, ctx: Context): Provision[] {
    return d.children.map((child, k) => {
      const next = d.children[k + 1];
      return this.provision(child, d, parent, next ? next.start : rawEnd, ctx);
    });
  }

  private provision(d: Draft, parentDraft: Draft, parent: Provision, rawEnd: number, ctx: Context): Provision {
    const end = trimEnd(this.text, d.start, rawEnd);
    const node = this.shell(d, '', '', ctx.scope, d.start, end);
    node.label = this.label(d, parentDraft, parent, ctx);
    node.id = this.unique(this.id(d, parentDraft, parent, ctx));
    node.scope = this.scope(d, ctx);
    const opensPart = d.kind === 'annex' || d.kind === 'protocol' || d.kind === 'letter';
    const inner: Context = {
      prefix: opensPart ? node.label : ctx.prefix,
      idPrefix: opensPart ? node.id : ctx.idPrefix,
      scope: node.scope,
      article: d.kind === 'article' ? node : ctx.article,
    };
    node.children = this.children(d, node, rawEnd, inner);
    this.body(node, d);
    return node;
  }

  private body(node: Provision, d: Draft): void {
    node.bodyStart = Math.min(skipSpaces(this.text, Math.max(d.bodyStart, node.start), node.end), node.end);
    const first = node.children[0];
    node.bodyEnd = first ? Math.max(node.bodyStart, trimEnd(this.text, node.bodyStart, first.start)) : node.end;
    node.pages = pagesOf(this.pages, node.start, node.end);
  }

  // ----- labels -----

  private label(d: Draft, parentDraft: Draft, parent: Provision, ctx: Context): string {
    const L = this.lex.source.labels;
    const withPrefix = (s: string) => (ctx.prefix ? `${ctx.prefix} ${s}` : s);
    switch (d.kind) {
      case 'title': return L.title;
      case 'preamble': return L.preamble;
      case 'signature': return withPrefix(L.signature);
      case 'annex':
      case 'protocol': return d.num ? `${d.word} ${d.num}` : d.word!;
      case 'letter': return d.headed ? `${d.word} ${d.num}` : `${L.letter} ${this.count('label:letter')}`;
      case 'article': return withPrefix(`${d.word} ${d.num}`);
      case 'part':
        if (d.list) return `${this.lex.source.groups[0].label} ${d.num}`;
        return d.num ? withPrefix(`${d.word} ${d.num}`) : d.heading ?? withPrefix(this.lex.source.groups[0].label);
      default: return d.prose ? `${L.paragraph} ${d.num}` : this.listLabel(d, parentDraft, parent, ctx);
    }
  }

  /** "Article 5(2)(b)", "Article 17(1), first indent", "Nr. I (A)", "item 4", "Clause 5.1". */
  private listLabel(d: Draft, parentDraft: Draft, parent: Provision, ctx: Context): string {
    const L = this.lex.source.labels;
    const kind = parentDraft.kind;
    if (kind === 'document' || (kind === 'letter' && !parentDraft.headed)) return `${L.item} ${d.num}`;
    if (kind === 'annex' || kind === 'protocol') return `${parent.label} ${L.item} ${d.num}`;
    if (d.list?.cls === 'bullet') {
      const n = Number(d.num);
      const ordinal = L.indentOrdinals[n - 1] ?? `${n}th`;
      return `${parent.label}, ${ordinal} ${L.indent}`;
    }
    if (kind === 'letter') return `${parent.label} (${d.num})`;
    const article = ctx.article;
    if (d.list?.shape === 'multi' && article?.num && d.num!.startsWith(`${article.num}.`)) return `${article.label}${d.num!.slice(article.num.length)}`;
    return `${parent.label}(${d.num})`;
  }

  // ----- ids -----

  private id(d: Draft, parentDraft: Draft, parent: Provision, ctx: Context): string {
    switch (d.kind) {
      case 'title':
      case 'preamble': return d.kind;
      case 'signature': return join(ctx.idPrefix, 'signature');
      case 'annex':
      case 'protocol': return `${d.idWord}_${d.num ? idNumber(d.num) : this.count(`id:${d.idWord}`)}`;
      case 'letter': return `letter_${this.count('id:letter')}`;
      case 'article': return join(ctx.idPrefix, `${d.idWord}_${idNumber(d.num!)}`);
      case 'part': {
        if (!d.num) return join(ctx.idPrefix, `${d.idWord}_${this.count(`id:hcontainer:${ctx.idPrefix}`)}`);
        const within = parentDraft.kind === 'part' ? parent.id : ctx.idPrefix;
        return join(within, `${d.idWord}_${idNumber(d.num)}`);
      }
      default: {
        const prefix = parentDraft.kind === 'document' ? '' : parent.id;
        return join(prefix, `${d.idWord}_${this.listNumber(d, ctx)}`);
      }
    }
  }

  /** "5.1" under Article 5 is paragraph 1; other numbers keep their printed form, lower-cased. */
  private listNumber(d: Draft, ctx: Context): string {
    const num = d.num!;
    const article = ctx.article?.num;
    if (d.list?.shape === 'multi') {
      const own = article && num.startsWith(`${article}.`) ? num.slice(article.length + 1) : num;
      return own.split('.').pop()!.toLowerCase() || idNumber(num);
    }
    return /^[0-9a-z]+$/i.test(num) ? num.toLowerCase() : idNumber(num);
  }

  // ----- scope -----

  private scope(d: Draft, ctx: Context): Scope {
    if (d.kind === 'title' || d.kind === 'preamble') return 'preamble';
    if (d.kind === 'annex' || d.kind === 'protocol') return 'annex';
    if (d.kind === 'letter' || d.kind === 'signature') return 'operative';
    if (d.kind === 'article' && this.definesTerms(d)) return 'definitions';
    return ctx.scope;
  }

  /** A definitions article: by its heading, or by how its first words open. */
  private definesTerms(d: Draft): boolean {
    const heading = d.heading?.toLowerCase() ?? '';
    if (heading && this.lex.definitionHeadings.some((w) => heading.includes(w))) return true;
    let at = skipSpaces(this.text, d.bodyStart, Math.min(this.text.length, d.bodyStart + 400));
    const marker = parseMarker(this.text.slice(at, at + 12));
    if (marker) at += marker.textStart;
    const opening = this.text.slice(at, at + 80).toLowerCase().replace(/’/g, "'");
    return this.lex.definitionOpenings.some((o) => opening.startsWith(o));
  }
}

/**
 * A provision as the tree is built: made by `new`, as it lives for the whole check (src/lifetime.ts),
 * with every field set in one order rather than by conditional spreads (those cost more than the rest
 * of the stage). An absent number or heading is undefined, which JSON leaves out.
 */
class ProvisionNode implements Provision {
  // Declared, not class fields: they are set after the others, so JSON lists them in the same order.
  declare bodyStart: number;
  declare bodyEnd: number;
  declare pages: number[];
  declare children: Provision[];

  constructor(
    public id: string,
    public kind: ProvisionKind,
    public label: string,
    public num: string | undefined,
    public heading: string | undefined,
    public scope: Scope,
    public start: number,
    public end: number,
  ) {
    this.bodyStart = start;
    this.bodyEnd = end;
    this.pages = checkList();
    this.children = checkList();
  }
}
