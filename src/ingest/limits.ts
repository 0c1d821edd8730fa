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
  maxChars: 20_000_000,
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
 * Race the work against the clock. On timeout the signal aborts so extractors can free what they hold
 * (pdf.js documents, worker threads); the caller gets TIMEOUT either way and never waits on a hang.
 */
export async function withDeadline<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new IngestError('TIMEOUT', `reading took longer than ${timeoutMs} ms and was stopped`));
    }, Math.max(0, timeoutMs));
  });
  const running = work(controller.signal);
  // Work that fails after the deadline already answered must not surface as an unhandled rejection.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Let a pending timer fire between long synchronous steps, so the deadline is also checked there. */
export function checkDeadline(signal: AbortSignal): void {
  if (signal.aborted) throw new IngestError('TIMEOUT', 'reading was stopped by the time limit');
}
