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
  /** The precision each currency is paid at (CURRENCY_PRECISIONS); free when not given. */
  currencyPrecisions?: CurrencyPrecisions;
}

/**
 * CURRENCY_PRECISIONS, as the confined write path reads it. A payer who picks the precision picks
 * what the payee's statement reads (one cent sent at precision 1 shows there as amount 1), so a
 * caller confined to an identity pays a listed currency at its precision and no other currency.
 * Unset, it is `free` in development (the caller's precision, as before) and `refused` in
 * production, where confined writes then wait for the operator to set it.
 */
export type CurrencyPrecisions = { mode: 'listed'; precisions: ReadonlyMap<string, bigint> } | { mode: 'free' } | { mode: 'refused' };

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
