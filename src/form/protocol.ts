/**
 * Messages between the review form and its worker. Every message carries the channel name: pdf.js, which
 * runs inside the same worker, posts its own messages on the worker's port, and both ends skip those.
 */
import type { Pack } from '../rules/pack-schema.js';
import type { Report } from '../score/report.js';

export const CHANNEL = 'bla-check-form';

/** A built-in pack by id, or a pack file the reviewer picked (YAML or JSON text). */
export type PackChoice = { builtin: string } | { name: string; text: string };

export interface CheckRequest {
  channel: typeof CHANNEL;
  type: 'check';
  id: number;
  source: string;
  /** File bytes (transferred, not copied) or pasted text. */
  data: Uint8Array | string;
  pack: PackChoice;
  tags: string[];
  /** Absolute URL of pdf.worker.mjs, served next to the form. */
  pdfWorkerUrl: string;
}

/** What the reviewer is waiting for: reading the file (page by page for a PDF), then checking. */
export type Stage = 'reading' | 'checking';

export type WorkerMessage =
  | { channel: typeof CHANNEL; type: 'ready' }
  | { channel: typeof CHANNEL; type: 'progress'; id: number; stage: Stage; page?: number; pages?: number }
  | { channel: typeof CHANNEL; type: 'result'; id: number; report: Report; pack: Pack }
  | { channel: typeof CHANNEL; type: 'failure'; id: number; code: string; message: string };

function onChannel(data: unknown): data is { channel: string; type: string } {
  return typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === CHANNEL;
}

export function isWorkerMessage(data: unknown): data is WorkerMessage {
  return onChannel(data) && ['ready', 'progress', 'result', 'failure'].includes(data.type);
}

export function isCheckRequest(data: unknown): data is CheckRequest {
  return onChannel(data) && data.type === 'check';
}
