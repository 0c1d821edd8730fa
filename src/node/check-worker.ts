/**
 * A worker thread of `bla-check check`: prepares the pack once (from workerData), then checks each
 * document it is sent and posts back its DocumentReport or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { checkDocument, prepare, type CheckOptions, type Prepared } from '../core.js';

export interface CheckTask {
  id: number;
  source: string;
  /** Read by the worker itself, so file bytes never cross threads. */
  path?: string;
  data?: Uint8Array;
}

export type CheckOutcome =
  | { id: number; ok: true; report: import('../score/report.js').DocumentReport }
  | { id: number; ok: false; code: string; message: string };

function failure(id: number, err: unknown): CheckOutcome {
  const e = err as { code?: unknown; message?: string };
  return { id, ok: false, code: typeof e?.code === 'string' ? e.code : 'INTERNAL', message: (e?.message ?? String(err)).split('\n')[0] };
}

if (parentPort) {
  const port = parentPort;
  const options = (workerData as { options: CheckOptions }).options;
  let prepared: Prepared | undefined;
  let prepareError: unknown;
  try {
    prepared = prepare(options);
  } catch (err) {
    prepareError = err;
  }
  port.on('message', async (task: CheckTask) => {
    if (!prepared) return port.postMessage(failure(task.id, prepareError));
    try {
      const data = task.data ?? new Uint8Array(await readFile(task.path!));
      const report = await checkDocument(data, task.source, options, prepared);
      port.postMessage({ id: task.id, ok: true, report } satisfies CheckOutcome);
    } catch (err) {
      port.postMessage(failure(task.id, err));
    }
  });
}
