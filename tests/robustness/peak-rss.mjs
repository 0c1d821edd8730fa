// Preloaded into a CLI run by tests (node --import): on exit, writes the process's peak resident set size
// (KiB, worker threads included) to the file BLA_PEAK_RSS_FILE names. Portable where /usr/bin/time is not.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BLA_PEAK_RSS_FILE;
if (file && isMainThread) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
