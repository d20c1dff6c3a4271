import CircuitBreaker from 'opossum';
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import { Deadline } from './deadline.js';
import { BlnkError, callerAborted } from './errors.js';

/**
 * HTTP to Blnk: the only module that knows undici. One keep-alive pool per upstream origin,
 * created once and injected (tests pass a MockAgent instead); every call has a deadline joined
 * with the caller's abort signal; reads are retried on connection failures and gateway errors
 * with jittered backoff inside that deadline; writes are sent exactly once. Two refusals are
 * answered here because nothing ran upstream: a 401 renews the credentials (`auth`) and sends the
 * call once more, a write too; a 429 on a read is waited out (Retry-After) when that fits in the
 * deadline. Neither counts against the circuit breaker.
 */
export type { Dispatcher };

export interface PoolOptions {
  /** Keep-alive connections to Blnk. */
  connections?: number;
}

export function createDispatcher(origin: string, options: PoolOptions = {}): Dispatcher {
  return new Pool(origin, {
    connections: options.connections ?? 64,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 600_000,
  });
}

export interface HttpConfig {
  /** Blnk's origin, e.g. http://127.0.0.1:5001 (no path). */
  origin: string;
  dispatcher: Dispatcher;
  /** Per-call deadline, retries included. */
  timeoutMs: number;
  /**
   * Credentials on every call: `{'x-blnk-key': key}` for Core, `{authorization: 'Bearer …'}`
   * for Cloud. Never logged, never echoed in an error.
   */
  headers?: Record<string, string>;
  /**
   * Credentials that change while the gateway runs (Blnk Cloud's OAuth access tokens,
   * cloud-token.ts): asked before every attempt, over `headers`; renewed once on a 401.
   */
  auth?: AuthProvider;
  /** Query parameters on every call, such as Cloud's `instance_id`. */
  query?: Record<string, string>;
  /** Further attempts for a read after the first; default 2. */
  readRetries?: number;
  /** First backoff step; each further one doubles, with full jitter. Default 50 ms. */
  retryBaseMs?: number;
  breaker?: BreakerOptions;
}

/**
 * A header provider: the transport asks it for the credentials of each attempt, so a token it
 * refreshes reaches the next call without a restart. Never logged, never echoed in an error.
 */
export interface AuthProvider {
  /** The credential headers for the next attempt (may wait for a refresh shared by every caller). */
  headers(): Promise<Record<string, string>>;
  /**
   * Blnk answered 401 to a call sent with `sent`: get fresh credentials (one refresh shared by
   * every caller that saw the same stale ones). False when there is nothing to renew (a static
   * token): the 401 then stands.
   */
  renew(sent: Record<string, string>): Promise<boolean>;
}

export type CircuitState = 'closed' | 'half-open' | 'open';

/**
 * The circuit breaker in front of Blnk: when enough calls fail (no answer, a gateway error, a
 * timeout), it opens and every call fails at once without reaching Blnk, reads and writes alike;
 * after `resetTimeoutMs` one call probes, and its success closes it again.
 */
export interface BreakerOptions {
  resetTimeoutMs?: number;
  /** Failures, in percent of the calls in the last 10 s, that open it. */
  errorThresholdPercentage?: number;
  /** Calls in the window before it may open at all. */
  volumeThreshold?: number;
  onStateChange?: (state: CircuitState) => void;
}

export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path and query, every segment already encoded (see `path`). */
  path: string;
  body?: string;
  /** The client request's signal: when the caller goes away, so does the call. */
  signal?: AbortSignal;
  /** Headers for this call only, over the transport's own (a caller's pass-through key). */
  headers?: Record<string, string>;
  /**
   * A read may be retried; a write is sent once. Defaults to GET only; Blnk's filter endpoints
   * are reads sent as POST and say so.
   */
  read?: boolean;
  /**
   * Asked before each further attempt of a read; false stops the retries there, and the last
   * answer or failure stands. The request's budget (gate.ts) counts each attempt as a call.
   */
  mayRetry?: () => boolean;
}

export interface HttpReply {
  status: number;
  text: string;
  /** Retry-After of a 429 or 503, in milliseconds from now (seconds or an HTTP date); absent otherwise. */
  retryAfterMs?: number;
}

/** Statuses worth another try: a proxy's 502/504 and Blnk's 503 backpressure. */
const RETRY_STATUSES = new Set([502, 503, 504]);

/** A reply that counts as Blnk failing (for the breaker), though the caller still gets it. */
class FailingReply extends Error {
  constructor(readonly reply: HttpReply) {
    super(`Blnk answered ${reply.status}`);
  }
}

/** The call stopped because its caller went away: not Blnk's failure. */
class CallerGone extends Error {}

function transient(reply: HttpReply): boolean {
  // A panic's empty 500 is as transient as a 502; an enveloped 500 is Blnk's answer.
  return RETRY_STATUSES.has(reply.status) || (reply.status === 500 && reply.text.trim() === '');
}

export class BlnkHttp {
  private readonly breaker: CircuitBreaker<[HttpCall, Deadline], HttpReply>;

  constructor(private readonly config: HttpConfig) {
    const options = config.breaker ?? {};
    this.breaker = new CircuitBreaker((call: HttpCall, deadline: Deadline) => this.attempt(call, deadline), {
      timeout: false,
      resetTimeout: options.resetTimeoutMs ?? 5_000,
      errorThresholdPercentage: options.errorThresholdPercentage ?? 50,
      volumeThreshold: options.volumeThreshold ?? 10,
      rollingCountTimeout: 10_000,
      // Only the error rate decides; latency percentiles and snapshots are work per call and per
      // second that nothing here reads.
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
      errorFilter: (error: unknown) => error instanceof CallerGone,
    });
    const report = options.onStateChange;
    if (report) {
      this.breaker.on('open', () => report('open'));
      this.breaker.on('halfOpen', () => report('half-open'));
      this.breaker.on('close', () => report('closed'));
      report('closed');
    }
  }

  get circuitState(): CircuitState {
    return this.breaker.opened ? 'open' : this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  /** Stops the breaker's timers (process shutdown, tests). */
  shutdown(): void {
    this.breaker.shutdown();
  }

  private async attempt(call: HttpCall, deadline: Deadline): Promise<HttpReply> {
    let reply: HttpReply;
    try {
      reply = await this.once(call, deadline);
    } catch (error) {
      if (call.signal?.aborted && (call.signal.reason as { name?: string } | undefined)?.name !== 'TimeoutError') {
        throw new CallerGone('the caller went away', { cause: error });
      }
      throw error;
    }
    if (transient(reply)) throw new FailingReply(reply);
    return reply;
  }

  /** One attempt through the breaker: a reply, or the error that kept it from arriving. */
  private async fire(call: HttpCall, deadline: Deadline): Promise<HttpReply> {
    try {
      return await this.breaker.fire(call, deadline);
    } catch (error) {
      if (error instanceof FailingReply) return error.reply;
      if (error instanceof CallerGone) throw error.cause;
      if ((error as { code?: string }).code === 'EOPENBREAKER') {
        throw new BlnkError(0, 'UPSTREAM_UNAVAILABLE', 'Blnk is failing: the circuit is open and Blnk was not called');
      }
      throw error;
    }
  }

  async send(call: HttpCall): Promise<HttpReply> {
    const deadline = new Deadline(this.config.timeoutMs, call.signal);
    try {
      return await this.sendWithin(call, deadline);
    } finally {
      deadline.dispose();
    }
  }

  private async sendWithin(call: HttpCall, deadline: Deadline): Promise<HttpReply> {
    const isRead = call.read ?? call.method === 'GET';
    const retries = isRead ? (this.config.readRetries ?? 2) : 0;
    const started = performance.now();
    // A 401 renews the credentials and sends the call once more, a write too: a 401 is a refusal
    // before anything ran. Never more than once per call.
    let renewed = false;
    for (let attempt = 0; ; attempt += 1) {
      const sent = await this.authorized(call);
      try {
        const reply = await this.fire(sent, deadline);
        if (reply.status === 401 && this.config.auth && !renewed) {
          renewed = true;
          if ((await this.config.auth.renew(sent.headers ?? {})) && (!call.mayRetry || call.mayRetry())) {
            attempt -= 1;
            continue;
          }
          return reply;
        }
        if (reply.status === 429) {
          // Rate limited: a read waits as long as Blnk asks when that fits in this call's deadline
          // and the request's budget; otherwise the 429 stands (upstream.ts: UPSTREAM_RATE_LIMITED).
          const wait = reply.retryAfterMs ?? RATE_LIMIT_BACKOFF_MS * 2 ** attempt;
          const left = this.config.timeoutMs - (performance.now() - started);
          if (attempt >= retries || wait >= left || (call.mayRetry && !call.mayRetry())) return reply;
          await pause(wait, deadline).catch(() => {
            throw this.stopped(call, deadline);
          });
          continue;
        }
        if (!transient(reply) || attempt >= retries || (call.mayRetry && !call.mayRetry())) return reply;
      } catch (error) {
        if (error instanceof BlnkError) throw error;
        if (deadline.timedOut) {
          throw new BlnkError(0, 'UPSTREAM_TIMEOUT', `Blnk did not answer within ${this.config.timeoutMs} ms`, { cause: error });
        }
        if (call.signal?.aborted) throw callerAborted(call.signal.reason, error);
        if (attempt >= retries || (call.mayRetry && !call.mayRetry())) {
          throw new BlnkError(0, 'UPSTREAM_UNAVAILABLE', 'Blnk is unreachable', { cause: error });
        }
      }
      await backoff(attempt, this.config.retryBaseMs ?? 50, deadline).catch(() => {
        throw this.stopped(call, deadline);
      });
    }
  }

  /** Why a wait between attempts ended early: the call's deadline, or its caller. */
  private stopped(call: HttpCall, deadline: Deadline): unknown {
    if (deadline.timedOut) return new BlnkError(0, 'UPSTREAM_TIMEOUT', `Blnk did not answer within ${this.config.timeoutMs} ms`);
    return callerAborted(call.signal?.reason);
  }

  /** The call with this attempt's credentials, when they come from a provider. */
  private async authorized(call: HttpCall): Promise<HttpCall> {
    if (!this.config.auth) return call;
    const credentials = await this.config.auth.headers();
    return { ...call, headers: { ...credentials, ...call.headers } };
  }

  private withQuery(path: string): string {
    return appendQuery(path, this.config.query);
  }

  /**
   * One request through undici's `dispatch` with a handler of its own: the body collected into
   * one buffer, the raw headers searched only for a 429's or 503's Retry-After, the deadline's abort wired straight
   * to undici's. `dispatcher.request` did the same with a RequestHandler (an async resource), a
   * Readable body stream, every header parsed into an object, and an abort listener on an
   * AbortSignal per call (docs/benchmarks.md, "Real Blnk").
   */
  private once(call: HttpCall, deadline: Deadline): Promise<HttpReply> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, this.config.headers, call.headers);
    return new Promise<HttpReply>((resolve, reject) => {
      if (deadline.aborted) {
        reject(deadline.reason);
        return;
      }
      this.config.dispatcher.dispatch(
        { origin: this.config.origin, path: this.withQuery(call.path), method: call.method, headers, body: call.body ?? null },
        new ReplyHandler(deadline, resolve, reject),
      );
    });
  }
}

/**
 * The response of one call, gathered for `once`: undici's legacy handler interface, which
 * `dispatch` takes without a wrapper (MockAgent speaks it too).
 */
class ReplyHandler implements Dispatcher.DispatchHandler {
  private status = 0;
  private retryAfterMs: number | undefined;
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private done = false;
  private abortUndici: ((reason: unknown) => void) | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly deadline: Deadline,
    private readonly resolve: (reply: HttpReply) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.unsubscribe = deadline.onAbort((reason) => {
      if (this.abortUndici) this.abortUndici(reason);
      else this.fail(reason);
    });
  }

  onConnect(abort: (reason?: Error) => void): void {
    if (this.done) {
      abort(this.deadline.reason as Error);
      return;
    }
    this.abortUndici = abort as (reason: unknown) => void;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[] | string[] | null): boolean {
    if (statusCode < 200) return true;
    this.status = statusCode;
    // Only a refusal that says when to come back is searched for Retry-After: no header parsing otherwise.
    if ((statusCode === 429 || statusCode === 503) && rawHeaders) this.retryAfterMs = retryAfter(rawHeaders);
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return true;
  }

  onComplete(): void {
    if (this.done) return;
    this.done = true;
    this.unsubscribe();
    const buffer = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.length);
    // As undici's body.text(): UTF-8, a byte-order mark skipped.
    const start = buffer.length > 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    const reply: HttpReply = { status: this.status, text: buffer.toString('utf8', start) };
    if (this.retryAfterMs !== undefined) reply.retryAfterMs = this.retryAfterMs;
    this.resolve(reply);
  }

  onError(error: Error): void {
    this.fail(error);
  }

  private fail(error: unknown): void {
    if (this.done) return;
    this.done = true;
    this.unsubscribe();
    this.reject(error);
  }
}

/** A 429 without Retry-After: the first wait, doubled for each further one. */
const RATE_LIMIT_BACKOFF_MS = 200;

/**
 * Retry-After from undici's raw headers (name, value, name, value…): delay-seconds, or an
 * HTTP date (RFC 9110 section 10.2.3), as milliseconds from now; undefined when absent or unreadable.
 */
export function retryAfter(rawHeaders: Buffer[] | string[], now = Date.now()): number | undefined {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!;
    if (name.length !== 11 || name.toString().toLowerCase() !== 'retry-after') continue;
    return retryAfterValue(rawHeaders[i + 1]!.toString(), now);
  }
  return undefined;
}

export function retryAfterValue(value: string, now = Date.now()): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * One request outside the breaker and the retries, with its own deadline: the token endpoint
 * (cloud-token.ts), whose failures are the credentials' and not Blnk's. Same pool, same handler.
 */
export async function exchange(
  dispatcher: Dispatcher,
  origin: string,
  request: { method: 'POST'; path: string; headers: Record<string, string>; body: string },
  timeoutMs: number,
): Promise<HttpReply> {
  const deadline = new Deadline(timeoutMs);
  try {
    return await new Promise<HttpReply>((resolve, reject) => {
      dispatcher.dispatch({ origin, ...request }, new ReplyHandler(deadline, resolve, reject));
    });
  } finally {
    deadline.dispose();
  }
}

function pause(ms: number, deadline: Deadline): Promise<void> {
  return new Promise((resolve, reject) => {
    if (deadline.aborted) return reject(deadline.reason);
    const unsubscribe = deadline.onAbort((reason) => {
      clearTimeout(timer);
      reject(reason);
    });
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, ms);
  });
}

function appendQuery(path: string, query: Record<string, string> | undefined): string {
  if (!query) return path;
  const extra = new URLSearchParams(query).toString();
  if (!extra) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${extra}`;
}

function backoff(attempt: number, baseMs: number, deadline: Deadline): Promise<void> {
  return pause(Math.random() * baseMs * 2 ** attempt, deadline);
}

/**
 * A path from literal segments and values. Every value is percent-encoded, dots included, so an
 * id holding `?`, `#` or `%` stays one segment. Blnk's router (gin) matches on the decoded path,
 * so no encoding keeps `/` inside a segment (`bln_x%2Fat` would reach `/balances/bln_x/at`);
 * a value with `/`, or one that is empty, `.` or `..`, names nothing in Blnk and is refused here
 * as not found, before any request.
 */
export function path(strings: TemplateStringsArray, ...values: string[]): string {
  let out = strings[0]!;
  values.forEach((value, i) => {
    if (value === '' || value === '.' || value === '..' || value.includes('/')) {
      throw new BlnkError(404, 'GEN_NOT_FOUND', 'no Blnk resource has this id');
    }
    out += encodeURIComponent(value).replace(/\./g, '%2E') + strings[i + 1]!;
  });
  return out;
}
