/** One document for explain and compare: a file (or -) checked now, or a saved JSON report reused. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkDocument, type CheckOptions } from '../core.js';
import { Report, type DocumentReport } from '../score/report.js';
import { UsageError, type Io } from './io.js';

/** A saved `check --format json` report: the first document in it. */
function savedReport(bytes: Uint8Array): DocumentReport | undefined {
  if (bytes[0] !== 0x7b) return undefined; // '{'
  try {
    const parsed = Report.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data.documents[0] : undefined;
  } catch {
    return undefined;
  }
}

export async function documentOf(arg: string, options: CheckOptions, io: Io): Promise<DocumentReport> {
  let bytes: Uint8Array;
  try {
    bytes = arg === '-' ? await io.readStdin() : new Uint8Array(await readFile(resolve(io.cwd, arg)));
  } catch {
    throw new UsageError(`cannot read ${arg}`);
  }
  return savedReport(bytes) ?? checkDocument(bytes, arg === '-' ? 'stdin' : arg, options);
}
