import { randomBytes } from 'node:crypto';

/**
 * Blnk Cloud's OAuth token endpoint as its documents show it (cloud/auth/oauth.mdx,
 * cloud/reference/get-access-token.mdx): `POST /oauth/token`, the client's id and secret as Basic
 * auth, a form body; `client_credentials` and `refresh_token` grants; the answer
 * `{access_token: "blnk_at_…", token_type: "Bearer", expires_in, refresh_token: "blnk_rt_…", scope}`.
 * Tokens expire (a 401 afterwards), and each carries its client's scopes, which server.ts checks
 * against the route (a 403 when one is missing).
 */

export type CloudScope = 'data:read' | 'proxy:read' | 'proxy:write' | '*';

export interface CloudOAuthClient {
  id: string;
  secret: string;
  /** Default: every scope (`*`). */
  scopes?: CloudScope[];
}

export interface CloudOAuthOptions {
  clients: CloudOAuthClient[];
  /** Seconds an access token lives; Cloud's documents show 3600. */
  expiresInS?: number;
  /** The clock in ms, shared with a gateway's token source in tests; Date.now by default. */
  now?: () => number;
}

interface Issued {
  clientId: string;
  scopes: CloudScope[];
  expiresAt: number;
}

export class CloudOAuth {
  private readonly access = new Map<string, Issued>();
  private readonly refresh = new Map<string, string>();
  private readonly now: () => number;
  /** Tokens issued, by grant: what a test counts. */
  readonly issued = { client_credentials: 0, refresh_token: 0 };

  constructor(private readonly options: CloudOAuthOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The scopes of a live access token; null when unknown, revoked or expired. */
  scopesOf(token: string): CloudScope[] | null {
    const issued = this.access.get(token);
    if (!issued) return null;
    if (this.now() >= issued.expiresAt) return null;
    return issued.scopes;
  }

  /** Every access token stops working at once (a revoked grant); refresh tokens too when asked. */
  revokeAll(refreshTokens = false): void {
    this.access.clear();
    if (refreshTokens) this.refresh.clear();
  }

  /** Refresh tokens stop working (expired or revoked); access tokens live on. */
  revokeRefreshTokens(): void {
    this.refresh.clear();
  }

  /** POST /oauth/token. */
  token(authorization: string | undefined, body: string): { status: number; json: Record<string, unknown> } {
    const client = this.client(authorization);
    if (!client) return { status: 401, json: { error: 'invalid_client' } };
    const form = new URLSearchParams(body);
    const grant = form.get('grant_type');
    if (grant === 'refresh_token') {
      const rt = form.get('refresh_token') ?? '';
      if (this.refresh.get(rt) !== client.id) return { status: 400, json: { error: 'invalid_grant' } };
      this.refresh.delete(rt);
      this.issued.refresh_token += 1;
      return { status: 200, json: this.issue(client) };
    }
    if (grant === 'client_credentials') {
      this.issued.client_credentials += 1;
      return { status: 200, json: this.issue(client) };
    }
    return { status: 400, json: { error: 'unsupported_grant_type' } };
  }

  private client(authorization: string | undefined): CloudOAuthClient | null {
    const basic = /^Basic (.+)$/.exec(authorization ?? '')?.[1];
    if (!basic) return null;
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) return null;
    const id = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    return this.options.clients.find((c) => c.id === id && c.secret === secret) ?? null;
  }

  private issue(client: CloudOAuthClient): Record<string, unknown> {
    const accessToken = `blnk_at_${randomBytes(18).toString('base64url')}`;
    const refreshToken = `blnk_rt_${randomBytes(18).toString('base64url')}`;
    const expiresIn = this.options.expiresInS ?? 3600;
    const scopes = client.scopes ?? ['*'];
    this.access.set(accessToken, { clientId: client.id, scopes, expiresAt: this.now() + expiresIn * 1000 });
    this.refresh.set(refreshToken, client.id);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, refresh_token: refreshToken, scope: scopes.join(' ') };
  }
}

/**
 * The scope a Cloud route needs: the Data and Filters APIs read with data:read; the proxy by
 * method, as cloud/reference/proxy-api.mdx puts it (proxy:read for GET routes, proxy:write for
 * POST, PUT and DELETE), so Core's filter routes, POSTs that only read, need proxy:write.
 */
export function scopeFor(method: string, path: string): Exclude<CloudScope, '*'> {
  if (!path.startsWith('/proxy/')) return 'data:read';
  return method === 'GET' ? 'proxy:read' : 'proxy:write';
}

/**
 * Whether a list of unforwarded routes names this Core call: `/balance-monitors*` (a path
 * prefix), `PUT /ledgers/:id` (a method and a route pattern), `GET /balances/:id?with_queued`
 * (only with that query parameter).
 */
export function unforwarded(
  patterns: readonly string[],
  method: string,
  route: string | null,
  path: string,
  query: URLSearchParams,
): boolean {
  return patterns.some((entry) => {
    const m = /^(?:([A-Z]+) )?([^?]+)(?:\?(.+))?$/.exec(entry);
    if (!m) return false;
    if (m[1] && m[1] !== method) return false;
    if (m[3] && !query.has(m[3])) return false;
    const pattern = m[2]!;
    if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
    return pattern === route;
  });
}
