import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { confinedScopes, isIdentityId, isScope, SCOPES } from './principal.js';
import { DEFAULT_MAX_TOKEN_AGE_SECONDS, outlivesMaxAge } from './token-lifetime.js';
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
      /** Refuse tokens without `exp` (default true): a token that never expires cannot be revoked by time. */
      requireExp: boolean;
      /** Refuse a token that lives longer than this (token-lifetime.ts); a day when unset. */
      maxTokenAgeSeconds?: number;
      /**
       * Refuse a token without the identity claim, which would otherwise make its bearer an
       * unconfined operator: what a gateway serving only end users wants (README). Off when unset.
       */
      identityClaimRequired?: boolean;
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

/**
 * In pass-through mode the caller's own X-Blnk-Key is what reaches Blnk. A request without one
 * is refused here: falling back to the gateway's key would hand the caller the master key.
 */
function passthroughKey(config: AuthConfig, request: Request): string | null {
  if (!config.keyPassthrough) return null;
  const key = request.headers.get('x-blnk-key')?.trim();
  if (!key) throw new AuthError("X-Blnk-Key is required: this gateway forwards each caller's own Blnk key");
  return key;
}

/**
 * The identity a credential is confined to. Absent means unconfined; present, it must be an id
 * string, or the credential is refused: a claim of the wrong shape must never read as "no claim".
 */
function identityOf(claim: unknown): string | null {
  if (claim === undefined) return null;
  if (!isIdentityId(claim)) throw new AuthError('The identity claim is not a valid identity id');
  return claim;
}

/** OAuth's space-separated `scope`, or a `scopes` array; unknown scopes are ignored. */
function scopesOf(payload: JWTPayload): Set<Scope> {
  const raw = typeof payload.scope === 'string' ? payload.scope.split(/\s+/) : Array.isArray(payload.scopes) ? payload.scopes : [];
  return new Set(raw.filter(isScope));
}

/**
 * Every principal is built here. A confined one acts as a customer at a counter: whatever its
 * credential says, it never holds more than ledger:write.
 */
function principal(subject: string, scopes: Set<Scope>, identityId: string | null, blnkKey: string | null): Principal {
  return { subject, scopes: identityId === null ? scopes : confinedScopes(scopes), identityId, blnkKey };
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  switch (config.mode) {
    case 'none':
      return async (request) => principal('anonymous', new Set(SCOPES), null, passthroughKey(config, request));
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
        if (config.requireExp && payload.exp === undefined) throw new AuthError('The token has no expiry (exp)');
        if (outlivesMaxAge(payload, config.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS)) {
          throw new AuthError('The token lives longer than this gateway accepts');
        }
        if (config.identityClaimRequired && payload[config.identityClaim] === undefined) {
          throw new AuthError('The token is not confined to an identity, and this gateway accepts only tokens that are');
        }
        return principal(
          typeof payload.sub === 'string' ? payload.sub : 'unknown',
          scopesOf(payload),
          identityOf(payload[config.identityClaim]),
          passthroughKey(config, request),
        );
      };
    }
    case 'api-keys': {
      const byHash = new Map(config.keys.map((k) => [k.sha256.toLowerCase(), k]));
      return async (request) => {
        const key = request.headers.get('x-api-key') ?? bearer(request);
        if (!key) throw new AuthError('An API key is required (X-Api-Key or Authorization: Bearer)');
        const entry = byHash.get(sha256(key));
        if (!entry) throw new AuthError('The API key is not valid');
        return principal(entry.name, new Set(entry.scopes), entry.identityId ?? null, passthroughKey(config, request));
      };
    }
  }
}
