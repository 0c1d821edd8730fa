/**
 * Who checks which document of a batch, in memory every thread shares. A thread claims the next
 * document itself, with one compare-and-swap, so it never waits for a busy main thread to hand it
 * work; and when a worker dies, the main thread reads here which document it was checking.
 */

/** Owner of a document nobody will check any more (the batch was stopped). */
const CLOSED = -1;

export interface SharedClaims {
  /** Per document: 0 while unclaimed, else the number of the thread that claimed it. */
  owners: Int32Array;
  /** Index from which unclaimed documents may remain: only a hint, claims are decided in `owners`. */
  next: Int32Array;
}

export function createClaims(documents: number): SharedClaims {
  return { owners: new Int32Array(new SharedArrayBuffer(4 * documents)), next: new Int32Array(new SharedArrayBuffer(4)) };
}

/** Claim the next unclaimed document for `thread` (≥ 1); -1 when none is left. */
export function claimNext(claims: SharedClaims, thread: number): number {
  const { owners, next } = claims;
  for (let i = Atomics.load(next, 0); i < owners.length; i++) {
    if (Atomics.compareExchange(owners, i, 0, thread) === 0) {
      Atomics.store(next, 0, i + 1);
      return i;
    }
  }
  return -1;
}

/** Documents `thread` claimed. */
export function claimedBy(claims: SharedClaims, thread: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < claims.owners.length; i++) if (Atomics.load(claims.owners, i) === thread) out.push(i);
  return out;
}

export function anyUnclaimed(claims: SharedClaims): boolean {
  for (let i = Atomics.load(claims.next, 0); i < claims.owners.length; i++) if (Atomics.load(claims.owners, i) === 0) return true;
  return false;
}

/** Let no thread claim another document. */
export function closeClaims(claims: SharedClaims): void {
  for (let i = 0; i < claims.owners.length; i++) Atomics.compareExchange(claims.owners, i, 0, CLOSED);
}
