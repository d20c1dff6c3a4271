/**
 * A counting semaphore with a FIFO queue: at most `limit` holders at once. The gate in front of
 * the Blnk client (gate.ts) takes one slot of the request's and one of the principal's for each
 * upstream call, so neither can hold more of the shared connection pool than its share.
 *
 * Waiters hold no listener on any signal: a fan-out of hundreds would pile them up. Instead each
 * waiter names its owner (the request's gate), and the owner, on the one abort it listens for,
 * calls `cancel`: its waiters leave the queue at once, in one pass, and the others keep their
 * order. Without that, the waiters of a request whose client had gone stayed queued until their
 * turn, ahead of the same principal's live requests.
 */
interface Waiter {
  owner: object | undefined;
  resolve: () => void;
  reject: (reason: unknown) => void;
}

export class Semaphore {
  private held = 0;
  private waiters: Waiter[] = [];

  constructor(readonly limit: number) {}

  /** Holders now. */
  get active(): number {
    return this.held;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  /**
   * Resolves once a slot is held; call `release` exactly once afterwards. Rejects, holding
   * nothing, when `cancel(owner)` removes it from the queue first.
   */
  acquire(owner?: object): Promise<void> {
    if (this.held < this.limit && this.waiters.length === 0) {
      this.held += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => this.waiters.push({ owner, resolve, reject }));
  }

  release(): void {
    const next = this.waiters.shift();
    // The slot passes straight to the next waiter: `held` stays the same. That waiter holds it
    // from now on, even if its owner is cancelled before its continuation runs: the owner's
    // code sees that and releases it (gate.ts), so no slot is lost.
    if (next) next.resolve();
    else this.held -= 1;
  }

  /**
   * Removes every waiter of `owner` from the queue and rejects it with `reason`; returns how many.
   * Holders are untouched: a call already sent ends through its own signal and releases.
   */
  /** Whether `owner` has a call waiting here. */
  isWaiting(owner: object): boolean {
    return this.waiters.some((w) => w.owner === owner);
  }

  cancel(owner: object, reason: unknown): number {
    const dropped = this.waiters.filter((w) => w.owner === owner);
    if (dropped.length === 0) return 0;
    this.waiters = this.waiters.filter((w) => w.owner !== owner);
    for (const w of dropped) w.reject(reason);
    return dropped.length;
  }
}
