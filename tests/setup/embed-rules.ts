import { execFileSync } from 'node:child_process';

// Tests read the built-in packs through the generated module; refresh it first so an edited YAML
// file is what the tests see.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/embed-rules.mjs'], { stdio: 'inherit' });
}
