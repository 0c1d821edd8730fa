/**
 * Scoring of checker verdicts against corpus labels, as corpus/GUIDE.md "How the checker is scored"
 * says. Pure functions over plain data, so the rules of scoring are tested on small hand-made cases
 * (tests/eval/) and the script that runs the checker (scripts/eval.ts) only gathers and prints.
 *
 * Evidence rule, decided here and reported as such:
 * - strict (the headline "evidence hit rate"): the first evidence's provision is a labelled provision,
 *   lies inside one ("Article 7(2)" inside "Article 7"), or contains one ("Article 7" holds the labelled
 *   "Article 7(2)": the reviewer can find the labelled words inside what we showed). A sibling
 *   paragraph ("Article 7(3)" for a labelled "Article 7(2)") is a miss.
 * - same article (printed alongside, never used for the target): the first evidence and a labelled
 *   provision share their article (or annex item, point, letter), siblings included.
 * Labels and evidence name provisions in slightly different ways ("Artikel 5", "Art. 5", "ARTICLE V",
 * "Annex I, Article 3", "Article 1er"): both are normalised into a path of segments before comparing.
 */

export const statuses = ['addressed', 'weak', 'contradicted', 'absent'] as const;
export type Status = (typeof statuses)[number];

export interface LabelFile {
  text: string;
  language: string;
  elements: Record<string, { status: Status; articles?: string[]; quote?: string; note?: string }>;
}

/** What the checker said about one element of one text. */
export interface Prediction {
  status: Status;
  /** Label of the first (strongest) evidence, if any. */
  evidenceLabel?: string;
}

/** One (text, element) pair with both sides. */
export interface Pair {
  text: string;
  language: string;
  element: string;
  expected: Status;
  expectedArticles: string[];
  predicted: Status;
  evidenceLabel?: string;
}

// ------------------------------------------------------------------ provision labels

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanToInt(s: string): number | undefined {
  if (!/^[ivxlc]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]], next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Words that name the same kind of provision in the corpus languages and label styles. */
const KIND_WORDS: Record<string, string> = {
  article: 'article', art: 'article', artikel: 'article', artículo: 'article', articulo: 'article', articolo: 'article',
  item: 'item', point: 'item', punt: 'item', paragraph: 'item', para: 'item', clause: 'item',
  annex: 'annex', annexe: 'annex', bijlage: 'annex', anexo: 'annex', schedule: 'annex',
  protocol: 'protocol', protocole: 'protocol', protocolo: 'protocol',
  nr: 'nr', no: 'nr', letter: 'nr', note: 'nr',
  preamble: 'preamble', préambule: 'preamble', preambule: 'preamble', preámbulo: 'preamble', preambulo: 'preamble', considerans: 'preamble',
  title: 'title', titel: 'title', titre: 'title', título: 'title',
};

/** Article numbers as one form: "V" → "5", "1er" / "premier" → "1", "5bis" kept. */
function normaliseNumber(raw: string, kind: string): string {
  const n = raw.toLowerCase().replace(/\.$/, '');
  if (n === 'premier' || n === '1er' || n === 'first') return '1';
  // Annexes and notes are numbered in Roman figures by convention on both sides: keep them as written.
  if (kind === 'article' || kind === 'item') {
    const r = romanToInt(n);
    if (r !== undefined) return String(r);
  }
  return n;
}

/**
 * A provision label as a path of segments: "Annex II, Article 8(2)(a)" → ["annex ii", "article 8", "2", "a"],
 * "Protocol Article 1" → ["protocol", "article 1"], "Preamble" → ["preamble"]. Unknown words are kept
 * as their own segment, so two labels only match where their words agree.
 */
export function provisionPath(label: string): string[] {
  const text = label.toLowerCase().replace(/[,;:]/g, ' ').replace(/\s+/g, ' ').trim();
  const segments: string[] = [];
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const [head, ...parens] = raw.split('(');
    const kind = KIND_WORDS[head.replace(/\.$/, '')];
    if (kind && parens.length === 0 && i + 1 < words.length && /^[\w]/.test(words[i + 1]) && !KIND_WORDS[words[i + 1].replace(/\.$/, '')]) {
      // "Article 7(2)(a)": number and its sub-parts come in the next word.
      const [num, ...subs] = words[++i].split('(');
      segments.push(`${kind} ${normaliseNumber(num, kind)}`, ...subs.map(sub));
    } else if (kind) {
      segments.push(kind, ...parens.map(sub));
    } else if (head === '' && parens.length) {
      segments.push(...parens.map(sub)); // "(B)" standing alone
    } else {
      segments.push(head, ...parens.map(sub));
    }
  }
  return segments.filter((s) => s.length > 0);
}

function sub(part: string): string {
  return part.replace(/\)+$/, '').trim();
}

function isPrefix(prefix: string[], of: string[]): boolean {
  return prefix.length <= of.length && prefix.every((s, i) => s === of[i]);
}

/** Evidence at `evidence` lies in, is, or contains the labelled provision `labelled` (strict rule). */
export function evidenceHits(evidence: string, labelled: string): boolean {
  const e = provisionPath(evidence), l = provisionPath(labelled);
  if (e.length === 0 || l.length === 0) return false;
  return isPrefix(l, e) || isPrefix(e, l);
}

/** The path up to and including its first numbered unit (article, item, note): "annex ii / article 8". */
export function articleOf(label: string): string[] {
  const p = provisionPath(label);
  const unit = p.findIndex((s) => /^(article|item|nr) /.test(s));
  return unit >= 0 ? p.slice(0, unit + 1) : p.slice(0, 1);
}

/** Evidence and label share their article (sibling paragraphs count): the lenient rule. */
export function sameArticle(evidence: string, labelled: string): boolean {
  const e = articleOf(evidence), l = articleOf(labelled);
  return e.length > 0 && e.length === l.length && e.every((s, i) => s === l[i]);
}

// ------------------------------------------------------------------ metrics

export interface Detection {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  pairs: number;
  detection: Detection;
  /** Exact status agreement over pairs both sides call present. */
  status: { agree: number; of: number; rate: number };
  /** First evidence inside a labelled provision, over correctly found pairs with labelled provisions. */
  evidence: { hits: number; sameArticle: number; of: number; rate: number; sameArticleRate: number };
}

const present = (s: Status) => s !== 'absent';

/** Ratio with the convention that an empty denominator scores 1 only when nothing was expected either. */
function ratio(num: number, den: number, emptyIs = 0): number {
  return den === 0 ? emptyIs : num / den;
}

export function detection(pairs: Pair[]): Detection {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const p of pairs) {
    const found = present(p.predicted), expected = present(p.expected);
    if (found && expected) tp++;
    else if (found) fp++;
    else if (expected) fn++;
    else tn++;
  }
  // With nothing predicted and nothing expected the checker made no mistake: precision and recall are 1.
  const precision = ratio(tp, tp + fp, fn === 0 ? 1 : 0);
  const recall = ratio(tp, tp + fn, fp === 0 ? 1 : 0);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export function statusAgreement(pairs: Pair[]): Scores['status'] {
  const both = pairs.filter((p) => present(p.expected) && present(p.predicted));
  const agree = both.filter((p) => p.expected === p.predicted).length;
  return { agree, of: both.length, rate: ratio(agree, both.length, 1) };
}

export function evidenceRate(pairs: Pair[]): Scores['evidence'] {
  const scored = pairs.filter((p) => present(p.expected) && present(p.predicted) && p.expectedArticles.length > 0);
  let hits = 0, same = 0;
  for (const p of scored) {
    const ev = p.evidenceLabel;
    if (ev && p.expectedArticles.some((a) => evidenceHits(ev, a))) hits++;
    if (ev && p.expectedArticles.some((a) => evidenceHits(ev, a) || sameArticle(ev, a))) same++;
  }
  return { hits, sameArticle: same, of: scored.length, rate: ratio(hits, scored.length, 1), sameArticleRate: ratio(same, scored.length, 1) };
}

export function score(pairs: Pair[]): Scores {
  return { pairs: pairs.length, detection: detection(pairs), status: statusAgreement(pairs), evidence: evidenceRate(pairs) };
}

/** Scores per value of a key (language, element), in first-seen order. */
export function scoreBy(pairs: Pair[], key: (p: Pair) => string): Map<string, Scores> {
  const groups = new Map<string, Pair[]>();
  for (const p of pairs) {
    const k = key(p);
    const g = groups.get(k);
    if (g) g.push(p); else groups.set(k, [p]);
  }
  return new Map([...groups].map(([k, g]) => [k, score(g)]));
}

/** Pairs for one text: every labelled element the pack checks, with what the checker said. */
export function pairsFor(label: LabelFile, predictions: Map<string, Prediction>): Pair[] {
  const out: Pair[] = [];
  for (const [element, l] of Object.entries(label.elements)) {
    const p = predictions.get(element);
    if (!p) continue; // the pack under evaluation does not check this element
    out.push({
      text: label.text,
      language: label.language,
      element,
      expected: l.status,
      expectedArticles: l.articles ?? [],
      predicted: p.status,
      ...(p.evidenceLabel ? { evidenceLabel: p.evidenceLabel } : {}),
    });
  }
  return out;
}

// ------------------------------------------------------------------ targets

export const targets = { f1: 0.85, recall: 0.85, status: 0.7, evidence: 0.85 } as const;

/** Which targets the overall scores miss, as short phrases for the summary and the exit code. */
export function missedTargets(s: Scores): string[] {
  const missed: string[] = [];
  if (s.detection.f1 < targets.f1) missed.push(`detection F1 ${fmt(s.detection.f1)} < ${targets.f1}`);
  if (s.detection.recall < targets.recall) missed.push(`recall ${fmt(s.detection.recall)} < ${targets.recall}`);
  if (s.status.rate < targets.status) missed.push(`status agreement ${fmt(s.status.rate)} < ${targets.status}`);
  if (s.evidence.rate < targets.evidence) missed.push(`evidence hit rate ${fmt(s.evidence.rate)} < ${targets.evidence}`);
  return missed;
}

export function fmt(x: number): string {
  return x.toFixed(2);
}

/** The n groups with the lowest detection F1 (ties: more pairs first, then name). */
export function worst(by: Map<string, Scores>, n: number): Array<[string, Scores]> {
  return [...by].sort((a, b) => a[1].detection.f1 - b[1].detection.f1 || b[1].pairs - a[1].pairs || a[0].localeCompare(b[0])).slice(0, n);
}
