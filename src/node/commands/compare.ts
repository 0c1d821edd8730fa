/** `bla-check compare`: two drafts or two agreements, element by element. */
import { compareDocuments, renderComparison } from '../../report/index.js';
import { checkOptions, parseCommandArgs } from '../check-options.js';
import { UsageError, type Command, type Io } from '../io.js';
import { writeFileAtomic } from '../write.js';
import { resolve } from 'node:path';
import { documentOf } from '../single.js';

const help = `Usage: bla-check compare <a> <b> [options]

Compare two documents element by element: which elements got better or worse, which appeared or
disappeared (absent in one, present in the other) and which stayed the same, with the evidence on
both sides. Either side may be a report saved with check --format json.

Options:
  --format F         md (default) or json
  --out FILE         write to FILE (atomically) instead of standard output
  --pack ID|FILE     built-in pack id (default ilo-bla) or a YAML/JSON pack file
  --lang L           auto (default), en, fr, es or nl
  --decisions FILE   apply reviewers' decisions to both sides
  -h, --help         show this help

Example:
  bla-check compare draft-2023.docx draft-2024.docx
`;

const flags = {
  format: { type: 'string' },
  out: { type: 'string' },
  pack: { type: 'string' },
  lang: { type: 'string' },
  decisions: { type: 'string' },
} as const;

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, flags, 'compare');
  if (positionals.length !== 2) throw new UsageError('compare: give two documents (see bla-check compare --help)');
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError(`--format must be md or json, not "${format}"`);
  const options = checkOptions(values, io.cwd);
  const [a, b] = [await documentOf(positionals[0], options, io), await documentOf(positionals[1], options, io)];
  const text = renderComparison(compareDocuments(a, b), format);
  if (values.out) await writeFileAtomic(resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return 0;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare two documents element by element: better, worse, appeared, disappeared',
  help,
  run,
};
