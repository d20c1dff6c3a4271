/**
 * A deadline joined with a caller's abort signal: one AbortController and one timer, disposed
 * as soon as the work is done. AbortSignal.timeout + AbortSignal.any did the same but left a
 * timer, a signal and its listeners alive for the whole timeout after every call; they took
 * about 4% of the CPU profile (docs/benchmarks.md), though an A/B run showed no throughput
 * difference within the noise.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private expired = false;
  private readonly onCallerAbort = () => this.controller.abort(this.caller?.reason);

  constructor(
    ms: number,
    private readonly caller?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new DOMException('The deadline passed', 'TimeoutError'));
    }, ms);
    this.timer.unref();
    if (caller?.aborted) this.controller.abort(caller.reason);
    else caller?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True when this deadline (not the caller) ended the work. */
  get timedOut(): boolean {
    return this.expired;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
  }
}
