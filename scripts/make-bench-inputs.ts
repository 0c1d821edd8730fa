/**
 * Inputs for `npm run bench`, written to bench/out/ (gitignored) from the corpus texts, read in place,
 * and the examples. Long agreements are made by concatenating English articles and numbering them
 * again from 1, so a 1 MB text still reads as one plausible agreement to segmentation and judging.
 *
 *   npx tsx scripts/make-bench-inputs.ts            full sizes, into bench/out/full
 *   npx tsx scripts/make-bench-inputs.ts --smoke    tiny sizes, into bench/out/smoke
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linesPdf } from './fixtures/pdf.js';

const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS = resolve(ROOT, '../shared/corpus/texts');

export interface Sizes {
  /** Characters of the small and large texts of the text-scaling figure. */
  small: number;
  large: number;
  /** Pages of the PDF of the PDF figure and of the memory figure. */
  pdfPages: number;
  bigPdfPages: number;
  /** Documents of the batch figure. */
  batch: number;
}

export const FULL: Sizes = { small: 100_000, large: 1_000_000, pdfPages: 100, bigPdfPages: 300, batch: 200 };
export const SMOKE: Sizes = { small: 4_000, large: 40_000, pdfPages: 3, bigPdfPages: 4, batch: 4 };

/** Every input a bench run reads, by role. */
export interface BenchInputs {
  dir: string;
  small: string;
  large: string;
  pdf: string;
  bigPdf: string;
  batchDir: string;
  /** The short agreement of the cold-start figure. */
  tiny: string;
}

export function inputPaths(dir: string): BenchInputs {
  return {
    dir,
    small: join(dir, 'agreement-small.txt'),
    large: join(dir, 'agreement-large.txt'),
    pdf: join(dir, 'agreement.pdf'),
    bigPdf: join(dir, 'agreement-big.pdf'),
    batchDir: join(dir, 'batch'),
    tiny: join(ROOT, 'examples/mou-en.txt'),
  };
}

const HEADING = /^[ \t]*(?:Article|ARTICLE|Artikel|ARTIKEL|Artículo|ARTÍCULO)[ \t]+(?:\d+|[IVXLC]+)\b[ \t]*[.:–—-]?[ \t]*(.*)$/;
const ENGLISH = new Set(['the', 'of', 'and', 'shall', 'to', 'in', 'be', 'or', 'for', 'any', 'by', 'with', 'which']);

/** Share of a text's words that are common English function words: about 0.3 in English, near 0 otherwise. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length ? words.filter((w) => ENGLISH.has(w)).length / words.length : 0;
}

export interface Article {
  /** Heading words after the number ("Recruitment Costs"), possibly empty. */
  title: string;
  body: string;
}

/** The English articles of a text: a heading line ("Article 4 – Recruitment Costs") up to the next one. */
export function englishArticles(text: string): Article[] {
  const lines = text.split(/\r?\n/);
  const out: Article[] = [];
  let current: { title: string; lines: string[] } | undefined;
  const close = () => {
    const body = current?.lines.join('\n').trim();
    if (current && body && englishShare(body) > 0.18) out.push({ title: current.title, body });
  };
  for (const line of lines) {
    const m = HEADING.exec(line);
    if (m) {
      close();
      current = { title: m[1].trim(), lines: [] };
    } else current?.lines.push(line);
  }
  close();
  return out;
}

/** The articles of every corpus text and English example, in a fixed order. */
export function articlePool(): Article[] {
  const files = [...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f)), join(ROOT, 'examples/mou-en.txt')];
  return files.flatMap((f) => englishArticles(readFileSync(f, 'utf8')));
}

const TITLE = [
  'AGREEMENT',
  'between the Government of the Republic of Alvaria and the Government of the Kingdom of Borduria',
  'on the Recruitment and Employment of Workers',
  '',
  'The Government of the Republic of Alvaria and the Government of the Kingdom of Borduria, hereinafter referred to as "the Parties",',
  '',
  'Desiring to establish an orderly, safe and fair framework for labour migration between the two countries;',
  '',
  'Have agreed as follows:',
  '',
  '',
].join('\n');

/** An agreement of about `chars` characters: articles from the pool in turn, numbered 1, 2, 3... */
export function agreementText(chars: number, pool: Article[] = articlePool()): string {
  if (!pool.length) throw new Error(`no English article found under ${CORPUS}`);
  const parts = [TITLE];
  let length = TITLE.length;
  for (let n = 1; length < chars; n++) {
    const a = pool[(n - 1) % pool.length];
    const part = `Article ${n}${a.title ? ` – ${a.title}` : ''}\n\n${a.body}\n\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, chars);
}

/** Text wrapped to lines of at most `width` characters, for PDF pages drawn line by line. */
export function wrap(text: string, width = 95): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

const LINES_PER_PAGE = 42;

/** A PDF of exactly `pages` pages of agreement text, with a running header and "Page n of N" footers. */
export async function agreementPdf(pages: number, pool: Article[]): Promise<Uint8Array> {
  const lines = wrap(agreementText(pages * LINES_PER_PAGE * 80, pool));
  const byPage: string[][] = [];
  for (let p = 0; p < pages; p++) byPage.push(lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE));
  return linesPdf(byPage, { title: 'Agreement', header: 'Alvaria – Borduria Agreement on Labour Migration', footer: (n, total) => `Page ${n} of ${total}` });
}

/** The batch: whole corpus texts and examples in turn, as a ministry's folder of signed agreements. */
function writeBatch(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = [
    ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f)),
    join(ROOT, 'examples/mou-en.txt'),
    join(ROOT, 'examples/accord-fr.txt'),
  ];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `doc-${String(i + 1).padStart(3, '0')}.txt`), readFileSync(sources[i % sources.length]));
  }
}

/** Write every input (skipped when a previous run with the same sizes left them). */
export async function makeBenchInputs(smoke: boolean): Promise<BenchInputs> {
  const sizes = smoke ? SMOKE : FULL;
  const paths = inputPaths(join(ROOT, 'bench/out', smoke ? 'smoke' : 'full'));
  const stamp = join(paths.dir, 'sizes.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(sizes)) return paths;
  mkdirSync(paths.dir, { recursive: true });
  const pool = articlePool();
  writeFileSync(paths.small, agreementText(sizes.small, pool));
  writeFileSync(paths.large, agreementText(sizes.large, pool));
  writeFileSync(paths.pdf, await agreementPdf(sizes.pdfPages, pool));
  writeFileSync(paths.bigPdf, await agreementPdf(sizes.bigPdfPages, pool));
  writeBatch(paths.batchDir, sizes.batch);
  writeFileSync(stamp, JSON.stringify(sizes));
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const paths = await makeBenchInputs(process.argv.includes('--smoke'));
  console.log(`bench inputs in ${paths.dir}`);
}
