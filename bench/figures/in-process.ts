/**
 * Figures measured inside this process on already-built objects, A and B interleaved: the engine
 * against the tokeniser, rules ×10, text ×10, and a PDF against pdf-parse alone.
 */
import { readFileSync } from 'node:fs';
import type { PDFParse } from 'pdf-parse';
import type { Document } from '../../src/ingest/types.js';
import type { Engine } from '../lib/engine.js';
import { multiplyPack } from '../lib/pack-x10.js';
import { ms, paired, timed } from '../lib/stats.js';
import type { BenchContext, Figure } from '../lib/figure.js';

async function documentOf(engine: Engine, file: string): Promise<Document> {
  return engine.ingest(readFileSync(file, 'utf8'), file);
}

const kB = (chars: number) => `${Math.round(chars / 1000)} kB`;

/** 1. The whole check of extracted text over tokenising and stemming it once. */
export async function engineFigure(ctx: BenchContext): Promise<Figure> {
  const { checkText, prepare, builtinLexicons, tokenize } = ctx.engine;
  const doc = await documentOf(ctx.engine, ctx.inputs.small);
  const prepared = prepare();
  const lexicons = builtinLexicons();
  const language = checkText(doc, {}, prepared).language;
  const r = await paired(() => timed(() => tokenize(doc.text, language, lexicons)), () => timed(() => checkText(doc, {}, prepared)), ctx);
  return { name: `engine ÷ tokenize (${kB(doc.text.length)} text)`, value: r.ratio, unit: 'ratio', budget: { max: 3 }, detail: `tokenize ${ms(r.a)}, check ${ms(r.b)}` };
}

/** 2. The same text checked with the built-in pack and with a pack ten times its size. */
export async function ruleScalingFigure(ctx: BenchContext): Promise<Figure> {
  const { checkText, prepare, builtinPack } = ctx.engine;
  const doc = await documentOf(ctx.engine, ctx.inputs.small);
  const base = builtinPack('ilo-bla');
  const big = multiplyPack(base, 10);
  const a = prepare({ pack: base });
  const b = prepare({ pack: big });
  const r = await paired(() => timed(() => checkText(doc, {}, a)), () => timed(() => checkText(doc, {}, b)), ctx);
  return {
    name: `rules ×10 (${base.elements.length}→${big.elements.length} elements)`,
    value: r.ratio, unit: 'ratio', budget: { max: 1.5 },
    detail: `pack ${ms(r.a)}, pack ×10 ${ms(r.b)}; elements with evidence ${withEvidence(checkText(doc, {}, a))} → ${withEvidence(checkText(doc, {}, b))}`,
  };
}

/**
 * How many elements a report shows evidence for: the copies in the ×10 pack keep most of their
 * patterns, so they find evidence too, and the report they make is that much longer to write.
 */
function withEvidence(report: { elements: Array<{ evidence: unknown[] }> }): number {
  return report.elements.filter((e) => e.evidence.length > 0).length;
}

/** 3. A text ten times longer: linear means about 10. */
export async function textScalingFigure(ctx: BenchContext): Promise<Figure> {
  const { checkText, prepare } = ctx.engine;
  const small = await documentOf(ctx.engine, ctx.inputs.small);
  const large = await documentOf(ctx.engine, ctx.inputs.large);
  const prepared = prepare();
  const r = await paired(() => timed(() => checkText(small, {}, prepared)), () => timed(() => checkText(large, {}, prepared)), { ...ctx, repetitions: Math.max(1, Math.ceil(ctx.repetitions / 2)) });
  return { name: `text ×10 (${kB(small.text.length)}→${kB(large.text.length)})`, value: r.ratio, unit: 'ratio', budget: { min: 8, max: 12 }, detail: `small ${ms(r.a)}, large ${ms(r.b)}` };
}

/** pdf-parse's own text extraction, all pages in one call, as its README shows it. */
async function pdfParseAlone(Parser: typeof PDFParse, bytes: Uint8Array): Promise<void> {
  const parser = new Parser({ data: bytes.slice(), isEvalSupported: false });
  try {
    await parser.getText();
  } finally {
    await parser.destroy();
  }
}

/**
 * 4. The whole check of a PDF over pdf-parse's extraction alone, as a Node process that checks PDFs
 * one after another does it: with the page helper kept between documents (src/node/pdf-helper.ts;
 * the CLI starts one only for PDFs of 150 pages or more). The check with pdf.js on this thread alone
 * is timed too and shown beside it.
 */
export async function pdfFigure(ctx: BenchContext): Promise<Figure> {
  const { checkDocument, prepare, pdfHelper, stopPdfHelpers } = ctx.engine;
  const bytes = new Uint8Array(readFileSync(ctx.inputs.pdf));
  const prepared = prepare();
  const sharePdfPages = pdfHelper();
  const repetitions = { ...ctx, repetitions: Math.max(1, Math.ceil(ctx.repetitions / 2)) };
  let pages = 0;
  try {
    const check = (ingest: { sharePdfPages?: typeof sharePdfPages }) => timed(async () => { pages = (await checkDocument(bytes, 'agreement.pdf', { ingest }, prepared)).pages.length; });
    // pdf-parse is imported here, after the engine has loaded it once, not with this module: its
    // polyfills would otherwise slow figures 1–3 (the engine puts the built-ins back, src/ingest/builtins.ts,
    // but only those it saw before pdf.js first loaded). Both sides then run with the same built-ins.
    await check({});
    const { PDFParse: Parser } = await import('pdf-parse');
    const alone = () => timed(() => pdfParseAlone(Parser, bytes));
    const r = await paired(alone, () => check({ sharePdfPages }), repetitions);
    const oneThread = await paired(alone, () => check({}), repetitions);
    const helper = sharePdfPages ? 'with the page helper' : 'no page helper: one core';
    return {
      name: `PDF check ÷ pdf-parse (${pages} pages, ${helper})`, value: r.ratio, unit: 'ratio', budget: { max: 1.3 },
      detail: `pdf-parse ${ms(r.a)}, check ${ms(r.b)}; read on this thread alone ${oneThread.ratio.toFixed(2)} (${ms(oneThread.b)})`,
    };
  } finally {
    await stopPdfHelpers();
  }
}
