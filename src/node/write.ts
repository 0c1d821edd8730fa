/**
 * Atomic writes: the bytes go to a temporary file in the target's directory, are flushed, then renamed
 * over the target. A crash or Ctrl-C mid-write leaves the previous file intact, never half a report.
 */
import { open, rename, unlink, mkdir, type FileHandle } from 'node:fs/promises';
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

/**
 * A file written in parts as they become ready (a batch's report, a document at a time), that takes
 * the target's place only when committed. Until then the parts sit in a temporary file beside it;
 * discarded, failed, or cut short by Ctrl-C, the target keeps its previous contents.
 */
export class AtomicFile {
  private constructor(private readonly path: string, private readonly tmp: string, private readonly handle: FileHandle) {}

  static async open(path: string): Promise<AtomicFile> {
    installCleanup();
    const dir = dirname(path);
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    pending.add(tmp);
    try {
      return new AtomicFile(path, tmp, await open(tmp, 'wx', 0o644));
    } catch (err) {
      pending.delete(tmp);
      throw err;
    }
  }

  /** Append a part; on failure the file is discarded and the error rethrown. */
  async write(data: string | Uint8Array): Promise<void> {
    // writeFile on an open handle goes on from where the last write ended.
    await this.handle.writeFile(data).catch((err) => this.failed(err));
  }

  /** Flush to disk and put the file in the target's place. */
  async commit(): Promise<void> {
    try {
      await this.handle.sync();
      await this.handle.close();
      await rename(this.tmp, this.path);
    } catch (err) {
      await this.failed(err);
    }
    pending.delete(this.tmp);
  }

  /** Remove what was written; the target stays as it was. */
  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.tmp).catch(() => undefined);
    pending.delete(this.tmp);
  }

  private async failed(err: unknown): Promise<never> {
    await this.discard();
    throw err;
  }
}

/** `data` whole, or in parts written one after another (a report too large for one string). */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const file = await AtomicFile.open(path);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await file.write(data);
    else for (const part of data) await file.write(part);
  } catch (err) {
    // A part that could not be made (a render that threw) leaves nothing behind either.
    await file.discard();
    throw err;
  }
  await file.commit();
}

/** Save reviewer decisions (validated first, so a bad set never replaces a good file). */
export async function saveDecisions(path: string, decisions: Decisions): Promise<void> {
  const valid = parseDecisions(decisions, path);
  await writeFileAtomic(path, JSON.stringify(valid, null, 2) + '\n');
}
