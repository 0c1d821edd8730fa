/**
 * Where `bla-check check` puts its report while the documents are being checked. A format with
 * sections (src/report/sections.ts) is written a document at a time, to standard output or to a file
 * that takes the target's place only once complete; `--out DIR` writes each document's own file as
 * it comes; any other format is rendered whole at the end. Nothing is written before the first
 * document is checked, so a run that checks none leaves the target as it was.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Pack } from '../rules/pack-schema.js';
import type { Format, Sections } from '../report/index.js';
import type { DocumentReport, Report } from '../score/report.js';
import type { RenderedDocument } from './check-worker.js';
import type { Io } from './io.js';
import { AtomicFile, writeFileAtomic } from './write.js';

export interface ReportSink {
  /**
   * The format whose document sections this sink takes ready-made: the thread that checks a document
   * may render its section itself (src/node/check-worker.ts), so its report never crosses threads.
   */
  readonly sections?: string;
  /** The next document, in the order the inputs were given. */
  add(doc: DocumentReport | RenderedDocument): Promise<void>;
  /** No document is left: close the report, with the files that could not be checked. */
  finish(failures: Report['failures']): Promise<void>;
  /** Nothing will be written after all (no document could be checked, or a write failed). */
  discard(): Promise<void>;
}

export interface SinkTarget {
  format: Format;
  /** `--out`: a file, a folder (existing, or ending with a separator), or standard output when absent. */
  out?: string;
  io: Io;
  /** The report without documents or failures: pack, tool, schema version. */
  frame: Report;
  pack: Pack;
}

export async function sinkFor(target: SinkTarget): Promise<ReportSink> {
  const { format, out, io } = target;
  if (out && (await isFolder(out, io.cwd))) return folderSink(target, resolve(io.cwd, out));
  const file = out ? resolve(io.cwd, out) : undefined;
  return format.sections ? sectionsSink(target, format.sections, file) : wholeSink(target, file);
}

/** A document as the report holds it; a sink that names no `sections` is never given a rendered one. */
function reportOf(doc: DocumentReport | RenderedDocument): DocumentReport {
  if ('section' in doc) throw new Error('a document rendered for another format reached a sink that renders its own');
  return doc;
}

/** --out DIR: an existing directory or a path ending with a separator. */
async function isFolder(out: string, cwd: string): Promise<boolean> {
  if (/[\\/]$/.test(out)) return true;
  return (await stat(resolve(cwd, out)).catch(() => undefined))?.isDirectory() ?? false;
}

/** Opening, then each document after a separator, then the closing: to stdout, or a file committed at the end. */
function sectionsSink({ format, io, frame, pack }: SinkTarget, sections: Sections, path: string | undefined): ReportSink {
  let file: AtomicFile | undefined;
  let started = false;
  const write = async (text: string) => (path ? (file ??= await AtomicFile.open(path)).write(text) : io.stdout(text));
  return {
    sections: format.name,
    async add(doc) {
      await write(started ? sections.separator : sections.opening(frame, { pack }));
      started = true;
      await write('section' in doc ? doc.section : sections.document(doc, { pack }));
    },
    async finish(failures) {
      await write(sections.closing({ ...frame, failures }, { pack }));
      await file?.commit();
    },
    async discard() {
      await file?.discard();
    },
  };
}

/** Formats that need every document at once (an index, a heat map, a rule list): held, rendered at the end. */
function wholeSink({ format, io, frame, pack }: SinkTarget, path: string | undefined): ReportSink {
  const documents: DocumentReport[] = [];
  return {
    async add(doc) {
      documents.push(reportOf(doc));
    },
    async finish(failures) {
      const text = format.render({ ...frame, documents, failures }, { pack });
      if (path) await writeFileAtomic(path, text);
      else io.stdout(text);
    },
    async discard() {},
  };
}

/** One report per document, named after it (a second "mou.pdf" in another folder gets "mou-2.json"). */
function folderSink({ format, frame, pack }: SinkTarget, dir: string): ReportSink {
  const used = new Set<string>();
  const nameOf = (source: string) => {
    const stem = basename(source, extname(source)) || 'document';
    let name = `${stem}.${format.extension}`;
    for (let i = 2; used.has(name); i++) name = `${stem}-${i}.${format.extension}`;
    used.add(name);
    return name;
  };
  return {
    async add(doc) {
      await writeFileAtomic(join(dir, nameOf(doc.source)), format.render({ ...frame, documents: [reportOf(doc)], failures: [] }, { pack }));
    },
    async finish() {},
    async discard() {},
  };
}
