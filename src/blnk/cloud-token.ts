import { BlnkError } from './errors.js';
import { type AuthProvider, type Dispatcher, exchange } from './http.js';

/**
 * Blnk Cloud's bearer token (cloud/auth/oauth.mdx, cloud/reference/get-access-token.mdx): a
 * static one (BLNK_CLOUD_TOKEN), or OAuth client credentials exchanged at `POST /oauth/token`
 * for access tokens that expire (`expires_in`, an hour in the documents). The transport
 * (http.ts) asks for the headers of every attempt and, on a 401, asks for a renewal once.
 *
 * Never logged, never in an error: the token, the refresh token, the client secret and the token
 * endpoint's body. Errors name the setting and the HTTP status only.
 */

/** A static token: always the same, nothing to renew. */
export class StaticToken implements AuthProvider {
  private readonly header: Record<string, string>;

  constructor(token: string) {
    this.header = { authorization: `Bearer ${token}` };
  }

  async headers(): Promise<Record<string, string>> {
    return this.header;
  }

  async renew(): Promise<boolean> {
    return false;
  }
}

/** The answer of the token endpoint, as the documents show it. */
export interface IssuedToken {
  accessToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  refreshToken: string | null;
  /** The scopes granted (space-separated in the answer); null when the answer has none. */
  scopes: string[] | null;
}

/**
 * The token endpoint could not be used (no answer, a 5xx, an answer that is not a token). The
 * call that needed the token was never sent: not a transport failure of that call, so a write
 * is never taken for one whose outcome is unknown (writes.ts).
 */
export class TokenUnavailable extends BlnkError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(0, 'UPSTREAM_UNAVAILABLE', message, options);
  }

  override get isTransport(): boolean {
    return false;
  }
}

/** The token endpoint refused the client id and secret (or they were revoked): an operator's problem. */
export class CredentialsRefused extends BlnkError {
  constructor(status: number) {
    super(
      401,
      'UPSTREAM_UNAUTHORIZED',
      `Blnk Cloud's token endpoint refused BLNK_CLOUD_CLIENT_ID/BLNK_CLOUD_CLIENT_SECRET (HTTP ${status})`,
    );
  }

  override get isTransport(): boolean {
    return false;
  }
}

export interface ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  /** The pool to Cloud's origin (the token endpoint is on the same origin as the APIs). */
  dispatcher: Dispatcher;
  origin: string;
  /** Deadline of one token request. */
  timeoutMs: number;
  /** The clock, in ms (tests). */
  now?: () => number;
  /** Told (never with a token) each time a token is issued: counts, scopes, logs. */
  onIssued?: (token: { grant: 'client_credentials' | 'refresh_token'; expiresIn: number; scopes: string[] | null }) => void;
}

/** Refresh at this share of the token's life: 48 minutes into Cloud's documented hour. */
const REFRESH_AT = 0.8;

/**
 * After a token request failed, or a token renewed because Cloud refused the one before was
 * refused in turn, no further token request for this long: a Cloud that refuses every token, or
 * a token endpoint that is down, must not cost one token request per upstream call.
 */
const RETRY_TOKEN_AFTER_MS = 5_000;

/**
 * OAuth client credentials (`grant_type=client_credentials`, Basic auth of id:secret, a form
 * body), refreshed before the token expires: one refresh at a time, shared by every request that
 * needs it (single flight). A refresh uses the refresh token when one was given, and falls back
 * to client credentials when the refresh token is refused.
 */
export class ClientCredentials implements AuthProvider {
  private current: { header: Record<string, string>; refreshAt: number; expiresAt: number; refreshToken: string | null } | null = null;
  private pending: Promise<void> | null = null;
  private granted: string[] | null = null;
  /** The last failed token request, answered again until RETRY_TOKEN_AFTER_MS has passed. */
  private failed: { at: number; error: unknown } | null = null;
  /** When a refusal of Cloud's last forced a renewal. */
  private forcedAt = Number.NEGATIVE_INFINITY;
  private readonly basic: string;
  private readonly now: () => number;

  constructor(private readonly options: ClientCredentialsOptions) {
    this.basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
    this.now = options.now ?? Date.now;
  }

  /** The scopes of the last token issued, when the endpoint said (the start-up check reads them). */
  get scopes(): string[] | null {
    return this.granted;
  }

  async headers(): Promise<Record<string, string>> {
    const token = this.current;
    const now = this.now();
    if (token && now < token.refreshAt) return token.header;
    try {
      await this.refresh();
    } catch (error) {
      // A refresh that failed while the token still lives: use it, the next call tries again.
      if (token && now < token.expiresAt) return token.header;
      throw error;
    }
    return this.current!.header;
  }

  async renew(sent: Record<string, string>): Promise<boolean> {
    // Someone else renewed since this call was sent: retry with theirs, no second refresh.
    if (this.current && this.current.header.authorization !== sent.authorization) return true;
    // A token renewed moments ago for the same reason was refused too: Cloud refuses the client,
    // not a stale token. No token request per call: the refusal stands.
    if (this.now() - this.forcedAt < RETRY_TOKEN_AFTER_MS) return false;
    this.forcedAt = this.now();
    // Cloud refused the token: its refresh token is not to be trusted either.
    if (this.current) this.current = { ...this.current, refreshAt: 0, expiresAt: 0, refreshToken: null };
    await this.refresh();
    return true;
  }

  /**
   * One refresh at a time: concurrent callers wait for the same one. A failed one is answered
   * again, without a request, until RETRY_TOKEN_AFTER_MS has passed.
   */
  private refresh(): Promise<void> {
    const failed = this.failed;
    if (failed && this.now() - failed.at < RETRY_TOKEN_AFTER_MS) return Promise.reject(failed.error);
    if (!this.pending) {
      this.pending = this.issue()
        .then(
          () => {
            this.failed = null;
          },
          (error: unknown) => {
            this.failed = { at: this.now(), error };
            throw error;
          },
        )
        .finally(() => {
          this.pending = null;
        });
    }
    return this.pending;
  }

  private async issue(): Promise<void> {
    const refreshToken = this.current?.refreshToken ?? null;
    let issued: IssuedToken | null = null;
    let grant: 'client_credentials' | 'refresh_token' = 'client_credentials';
    if (refreshToken) {
      try {
        issued = await this.request({ grant_type: 'refresh_token', refresh_token: refreshToken });
        grant = 'refresh_token';
      } catch (error) {
        // A refused refresh token (expired, revoked): the client credentials still stand.
        if (!(error instanceof CredentialsRefused)) throw error;
      }
    }
    issued ??= await this.request({ grant_type: 'client_credentials' });
    const at = this.now();
    this.current = {
      header: { authorization: `Bearer ${issued.accessToken}` },
      refreshAt: at + issued.expiresIn * 1000 * REFRESH_AT,
      expiresAt: at + issued.expiresIn * 1000,
      refreshToken: issued.refreshToken,
    };
    this.granted = issued.scopes;
    this.options.onIssued?.({ grant, expiresIn: issued.expiresIn, scopes: issued.scopes });
  }

  private async request(form: Record<string, string>): Promise<IssuedToken> {
    let reply: { status: number; text: string };
    try {
      reply = await exchange(
        this.options.dispatcher,
        this.options.origin,
        {
          method: 'POST',
          path: '/oauth/token',
          headers: { authorization: this.basic, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams(form).toString(),
        },
        this.options.timeoutMs,
      );
    } catch (error) {
      const late = (error as { name?: string } | null)?.name === 'TimeoutError';
      throw new TokenUnavailable(
        late
          ? `Blnk Cloud's token endpoint did not answer within ${this.options.timeoutMs} ms`
          : "Blnk Cloud's token endpoint is unreachable",
        { cause: late ? undefined : error },
      );
    }
    // 400 invalid_grant / invalid_client, 401, 403: the credentials (or the refresh token) refused.
    if (reply.status === 400 || reply.status === 401 || reply.status === 403) throw new CredentialsRefused(reply.status);
    if (reply.status < 200 || reply.status >= 300) {
      throw new TokenUnavailable(`Blnk Cloud's token endpoint answered HTTP ${reply.status}`);
    }
    const token = issuedToken(reply.text);
    if (!token) throw new TokenUnavailable("Blnk Cloud's token endpoint answered without a usable access token");
    return token;
  }
}

/** The documented answer, `{access_token, token_type, expires_in, refresh_token?, scope}`, or null. */
export function issuedToken(text: string): IssuedToken | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.access_token !== 'string' || !/^[\x21-\x7e]+$/.test(b.access_token)) return null;
  if (typeof b.token_type === 'string' && b.token_type.toLowerCase() !== 'bearer') return null;
  const expiresIn = typeof b.expires_in === 'number' && Number.isFinite(b.expires_in) && b.expires_in > 0 ? b.expires_in : null;
  if (expiresIn === null) return null;
  return {
    accessToken: b.access_token,
    expiresIn,
    refreshToken: typeof b.refresh_token === 'string' && b.refresh_token !== '' ? b.refresh_token : null,
    scopes: typeof b.scope === 'string' ? b.scope.split(/\s+/).filter(Boolean) : null,
  };
}
