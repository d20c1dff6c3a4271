import type { JWTPayload } from 'jose';

/** JWT_MAX_TOKEN_AGE's default: a day (README, "Production rules"). */
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 24 * 3600;

/**
 * Whether a verified token lives longer than `maxSeconds`. Its lifetime runs from when it was
 * issued (`iat`), or from now when it does not say, to its expiry: so a token issued today that
 * expires in year 9999 is refused, and so is one that claims a future `iat` to look short-lived
 * (the earlier of `iat` and now is taken). A token without `exp` (accepted only with
 * JWT_REQUIRE_EXP=false) is too old once `iat` is more than `maxSeconds` ago.
 */
export function outlivesMaxAge(payload: JWTPayload, maxSeconds: number, nowSeconds = Date.now() / 1000): boolean {
  const issued = typeof payload.iat === 'number' ? Math.min(payload.iat, nowSeconds) : nowSeconds;
  if (typeof payload.exp === 'number') return payload.exp - issued > maxSeconds;
  return nowSeconds - issued > maxSeconds;
}
