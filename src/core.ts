/**
 * The pipeline, browser-safe: bytes → Document → provisions → sentences → hits → verdicts → report.
 * Node and the browser form both call these; nothing here touches Node built-ins.
 */
import { describeValue, ingest, isDocumentData } from './ingest/index.js';
import type { IngestOptions } from './ingest/types.js';
import { segment, flatten } from './structure/index.js';
import { annotate, builtinLexicons, type LexiconSet } from './annotate/index.js';
import { builtinPack, compilePack, match, selectElements, type CompiledPack } from './rules/index.js';
import type { Pack } from './rules/pack-schema.js';
import { judge } from './judge/index.js';
import { score } from './score/index.js';
import { applyDecisions, type Decisions } from './review/index.js';
import { REPORT_SCHEMA_VERSION, type DocumentReport, type Report } from './score/report.js';
import { VERSION } from './version.js';
import { keptFor } from './memo.js';

export interface CheckOptions {
  /** A pack object (already parsed and resolved) or the id of a built-in pack. Default 'ilo-bla'. */
  pack?: Pack | string;
  /** Keep only elements carrying one of these tags. */
  tags?: string[];
  /** 'auto' (default) or an ISO 639-1 code that overrides detection. */
  language?: string;
  ingest?: IngestOptions;
  /** Reviewer decisions to apply. */
  decisions?: Decisions;
  /** Keep the document text in the report (default true), so formats can show evidence in context. */
  includeText?: boolean;
  lexicons?: LexiconSet;
}

export interface Prepared {
  compiled: CompiledPack;
  lexicons: LexiconSet;
}

const preparedCache = new WeakMap<object, Prepared>();

/** A pack narrowed to some tags, the same object whenever the same tags are asked, so what is prepared for it is kept too. */
const narrowings = new WeakMap<Pack, Map<string, Pack>>();

function narrowedTo(pack: Pack, tags: string[]): Pack {
  return keptFor(narrowings, pack, tags.join('\u0000'), (whole) => selectElements(whole, { tags }));
}

/** Compile the pack once; callers that check many documents reuse the result. */
export function prepare(options: CheckOptions = {}): Prepared {
  const lexicons = options.lexicons ?? builtinLexicons();
  let pack = typeof options.pack === 'object' ? options.pack : builtinPack(options.pack ?? 'ilo-bla');
  if (options.tags?.length) pack = narrowedTo(pack, options.tags);
  const cached = preparedCache.get(pack);
  if (cached && cached.lexicons === lexicons) return cached;
  const prepared = { compiled: compilePack(pack, lexicons), lexicons };
  preparedCache.set(pack, prepared);
  return prepared;
}

/** Check one document (file bytes or text) and return its part of the report. */
export async function checkDocument(
  input: Uint8Array | string,
  source: string,
  options: CheckOptions = {},
  prepared: Prepared = prepare(options),
): Promise<DocumentReport> {
  const document = await ingest(input, source, options.ingest);
  return checkText(document, options, prepared);
}

/** The stages after ingest, for callers that already hold a Document. */
export function checkText(document: Awaited<ReturnType<typeof ingest>>, options: CheckOptions = {}, prepared: Prepared = prepare(options)): DocumentReport {
  const root = segment(document);
  const language = options.language && options.language !== 'auto' ? options.language : undefined;
  const annotated = annotate(document, root, { language, lexicons: prepared.lexicons });
  const hits = match(annotated, prepared.compiled);
  let verdicts = judge(annotated, hits, prepared.compiled);
  let staleDecisions: DocumentReport['staleDecisions'] = [];
  const reviewed = Boolean(options.decisions);
  if (options.decisions) ({ verdicts, stale: staleDecisions } = applyDecisions(verdicts, options.decisions, annotated));
  return {
    source: document.source,
    format: document.format,
    hash: document.hash,
    bytes: document.bytes,
    language: annotated.language,
    pages: document.pages.map((p) => ({ number: p.number, ...p.quality })),
    warnings: [...document.warnings, ...annotated.warnings],
    provisions: flatten(root).map((p) => ({ id: p.id, label: p.label, kind: p.kind, start: p.start, end: p.end, bodyStart: p.bodyStart, pages: p.pages })),
    elements: verdicts,
    scores: score(verdicts),
    reviewed,
    staleDecisions,
    ...(options.includeText === false ? {} : { text: document.text }),
  };
}

/** Wrap document reports with the tool and pack identity. */
export function makeReport(documents: DocumentReport[], prepared: Prepared, failures: Report['failures'] = [], tags?: string[]): Report {
  const pack = prepared.compiled.pack;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'bla-check', version: VERSION },
    pack: { id: pack.id, version: pack.version, elements: pack.elements.length, ...(tags?.length ? { tags } : {}) },
    documents,
    failures,
  };
}

/**
 * Check several inputs in turn; one that fails is listed under `failures` and the rest go on, as is an
 * input without a string `source` and bytes or text as `data` (code BAD_INPUT). Anything but an array
 * of inputs is a TypeError: a call from JavaScript with one file's bytes must not read as a report.
 */
export async function check(inputs: Array<{ source: string; data: Uint8Array | string }>, options: CheckOptions = {}): Promise<Report> {
  if (!Array.isArray(inputs)) throw new TypeError(`check() takes an array of { source, data }, one per document; it was given ${describeValue(inputs)}`);
  const prepared = prepare(options);
  const documents: DocumentReport[] = [];
  const failures: Report['failures'] = [];
  for (const [i, input] of inputs.entries()) {
    const bad = badInput(input);
    if (bad) {
      failures.push({ source: typeof input?.source === 'string' ? input.source : `input ${i + 1}`, code: 'BAD_INPUT', message: bad });
      continue;
    }
    try {
      documents.push(await checkDocument(input.data, input.source, options, prepared));
    } catch (err) {
      const e = err as { code?: string; message?: string };
      failures.push({ source: input.source, code: e.code ?? 'INTERNAL', message: e.message ?? String(err) });
    }
  }
  return makeReport(documents, prepared, failures, options.tags);
}

/** Why an input of `check` cannot be read, or undefined when it has a source and bytes or text. */
function badInput(input: unknown): string | undefined {
  const { source, data } = (input ?? {}) as { source?: unknown; data?: unknown };
  if (input === null || typeof input !== 'object') return `an input is { source, data }; this one is ${describeValue(input)}`;
  if (typeof source !== 'string') return `the input's source (the name reports use) must be a string; it is ${describeValue(source)}`;
  if (!isDocumentData(data)) return `the input's data must be the file's bytes (Uint8Array) or its text (string); it is ${describeValue(data)}`;
  return undefined;
}
