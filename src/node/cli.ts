#!/usr/bin/env node
/** Entry of the `bla-check` binary; all behaviour is in main.ts so tests can drive it in-process too. */
import { prestartCheckWorker } from './prestart.js';

const args = process.argv.slice(2);
// A batch's first worker loads on another core while this thread loads the program (src/node/prestart.ts).
if (args[0] === 'check') prestartCheckWorker(args.slice(1), process.cwd());

void import('./main.js').then(({ errorLine, main }) => {
  // A reader that stops early (`bla-check check x.pdf | head`) closes the pipe: end quietly, as Unix tools
  // do, rather than with Node's stack trace for an unhandled EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(errorLine(err) + '\n');
    process.exit(err.code === 'EPIPE' ? 0 : 2);
  });
  return main(args).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(errorLine(err) + '\n'); process.exitCode = 2; },
  );
});
