import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { BlnkError } from './errors.js';
import { Semaphore } from './semaphore.js';

/**
 * What one request, and one principal, may ask of Blnk. The cost limit (server/cost.ts) refuses
 * before anything runs what it can see will be too much; these hold whatever gets past it,
 * counted at the Blnk client before each call is sent:
 * - a budget of upstream calls per request: beyond it the call is not sent and fails with
 *   CALL_BUDGET_EXCEEDED, and so does every call of the request not yet sent;
 * - a cap on the request's calls in flight, and one on each principal's, so that neither a query
 *   that fans out nor a flood of requests from one caller can hold the whole connection pool;
 * - a rate of upstream calls per principal (rate-limiter-flexible, in this process's memory:
 *   with several workers or replicas, each counts its own), beyond which calls fail with
 *   RATE_LIMITED and `extensions.retryAfterMs`.
 */
export interface UpstreamLimitSettings {
  /** Upstream calls one request may make. */
  maxCalls: number;
  /** Upstream calls of one request in flight at once; the rest wait their turn. */
  maxInFlight: number;
  /** Upstream calls of one principal in flight at once, all its requests together. */
  maxInFlightPerPrincipal: number;
  /** Upstream calls per window for a principal confined to an identity (an end user). */
  rateConfined: number;
  /** Upstream calls per window for any other principal (an operator, a backend, AUTH_MODE=none). */
  rateOperator: number;
  /** The rate's window, in seconds. */
  rateWindowSeconds: number;
}

/**
 * Calls a write may still need after it is sent, to learn what it did: the exactly-once reads of
 * blnk/writes.ts (a queued row waited for in up to 9 reads, a lost answer looked up in up to 4,
 * a split's legs). A write is sent only when the budget still holds these, and they are never
 * refused, so a write that was sent is never left without its answer by the budget or the rate.
 */
export const WRITE_FOLLOW_UP_CALLS = 20;

export type RefusalCode = 'CALL_BUDGET_EXCEEDED' | 'RATE_LIMITED';

/**
 * An upstream call the gateway refused to send. It is a BlnkError so that every path that knows
 * Blnk's failures passes it on unchanged (writes.ts never takes it for a lost answer: it has no
 * status and no transport code); graphql/errors.ts gives the client its code and `extensions`.
 */
export class UpstreamRefused extends BlnkError {
  constructor(
    readonly refusal: RefusalCode,
    message: string,
    /** Numbers only, for the client: the budget, the rate, when to retry. Never anything a caller typed. */
    readonly extensions: Record<string, number | boolean>,
  ) {
    super(0, refusal, message);
  }
}

/** The principal as the limits key it: the identity for a confined one, else the subject. */
export interface PrincipalKey {
  subject: string;
  identityId: string | null;
}

/** The limits of one gateway (one process): each principal's rate and share of the pool. */
export class UpstreamLimits {
  private readonly confined: RateLimiterMemory;
  private readonly operator: RateLimiterMemory;
  private readonly inFlight = new Map<string, Semaphore>();

  constructor(readonly settings: UpstreamLimitSettings) {
    this.confined = new RateLimiterMemory({ points: settings.rateConfined, duration: settings.rateWindowSeconds });
    this.operator = new RateLimiterMemory({ points: settings.rateOperator, duration: settings.rateWindowSeconds });
  }

  /** A gate for one request of this principal. */
  gateFor(principal: PrincipalKey): UpstreamGate {
    const confined = principal.identityId !== null;
    const key = confined ? `identity:${principal.identityId}` : `subject:${principal.subject}`;
    return new UpstreamGate(this, key, confined);
  }

  /** Principals with calls in flight or waiting (the map forgets idle ones). */
  get principalsInFlight(): number {
    return this.inFlight.size;
  }

  /** @internal One slot of the principal's share, taken for the length of one call. */
  async acquire(key: string): Promise<() => void> {
    let slots = this.inFlight.get(key);
    if (!slots) {
      slots = new Semaphore(this.settings.maxInFlightPerPrincipal);
      this.inFlight.set(key, slots);
    }
    const held = slots;
    await held.acquire();
    return () => {
      held.release();
      this.forgetIdle(key, held);
    };
  }

  /** @internal One point of the principal's rate; refused with the time until the window frees one. */
  async spend(key: string, confined: boolean): Promise<void> {
    const limiter = confined ? this.confined : this.operator;
    try {
      await limiter.consume(key, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const points = confined ? this.settings.rateConfined : this.settings.rateOperator;
      throw new UpstreamRefused(
        'RATE_LIMITED',
        `Too many ledger calls: this caller may make ${points} every ${this.settings.rateWindowSeconds} s. Retry after extensions.retryAfterMs`,
        // The shape of every RATE_LIMITED (graphql/confined-writes.ts uses it for transfers).
        { retryAfterMs: Math.max(1, Math.ceil(rejection.msBeforeNext)), limit: points, windowMs: this.settings.rateWindowSeconds * 1000 },
      );
    }
  }

  private forgetIdle(key: string, slots: Semaphore): void {
    if (slots.active === 0 && slots.waiting === 0 && this.inFlight.get(key) === slots) this.inFlight.delete(key);
  }
}

/**
 * One request's door to Blnk: every call of the request's client passes `run`, which counts it
 * against the budget and the rate, then waits for a slot of the request's and of the principal's
 * before sending. The first refusal closes the gate: calls that were waiting for a slot are not
 * sent either, so an over-budget request ends fast instead of working through its queue.
 */
export class UpstreamGate {
  private used = 0;
  /** Calls still granted without question to the write sent last (WRITE_FOLLOW_UP_CALLS). */
  private followUps = 0;
  private refusal: UpstreamRefused | null = null;
  private readonly slots: Semaphore;

  constructor(
    private readonly limits: UpstreamLimits,
    private readonly key: string,
    private readonly confined: boolean,
  ) {
    this.slots = new Semaphore(limits.settings.maxInFlight);
  }

  /** Calls admitted so far (sent, in flight or waiting for a slot). */
  get admitted(): number {
    return this.used;
  }

  /**
   * Counts one more attempt of a read already sent (the transport's retry after a connection
   * failure or a 502/503/504), when the budget still holds it; otherwise no retry is made.
   */
  chargeRetry(): boolean {
    if (this.refusal || this.used >= this.limits.settings.maxCalls) return false;
    this.used += 1;
    return true;
  }

  /** The budget or rate refusal that closed the gate, if one did. */
  get refused(): UpstreamRefused | null {
    return this.refusal;
  }

  async run<T>(write: boolean, send: () => Promise<T>): Promise<T> {
    const followUp = !write && this.followUps > 0;
    if (followUp) {
      this.followUps -= 1;
      this.used += 1;
    } else {
      this.admit(write);
      try {
        await this.limits.spend(this.key, this.confined);
      } catch (error) {
        if (!(error instanceof UpstreamRefused)) throw error;
        this.refusal ??= error;
        throw write ? unsentWrite(error) : error;
      }
    }
    await this.slots.acquire();
    const releasePrincipal = await this.limits.acquire(this.key);
    try {
      // Refused while this call waited for its slot: the request is ending, so it is not sent.
      if (this.refusal && !followUp) throw write ? unsentWrite(this.refusal) : this.refusal;
      // The client went away or the deadline passed while it waited: the transport answers that
      // at once, without a request, as for any call whose signal has aborted.
      if (write) this.followUps = WRITE_FOLLOW_UP_CALLS;
      return await send();
    } finally {
      releasePrincipal();
      this.slots.release();
    }
  }

  /** Counts the call against the budget, or refuses it (and everything after it). */
  private admit(write: boolean): void {
    if (this.refusal) throw write ? unsentWrite(this.refusal) : this.refusal;
    const { maxCalls } = this.limits.settings;
    // A write must leave room for the reads that confirm it.
    const needed = write ? 1 + WRITE_FOLLOW_UP_CALLS : 1;
    if (this.used + needed > maxCalls) {
      this.refusal = new UpstreamRefused(
        'CALL_BUDGET_EXCEEDED',
        `This request needs more than its budget of ${maxCalls} ledger calls; the rest were not sent. Ask for fewer items, or fewer fields that each call the ledger`,
        { maxUpstreamCalls: maxCalls },
      );
      throw write ? unsentWrite(this.refusal) : this.refusal;
    }
    this.used += 1;
  }
}

/** The refusal as a write's answer: it says that the write itself never reached Blnk. */
function unsentWrite(refusal: UpstreamRefused): UpstreamRefused {
  return new UpstreamRefused(refusal.refusal, `${refusal.message}. The write was not sent: nothing was recorded`, {
    ...refusal.extensions,
    writeSent: false,
  });
}
