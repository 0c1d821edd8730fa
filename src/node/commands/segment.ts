/** `bla-check segment`: the provision tree of one agreement, to see how it will be cited. */
import { segment, type Provision } from '../../structure/index.js';
import { parseCommandArgs } from '../check-options.js';
import { aboutInput, ingestFile } from '../read.js';
import { UsageError, type Command, type Io } from '../io.js';

const help = `Usage: bla-check segment <file> [options]

Show how an agreement is divided into provisions: title, preamble, parts and chapters, articles,
paragraphs and points, annexes and protocols, exchanged notes and the signature block. Each line
gives the label that reports cite ("Article 5(2)(b)", "Annex I Article 3"), the provision id, the
pages, the character range in the extracted text and the heading. Use it to check that a text was
read the way its authors numbered it before trusting a check. <file> is a PDF, DOCX, HTML,
Markdown or plain text file, or "-" for standard input.

Options:
  --json             print the tree as JSON (every field of every provision)
  --depth N          print only N levels below the document (default: all)
  -h, --help         show this help

Examples:
  bla-check segment examples/mou-en.txt
  bla-check segment agreement.pdf --depth 2
  bla-check segment agreement.docx --json > tree.json
`;

const flags = { json: { type: 'boolean' }, depth: { type: 'string' } } as const;

function pagesText(pages: number[]): string {
  if (!pages.length) return 'p.-';
  const first = pages[0];
  const last = pages[pages.length - 1];
  return first === last ? `p.${first}` : `p.${first}-${last}`;
}

/** One line per provision, indented by depth: label, id, pages, char range, heading. */
export function renderTree(root: Provision, maxDepth = Infinity): string {
  const lines: string[] = [];
  const walk = (p: Provision, depth: number) => {
    const heading = p.heading && p.heading !== p.label ? `  "${p.heading.length > 70 ? p.heading.slice(0, 69) + '…' : p.heading}"` : '';
    lines.push(`${'  '.repeat(depth)}${p.label}  [${p.id}]  ${pagesText(p.pages)}  ${p.start}-${p.end}${heading}`);
    if (depth < maxDepth) p.children.forEach((c) => walk(c, depth + 1));
  };
  walk(root, 0);
  return lines.join('\n') + '\n';
}

function depthOf(value: string | undefined): number {
  if (value === undefined) return Infinity;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--depth must be a whole number, not "${value}"`);
  return n;
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, flags, 'segment');
  if (positionals.length !== 1) throw new UsageError('segment: give one file (see bla-check segment --help)');
  const depth = depthOf(values.depth);
  const document = await aboutInput(positionals[0], ingestFile(positionals[0], {}, io));
  const root = segment(document);
  io.stdout(values.json ? JSON.stringify(root, null, 2) + '\n' : renderTree(root, depth));
  return 0;
}

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'show how a text divides into provisions: labels, ids, pages, ranges',
  help,
  run,
};
