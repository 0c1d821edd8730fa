// Loaded with `node --import` by the memory figure: on exit, write the peak resident set size (kB,
// every thread of the process) to the file named by BENCH_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.BENCH_MAXRSS_FILE) writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
