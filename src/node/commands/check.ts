/** `bla-check check`: many files in, one report out (or one per document), with exit codes for scripts. */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Pack } from '../../rules/pack-schema.js';
import { getFormat, formatNames, type Format } from '../../report/index.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../../score/report.js';
import { VERSION } from '../../version.js';
import { expandInputs, readInput } from '../read.js';
import { checkOptions, languageOption, loadDecisions, parseCommandArgs } from '../check-options.js';
import { UsageError, type Command, type Io } from '../io.js';
import { checkEach, type CheckOutcome, type CheckTask, type PoolOptions } from '../pool.js';
import { InOrder } from '../in-order.js';
import { sinkFor, type ReportSink } from '../report-sink.js';
import { checkFlags } from './check-flags.js';
import { createProgress } from '../progress.js';

const help = `Usage: bla-check check <files|dirs|globs|-> [options]

Check labour migration agreements, MoUs or employment contracts against the elements of a rule
pack, and print a report: for each element addressed, weak, contradicted or absent, with the words
and the article. Inputs are files, directories (every file inside), globs (quote them: "texts/*.pdf")
or - for standard input. PDF, DOCX, HTML, Markdown and plain text are recognised from their bytes.

Options:
  --pack ID|FILE       built-in pack id (default ilo-bla) or a YAML/JSON pack file
  --tag T              keep only the elements carrying tag T (repeat for several)
  --format F           md (default), json, html, csv or sarif
  --out FILE|DIR       write to FILE instead of standard output; the file is replaced atomically, so
                       an interrupted run leaves the previous one intact. An existing directory, or a
                       path ending in /, gets one file per document (name.<format>)
  --lang L             auto (default), en, fr, es or nl: the language of the texts
  --fail-under SCORE   exit 1 when a document's coverage is below SCORE: 0..1 (0.6) or a percent (60, 60%)
  --jobs N             documents checked in parallel, on this thread and N-1 worker threads
                       (default: number of cores; small batches stay on this thread)
  --decisions FILE     apply reviewers' decisions from a decisions file (JSON, version 1)
  --no-text            leave the document text out of the report (smaller; html shows quotes only)
  -h, --help           show this help

Exit codes:
  0  the report was written. Files that could not be read are listed on standard error and under
     "failures" in the report, and the run goes on with the others.
  1  a document's coverage fell under --fail-under
  2  bad usage, an unusable pack or decisions file, or not a single input could be checked

Examples:
  bla-check check agreement.pdf
  bla-check check "corpus/*.txt" --format csv --out matrix.csv
  bla-check check draft.docx --format html --out review.html --decisions review.json
  cat mou.txt | bla-check check - --format json --fail-under 60%
`;

const flags = checkFlags;

/** "0.6", "60" and "60%" all mean 60 %. */
export function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(value.trim());
  const n = m ? Number(m[1]) : NaN;
  const fraction = m && (m[2] === '%' || n > 1) ? n / 100 : n;
  if (!(fraction >= 0 && fraction <= 1)) throw new UsageError(`--fail-under takes a score 0..1 or a percent 0..100%, not "${value}"`);
  return fraction;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${value}"`);
  return n;
}

/** The report before any document or failure is in it. */
function emptyReport(pack: Pack, tags: string[]): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'bla-check', version: VERSION },
    pack: { id: pack.id, version: pack.version, elements: pack.elements.length, ...(tags.length ? { tags } : {}) },
    documents: [],
    failures: [],
  };
}

/** The inputs as tasks, and the folders given that hold no file to check (they are failures, not tasks). */
interface Inputs {
  tasks: CheckTask[];
  emptyFolders: Report['failures'];
}

/** Arguments → one task per file: globs expanded, a directory means every file below it, - is stdin. */
async function inputsOf(positionals: string[], io: Io): Promise<Inputs> {
  const folders = new Map<string, string>();
  const patterns = await Promise.all(positionals.map(async (p) => {
    if (p === '-' || !(await stat(resolve(io.cwd, p)).catch(() => undefined))?.isDirectory()) return p;
    const everything = `${p.replace(/[\\/]+$/, '')}/**`;
    folders.set(everything, p);
    return everything;
  }));
  const tasks: CheckTask[] = [];
  const emptyFolders: Report['failures'] = [];
  // expandInputs keeps a pattern that matched nothing as it was: for a folder, that is its `/**`.
  for (const source of await expandInputs(patterns, io.cwd)) {
    const folder = folders.get(source);
    if (folder !== undefined) emptyFolders.push({ source: folder, code: 'NOT_A_FILE', message: `a folder with no file to check: ${folder} (hidden files and node_modules are left out)` });
    else tasks.push(source === '-' ? { id: tasks.length, source: 'stdin', cwd: io.cwd, data: (await readInput('-', io)).data } : { id: tasks.length, source, cwd: io.cwd });
  }
  return { tasks, emptyFolders };
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, flags, 'check');
  const format = getFormatOption(values.format);
  const threshold = parseThreshold(values['fail-under']);
  const jobs = parseJobs(values.jobs);
  if (!positionals.length) throw new UsageError('check: no input given (files, globs, directories or - for stdin; see bla-check check --help)');
  languageOption(values.lang);
  loadDecisions(values.decisions, io.cwd);
  const { tasks, emptyFolders } = await inputsOf(positionals, io);
  const options = checkOptions(values, io.cwd);
  const frame = emptyReport(options.pack, values.tag ?? []);
  const sink = await sinkFor({ format, out: values.out, io, frame, pack: options.pack });
  const written = await checkInto(sink, tasks, { jobs, options }, io);
  const failures = [...emptyFolders, ...written.failures];
  if (!written.scores.length) {
    await sink.discard();
    return nothingChecked(failures, values.out, io);
  }
  for (const f of failures) io.stderr(`bla-check: ${f.source}: ${f.code}: ${f.message}\n`);
  await sink.finish(failures);
  return underThreshold(written.scores, threshold, io) ? 1 : 0;
}

/** A checked document's coverage, kept for --fail-under once its report has been written and let go. */
interface Coverage { source: string; score: number }

/**
 * Check the tasks, putting each document's report into the sink in input order as soon as the ones
 * before it are in, and letting it go: a batch's memory is its documents in progress, not its report.
 */
async function checkInto(sink: ReportSink, tasks: CheckTask[], pool: Pick<PoolOptions, 'jobs' | 'options'>, io: Io): Promise<{ scores: Coverage[]; failures: Report['failures'] }> {
  const scores: Coverage[] = [];
  const failures: Report['failures'] = [];
  let writing = Promise.resolve();
  let writeError: unknown;
  const inOrder = new InOrder<CheckOutcome>((o) => {
    if (!o.ok) return void failures.push({ source: tasks[o.id].source, code: o.code, message: o.message });
    const doc = 'report' in o ? o.report : o.rendered;
    scores.push({ source: doc.source, score: 'report' in o ? o.report.scores.overall.score : o.rendered.score });
    // Writes one after another; the first that fails stops the rest (and is reported below).
    writing = writing.then(() => (writeError ? undefined : sink.add(doc))).catch((err) => void (writeError ??= err));
  });
  const progress = createProgress(io, tasks.length);
  try {
    await checkEach(tasks, { ...pool, sections: sink.sections, onDone: (o, t) => { progress.tick(t.source); inOrder.put(o.id, o); } });
  } catch (err) {
    writeError ??= err;
  }
  progress.done();
  await writing;
  if (writeError) {
    await sink.discard();
    throw writeError;
  }
  return { scores, failures };
}

/**
 * Exit 2 without touching --out: a previous report stays as it was. One input that could not be read
 * is one line, as for any other bad input; several get a line each and one that sums them up.
 */
function nothingChecked(failures: Report['failures'], out: string | undefined, io: Io): number {
  const kept = out ? `; ${out} left as it was` : '';
  const line = (f: Report['failures'][number]) => `bla-check: ${f.source}: ${f.code}: ${f.message}`;
  if (failures.length === 1) {
    io.stderr(`${line(failures[0])}${kept}\n`);
    return 2;
  }
  for (const f of failures) io.stderr(`${line(f)}\n`);
  io.stderr(`bla-check: no input could be checked${kept}\n`);
  return 2;
}

function getFormatOption(value: string | undefined): Format {
  const name = value ?? 'md';
  if (!formatNames.includes(name)) throw new UsageError(`--format must be one of ${formatNames.join(', ')}, not "${name}"`);
  return getFormat(name);
}

function underThreshold(scores: Coverage[], threshold: number | undefined, io: Io): boolean {
  if (threshold === undefined) return false;
  const under = scores.filter((d) => d.score < threshold);
  for (const d of under) io.stderr(`bla-check: ${d.source}: coverage ${Math.round(d.score * 100)}% is under ${Math.round(threshold * 100)}%\n`);
  return under.length > 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check agreements against the ILO elements and print a report (md, json, html, csv, sarif)',
  help,
  run,
};
