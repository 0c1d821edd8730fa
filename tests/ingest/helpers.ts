import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { IngestError } from '../../src/ingest/index.js';

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));

/** The promise rejects with an IngestError carrying this code. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<IngestError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, `expected ${code}, got a result`).toBeInstanceOf(IngestError);
  expect((err as IngestError).code).toBe(code);
  expect((err as IngestError).message).not.toMatch(/\n/);
  return err as IngestError;
}

/** Line starting with the given words, so tests read like what the structure stage will see. */
export const lineStarting = (text: string, start: string): string | undefined => text.split('\n').find((l) => l.startsWith(start));
