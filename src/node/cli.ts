#!/usr/bin/env node
/** Entry of the `bla-check` binary; all behaviour is in main.ts so tests can drive it in-process too. */
import { errorLine, main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(errorLine(err) + '\n'); process.exitCode = 2; },
);
