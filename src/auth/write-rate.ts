import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How much a caller confined to an identity may write: at most `maxBulk` transfers in one bulk
 * request, and `perMinute` transfers a minute per identity (a bulk request of n counts n). Each
 * transfer that reaches Blnk shows in its payee's history, so these bound how much a customer can
 * write into other customers' statements. One per gateway (per process: with WORKERS > 1 each
 * worker counts on its own, so the effective rate is perMinute × WORKERS).
 */
export interface ConfinedWriteLimits {
  maxBulk: number;
  perMinute: number;
}

export class WriteRate {
  readonly #limiter: RateLimiterMemory;

  constructor(readonly limits: ConfinedWriteLimits) {
    this.#limiter = new RateLimiterMemory({ points: limits.perMinute, duration: 60 });
  }

  /**
   * Takes `transfers` from the identity's budget for this minute. Answers null when taken, or
   * the milliseconds until enough is available again. A refused request still counts (the
   * limiter adds before it compares), so a caller that keeps sending keeps waiting.
   */
  async take(identityId: string, transfers: number): Promise<number | null> {
    try {
      await this.#limiter.consume(`identity:${identityId}`, transfers);
      return null;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext);
      throw refusal;
    }
  }
}
