/**
 * A counting semaphore with a FIFO queue: at most `limit` holders at once. The gate in front of
 * the Blnk client (gate.ts) takes one slot of the request's and one of the principal's for each
 * upstream call, so neither can hold more of the shared connection pool than its share. Waiters
 * hold no listener on any signal (a fan-out of hundreds would pile them up): a caller whose
 * request ended checks on its turn and releases at once.
 */
export class Semaphore {
  private held = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Holders now. */
  get active(): number {
    return this.held;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves once a slot is held; call `release` exactly once afterwards. */
  acquire(): Promise<void> {
    if (this.held < this.limit && this.waiters.length === 0) {
      this.held += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    // The slot passes straight to the next waiter: `held` stays the same.
    if (next) next();
    else this.held -= 1;
  }
}
