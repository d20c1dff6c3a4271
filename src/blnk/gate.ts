import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { BlnkError, callerAborted } from './errors.js';
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

/** UPSTREAM_TIMEOUT only for a write whose request's deadline passed while it waited for a slot. */
export type RefusalCode = 'CALL_BUDGET_EXCEEDED' | 'RATE_LIMITED' | 'UPSTREAM_TIMEOUT';

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

  /**
   * Never: nothing was sent, so nothing can have happened at Blnk. writes.ts takes a transport
   * failure for a write whose outcome is unknown, and would look for one refused as
   * UPSTREAM_TIMEOUT.
   */
  override get isTransport(): boolean {
    return false;
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

  /**
   * A gate for one request of this principal. `signal` is the request's (the client's abort
   * joined with its deadline): when it aborts, the request's calls still waiting for a slot are
   * dropped (UpstreamGate.end).
   */
  gateFor(principal: PrincipalKey, signal?: AbortSignal): UpstreamGate {
    const confined = principal.identityId !== null;
    const key = confined ? `identity:${principal.identityId}` : `subject:${principal.subject}`;
    return new UpstreamGate(this, key, confined, signal);
  }

  /** Principals with calls in flight or waiting (the map forgets idle ones). */
  get principalsInFlight(): number {
    return this.inFlight.size;
  }

  /**
   * @internal One slot of the principal's share, taken for the length of one call by `owner` (a
   * request's gate). Rejects, holding nothing, when `cancel` drops it from the queue.
   */
  async acquire(key: string, owner: object): Promise<() => void> {
    let slots = this.inFlight.get(key);
    if (!slots) {
      slots = new Semaphore(this.settings.maxInFlightPerPrincipal);
      this.inFlight.set(key, slots);
    }
    const held = slots;
    await held.acquire(owner);
    return () => {
      held.release();
      this.forgetIdle(key, held);
    };
  }

  /** @internal Whether `owner` has a call waiting in the principal's queue. */
  isWaiting(key: string, owner: object): boolean {
    return this.inFlight.get(key)?.isWaiting(owner) ?? false;
  }

  /** @internal Drops from the principal's queue every call `owner` has waiting, rejected with `reason`. */
  cancel(key: string, owner: object, reason: unknown): void {
    const slots = this.inFlight.get(key);
    if (!slots) return;
    slots.cancel(owner, reason);
    this.forgetIdle(key, slots);
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
 *
 * When the request ends (its client goes away, its deadline passes, or its operation is done:
 * `end`), every call still waiting for a slot leaves both queues at once, unsent, and fails as the
 * transport fails a call whose signal aborted; later calls fail the same way before they are
 * counted. Before, a principal that sent a fan-out of hundreds of calls and closed the connection,
 * again and again, left every one of them queued in its share until its turn, ahead of its own
 * live requests, with the dead requests kept alive meanwhile. The gate listens once for the
 * request's abort, not once per waiting call.
 */
export class UpstreamGate {
  private used = 0;
  /** Calls still granted without question to the write sent last (WRITE_FOLLOW_UP_CALLS). */
  private followUps = 0;
  private refusal: UpstreamRefused | null = null;
  private readonly slots: Semaphore;
  private ended = false;
  /** Why the request ended: the signal's reason (the client's, or a TimeoutError); requestDone() is made on demand (whyEnded). */
  private endReason: unknown;
  private readonly onAbort: () => void;

  constructor(
    private readonly limits: UpstreamLimits,
    private readonly key: string,
    private readonly confined: boolean,
    private readonly signal?: AbortSignal,
  ) {
    this.slots = new Semaphore(limits.settings.maxInFlight);
    this.onAbort = () => this.end(signal?.reason);
    if (signal?.aborted) this.end(signal.reason);
    else signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /**
   * The request has ended: its calls waiting for a slot, in its own queue and in the principal's,
   * are dropped at once (never sent), and no further call is made. Calls already sent are left to
   * their own signal. Idempotent; the abort listener calls it, and so does the server when the
   * operation is done (server/upstream-gate.ts), with no reason.
   */
  end(reason?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.endReason = reason;
    this.signal?.removeEventListener('abort', this.onAbort);
    // Most requests end with nothing waiting, and building the reason (a DOMException and its
    // stack) cost about 23 µs of every answered request in the CPU profile: it is made only for
    // a call that will read it (here, or later in endedError).
    if (this.slots.waiting === 0 && !this.limits.isWaiting(this.key, this)) return;
    const why = this.whyEnded();
    // The request's own queue first: a call dropped from the principal's queue gives back its
    // request slot, which must not pass to another of this request's waiters.
    this.slots.cancel(this, why);
    this.limits.cancel(this.key, this, why);
  }

  /** The end's reason: the signal's, or requestDone() when the operation was answered. */
  private whyEnded(): unknown {
    this.endReason ??= requestDone();
    return this.endReason;
  }

  /** Whether the request has ended (see `end`). */
  get hasEnded(): boolean {
    return this.ended;
  }

  /** Slots of the request's own share held now (by calls sent or waiting for the principal's), and calls waiting for one. */
  get slotsInUse(): { held: number; waiting: number } {
    return { held: this.slots.active, waiting: this.slots.waiting };
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
    // An ended request asks nothing more: not counted, not charged to the rate, not sent.
    if (this.ended) throw this.endedError(write);
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
    // Each check of `ended` below comes right before a queue is joined (synchronously), so a call
    // never joins a queue after `end` has emptied it.
    if (this.ended) throw this.endedError(write);
    try {
      await this.slots.acquire(this);
    } catch {
      throw this.endedError(write); // dropped by `end`: it holds nothing
    }
    if (this.ended) {
      // Handed the slot just as the request ended: it gives it back, unsent.
      this.slots.release();
      throw this.endedError(write);
    }
    let releasePrincipal: () => void;
    try {
      releasePrincipal = await this.limits.acquire(this.key, this);
    } catch {
      this.slots.release();
      throw this.endedError(write);
    }
    try {
      // Handed the principal's slot just as the request ended: both are given back, unsent.
      if (this.ended) throw this.endedError(write);
      // Refused while this call waited for its slot: the request is ending, so it is not sent.
      if (this.refusal && !followUp) throw write ? unsentWrite(this.refusal) : this.refusal;
      if (write) this.followUps = WRITE_FOLLOW_UP_CALLS;
      return await send();
    } finally {
      releasePrincipal();
      this.slots.release();
    }
  }

  /**
   * What a call the ended request did not send fails with: what the transport answers for a call
   * whose signal aborted (callerAborted), so a dropped call and a cut one are told apart nowhere.
   * A write says that it was not sent, as a refused one does, when someone can still read it: the
   * deadline passed (otherwise writes.ts would take the timeout for an unknown outcome and send
   * the caller looking for a transaction that never was). A client that went away reads nothing;
   * its write fails with the client's own reason, which the server traces back to the abort; an
   * operation already answered (requestDone) has no reader either.
   */
  private endedError(write: boolean): unknown {
    const error = callerAborted(this.whyEnded());
    if (!write || !(error instanceof BlnkError)) return error;
    return unsentWrite(new UpstreamRefused('UPSTREAM_TIMEOUT', 'The request deadline passed while the write waited for its turn', {}));
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

/** Why a request's gate ended when its operation was done: nothing will read those calls' answers. */
function requestDone(): DOMException {
  return new DOMException('The request was answered before this call was sent', 'AbortError');
}

/** The refusal as a write's answer: it says that the write itself never reached Blnk. */
function unsentWrite(refusal: UpstreamRefused): UpstreamRefused {
  return new UpstreamRefused(refusal.refusal, `${refusal.message}. The write was not sent: nothing was recorded`, {
    ...refusal.extensions,
    writeSent: false,
  });
}
