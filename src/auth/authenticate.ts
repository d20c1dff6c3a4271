import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { isScope, SCOPES } from './principal.js';
import type { Principal, Scope } from './principal.js';

/** Client authentication: `none` (development), `jwt` or `api-keys`. */
export type AuthConfig =
  | { mode: 'none'; keyPassthrough: boolean }
  | {
      mode: 'jwt';
      keyPassthrough: boolean;
      /** HS256 shared secret, or a JWKS URL for RS256/ES256. */
      secret: string | null;
      jwksUrl: string | null;
      issuer: string | null;
      audience: string | null;
      identityClaim: string;
    }
  | { mode: 'api-keys'; keyPassthrough: boolean; keys: ApiKeyEntry[]; identityClaim: string };

/** An API key as configured: only its SHA-256 is stored, never the key. */
export interface ApiKeyEntry {
  name: string;
  sha256: string;
  scopes: Scope[];
  identityId?: string;
}

/** The request carries no valid credentials. The message says what, never echoes them. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
}

export type Authenticator = (request: Request) => Promise<Principal>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return m ? m[1]! : null;
}

function passthroughKey(config: AuthConfig, request: Request): string | null {
  return config.keyPassthrough ? request.headers.get('x-blnk-key') || null : null;
}

/** OAuth's space-separated `scope`, or a `scopes` array; unknown scopes are ignored. */
function scopesOf(payload: JWTPayload): Set<Scope> {
  const raw = typeof payload.scope === 'string' ? payload.scope.split(/\s+/) : Array.isArray(payload.scopes) ? payload.scopes : [];
  return new Set(raw.filter(isScope));
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  switch (config.mode) {
    case 'none':
      return async (request) => ({
        subject: 'anonymous',
        scopes: new Set(SCOPES),
        identityId: null,
        blnkKey: passthroughKey(config, request),
      });
    case 'jwt': {
      const key: Uint8Array | JWTVerifyGetKey = config.jwksUrl
        ? createRemoteJWKSet(new URL(config.jwksUrl))
        : new TextEncoder().encode(config.secret ?? '');
      const algorithms = config.jwksUrl ? ['RS256', 'ES256'] : ['HS256'];
      return async (request) => {
        const token = bearer(request);
        if (!token) throw new AuthError('A bearer token is required');
        let payload: JWTPayload;
        try {
          ({ payload } = await jwtVerify(token, key as JWTVerifyGetKey, {
            algorithms,
            ...(config.issuer ? { issuer: config.issuer } : {}),
            ...(config.audience ? { audience: config.audience } : {}),
          }));
        } catch (error) {
          if (error instanceof joseErrors.JWTExpired) throw new AuthError('The token has expired');
          throw new AuthError('The token is not valid');
        }
        const identity = payload[config.identityClaim];
        return {
          subject: typeof payload.sub === 'string' ? payload.sub : 'unknown',
          scopes: scopesOf(payload),
          identityId: typeof identity === 'string' && identity !== '' ? identity : null,
          blnkKey: passthroughKey(config, request),
        };
      };
    }
    case 'api-keys': {
      const byHash = new Map(config.keys.map((k) => [k.sha256.toLowerCase(), k]));
      return async (request) => {
        const key = request.headers.get('x-api-key') ?? bearer(request);
        if (!key) throw new AuthError('An API key is required (X-Api-Key or Authorization: Bearer)');
        const entry = byHash.get(sha256(key));
        if (!entry) throw new AuthError('The API key is not valid');
        return {
          subject: entry.name,
          scopes: new Set(entry.scopes),
          identityId: entry.identityId ?? null,
          blnkKey: passthroughKey(config, request),
        };
      };
    }
  }
}
