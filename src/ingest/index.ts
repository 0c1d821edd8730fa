// STUB: replaced by the ingest work. Signature is the contract.
import type { Document, IngestOptions } from './types.js';
export * from './types.js';
export async function ingest(_input: Uint8Array | string, _source: string, _options: IngestOptions = {}): Promise<Document> {
  throw new Error('not implemented');
}
