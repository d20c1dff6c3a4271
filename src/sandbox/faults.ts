/**
 * Faults a test can switch on per route, to see how the gateway behaves when Blnk is slow or
 * broken. Off unless a test adds a rule.
 */
export type FaultKind =
  /** Wait `ms`, then answer normally. */
  | 'latency'
  /** Answer `status` (default 500) with the error envelope, GEN_INTERNAL. */
  | 'error'
  /** Answer `status` (default 500) with an empty body, as Blnk does after a recovered panic. */
  | 'empty'
  /** Destroy the socket without answering (nothing is done). */
  | 'reset'
  /** Do the work, then destroy the socket without answering: the write happened, the caller can't know. */
  | 'drop-after'
  /** Answer normally, but cut the body in half and close the connection. */
  | 'truncate'
  /** Answer normally, but send only half the body and then nothing, the connection left open. */
  | 'stall'
  /** Answer 200 with an HTML page, as a proxy in front of Blnk might. */
  | 'non-json'
  /** Answer 429 (nothing done), with Retry-After when `retryAfterS` or `retryAfter` is set: Cloud's rate limit, or Core's GEN_RATE_LIMITED. */
  | 'rate-limit';

export interface FaultRule {
  kind: FaultKind;
  /** e.g. 'GET'; any method when unset. */
  method?: string;
  /** A route pattern as registered, e.g. '/balances/:id'; any route when unset. */
  route?: string;
  status?: number;
  ms?: number;
  /** 'rate-limit': Retry-After in seconds. */
  retryAfterS?: number;
  /** 'rate-limit': Retry-After as written, such as an HTTP date. */
  retryAfter?: string;
  /** How many requests it applies to; unlimited when unset. */
  times?: number;
}

export class Faults {
  private rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * The rules this request meets, each used up once: every matching latency rule, and the first
   * matching rule of any other kind (a request can fail only one way).
   */
  take(method: string, route: string | null): FaultRule[] {
    const matching = this.rules.filter((r) => (!r.method || r.method === method) && (!r.route || r.route === route) && (r.times ?? 1) > 0);
    const failure = matching.find((r) => r.kind !== 'latency');
    const hits = matching.filter((r) => r.kind === 'latency' || r === failure);
    for (const r of hits) if (r.times !== undefined) r.times -= 1;
    this.rules = this.rules.filter((r) => r.times === undefined || r.times > 0);
    return hits;
  }
}
