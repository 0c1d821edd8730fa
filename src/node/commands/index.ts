import type { Command } from '../io.js';

// Each command lives in its own file and registers here; the order is the order of `--help`.
export const commands: Command[] = [];
