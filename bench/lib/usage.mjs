// Loaded with `node --import` by the figures that run the CLI: on exit, write what the whole process
// used, every thread counted, to the file named by BENCH_USAGE_FILE as JSON: the peak resident set
// size in kB (figure 6) and the CPU time in ms (figure 5: how much more work two threads do).
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (!process.env.BENCH_USAGE_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
