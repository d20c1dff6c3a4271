import { SignJWT } from 'jose';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import type { Harness } from './gateway.js';

/** HS256 settings as a deployment would set them (AUTH_MODE=jwt, JWT_SECRET, issuer, audience). */
export const JWT_SECRET = 'a-test-secret-of-at-least-32-chars!';
export const JWT_AUTH: Extract<AuthConfig, { mode: 'jwt' }> = {
  mode: 'jwt',
  keyPassthrough: false,
  secret: JWT_SECRET,
  jwksUrl: null,
  issuer: 'https://issuer.test',
  audience: 'blnk-graphql',
  identityClaim: 'blnk_identity_id',
  requireExp: true,
};

/** A real signed token; `exp: null` leaves the expiry out. */
export function signToken(claims: Record<string, unknown>, options: { exp?: string | null } = {}): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-1')
    .setIssuer('https://issuer.test')
    .setAudience('blnk-graphql')
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '5m');
  return jwt.sign(new TextEncoder().encode(JWT_SECRET));
}

export interface RawResponse {
  status: number;
  text: string;
  body: any;
}

/** A GraphQL POST through the gateway's HTTP handling, with the given headers. */
export async function post(
  h: Harness,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** [path, code] of each error, to compare as a whole. */
export const codes = (body: any): [string | null, string | undefined][] =>
  (body.errors ?? []).map((e: any) => [e.path?.join('.') ?? null, e.extensions?.code]);
