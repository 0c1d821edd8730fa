/** What every figure reports: a ratio (or a size), its budget, and the medians behind it. */
import type { BenchInputs } from '../../scripts/make-bench-inputs.js';
import type { Engine } from './engine.js';

export interface Budget {
  min?: number;
  max?: number;
}

export interface Figure {
  name: string;
  value: number;
  unit: 'ratio' | 'kB' | 'MB';
  /** Absent: reported only, never a miss. */
  budget?: Budget;
  /** Absolute medians, for information ("a 52 ms, b 140 ms"). */
  detail: string;
}

export interface BenchContext {
  smoke: boolean;
  inputs: BenchInputs;
  /** Timed repetitions of each side, after `warmup` untimed ones lasting `warmupMs` at least. */
  repetitions: number;
  warmup: number;
  warmupMs: number;
  /** A timed sample of an in-process figure lasts this long at least, several runs in a row (bench/lib/stats.ts). */
  sampleMs: number;
  /** The privately built bla-check CLI. */
  cli: string;
  /** The engine built as the library is (bench/lib/engine.ts), for the in-process figures. */
  engine: Engine;
  /** Progress on stderr, so stdout stays the table. */
  log: (line: string) => void;
}

export function withinBudget(figure: Figure): boolean | undefined {
  const { budget, value } = figure;
  if (!budget) return undefined;
  return (budget.min === undefined || value >= budget.min) && (budget.max === undefined || value <= budget.max);
}

export function budgetText(budget: Budget | undefined, unit: Figure['unit']): string {
  if (!budget) return 'reported';
  const u = unit === 'ratio' ? '' : ` ${unit}`;
  if (budget.min !== undefined && budget.max !== undefined) return `${budget.min}–${budget.max}${u}`;
  if (budget.max !== undefined) return `≤ ${budget.max}${u}`;
  return `≥ ${budget.min}${u}`;
}
