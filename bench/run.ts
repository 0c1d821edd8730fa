/**
 * `npm run bench`: every performance figure as a ratio measured side by side in one run, with its
 * budget, then exit 1 if a budget is missed. `--smoke` (npm run bench:smoke) uses tiny inputs and one
 * repetition and fails only when a figure cannot be measured at all. `--only 1,5` picks figures.
 */
import { parseArgs } from 'node:util';
import { makeBenchInputs } from '../scripts/make-bench-inputs.js';
import { buildCli, buildEngine } from './lib/build.js';
import { budgetText, withinBudget, type BenchContext, type Budget, type Figure } from './lib/figure.js';
import { ms } from './lib/stats.js';
import { engineFigure, pdfFigure, ruleScalingFigure, textScalingFigure } from './figures/in-process.js';
import { batchFigure, coldStartFigure, memoryFigure } from './figures/processes.js';
import { bundleFigure } from './figures/bundle.js';
import { PER_STATE_BUDGET, scalingRatio } from './rule-scaling.js';

interface Entry { id: string; run: (ctx: BenchContext) => Promise<Figure>; needsCli?: boolean }

/**
 * The rule engine's own benchmark (synthetic rules and text, `match` alone), kept as a finer reading of
 * figure 2. Its synthetic pack makes the matcher step 1.52 × the states with ten times the rules, so
 * the time ratio of a matcher whose cost per state stays the same reads about 1.5 whatever its speed:
 * the figure is the growth of the cost per state step (time ratio ÷ states ratio). tests/rules guards
 * the blow-up.
 */
async function matcherScalingFigure(ctx: BenchContext): Promise<Figure> {
  const r = scalingRatio(ctx.smoke ? { tokens: 2_000, repetitions: 1 } : { repetitions: 11 });
  return {
    name: 'matcher only, cost per state, synthetic rules ×10', value: r.ratio / r.work, unit: 'ratio', budget: { max: PER_STATE_BUDGET },
    detail: `${ms(r.base)} → ${ms(r.scaled)} (×${r.ratio.toFixed(2)}), states ×${r.work.toFixed(2)}`,
  };
}

const FIGURES: Entry[] = [
  { id: '1', run: engineFigure },
  { id: '2', run: ruleScalingFigure },
  { id: '2b', run: matcherScalingFigure },
  { id: '3', run: textScalingFigure },
  { id: '4', run: pdfFigure },
  { id: '5', run: batchFigure, needsCli: true },
  { id: '6', run: memoryFigure, needsCli: true },
  { id: '7', run: bundleFigure },
  { id: '8', run: coldStartFigure, needsCli: true },
];

export interface Row { id: string; figure?: Figure; error?: string; ok?: boolean }

/**
 * A ratio to two decimals, or three when two would print it equal to a bound it does not meet or
 * meets only by rounding (1.503 against "≤ 1.5" reads 1.503, not 1.50 beside MISSED).
 */
function format(value: number, unit: Figure['unit'], budget?: Budget): string {
  if (!Number.isFinite(value)) return '—';
  if (unit !== 'ratio') return `${value.toFixed(unit === 'MB' ? 0 : 1)} ${unit}`;
  const shown = value.toFixed(2);
  const onBound = [budget?.min, budget?.max].some((bound) => bound !== undefined && Number(shown) === bound && value !== bound);
  return onBound ? value.toFixed(3) : shown;
}

export function table(rows: Row[]): string {
  const lines = rows.map((r) => r.figure
    ? [r.id, r.figure.name, format(r.figure.value, r.figure.unit, r.figure.budget), budgetText(r.figure.budget, r.figure.unit), r.ok === undefined ? '—' : r.ok ? 'ok' : 'MISSED', r.figure.detail]
    : [r.id, 'failed to measure', '—', '—', 'MISSED', r.error ?? '']);
  const head = ['#', 'figure', 'value', 'budget', 'result', 'medians'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [row(head), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

export async function runBench(options: { smoke: boolean; only?: string[]; log?: (line: string) => void }): Promise<Row[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const chosen = FIGURES.filter((f) => !options.only || options.only.includes(f.id));
  log(`bench: inputs (${options.smoke ? 'smoke' : 'full'} sizes)`);
  const inputs = await makeBenchInputs(options.smoke);
  let cli = '';
  if (chosen.some((f) => f.needsCli)) {
    log('bench: building the CLI into bench/out/dist');
    cli = buildCli();
  }
  log('bench: building the engine into bench/out/engine');
  const engine = await buildEngine();
  const ctx: BenchContext = { smoke: options.smoke, inputs, repetitions: options.smoke ? 1 : 15, warmup: options.smoke ? 0 : 2, warmupMs: options.smoke ? 0 : 3000, sampleMs: options.smoke ? 0 : 250, cli, engine, log };
  const rows: Row[] = [];
  for (const f of chosen) {
    log(`bench: figure ${f.id}`);
    // Each figure starts from a collected heap, not with the garbage of the one before (the ×10 pack,
    // the 1 MB text): `npm run bench` runs with --expose-gc.
    (globalThis as { gc?: () => void }).gc?.();
    try {
      const figure = await f.run(ctx);
      rows.push({ id: f.id, figure, ok: withinBudget(figure) });
    } catch (err) {
      rows.push({ id: f.id, error: (err as Error).message.split('\n')[0], ok: false });
    }
  }
  return rows;
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('bench/run.ts')) {
  const { values } = parseArgs({ options: { smoke: { type: 'boolean' }, only: { type: 'string' } } });
  const smoke = Boolean(values.smoke);
  const rows = await runBench({ smoke, only: values.only?.split(',').map((s) => s.trim()) });
  console.log(table(rows));
  const failed = rows.filter((r) => (smoke ? r.error : r.ok === false));
  if (failed.length) console.log(`\n${smoke ? 'could not measure' : 'over budget'}: ${failed.map((r) => r.id).join(', ')}`);
  process.exitCode = failed.length ? 1 : 0;
}
