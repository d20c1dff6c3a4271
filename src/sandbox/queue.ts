/**
 * Blnk's transaction queue, reduced to what a client can observe: a POST answers at once, the
 * QUEUED row appears a moment later ("prepare", a goroutine in Blnk that resolves both balances
 * before it writes the row: a GET sent as soon as the 201 arrives misses it), and a worker applies
 * it after that. Real Blnk takes 250–1,300 ms; the sandbox takes tens of milliseconds, but never
 * writes the row before it has answered. Tests pause the worker to see queued amounts, and
 * `idle()` to wait for it.
 */
export interface QueueOptions {
  /** Delay before the worker applies a job; default 15 ms. */
  delayMs?: number;
  /**
   * Delay before a prepared write (the QUEUED row) lands; default 100 ms, so that a request sent
   * as soon as the 201 arrives misses the row even on a busy machine.
   */
  prepareMs?: number;
  /** Start with the worker paused. */
  paused?: boolean;
}

type Job = () => void;

export class Queue {
  private readonly jobs: Job[] = [];
  private readonly delayMs: number;
  private readonly prepareMs: number;
  private paused: boolean;
  private timer: NodeJS.Timeout | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private preparing = 0;
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(
    options: QueueOptions = {},
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.delayMs = options.delayMs ?? 15;
    this.prepareMs = options.prepareMs ?? 100;
    this.paused = options.paused ?? false;
  }

  /**
   * Runs `prepareMs` later, outside the request, whether or not the worker is paused: never
   * before the answer to the request that asked for it has been read.
   */
  prepare(job: Job): void {
    this.preparing += 1;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.preparing -= 1;
      this.run(job);
      this.settle();
    }, this.prepareMs);
    this.timers.add(timer);
  }

  enqueue(job: Job): void {
    this.jobs.push(job);
    this.schedule();
  }

  /** Enqueues a job after `ms` (a scheduled transaction coming due). */
  later(ms: number, job: Job): void {
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.enqueue(job);
      },
      Math.min(Math.max(ms, 0), 2 ** 31 - 1),
    );
    this.timers.add(timer);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.schedule();
  }

  get pending(): number {
    return this.jobs.length + this.preparing;
  }

  /** Resolves once nothing is preparing and (unless paused) no job is waiting. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.jobs.length = 0;
    this.settle(true);
  }

  private isIdle(): boolean {
    return this.preparing === 0 && (this.paused || this.jobs.length === 0);
  }

  private schedule(): void {
    if (this.paused || this.closed || this.timer || this.jobs.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.paused) return this.settle();
      const job = this.jobs.shift();
      if (job) this.run(job);
      this.schedule();
      this.settle();
    }, this.delayMs);
  }

  private run(job: Job): void {
    if (this.closed) return;
    try {
      job();
    } catch (error) {
      this.onError(error);
    }
  }

  private settle(force = false): void {
    if (!force && !this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
