/**
 * Timing without trusting one run: warm-up runs first, then A and B alternate so that a noisy
 * neighbour slows both sides alike, and the figure is the ratio of the two medians. A sample may be
 * several runs in a row (their mean): see `sampleMs`.
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
  /**
   * A sample lasts at least this long: as many runs of one side in a row as fit, timed together.
   * A single run of a check that allocates megabytes holds a young-generation collection or not by
   * chance (the ×10 pack's check held one most times, the built-in pack's mostly not), so the median
   * of single runs compared one side with its collections against the other without; a run of
   * several carries its own share. Runs of one side in a row are also how the engine is used: one
   * pack, many documents. Without it, or for runs longer than it, a sample is one run.
   */
  sampleMs?: number;
}

type Run = () => Promise<number> | number;

/**
 * Time `a` and `b` alternately (a, b, b, a, a, b...: neither always goes first) and compare medians.
 * `a` and `b` each time one run and return its milliseconds.
 */
export async function paired(a: Run, b: Run, options: PairOptions): Promise<Paired> {
  const started = performance.now();
  const warmA: number[] = [];
  const warmB: number[] = [];
  for (let i = 0; i < options.warmup || performance.now() - started < (options.warmupMs ?? 0); i++) {
    warmA.push(await a());
    warmB.push(await b());
  }
  const sampleA = runsOf(a, runsPerSample(warmA, options.sampleMs));
  const sampleB = runsOf(b, runsPerSample(warmB, options.sampleMs));
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    if (i % 2 === 0) {
      samplesA.push(await sampleA());
      samplesB.push(await sampleB());
    } else {
      samplesB.push(await sampleB());
      samplesA.push(await sampleA());
    }
  }
  const [ma, mb] = [median(samplesA), median(samplesB)];
  return { ratio: mb / ma, a: ma, b: mb, samplesA, samplesB };
}

/** Runs of one side that fill `sampleMs`, judged by the later half of its warm-up runs (the earlier ones are slower). */
export function runsPerSample(warmup: number[], sampleMs = 0): number {
  const settled = median(warmup.slice(warmup.length >> 1));
  return sampleMs > 0 && settled > 0 ? Math.max(1, Math.round(sampleMs / settled)) : 1;
}

/** One sample: `count` runs in a row, their mean. */
function runsOf(run: Run, count: number): () => Promise<number> {
  return async () => {
    let total = 0;
    for (let i = 0; i < count; i++) total += await run();
    return total / count;
  };
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
