/**
 * `npm run eval`: runs the checker over the labelled corpus (../shared/corpus) and scores it as
 * corpus/GUIDE.md says: detection precision, recall and F1 over (text, element) pairs, exact status
 * agreement, and the evidence hit rate (rules in scripts/eval-lib.ts). Prints overall, per language and
 * per element, the ten worst elements, and writes eval-summary.json.
 *
 *   npm run eval -- [--pack FILE] [--corpus DIR] [--summary FILE] [--strict] [--texts a,b]
 *
 * --pack FILE  evaluate a pack file (e.g. a draft pack of your own) on the elements it checks;
 *              default: the built-in pack ilo-bla.
 * --strict     exit 1 when an overall target is missed (F1 and recall 0.85, status 0.70, evidence 0.85).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkDocument, prepare } from '../src/core.js';
import { builtinPack, parsePack, resolvePack, formatDiagnostic, PackError } from '../src/rules/index.js';
import type { Pack } from '../src/rules/pack-schema.js';
import {
  fmt, missedTargets, pairsFor, score, scoreBy, targets, worst,
  type LabelFile, type Pair, type Prediction, type Scores,
} from './eval-lib.js';

interface Options { pack?: string; corpus: string; summary: string; strict: boolean; texts?: string[] }

function parseArgs(argv: string[]): Options {
  const o: Options = { corpus: '../shared/corpus', summary: 'eval-summary.json', strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--pack') o.pack = value();
    else if (a === '--corpus') o.corpus = value();
    else if (a === '--summary') o.summary = value();
    else if (a === '--texts') o.texts = value().split(',');
    else if (a === '--strict') o.strict = true;
    else if (a === '--help' || a === '-h') { console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]); process.exit(0); }
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** A pack file, with `extends` followed to built-in packs or files beside it. */
function loadPack(file: string): Pack {
  const read = (path: string) => parsePack(readFileSync(path, 'utf8'), path);
  const pack = read(file);
  return resolvePack(pack, (ref) => (existsSync(resolve(file, '..', ref)) ? read(resolve(file, '..', ref)) : builtinPack(ref)));
}

async function predictions(pack: Pack, textFile: string): Promise<Map<string, Prediction>> {
  const options = { pack, includeText: false };
  const report = await checkDocument(new Uint8Array(readFileSync(textFile)), basename(textFile), options, prepare(options));
  return new Map(report.elements.map((v) => [v.element, {
    status: v.status,
    ...(v.evidence[0] ? { evidenceLabel: v.evidence[0].label } : {}),
  }]));
}

function row(name: string, s: Scores, width = 36): string {
  const d = s.detection;
  const ev = s.evidence.of ? `${fmt(s.evidence.rate)} (${s.evidence.hits}/${s.evidence.of}; same art. ${fmt(s.evidence.sameArticleRate)})` : '  -';
  return [
    name.padEnd(width), String(s.pairs).padStart(5),
    `${d.tp}/${d.fp}/${d.fn}`.padStart(10),
    fmt(d.precision).padStart(6), fmt(d.recall).padStart(6), fmt(d.f1).padStart(6),
    `${fmt(s.status.rate)} (${s.status.agree}/${s.status.of})`.padStart(14), '  ' + ev,
  ].join(' ');
}

function table(title: string, rows: Array<[string, Scores]>): string {
  const width = Math.max(title.length, ...rows.map(([n]) => n.length));
  const head = ['', title.padEnd(width), 'pairs'.padStart(5), 'tp/fp/fn'.padStart(10), 'prec'.padStart(6), 'rec'.padStart(6), 'F1'.padStart(6), 'status'.padStart(14), '  evidence'].join(' ');
  return [head.trimStart(), ...rows.map(([n, s]) => row(n, s, width))].join('\n');
}

function mistakes(pairs: Pair[]): string[] {
  return pairs
    .filter((p) => p.expected !== p.predicted)
    .map((p) => `  ${p.element.padEnd(34)} ${p.text.padEnd(48)} label ${p.expected.padEnd(12)} checker ${p.predicted}`);
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const pack = o.pack ? loadPack(o.pack) : builtinPack('ilo-bla');
  const textsDir = join(o.corpus, 'texts'), labelsDir = join(o.corpus, 'labels');
  const ids = readdirSync(labelsDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''))
    .filter((id) => !o.texts || o.texts.includes(id)).sort();
  const pairs: Pair[] = [];
  for (const id of ids) {
    const label = JSON.parse(readFileSync(join(labelsDir, `${id}.json`), 'utf8')) as LabelFile;
    pairs.push(...pairsFor(label, await predictions(pack, join(textsDir, `${id}.txt`))));
  }
  const overall = score(pairs);
  const byLanguage = scoreBy(pairs, (p) => p.language);
  const byElement = scoreBy(pairs, (p) => p.element);
  const byText = scoreBy(pairs, (p) => p.text);

  console.log(`bla-check eval: pack ${pack.id} ${pack.version} (${pack.elements.length} elements), ${ids.length} texts, ${pairs.length} pairs\n`);
  console.log(table('overall', [['all', overall]]) + '\n');
  console.log(table('language', [...byLanguage]) + '\n');
  console.log(table('text', [...byText]) + '\n');
  console.log(table('element', [...byElement]) + '\n');
  console.log(table('worst ten elements by F1', worst(byElement, 10)) + '\n');
  console.log(`disagreements (${pairs.filter((p) => p.expected !== p.predicted).length}):\n${mistakes(pairs).join('\n')}\n`);

  const missed = missedTargets(overall);
  console.log(missed.length ? `targets missed: ${missed.join('; ')}` : 'all targets met');
  const summary = {
    pack: { id: pack.id, version: pack.version, elements: pack.elements.length },
    texts: ids.length, targets, missed,
    overall, byLanguage: Object.fromEntries(byLanguage), byElement: Object.fromEntries(byElement), byText: Object.fromEntries(byText),
    pairs,
  };
  writeFileSync(o.summary, JSON.stringify(summary, null, 2) + '\n');
  console.log(`summary written to ${o.summary}`);
  return o.strict && missed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  if (err instanceof PackError) for (const d of err.diagnostics) console.error(formatDiagnostic(d));
  else console.error(`eval: ${(err as Error).message}`);
  process.exit(2);
});
