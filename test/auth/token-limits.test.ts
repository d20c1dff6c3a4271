import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, JWT_SECRET, post } from '../helpers/jwt.js';

/**
 * A token's lifetime is bounded, and a token without the identity claim (an unconfined
 * operator) can be refused (issue 17, item 8). Before, a token expiring in year 9999 was
 * accepted, and every token without the claim had the run of its scopes.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

/** A signed token with exactly these time claims (null leaves one out). */
function token(claims: Record<string, unknown>, times: { iat: number | null; exp: number | null }): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-1')
    .setIssuer('https://issuer.test')
    .setAudience('blnk-graphql');
  if (times.iat !== null) jwt.setIssuedAt(times.iat);
  if (times.exp !== null) jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(JWT_SECRET));
}

describe('JWT_MAX_TOKEN_AGE', () => {
  let h: Harness;
  beforeAll(async () => {
    // The setting as a deployment writes it, through loadConfig: two hours.
    const env = { AUTH_MODE: 'jwt', JWT_SECRET, JWT_ISSUER: 'https://issuer.test', JWT_AUDIENCE: 'blnk-graphql', JWT_MAX_TOKEN_AGE: '2h' };
    h = await startHarness({ sandbox: { seed: true }, auth: loadConfig(env).auth });
  });
  afterAll(() => h.close());

  const ask = async (t: string) => post(h, `{ balance(id: "${B.graceUsd}") { id } }`, {}, bearer(t));

  it.each([
    ['expires in year 9999', { iat: 'now', exp: 253_402_300_799 }],
    ['lives 2 h and 1 s from its iat', { iat: 'now', exp: 2 * HOUR + 1 }],
    ['has no iat and expires in 3 h', { iat: null, exp: 3 * HOUR }],
    ['claims a future iat to look short-lived', { iat: 10 * HOUR, exp: 11 * HOUR }],
  ] as const)('refuses a token that %s with 401', async (_label, t) => {
    const at = now();
    const iat = t.iat === null ? null : t.iat === 'now' ? at : at + t.iat;
    const exp = t.exp > 1e10 ? t.exp : at + t.exp;
    const signed = await token({ scope: 'ledger:read' }, { iat, exp });
    const res = await ask(signed);
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual([[null, 'UNAUTHENTICATED']]);
    expect(res.body.errors[0].message).toBe('The token lives longer than this gateway accepts');
    expect(res.text).not.toContain(signed);
  });

  it('accepts a token issued an hour ago that lives 2 h in all', async () => {
    const at = now();
    const res = await ask(await token({ scope: 'ledger:read' }, { iat: at - HOUR, exp: at + HOUR }));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ balance: { id: B.graceUsd } });
  });

  it('is a day unless set, and refuses a value that is not a duration, naming the variable', () => {
    const jwt = { AUTH_MODE: 'jwt', JWT_SECRET };
    expect(loadConfig(jwt).auth).toMatchObject({ maxTokenAgeSeconds: 86_400 });
    expect(loadConfig({ ...jwt, JWT_MAX_TOKEN_AGE: '900' }).auth).toMatchObject({ maxTokenAgeSeconds: 900 });
    expect(loadConfig({ ...jwt, JWT_MAX_TOKEN_AGE: '7d' }).auth).toMatchObject({ maxTokenAgeSeconds: 604_800 });
    for (const bad of ['forever', '0', '-5m', '400d', '1.5h']) {
      expect(() => loadConfig({ ...jwt, JWT_MAX_TOKEN_AGE: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ...jwt, JWT_MAX_TOKEN_AGE: bad })).toThrow(/^JWT_MAX_TOKEN_AGE must be a duration/);
    }
  });
});

describe('JWT_IDENTITY_CLAIM_REQUIRED', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: { ...JWT_AUTH, identityClaimRequired: true } });
  });
  afterAll(() => h.close());

  it('refuses a token without the identity claim with 401, whatever its scopes', async () => {
    const at = now();
    const operator = await token({ scope: 'ledger:read ledger:write ledger:admin' }, { iat: at, exp: at + 300 });
    const res = await post(h, `{ balance(id: "${B.adaUsd}") { id } }`, {}, bearer(operator));
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual([[null, 'UNAUTHENTICATED']]);
    expect(res.body.errors[0].message).toBe('The token is not confined to an identity, and this gateway accepts only tokens that are');
    expect(h.upstream()).toEqual([]);
  });

  it('accepts a token confined to an identity, which reads only its own', async () => {
    const at = now();
    const customer = await token({ scope: 'ledger:read', blnk_identity_id: I.grace }, { iat: at, exp: at + 300 });
    const res = await post(
      h,
      `{ mine: balance(id: "${B.graceUsd}") { id } theirs: balance(id: "${B.adaUsd}") { id } }`,
      {},
      bearer(customer),
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ mine: { id: B.graceUsd }, theirs: null });
  });

  it('is on by default in production and off in development, and can be set either way', () => {
    const jwt = { AUTH_MODE: 'jwt', JWT_SECRET, JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'ledger', METRICS: 'false' };
    expect(loadConfig({ ...jwt, NODE_ENV: 'production' }).auth).toMatchObject({ identityClaimRequired: true });
    expect(loadConfig(jwt).auth).toMatchObject({ identityClaimRequired: false });
    expect(loadConfig({ ...jwt, NODE_ENV: 'production', JWT_IDENTITY_CLAIM_REQUIRED: 'false' }).auth).toMatchObject({
      identityClaimRequired: false,
    });
    expect(loadConfig({ ...jwt, JWT_IDENTITY_CLAIM_REQUIRED: 'true' }).auth).toMatchObject({ identityClaimRequired: true });
    expect(() => loadConfig({ ...jwt, JWT_IDENTITY_CLAIM_REQUIRED: 'sometimes' })).toThrow(
      /^JWT_IDENTITY_CLAIM_REQUIRED must be true or false/,
    );
  });
});
