/** A one-line progress bar on stderr, only on a terminal: piped and scripted runs stay clean. */
import type { Io } from './io.js';

export interface Progress {
  tick(source: string): void;
  done(): void;
}

const WIDTH = 28;
const silent: Progress = { tick: () => undefined, done: () => undefined };

export function createProgress(io: Io, total: number): Progress {
  if (!io.isTTY || total < 2) return silent;
  let count = 0;
  const draw = (source: string) => {
    const filled = Math.round((count / total) * WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
    const name = source.length > 40 ? `…${source.slice(-39)}` : source;
    io.stderr(`\r\x1b[2K[${bar}] ${count}/${total} ${name}`);
  };
  draw('');
  return {
    tick(source) { count++; draw(source); },
    done() { io.stderr('\r\x1b[2K'); },
  };
}
