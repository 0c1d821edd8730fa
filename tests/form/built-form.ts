/**
 * The built form, copied to a private folder: other engineers' builds empty dist/ while tests run. When
 * dist/form is missing or older than the sources (a build without build:form, or edits since), the form
 * is built straight into the private folder instead, so the test never runs yesterday's form.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = ['index.html', 'form.js', 'worker.js', 'pdf.worker.mjs', 'form.css'];
const SOURCES = ['src', 'examples/web-form', 'rules'];

function newestSource(): number {
  let newest = 0;
  for (const dir of SOURCES) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function copyBuilt(dir: string): boolean {
  const built = join(ROOT, 'dist/form');
  try {
    if (!FILES.every((f) => existsSync(join(built, f)))) return false;
    if (Math.min(...FILES.map((f) => statSync(join(built, f)).mtimeMs)) < newestSource()) return false;
    for (const f of FILES) cpSync(join(built, f), join(dir, f));
    return true;
  } catch {
    return false; // dist/form vanished mid-copy
  }
}

export function privateFormCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bla-form-dist-'));
  if (!copyBuilt(dir)) execFileSync(process.execPath, ['scripts/build-form.mjs', dir], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}
