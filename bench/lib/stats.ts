/**
 * Timing without trusting one run: warm-up runs first, then A and B alternate so that a noisy
 * neighbour slows both sides alike, and the figure is the ratio of the two medians.
 */

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Paired {
  /** Median of B over median of A. */
  ratio: number;
  a: number;
  b: number;
  /** Every measurement, for the curious. */
  samplesA: number[];
  samplesB: number[];
}

export interface PairOptions {
  repetitions: number;
  /** Untimed pairs first, at least this many... */
  warmup: number;
  /**
   * ...and for at least this long: V8 keeps optimising a check for its first tens of runs (the 100 kB
   * check went from 43 to 30 ms over 45 runs), and two runs measured code still warming up.
   */
  warmupMs?: number;
}

/** Time `a` and `b` alternately (a, b, b, a, a, b...: neither always goes first) and compare medians. */
export async function paired(a: () => Promise<number> | number, b: () => Promise<number> | number, options: PairOptions): Promise<Paired> {
  const started = performance.now();
  for (let i = 0; i < options.warmup || performance.now() - started < (options.warmupMs ?? 0); i++) {
    await a();
    await b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    if (i % 2 === 0) {
      samplesA.push(await a());
      samplesB.push(await b());
    } else {
      samplesB.push(await b());
      samplesA.push(await a());
    }
  }
  const [ma, mb] = [median(samplesA), median(samplesB)];
  return { ratio: mb / ma, a: ma, b: mb, samplesA, samplesB };
}

/** Milliseconds a synchronous or asynchronous call takes, by the wall clock. */
export async function timed(run: () => unknown): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}
