/**
 * Figures that run the built CLI as a separate process, as a ministry's script would: a batch on one
 * and on two workers, the peak memory of a long PDF, and the cost of starting at all.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, ms, paired } from '../lib/stats.js';
import type { BenchContext, Figure } from '../lib/figure.js';

const USAGE = resolve(import.meta.dirname, '../lib/usage.mjs');

/** What a process run with `--import USAGE` wrote on exit: its peak memory and CPU time, every thread counted. */
function usageIn(file: string): { maxRssKb: number; cpuMs: number } {
  return JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number; cpuMs: number };
}

/** Run node with arguments; resolves with the wall time in ms, rejects on a non-zero exit. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(performance.now() - t0) : fail(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`))));
  });
}

function scratch(): { file: (name: string) => string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bla-bench-'));
  return { file: (name) => join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * 5. A folder of documents on two workers against one: the speed-up of `--jobs 2`. The CPU time of
 * each side is printed too: on two cores `--jobs 2` takes at least half its CPU time, so a second
 * thread that makes the process do much more work (compiling the same code again, collecting its own
 * heap) bounds the speed-up at 2 × (wall time of --jobs 1) ÷ (CPU time of --jobs 2).
 */
export async function batchFigure(ctx: BenchContext): Promise<Figure> {
  const tmp = scratch();
  const cpu: Record<number, number[]> = { 1: [], 2: [] };
  const run = async (jobs: number) => {
    const usage = tmp.file(`usage-${jobs}`);
    const wall = await runNode(['--import', USAGE, ctx.cli, 'check', ctx.inputs.batchDir, '--jobs', String(jobs), '--format', 'json', '--out', tmp.file(`jobs-${jobs}.json`)], { BENCH_USAGE_FILE: usage });
    cpu[jobs].push(usageIn(usage).cpuMs);
    return wall;
  };
  try {
    const r = await paired(() => run(1), () => run(2), { repetitions: ctx.smoke ? 1 : 3, warmup: 0 });
    const count = JSON.parse(readFileSync(tmp.file('jobs-2.json'), 'utf8')).documents.length;
    return {
      name: `batch --jobs 2 speed-up (${count} docs)`, value: r.a / r.b, unit: 'ratio', budget: { min: 1.7 },
      detail: `jobs 1 ${ms(r.a)}, jobs 2 ${ms(r.b)}; CPU ${ms(median(cpu[1]))} and ${ms(median(cpu[2]))}`,
    };
  } finally {
    tmp.done();
  }
}

/** 6. Peak resident memory of checking the long PDF, every thread counted. */
export async function memoryFigure(ctx: BenchContext): Promise<Figure> {
  const tmp = scratch();
  try {
    const peaks: number[] = [];
    for (let i = 0; i < (ctx.smoke ? 1 : 2); i++) {
      await runNode(['--import', USAGE, ctx.cli, 'check', ctx.inputs.bigPdf, '--format', 'json', '--out', tmp.file('big.json')], { BENCH_USAGE_FILE: tmp.file('usage') });
      peaks.push(usageIn(tmp.file('usage')).maxRssKb / 1024);
    }
    const pages = JSON.parse(readFileSync(tmp.file('big.json'), 'utf8')).documents[0].pages.length;
    const peak = Math.max(...peaks);
    return { name: `peak RSS, ${pages}-page PDF`, value: peak, unit: 'MB', budget: { max: 400 }, detail: `max of ${peaks.length} runs` };
  } finally {
    tmp.done();
  }
}

/** 8. `bla-check check` of one short agreement as a whole process, over starting node at all. */
export async function coldStartFigure(ctx: BenchContext): Promise<Figure> {
  const tmp = scratch();
  try {
    const r = await paired(
      () => runNode(['-e', '']),
      () => runNode([ctx.cli, 'check', ctx.inputs.tiny, '--format', 'json', '--out', tmp.file('tiny.json')]),
      { repetitions: ctx.smoke ? 1 : 7, warmup: 1 },
    );
    return { name: 'cold start: check ÷ node -e ""', value: r.ratio, unit: 'ratio', detail: `node ${ms(r.a)}, check ${ms(r.b)}` };
  } finally {
    tmp.done();
  }
}
