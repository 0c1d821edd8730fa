/**
 * How strongly a sentence commits, and whether it is negated: force markers, future-tense verbs and
 * "label: value" terms from the lexicon; negators and the clause they cover. Hedges beat binding
 * markers ("shall endeavour"); a negated permissive forbids ("may not").
 */
import type { Force, Polarity, Token } from './types.js';
import { checkList, rangeOf } from '../lifetime.js';
import type { Scope } from '../structure/types.js';
import type { CompiledLexicon, ForceTag, NegationTag } from './compile.js';
import type { MarkerMatch, StartBits } from './markers.js';
import { clauseEnds, gapBefore } from './clauses.js';
import { endOf } from './spans.js';

export interface Modality {
  force: Force;
  polarity: Polarity;
  negations: Array<[number, number]>;
  /** Token range of the first force marker, where the subject ends; -1 when there is none. */
  forceAt: number;
  forceEnd: number;
  /** The force comes only from a "label: value" term, which announces no list items. */
  term: boolean;
}

let endsBuffer = new Int32Array(64);
/** Clause ends are read only while one sentence is analysed: one buffer serves every sentence. */
function scratchEnds(n: number): Int32Array {
  if (endsBuffer.length < n) endsBuffer = new Int32Array(Math.max(n, endsBuffer.length * 2));
  return endsBuffer;
}

/** Scopes where a present-tense statement of fact is an arrangement that binds. */
const OPERATIVE: ReadonlySet<Scope> = new Set(['operative', 'annex']);
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

export function analyseModality(text: string, tokens: Token[], spans: Int32Array, lex: CompiledLexicon, scope: Scope, starts?: StartBits): Modality {
  const markers = forceMarkers(tokens, lex, scope, starts);
  const ends = clauseEnds(text, tokens, spans, lex.conjunctions, scratchEnds(tokens.length));
  const negators = negationMarkers(tokens, lex, starts);
  const negations = negators.length ? mergeRanges(negators.map((n) => [n.start, Math.max(ends[n.start], n.end)] as [number, number])) : checkList<[number, number]>();
  const negated = negators.some((n) => n.tag === 'prohibition')
    || (markers.length ? markers.some((m) => negators.some((n) => governs(n, m, ends, tokens, lex))) : negators.some((n) => n.start < ends[0]));
  const first = markers.find((m) => m.tag !== 'declarative') ?? markers[0];
  let term = false;
  const force = decideForce(markers, negated, negators, lex, () => (term = isLabelValue(text, tokens, spans, lex, scope)));
  return {
    force,
    polarity: negated ? 'negated' : 'affirmed',
    negations,
    forceAt: first ? first.start : -1,
    forceEnd: first ? first.end : -1,
    term,
  };
}

function decideForce(markers: Array<MarkerMatch<ForceTag>>, negated: boolean, negators: Array<MarkerMatch<NegationTag>>, lex: CompiledLexicon, labelValue: () => boolean): Force {
  const has = (tag: ForceTag) => markers.some((m) => m.tag === tag);
  if (has('hedged')) return 'hedged';
  if (has('binding') || negators.some((n) => n.tag === 'prohibition')) return 'binding';
  if (has('permissive')) return negated && lex.lexicon.force.negatedPermissiveIsBinding ? 'binding' : 'permissive';
  // A present-tense statement binds only where no modal says otherwise ("kan ... zenden" is an infinitive).
  if (has('declarative')) return 'binding';
  return labelValue() ? 'binding' : 'none';
}

/** Force markers in token order, with future-tense verbs where the lexicon has a suffix rule. */
function forceMarkers(tokens: Token[], lex: CompiledLexicon, scope: Scope, starts?: StartBits): Array<MarkerMatch<ForceTag>> {
  const found = lex.force.find(tokens, 0, tokens.length, starts).filter((m) =>
    (m.tag !== 'declarative' || OPERATIVE.has(scope))
    // "8 May 1949": a one-word marker in title case inside a sentence is a name, not a modal.
    && !(m.end - m.start === 1 && m.start > 0 && TITLE_CASE.test(tokens[m.start].text)));
  if (lex.future) {
    const covered = new Uint8Array(tokens.length);
    for (const m of found) covered.fill(1, m.start, m.end);
    tokens.forEach((t, i) => {
      if (!covered[i] && isFutureVerb(t, lex.future!)) found.push({ pattern: 'future tense', tag: 'binding', start: i, end: i + 1 });
    });
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

function isFutureVerb(t: Token, rule: NonNullable<CompiledLexicon['future']>): boolean {
  const w = t.text;
  if (w.length < rule.minLength || w !== w.toLowerCase()) return false; // "Ankara" is a city
  return !rule.except.has(w) && rule.endings.some((e) => w.endsWith(e));
}

/**
 * Negators, leaving out those inside an exception ("not less than", "ne ... que") and "No." or "n°"
 * before a number: those are numbers, not negations.
 */
function negationMarkers(tokens: Token[], lex: CompiledLexicon, starts?: StartBits): Array<MarkerMatch<NegationTag>> {
  const found = lex.negation.find(tokens, 0, tokens.length, starts);
  if (!found.length) return found;
  const exceptions = found.filter((e) => e.tag === 'exception');
  return found.filter((n) => {
    if (n.tag === 'exception') return false;
    if (n.tag === 'prohibition') return true;
    if (exceptions.some((e) => n.start >= e.start && n.start < e.end)) return false;
    return n.end - n.start > 1 || n.end >= tokens.length || !lex.isNumber(tokens[n.end]);
  });
}

/** A negator governs a force marker just before it in its clause ("no fee shall", "ne doit") or just after it ("shall not"). */
function governs(n: MarkerMatch<NegationTag>, m: MarkerMatch<ForceTag>, ends: Int32Array, tokens: Token[], lex: CompiledLexicon): boolean {
  const { after } = lex.lexicon.negation;
  const before = n.tag === 'determiner' ? lex.lexicon.negation.determinerReach : lex.lexicon.negation.before;
  if (n.start >= m.start && n.start < m.end) return true;
  if (n.start < m.start) return m.start - n.end <= before && ends[n.start] > m.start;
  if (n.start - m.end >= after || ends[m.start] <= n.start) return false;
  for (let i = m.end; i < n.start; i++) if (lex.conjunctions.has(tokens[i].norm)) return false; // "shall pay and not ..."
  return true;
}

/** "Basic monthly salary: US$400" — a contract term stated as a short label and its value. */
function isLabelValue(text: string, tokens: Token[], spans: Int32Array, lex: CompiledLexicon, scope: Scope): boolean {
  const rule = lex.lexicon.force.labelValue;
  if (!rule || !OPERATIVE.has(scope)) return false;
  let first = 0;
  while (first < tokens.length - 1 && isListMarker(text, tokens, spans, first)) first++;
  for (let j = first + 1; j < tokens.length && j - first <= rule.maxLabelTokens; j++) {
    if (gapBefore(text, spans, j).includes(':')) return true;
  }
  return false;
}

function isListMarker(text: string, tokens: Token[], spans: Int32Array, i: number): boolean {
  const t = tokens[i];
  const after = text.charAt(endOf(spans, i));
  return (/^\p{N}+$/u.test(t.text) || /^[a-z]$/i.test(t.text)) && (after === '.' || after === ')');
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = checkList();
  for (const r of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(rangeOf(r[0], r[1]));
  }
  return out;
}
