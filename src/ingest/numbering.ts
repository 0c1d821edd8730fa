/**
 * Word's automatic numbering, rebuilt. Treaties are drafted in Word and "Article 1", "1.1" or "(a)" are
 * often list numbers, which mammoth drops. We read numbering.xml and styles.xml, count as Word counts,
 * and write each number into its paragraph as ordinary text before mammoth sees the document.
 */
import { attr, escapeXml, scanTags } from './xml.js';
import { formatNumber } from './number-format.js';

interface Level {
  start?: number;
  format?: string;
  text?: string;
  suffix?: string;
  style?: string;
  legal?: boolean;
}

interface NumDefinition {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  /** abstractNum → style whose numbering it takes (w:numStyleLink). */
  styleLinks: Map<string, string>;
  nums: Map<string, NumDefinition>;
  styles: Map<string, StyleNumbering>;
}

const int = (v: string | undefined): number | undefined => (v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined);

/** Reads a <w:lvl> child into the level being built. */
function readLevelProperty(level: Level, name: string, attrs: string): void {
  const val = attr(attrs, 'w:val');
  if (name === 'w:start') level.start = int(val);
  else if (name === 'w:numFmt') level.format = val;
  else if (name === 'w:lvlText') level.text = val;
  else if (name === 'w:suff') level.suffix = val;
  else if (name === 'w:pStyle') level.style = val;
  else if (name === 'w:isLgl') level.legal = val !== 'false' && val !== '0';
}

export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), styleLinks: new Map(), nums: new Map(), styles: new Map() };
  if (numberingXml) readNumberingPart(numberingXml, defs);
  if (stylesXml) readStylesPart(stylesXml, defs);
  return defs;
}

function readNumberingPart(xml: string, defs: NumberingDefinitions): void {
  let abstract: Map<number, Level> | undefined;
  let abstractId: string | undefined;
  let num: NumDefinition | undefined;
  let overrideLevel: number | undefined;
  let level: Level | undefined;
  for (const t of scanTags(xml)) {
    if (t.closing) {
      if (t.name === 'w:lvl') level = undefined;
      else if (t.name === 'w:abstractNum') abstract = undefined;
      else if (t.name === 'w:num') num = undefined;
      else if (t.name === 'w:lvlOverride') overrideLevel = undefined;
      continue;
    }
    if (t.name === 'w:abstractNum') {
      abstractId = attr(t.attrs, 'w:abstractNumId') ?? '';
      abstract = new Map();
      defs.abstracts.set(abstractId, abstract);
    } else if (t.name === 'w:num') {
      num = { abstractId: '', overrides: new Map() };
      defs.nums.set(attr(t.attrs, 'w:numId') ?? '', num);
    } else if (t.name === 'w:abstractNumId' && num) num.abstractId = attr(t.attrs, 'w:val') ?? '';
    else if (t.name === 'w:lvlOverride' && num) {
      overrideLevel = int(attr(t.attrs, 'w:ilvl')) ?? 0;
      num.overrides.set(overrideLevel, {});
    } else if (t.name === 'w:startOverride' && num && overrideLevel !== undefined) {
      num.overrides.get(overrideLevel)!.start = int(attr(t.attrs, 'w:val'));
    } else if (t.name === 'w:numStyleLink' && abstract && abstractId !== undefined) {
      defs.styleLinks.set(abstractId, attr(t.attrs, 'w:val') ?? '');
    } else if (t.name === 'w:lvl' && !t.selfClosing) {
      level = {};
      const ilvl = int(attr(t.attrs, 'w:ilvl')) ?? 0;
      if (num && overrideLevel !== undefined) num.overrides.get(overrideLevel)!.level = level;
      else abstract?.set(ilvl, level);
    } else if (level) readLevelProperty(level, t.name, t.attrs);
  }
}

function readStylesPart(xml: string, defs: NumberingDefinitions): void {
  let style: StyleNumbering | undefined;
  for (const t of scanTags(xml)) {
    if (t.closing) {
      if (t.name === 'w:style') style = undefined;
      continue;
    }
    if (t.name === 'w:style') {
      style = {};
      defs.styles.set(attr(t.attrs, 'w:styleId') ?? '', style);
    } else if (!style) continue;
    else if (t.name === 'w:basedOn') style.basedOn = attr(t.attrs, 'w:val');
    else if (t.name === 'w:numId') style.numId = attr(t.attrs, 'w:val');
    else if (t.name === 'w:ilvl') style.ilvl = int(attr(t.attrs, 'w:val'));
  }
}

/** A paragraph's own numbering properties, as written in its w:pPr. */
export interface ParagraphNumbering {
  style?: string;
  numId?: string;
  ilvl?: number;
}

/** Counts list items the way Word displays them, one paragraph at a time in document order. */
export class NumberingCounter {
  private counters = new Map<string, Array<number | undefined>>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label Word shows before the paragraph ("Article 3", "2.1", "(b)", "•"), or '' when none. */
  label(p: ParagraphNumbering): string {
    const ref = this.resolve(p);
    if (!ref) return '';
    const { numId, ilvl, num, levels } = ref;
    const levelAt = (k: number): Level => num.overrides.get(k)?.level ?? levels.get(k) ?? {};
    const startAt = (k: number): number => num.overrides.get(k)?.start ?? levelAt(k).start ?? 1;
    // Lists that restart (an override) count on their own; others share their abstract list's count.
    const key = num.overrides.size ? `num:${numId}` : `abs:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    for (let k = 0; k < ilvl; k++) counts[k] ??= startAt(k);
    counts[ilvl] = counts[ilvl] === undefined ? startAt(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    const level = levelAt(ilvl);
    if (level.format === 'bullet') return '•';
    const text = (level.text ?? '').replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const format = level.legal && k < ilvl ? 'decimal' : levelAt(k).format;
      return formatNumber(counts[k] ?? startAt(k), format);
    });
    return text.trim();
  }

  /** What Word puts between the number and the text: a tab or space (read as a space), or nothing. */
  separator(p: ParagraphNumbering): string {
    const ref = this.resolve(p);
    const level = ref && (ref.num.overrides.get(ref.ilvl)?.level ?? ref.levels.get(ref.ilvl));
    return level?.suffix === 'nothing' ? '' : ' ';
  }

  /** Direct numbering wins over the style's; a numbering-linked abstract list borrows the style's list. */
  private resolve(p: ParagraphNumbering) {
    const fromStyle = this.styleNumbering(p.style);
    const numId = p.numId ?? fromStyle.numId;
    if (!numId || numId === '0') return undefined;
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    let levels = this.defs.abstracts.get(num.abstractId);
    const link = this.defs.styleLinks.get(num.abstractId);
    if (link) {
      const linked = this.defs.nums.get(this.styleNumbering(link).numId ?? '');
      levels = (linked && this.defs.abstracts.get(linked.abstractId)) ?? levels;
    }
    if (!levels) return undefined;
    const ilvl = p.ilvl ?? (p.numId ? undefined : fromStyle.ilvl) ?? levelForStyle(levels, p.style) ?? 0;
    return { numId, ilvl: Math.min(Math.max(ilvl, 0), 8), num, levels };
  }

  private styleNumbering(styleId: string | undefined): StyleNumbering {
    const found: StyleNumbering = {};
    for (let id = styleId, hops = 0; id && hops < 20; hops++) {
      const s = this.defs.styles.get(id);
      if (!s) break;
      found.numId ??= s.numId;
      found.ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return found;
  }
}

function levelForStyle(levels: Map<number, Level>, style: string | undefined): number | undefined {
  if (!style) return undefined;
  for (const [ilvl, level] of levels) if (level.style === style) return ilvl;
  return undefined;
}

interface OpenParagraph extends ParagraphNumbering {
  insertAt: number;
  inProperties: boolean;
  inChange: boolean;
}

/**
 * document.xml with each numbered paragraph's label written as its first run. Returns the part unchanged
 * (same string) when nothing is numbered.
 */
export function writeNumbersIntoDocument(documentXml: string, defs: NumberingDefinitions): string {
  if (defs.nums.size === 0) return documentXml;
  const counter = new NumberingCounter(defs);
  const inserts: Array<{ at: number; text: string }> = [];
  const open: OpenParagraph[] = [];
  for (const t of scanTags(documentXml)) {
    const p = open[open.length - 1];
    if (t.name === 'w:p') {
      if (t.closing && p) {
        open.pop();
        const label = counter.label(p);
        if (label) inserts.push({ at: p.insertAt, text: label + counter.separator(p) });
      } else if (!t.closing && !t.selfClosing) {
        open.push({ insertAt: t.end, inProperties: false, inChange: false });
      }
    } else if (p) readParagraphProperty(p, t);
  }
  const parts: string[] = [];
  let from = 0;
  for (const { at, text } of inserts.sort((a, b) => a.at - b.at)) {
    parts.push(documentXml.slice(from, at), `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`);
    from = at;
  }
  parts.push(documentXml.slice(from));
  return parts.join('');
}

function readParagraphProperty(p: OpenParagraph, t: { name: string; closing: boolean; attrs: string; end: number }): void {
  if (t.name === 'w:pPr') {
    p.inProperties = !t.closing;
    if (t.closing) p.insertAt = t.end;
    return;
  }
  if (t.name === 'w:pPrChange') {
    // The properties before a tracked change: not what the reader sees.
    p.inChange = !t.closing;
    return;
  }
  if (!p.inProperties || p.inChange || t.closing) return;
  const val = attr(t.attrs, 'w:val');
  if (t.name === 'w:pStyle') p.style = val;
  else if (t.name === 'w:numId') p.numId = val;
  else if (t.name === 'w:ilvl') p.ilvl = int(val);
}
