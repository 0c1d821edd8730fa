/** `bla-check explain`: why one element got its verdict in one document. */
import { renderExplanation } from '../../report/index.js';
import { checkOptions, parseCommandArgs } from '../check-options.js';
import { UsageError, type Command, type Io } from '../io.js';
import { documentOf } from '../single.js';

const help = `Usage: bla-check explain <file> <element-id> [options]

Show why an element got its verdict: the verdict and confidence, every check of the element with
whether it fired and what it found, each piece of evidence with its article, page, quote and the
words that matched, and for an absent element the scopes and concepts searched and the nearest
provisions. <file> may also be a report saved with check --format json.

Options:
  --pack ID|FILE     built-in pack id (default ilo-bla) or a YAML/JSON pack file
  --lang L           auto (default), en, fr, es or nl
  --decisions FILE   apply reviewers' decisions first
  --format F         text (default) or json (the verdict object)
  -h, --help         show this help

Example:
  bla-check explain agreement.pdf recruitment-fees-and-costs
`;

const flags = {
  pack: { type: 'string' },
  lang: { type: 'string' },
  decisions: { type: 'string' },
  format: { type: 'string' },
} as const;

/** Up to three element ids that share a word with the one asked for. */
function suggestions(wanted: string, ids: string[]): string[] {
  const words = wanted.split('-').filter((w) => w.length > 2);
  return ids.filter((id) => words.some((w) => id.includes(w))).slice(0, 3);
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, flags, 'explain');
  if (positionals.length !== 2) throw new UsageError('explain: give a file and an element id (see bla-check explain --help)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const [file, element] = positionals;
  const options = checkOptions(values, io.cwd);
  const doc = await documentOf(file, options, io);
  const verdict = doc.elements.find((v) => v.element === element);
  if (!verdict) {
    const near = suggestions(element, doc.elements.map((v) => v.element));
    throw new UsageError(`no element "${element}" in pack ${options.pack.id}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
  }
  io.stdout(format === 'json' ? JSON.stringify({ source: doc.source, verdict }, null, 2) + '\n' : renderExplanation(doc, verdict, { pack: options.pack }));
  return 0;
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show why one element got its verdict: checks, evidence, what was searched',
  help,
  run,
};
