/** The `bla-check` command line: dispatches to one command module per sub-command. */
import { commands } from './commands/index.js';
import { UsageError, type Io } from './io.js';
import { VERSION } from '../version.js';

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'bla-check: check labour migration agreements against ILO elements',
    '',
    'Usage: bla-check <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `bla-check <command> --help` for a command\'s options. `bla-check --version` prints the version.',
  ].join('\n');
}

function nodeIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** One line on stderr, never a stack trace: users script this tool. An input's error names it first (read.ts `aboutInput`). */
export function errorLine(err: unknown): string {
  const e = err as { code?: string; message?: string; source?: string };
  const msg = (e?.message ?? String(err)).split('\n')[0];
  if (!e?.code || e.code === 'USAGE') return `bla-check: ${msg}`;
  return e.source ? `bla-check: ${e.source}: ${e.code}: ${msg}` : `bla-check: ${e.code}: ${msg}`;
}

export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (try bla-check --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help.trimEnd() + '\n');
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    io.stderr(errorLine(err) + '\n');
    return 2;
  }
}
