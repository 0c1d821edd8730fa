/** What a CLI command may touch, passed in so commands can be tested without a process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  color: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  readStdin: () => Promise<Uint8Array>;
}

/** Wrong use of the CLI: printed as one line, exit code 2. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Command {
  name: string;
  summary: string;
  /** Full help text shown by `bla-check <name> --help`. */
  help: string;
  /** Returns the exit code: 0 ok, 1 under --fail-under, 2 bad usage or unreadable input. */
  run(args: string[], io: Io): Promise<number>;
}
