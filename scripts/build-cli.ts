/**
 * Builds the CLI's Node entries (scripts/tsup-cli.config.ts, as `npm run build` does) into a private folder. Tests and
 * benchmarks run the binary as a user would, but others rebuild dist/ at any moment (`rm -rf dist`),
 * so they each build their own copy with this one recipe, the precompiled built-in packs included.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function buildCliInto(outDir: string): string {
  execFileSync(process.execPath, ['scripts/embed-rules.mjs'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/tsup/dist/cli-default.js'), '--config', 'scripts/tsup-cli.config.ts', '--silent', '--out-dir', outDir,
  ], { cwd: ROOT, stdio: 'pipe' });
  // The built-in packs compiled, next to the bundle: no thread compiles them at run time.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/precompile-packs.ts', outDir], { cwd: ROOT, stdio: 'pipe' });
  return join(outDir, 'cli.js');
}
