/**
 * The built form, copied to a private folder: other engineers' builds empty dist/ while tests run. When
 * dist/form is missing (a build without build:form), the form is built straight into the copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = ['index.html', 'form.js', 'worker.js', 'pdf.worker.mjs', 'form.css'];

export function privateFormCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bla-form-dist-'));
  const built = join(ROOT, 'dist/form');
  try {
    if (FILES.every((f) => existsSync(join(built, f)))) {
      for (const f of FILES) cpSync(join(built, f), join(dir, f));
      return dir;
    }
  } catch {
    // dist/form vanished mid-copy: build our own below
  }
  execFileSync(process.execPath, ['scripts/build-form.mjs', dir], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}
