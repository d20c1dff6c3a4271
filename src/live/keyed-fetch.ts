/**
 * Reads that coalesce: one read per key at a time, and requests that arrive while it is out are
 * all answered by one more read after it, which sees every change they announced. A burst of a
 * hundred webhooks for one balance costs two reads, not a hundred, and no change is missed: the
 * last read starts after the last request.
 */
export class KeyedFetch<T> {
  /** Keys with a read out; `again` when a request came in since it started. */
  private readonly out = new Map<string, { again: boolean }>();

  constructor(
    private readonly read: (key: string) => Promise<T>,
    private readonly onResult: (key: string, value: T | undefined, error?: unknown) => void,
  ) {}

  request(key: string): void {
    const running = this.out.get(key);
    if (running) {
      running.again = true;
      return;
    }
    this.run(key);
  }

  /** Keys with a read out (tests, and a gauge). */
  get reading(): number {
    return this.out.size;
  }

  private run(key: string): void {
    const state = { again: false };
    this.out.set(key, state);
    this.read(key)
      .then(
        (value) => this.onResult(key, value),
        (error: unknown) => this.onResult(key, undefined, error),
      )
      .finally(() => {
        this.out.delete(key);
        if (state.again) this.run(key);
      });
  }
}
