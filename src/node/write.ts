/**
 * Atomic writes: the bytes go to a temporary file in the target's directory, are flushed, then renamed
 * over the target. A crash or Ctrl-C mid-write leaves the previous file intact, never half a report.
 */
import { open, rename, unlink, mkdir } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseDecisions, type Decisions } from '../review/index.js';

/** Temporary files still being written, removed if the process exits before renaming them. */
const pending = new Set<string>();
let cleanupInstalled = false;

function removePending(): void {
  for (const tmp of pending) try { unlinkSync(tmp); } catch { /* already gone */ }
  pending.clear();
}

/** On exit, Ctrl-C or kill, temporary files go; the target was never touched. */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `on`, not `once`: a second Ctrl-C during the clean-up must not kill the process before it is done.
    process.on(signal, () => {
      removePending();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** `data` whole, or in parts written one after another (a report too large for one string). */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  installCleanup();
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      // writeFile on an open handle goes on from where the last write ended.
      else for (const part of data) await handle.writeFile(part);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    pending.delete(tmp);
  }
}

/** Save reviewer decisions (validated first, so a bad set never replaces a good file). */
export async function saveDecisions(path: string, decisions: Decisions): Promise<void> {
  const valid = parseDecisions(decisions, path);
  await writeFileAtomic(path, JSON.stringify(valid, null, 2) + '\n');
}
