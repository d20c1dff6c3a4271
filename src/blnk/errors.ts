/**
 * Every way Blnk (or the network to it) can fail, as one typed error. The gateway branches on
 * `code`; Blnk's own message is kept for logs and never copied into a client-visible error.
 */
export class BlnkError extends Error {
  override readonly name = 'BlnkError';

  constructor(
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    /** Blnk's `error_detail.code` (canonical since 0.15), or a transport code. */
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
    /** `error_detail.details` and Blnk's other top-level keys (a failed bulk's `batch_id`); for the gateway, never for clients. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message, options);
  }

  get isNotFound(): boolean {
    return this.status === 404 || this.code.endsWith('_NOT_FOUND');
  }

  get isTransport(): boolean {
    return this.code === 'UPSTREAM_TIMEOUT' || this.code === 'UPSTREAM_UNAVAILABLE' || this.code === 'UPSTREAM_ERROR';
  }
}

/**
 * What a call fails with when its caller's signal aborted, sent or not: the caller's own deadline
 * (a request timeout) is still a timeout; a client that went away is not an upstream failure at
 * all, so its reason (or the error the abort raised) passes on as it is, for the server to trace
 * back to the client (server/client-aborts.ts). The transport (http.ts) answers a cut call with
 * this, and the request's gate (gate.ts) the calls it drops from its queue, so the two look the same.
 */
export function callerAborted(reason: unknown, error: unknown = reason): unknown {
  if ((reason as { name?: string } | undefined)?.name === 'TimeoutError') {
    return new BlnkError(0, 'UPSTREAM_TIMEOUT', 'the request deadline passed before Blnk answered', { cause: error });
  }
  return error;
}

/** Pre-0.15 codes, which arrive as a `CODE: message` prefix, mapped as Blnk's Normalize does. */
const LEGACY: Record<string, { code: string; status: number }> = {
  NOT_FOUND: { code: 'GEN_NOT_FOUND', status: 404 },
  CONFLICT: { code: 'GEN_CONFLICT', status: 409 },
  BAD_REQUEST: { code: 'GEN_BAD_REQUEST', status: 400 },
  INVALID_INPUT: { code: 'GEN_VALIDATION_ERROR', status: 400 },
  INTERNAL_SERVER_ERROR: { code: 'GEN_INTERNAL', status: 500 },
  RATE_LIMITED: { code: 'GEN_RATE_LIMITED', status: 429 },
};

function codeForStatus(status: number): string {
  if (status === 400) return 'GEN_BAD_REQUEST';
  if (status === 401) return 'AUTH_INVALID_API_KEY';
  if (status === 403) return 'AUTH_INSUFFICIENT_PERMISSIONS';
  if (status === 404) return 'GEN_NOT_FOUND';
  if (status === 409) return 'GEN_CONFLICT';
  if (status === 423) return 'GEN_RESOURCE_LOCKED';
  if (status === 429) return 'GEN_RATE_LIMITED';
  if (status === 503) return 'QUEUE_BACKPRESSURE';
  return status >= 500 ? 'GEN_INTERNAL' : 'GEN_BAD_REQUEST';
}

/**
 * An error response in any of Blnk's shapes (docs/blnk-contract.md section 8 and trap 5): the 0.15
 * envelope, the older `{"error": "NOT_FOUND: …"}` 400s, `errors` arrays, hooks' top-level code,
 * gin's plain-text 404 for an unknown route, and a panic's empty 500.
 */
export function errorFromResponse(status: number, body: unknown): BlnkError {
  if (typeof body === 'object' && body !== null) {
    const b = body as Record<string, unknown>;
    const detail = b.error_detail as Record<string, unknown> | undefined;
    if (detail && typeof detail.code === 'string') {
      const inner = typeof detail.details === 'object' && detail.details !== null ? (detail.details as Record<string, unknown>) : {};
      const { error: _error, error_detail: _detail, ...outer } = b;
      return new BlnkError(status, detail.code, String(detail.message ?? b.error ?? detail.code), undefined, { ...outer, ...inner });
    }
    const legacy = typeof b.error === 'string' ? b.error : typeof b.errors === 'string' ? b.errors : undefined;
    if (legacy !== undefined) {
      const prefix = /^([A-Z_]+): /.exec(legacy)?.[1];
      const mapped = prefix ? LEGACY[prefix] : undefined;
      if (mapped) return new BlnkError(mapped.status, mapped.code, legacy.slice(prefix!.length + 2));
      return new BlnkError(status, codeForStatus(status), legacy);
    }
    if (Array.isArray(b.errors)) {
      const text = b.errors.map((e) => (typeof e === 'object' && e ? (e as { Message?: unknown }).Message : e)).join('; ');
      return new BlnkError(status, codeForStatus(status), text);
    }
    if (typeof b.code === 'string') return new BlnkError(status, LEGACY[b.code]?.code ?? b.code, String(b.message ?? b.code));
  }
  if (status === 404) return new BlnkError(404, 'GEN_NOT_FOUND', 'route not found');
  return new BlnkError(status, codeForStatus(status), `Blnk answered ${status}`);
}

/**
 * Blnk (Core's GEN_RATE_LIMITED) or Blnk Cloud answered 429: a refusal before anything ran, so
 * nothing happened upstream, for a write as for a read (writes.ts never takes it for a lost
 * answer: it is not a transport failure and not a 5xx). `retryAfterMs` is Retry-After when the
 * reply carried one. The transport (http.ts) has already retried a read when the wait fitted.
 */
export class UpstreamRateLimited extends BlnkError {
  constructor(
    status: number,
    readonly retryAfterMs: number | null,
    /** The refused call was a write: the client is told that it was not sent. */
    readonly write: boolean,
  ) {
    super(status, 'UPSTREAM_RATE_LIMITED', `Blnk answered ${status}: rate limited`);
  }

  override get isTransport(): boolean {
    return false;
  }

  override get isNotFound(): boolean {
    return false;
  }
}

/** What Blnk Cloud refused, in cloud-refusals.ts's words: never "the entity is missing". */
export type CloudRefusalCode = 'UPSTREAM_FORBIDDEN' | 'UPSTREAM_UNSUPPORTED' | 'UPSTREAM_MISCONFIGURED';

/**
 * Blnk Cloud's own refusal of a call (cloud-refusals.ts): a scope the token lacks (403), a route
 * its proxy did not forward (404/405/501 that is not Core's not-found), or an instance it does not
 * know. The message is the gateway's own (capability and scope names only), shown to clients;
 * Cloud's body stays in `cause` for the logs. Nothing ran at the instance.
 */
export class CloudRefusal extends BlnkError {
  constructor(
    status: number,
    code: CloudRefusalCode,
    message: string,
    /** The capability the route serves, such as "balance monitors". */
    readonly capability: string,
    /** The token scope the route needs: data:read, proxy:read or proxy:write. */
    readonly scope: string,
    options?: { cause?: unknown },
  ) {
    super(status, code, message, options);
  }

  override get isTransport(): boolean {
    return false;
  }

  override get isNotFound(): boolean {
    return false;
  }
}
