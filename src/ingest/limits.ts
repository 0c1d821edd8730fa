/** Safe defaults for every limit in IngestOptions, and the one deadline that bounds an ingest. */
import { IngestError, type IngestOptions } from './types.js';

export interface Limits {
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  maxDecompressedBytes: number;
  timeoutMs: number;
}

const MiB = 1024 * 1024;

export const defaultLimits: Limits = {
  maxBytes: 50 * MiB,
  maxPages: 2_000,
  maxChars: 5_000_000,
  maxDecompressedBytes: 200 * MiB,
  timeoutMs: 60_000,
};

export function resolveLimits(options: IngestOptions): Limits {
  return {
    maxBytes: options.maxBytes ?? defaultLimits.maxBytes,
    maxPages: options.maxPages ?? defaultLimits.maxPages,
    maxChars: options.maxChars ?? defaultLimits.maxChars,
    maxDecompressedBytes: options.maxDecompressedBytes ?? defaultLimits.maxDecompressedBytes,
    timeoutMs: options.timeoutMs ?? defaultLimits.timeoutMs,
  };
}

/**
 * The time an ingest may take. Readers check it between steps, because work that never yields to the event
 * loop (pdf.js parsing in the same thread, a long synchronous pass) would otherwise outrun any timer.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly at: number;
  constructor(readonly timeoutMs: number) {
    this.at = Date.now() + timeoutMs;
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  abort(): void {
    this.controller.abort();
  }
  /** Throws TIMEOUT once the time is up. */
  check(): void {
    if (this.signal.aborted || Date.now() > this.at) {
      this.abort();
      throw timeoutError(this.timeoutMs);
    }
  }
}

const timeoutError = (ms: number) => new IngestError('TIMEOUT', `reading took longer than ${ms} ms and was stopped`);

/**
 * Race the work against the clock. On timeout the signal aborts so readers can free what they hold
 * (pdf.js documents, worker threads); the caller gets TIMEOUT either way and never waits on a hang.
 */
export async function withDeadline<T>(timeoutMs: number, work: (deadline: Deadline) => Promise<T>): Promise<T> {
  const deadline = new Deadline(timeoutMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      deadline.abort();
      reject(timeoutError(timeoutMs));
    }, Math.max(0, timeoutMs));
  });
  const running = work(deadline);
  // Work that fails after the deadline already answered must not surface as an unhandled rejection.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
