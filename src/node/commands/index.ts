import type { Command } from '../io.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { compareCommand } from './compare.js';
import { segmentCommand } from './segment.js';
import { rulesCommand } from './rules.js';

// Each command lives in its own file and registers here; the order is the order of `--help`.
export const commands: Command[] = [checkCommand, explainCommand, compareCommand, segmentCommand, rulesCommand];
