/**
 * The CLI as a user runs it, measured: a child process under a wall-clock limit, its peak memory read
 * from process.resourceUsage() by a preloaded module (worker threads count, they share the process).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI, ROOT } from '../helpers/built-cli.js';

export { ROOT };
export const FIXTURES = resolve(ROOT, 'fixtures');
const PRELOAD = resolve(import.meta.dirname, 'peak-rss.mjs');

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the whole process, in MB (NaN if it never reached its exit handler). */
  peakMb: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  /** Killed with SIGKILL past this; `timedOut` then says so. */
  timeoutMs: number;
  input?: Uint8Array | string;
  /** Called once the process runs, for tests that signal it. */
  started?: (child: ChildProcess) => void;
}

export function runMeasured(args: string[], opts: RunOptions): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'bla-rss-'));
  const rssFile = join(scratch, 'peak');
  const began = Date.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', BLA_PEAK_RSS_FILE: rssFile },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin.end(opts.input ?? '');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, opts.timeoutMs);
  opts.started?.(child);
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let peakMb = NaN;
      try {
        peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch { /* killed before its exit handler ran */ }
      rmSync(scratch, { recursive: true, force: true });
      done({ code, signal, stdout, stderr, ms: Date.now() - began, peakMb, timedOut });
    });
  });
}

/** Run jobs at most `width` at a time (child processes on a 2-core CI runner). */
export async function inBatches<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}

/** A Node stack trace line ("    at fn (file:1:2)"): never shown to users. */
export const STACK_LINE = /^\s+at .+[:(]/m;
