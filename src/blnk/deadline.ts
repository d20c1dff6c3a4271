/**
 * A deadline joined with a caller's abort signal: one timer, disposed as soon as the work is
 * done. AbortSignal.timeout + AbortSignal.any did the same but left a timer, a signal and its
 * listeners alive for the whole timeout after every call; they took about 4% of the CPU profile
 * (docs/benchmarks.md), though an A/B run showed no throughput difference within the noise.
 *
 * The transport (http.ts) subscribes with `onAbort`, a plain callback: no AbortController, no
 * event listener per upstream call. `signal` is there for callers that need a real AbortSignal
 * (the request's deadline is every call's caller signal); it is created on first use and
 * aborts with the same reason.
 */
export class Deadline {
  private readonly timer: NodeJS.Timeout;
  private expired = false;
  private ended = false;
  private why: unknown;
  private controller: AbortController | undefined;
  private readonly listeners = new Set<(reason: unknown) => void>();
  private readonly onCallerAbort = () => this.abort(this.caller?.reason);

  constructor(
    ms: number,
    private readonly caller?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.abort(new DOMException('The deadline passed', 'TimeoutError'));
    }, ms);
    this.timer.unref();
    if (caller?.aborted) this.abort(caller.reason);
    else caller?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.ended) this.controller.abort(this.why);
    }
    return this.controller.signal;
  }

  /** Ended, by the deadline or by the caller. */
  get aborted(): boolean {
    return this.ended;
  }

  /** Why it ended: a TimeoutError DOMException, or the caller's reason. */
  get reason(): unknown {
    return this.why;
  }

  /** True when this deadline (not the caller) ended the work. */
  get timedOut(): boolean {
    return this.expired;
  }

  /** Calls `listener` once when the deadline ends (not when already ended); returns the unsubscribe. */
  onAbort(listener: (reason: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
    this.listeners.clear();
  }

  private abort(reason: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.why = reason;
    this.controller?.abort(reason);
    for (const listener of [...this.listeners]) listener(reason);
    this.listeners.clear();
  }
}
