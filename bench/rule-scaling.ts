// How matching cost grows with the number of rules: the same text matched with N concepts and with
// 10 × N. The automaton keeps this close to flat: with these synthetic rules ten times as many steps
// only 1.52 × the states, and the time should follow the states (cost per state about 1); a blow-up
// shows as a ratio near 10.   npx tsx bench/rule-scaling.ts
import { fileURLToPath } from 'node:url';
import type { AnnotatedDocument, Sentence, Token } from '../src/annotate/types.js';
import type { PatternAnalyzer } from '../src/rules/analyzer.js';
import { compilePack, type CompiledPack } from '../src/rules/compile.js';
import { match, newStats } from '../src/rules/match.js';
import type { Pack } from '../src/rules/pack-schema.js';

/** Most the cost of one state step may grow with ten times the rules (larger tables, fewer cache hits). */
export const PER_STATE_BUDGET = 1.25;

/** A seeded generator, so every run measures the same text and rules. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const analyzer: PatternAnalyzer = {
  words: (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => ({ norm: w, stem: w.replace(/s$/, '') })),
  isNumber: (norm) => /^\d+$/.test(norm),
};

/** Word of a given frequency rank: short ids, so prefixes of 4 letters cover a few dozen words. */
const word = (rank: number) => `w${rank.toString(36).padStart(4, '0')}`;

/**
 * `count` concepts of 5 patterns each. Words come from ranks 100 and above, as in real packs, whose
 * patterns start on content words ("recruitment", "employer") rather than on "the" or "shall".
 */
export function syntheticPack(count: number, seed = 7): Pack {
  const next = random(seed);
  const pick = () => word(100 + Math.floor(next() * 5000));
  const concepts: Pack['concepts'] = {};
  for (let c = 0; c < count; c++) {
    concepts[`c${c}`] = {
      en: [`${pick()} ${pick()}`, `${pick()} ... ${pick()} ${pick()}`, `(${pick()}|${pick()}) ${pick().slice(0, 4)}* ...3 ${pick()}`, `${pick()} # ${pick()}?`],
      any: [`=${pick()} ${pick()}`],
    };
  }
  return { id: `synthetic-${count}`, version: '1', elements: [], concepts };
}

/** Ranks drawn with Zipf's law (frequency ∝ 1 / rank), the shape of word counts in any text. */
function zipf(next: () => number, size: number): () => number {
  const weights = Array.from({ length: size }, (_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const u = next();
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A document of `tokens` words in sentences of 25, ranks drawn from a 10,000-word Zipf vocabulary. */
export function syntheticDocument(tokens: number, seed = 11): AnnotatedDocument {
  const next = random(seed);
  const rank = zipf(next, 10_000);
  let text = '';
  const sentences: Sentence[] = [];
  for (let n = 0; n < tokens; n += 25) {
    const start = text.length;
    const toks: Token[] = [];
    const spans = new Int32Array(50);
    for (let i = 0; i < 25; i++) {
      const w = next() < 0.02 ? String(Math.floor(next() * 100)) : word(rank());
      toks.push({ text: w, norm: w, stem: w.replace(/s$/, '') });
      spans.set([text.length, text.length + w.length], 2 * i);
      text += `${w} `;
    }
    sentences.push({ index: sentences.length, provisionId: 'root', scope: 'operative', language: 'en', start, end: text.length - 1, tokens: toks, spans, force: 'none', polarity: 'affirmed', negations: [], conditions: [], quantities: [], inheritedForce: false });
  }
  const root = { id: 'root', kind: 'document' as const, label: 'Document', scope: 'operative' as const, start: 0, end: text.length, bodyStart: 0, bodyEnd: text.length, pages: [1], children: [] };
  return {
    document: { source: 'synthetic', format: 'text', text, rawText: text, pages: [], furniture: [], language: 'en', warnings: [], hash: '', bytes: text.length },
    root, provisions: [root], sentences, language: 'en', unsupportedLanguages: [], warnings: [],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMatch(doc: AnnotatedDocument, compiled: CompiledPack): number {
  const t0 = performance.now();
  match(doc, compiled);
  return performance.now() - t0;
}

/** Median time with 10 × the concepts over median time with the base count, runs interleaved. */
export function scalingRatio(options: { concepts?: number; factor?: number; tokens?: number; repetitions?: number } = {}): { ratio: number; base: number; scaled: number; work: number } {
  const { concepts = 100, factor = 10, tokens = 20_000, repetitions = 7 } = options;
  const doc = syntheticDocument(tokens);
  const small = compilePack(syntheticPack(concepts), {}, { analyzer });
  const large = compilePack(syntheticPack(concepts * factor), {}, { analyzer });
  timeMatch(doc, small);
  timeMatch(doc, large); // warm-up
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    a.push(timeMatch(doc, small));
    b.push(timeMatch(doc, large));
  }
  const base = median(a);
  const scaled = median(b);
  return { ratio: scaled / base, base, scaled, work: workRatio(doc, small, large) };
}

/** States stepped with 10 × the rules over states stepped with the base: the same ratio, without timer noise. */
function workRatio(doc: AnnotatedDocument, small: CompiledPack, large: CompiledPack): number {
  const [a, b] = [newStats(), newStats()];
  match(doc, small, a);
  match(doc, large, b);
  return b.steps / a.steps;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ratio, base, scaled, work } = scalingRatio({ repetitions: 11 });
  console.log(`rules ×10 over the same 20,000-token text: ${base.toFixed(1)} ms → ${scaled.toFixed(1)} ms (medians of 11)`);
  console.log(`states stepped: ×${work.toFixed(2)} (machine-independent)`);
  const perState = ratio / work;
  console.log(`time ratio ${ratio.toFixed(2)}; cost per state ×${perState.toFixed(2)} (budget ${PER_STATE_BUDGET}) ${perState <= PER_STATE_BUDGET ? 'ok' : 'OVER BUDGET'}`);
}
