/**
 * Values that arrive by position in any order (documents as worker threads finish them), handed on
 * in position order, each as soon as every one before it has been.
 */
export class InOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  constructor(private readonly release: (value: T, position: number) => void) {}

  put(position: number, value: T): void {
    this.waiting.set(position, value);
    for (let v = this.waiting.get(this.next); v !== undefined; v = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.release(v, this.next++);
    }
  }

  /** How many arrived ahead of their turn and wait. */
  get held(): number {
    return this.waiting.size;
  }
}
