#!/usr/bin/env node
/** Entry of the `bla-check` binary; all behaviour is in main.ts so tests can drive it in-process too. */
import { errorLine, main } from './main.js';

// A reader that stops early (`bla-check check x.pdf | head`) closes the pipe: end quietly, as Unix tools
// do, rather than with Node's stack trace for an unhandled EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') process.stderr.write(errorLine(err) + '\n');
  process.exit(err.code === 'EPIPE' ? 0 : 2);
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(errorLine(err) + '\n'); process.exitCode = 2; },
);
