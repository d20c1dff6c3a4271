import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCredentials, issuedToken } from '../../src/blnk/cloud-token.js';
import { createDispatcher } from '../../src/blnk/http.js';
import { probeCloud, probeOutcome } from '../../src/server/startup-probe.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { capturedLogger, gqlOn, testClock } from './auth-helpers.js';

/**
 * Issue 22, point 4: Blnk Cloud's OAuth access tokens expire (cloud/reference/get-access-token.mdx:
 * `expires_in: 3600`). The gateway gets them with client credentials, refreshes them before they
 * expire (one refresh shared by every request), renews once on a 401, and never logs them.
 */
const INSTANCE = 'inst_auth';
const STATIC = 'blnk_at_static-fixture-token';
const CLIENT = { id: 'client_gateway', secret: 'cs_never-in-a-log-line' };
const LEDGER = `query ($id: ID!) { ledger(id: $id) { id name } }`;

describe('client credentials against the sandbox token endpoint', () => {
  const clock = testClock();
  const captured = capturedLogger();
  let h: Harness;
  let gql: ReturnType<typeof gqlOn>;
  let ledger: string;

  beforeAll(async () => {
    h = await startHarness({
      sandbox: {
        cloud: { token: STATIC, instanceId: INSTANCE, oauth: { clients: [CLIENT], expiresInS: 3600, now: clock.now } },
      },
      cloud: { instanceId: INSTANCE, oauth: { clientId: CLIENT.id, clientSecret: CLIENT.secret, now: clock.now } },
      logger: captured.logger,
    });
    gql = gqlOn(h);
    ledger = await fixtures(h.sandbox, { token: STATIC, instanceId: INSTANCE }).ledger('Tokens');
  });
  afterAll(() => h.close());

  const tokenCalls = () => h.sandbox.requests.filter((r) => r.path === '/oauth/token').length;

  it('gets a token once, then refreshes it before it expires: concurrent requests share one refresh, no 401 reaches them', async () => {
    h.sandbox.resetRequests();
    const first = await gql(LEDGER, { id: ledger });
    expect(first.errors).toBeUndefined();
    expect(first.data.ledger.name).toBe('Tokens');
    expect(tokenCalls()).toBe(1);
    expect(h.sandbox.oauth?.issued.client_credentials).toBe(1);

    // 50 minutes on: past 80% of the hour (48 minutes), before the expiry.
    clock.advance(50 * 60_000);
    const many = await Promise.all(Array.from({ length: 8 }, () => gql(LEDGER, { id: ledger })));
    expect(many.every((r) => r.errors === undefined && r.data.ledger.id === ledger)).toBe(true);
    // One refresh for the eight, with the refresh token the first answer carried.
    expect(tokenCalls()).toBe(2);
    expect(h.sandbox.oauth?.issued.refresh_token).toBe(1);

    // Past the first token's expiry (60 min): the refreshed one (issued at 50 min) still lives.
    clock.advance(20 * 60_000);
    const later = await gql(LEDGER, { id: ledger });
    expect(later.errors).toBeUndefined();
    expect(tokenCalls()).toBe(2);
    // Not one call to Cloud was refused.
    expect(h.sandbox.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('renews a revoked token once and retries the read once', async () => {
    h.sandbox.resetRequests();
    h.sandbox.oauth!.revokeAll();
    const res = await gql(LEDGER, { id: ledger });
    expect(res.errors).toBeUndefined();
    expect(res.data.ledger.name).toBe('Tokens');
    // The read (one Filters API call): one 401, one retry answered 200; one token request between them (client credentials:
    // after a 401 the refresh token is not trusted).
    const reads = h.sandbox.requests.filter((r) => r.path !== '/oauth/token');
    expect(reads.map((r) => r.status)).toEqual([401, 200]);
    expect(tokenCalls()).toBe(1);
  });

  it('sends a write refused with 401 at most twice, and applies it once', async () => {
    const f = fixtures(h.sandbox, { token: STATIC, instanceId: INSTANCE });
    const to = await f.balance(ledger);
    // Past the last forced renewal's quiet time (cloud-token.ts RETRY_TOKEN_AFTER_MS).
    clock.advance(10_000);
    h.sandbox.resetRequests();
    h.sandbox.oauth!.revokeAll();
    const reference = `ref-auth-${Date.now()}`;
    const res = await gql(
      `mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { status reference } } }`,
      {
        input: {
          source: '@World',
          destination: to,
          preciseAmount: '1050',
          precision: '100',
          currency: 'USD',
          reference,
          description: 'after a revoked token',
          allowOverdraft: true,
          skipQueue: true,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.recordTransaction).toEqual({ __typename: 'Transaction', status: 'APPLIED', reference });
    const writes = h.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/proxy/transactions');
    expect(writes.map((r) => r.status)).toEqual([401, 201]);
    const recorded = [...h.sandbox.store.transactions.values()].filter((t) => t.reference === reference);
    expect(recorded).toHaveLength(1);
  });

  it('falls back to client credentials when the refresh token is refused', async () => {
    // A token that lives, issued now (past the last forced renewal's quiet time).
    clock.advance(10_000);
    h.sandbox.oauth!.revokeAll();
    expect((await gql(LEDGER, { id: ledger })).errors).toBeUndefined();
    h.sandbox.resetRequests();
    h.sandbox.oauth!.revokeRefreshTokens();
    clock.advance(50 * 60_000);
    const res = await gql(LEDGER, { id: ledger });
    expect(res.errors).toBeUndefined();
    // The refresh token refused (400 invalid_grant), then client credentials: one new token, no 401.
    expect(h.sandbox.requests.map((r) => `${r.path} ${r.status}`)).toEqual(['/oauth/token 400', '/oauth/token 200', '/ledger/filter 200']);
  });

  it('never logs a token, the refresh token or the client secret', () => {
    const text = captured.lines.join('\n');
    expect(text).not.toContain('blnk_at_');
    expect(text).not.toContain('blnk_rt_');
    expect(text).not.toContain(CLIENT.secret);
    expect(text).not.toContain(Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64'));
  });
});

describe('a token Cloud keeps refusing', () => {
  it('gets exactly one refresh and one retry, then answers UPSTREAM_UNAUTHORIZED', async () => {
    // The sandbox's clock moves an hour each time it is read: every token it issues has expired
    // by the time it is checked, while the gateway's own clock says it lives for a minute.
    let t = Date.now();
    const racing = () => {
      t += 3600_000;
      return t;
    };
    const h = await startHarness({
      sandbox: { cloud: { token: STATIC, instanceId: INSTANCE, oauth: { clients: [CLIENT], expiresInS: 60, now: racing } } },
      cloud: { instanceId: INSTANCE, oauth: { clientId: CLIENT.id, clientSecret: CLIENT.secret } },
    });
    try {
      const res = await gqlOn(h)(LEDGER, { id: 'ldg_00000000-0000-4000-8000-000000000001' });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAUTHORIZED']);
      const reads = h.sandbox.requests.filter((r) => r.path !== '/oauth/token');
      expect(reads.map((r) => r.status)).toEqual([401, 401]);
      expect(h.sandbox.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);
      expect(res.text).not.toContain('blnk_at_');
      // Twenty more reads at once: Cloud refuses the client, not a stale token, so no token
      // request per call (cloud-token.ts RETRY_TOKEN_AFTER_MS): each read is one refused call.
      h.sandbox.resetRequests();
      const more = await Promise.all(
        Array.from({ length: 20 }, () => gqlOn(h)(LEDGER, { id: 'ldg_00000000-0000-4000-8000-000000000001' })),
      );
      expect(more.every((r) => r.errors?.[0]?.extensions?.code === 'UPSTREAM_UNAUTHORIZED')).toBe(true);
      expect(h.sandbox.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(0);
      expect(h.sandbox.requests.filter((r) => r.path !== '/oauth/token')).toHaveLength(20);
    } finally {
      await h.close();
    }
  });

  it('a token endpoint that fails is asked again only after a pause, not once per call', async () => {
    const h = await startHarness({
      sandbox: { cloud: { token: STATIC, instanceId: INSTANCE, oauth: { clients: [CLIENT] } } },
      cloud: { instanceId: INSTANCE, oauth: { clientId: CLIENT.id, clientSecret: 'cs_wrong-secret' } },
    });
    try {
      const all = await Promise.all(Array.from({ length: 10 }, () => gqlOn(h)(LEDGER, { id: 'ldg_00000000-0000-4000-8000-000000000001' })));
      for (const r of all) expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAUTHORIZED']);
      const again = await gqlOn(h)(LEDGER, { id: 'ldg_00000000-0000-4000-8000-000000000001' });
      expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAUTHORIZED']);
      // One refused token request, shared by the ten at once and answered again to the next.
      expect(h.sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /oauth/token 401']);
    } finally {
      await h.close();
    }
  });

  it('answers UPSTREAM_UNAUTHORIZED when the token endpoint refuses the client secret, with no call to the APIs', async () => {
    const h = await startHarness({
      sandbox: { cloud: { token: STATIC, instanceId: INSTANCE, oauth: { clients: [CLIENT] } } },
      cloud: { instanceId: INSTANCE, oauth: { clientId: CLIENT.id, clientSecret: 'cs_wrong-secret' } },
    });
    try {
      const res = await gqlOn(h)(LEDGER, { id: 'ldg_00000000-0000-4000-8000-000000000001' });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAUTHORIZED']);
      expect(h.sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /oauth/token 401']);
      expect(res.text).not.toContain('cs_wrong-secret');
    } finally {
      await h.close();
    }
  });
});

describe('the start-up check on Cloud', () => {
  async function probeWith(scopes: ('data:read' | 'proxy:read' | 'proxy:write')[], instanceId = INSTANCE) {
    const sandbox = await startSandbox({
      port: 0,
      cloud: { token: STATIC, instanceId: INSTANCE, oauth: { clients: [{ ...CLIENT, scopes }] } },
    });
    const dispatcher = createDispatcher(sandbox.url, { connections: 2 });
    const auth = new ClientCredentials({
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      dispatcher,
      origin: sandbox.url,
      timeoutMs: 2_000,
    });
    try {
      const result = await probeCloud({
        origin: sandbox.url,
        query: { instance_id: instanceId },
        authorization: () => auth.headers(),
        grantedScopes: () => auth.scopes,
        credentialSetting: 'BLNK_CLOUD_CLIENT_ID',
        timeoutMs: 2_000,
      });
      return { result, line: probeOutcome(result, 'warn', sandbox.url), routes: sandbox.requests.map((r) => `${r.method} ${r.path}`) };
    } finally {
      await dispatcher.close();
      await sandbox.close();
    }
  }

  it('passes with every scope, after one Data API read and one proxy read', async () => {
    const { result, line, routes } = await probeWith(['data:read', 'proxy:read', 'proxy:write']);
    expect(result.ok).toBe(true);
    expect(line).toMatchObject({ level: 'info' });
    expect(routes).toEqual(['POST /oauth/token', 'GET /data/ledgers', 'GET /proxy/ledgers']);
  });

  it('names proxy:read in one line, with the fields that need it, when the proxy read is refused', async () => {
    const { result, line } = await probeWith(['data:read', 'proxy:write']);
    expect(result.ok).toBe(false);
    expect('message' in line && line.message).toMatch(/lacks the proxy:read scope/);
    expect('message' in line && line.message).toContain(
      'proxy:read: full balance rows, version, queued amounts, lineage, monitors, Balance.at',
    );
    expect('message' in line && line.message).toContain('data:read: reads by id and lists');
    expect('message' in line && line.message).not.toContain('\n');
  });

  it("names proxy:write from the token's scope, which no read can probe", async () => {
    const { line } = await probeWith(['data:read', 'proxy:read']);
    expect('message' in line && line.message).toMatch(/lacks the proxy:write scope/);
    expect('message' in line && line.message).toContain('proxy:write: every mutation');
  });

  it('tells a wrong instance apart from a refused token', async () => {
    const { result } = await probeWith(['data:read', 'proxy:read', 'proxy:write'], 'inst_other');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/does not know BLNK_CLOUD_INSTANCE_ID/);
  });
});

describe('the token answer', () => {
  it('reads the documented shape (cloud/reference/get-access-token.mdx)', () => {
    // The document's own example.
    const documented = `{
      "access_token": "blnk_at_...",
      "token_type": "Bearer",
      "expires_in": 3600,
      "refresh_token": "blnk_rt_...",
      "scope": "data:read data:write proxy:write"
    }`;
    expect(issuedToken(documented)).toEqual({
      accessToken: 'blnk_at_...',
      expiresIn: 3600,
      refreshToken: 'blnk_rt_...',
      scopes: ['data:read', 'data:write', 'proxy:write'],
    });
    expect(issuedToken('{"access_token":"x","token_type":"mac","expires_in":3600}')).toBeNull();
    expect(issuedToken('{"access_token":"x","expires_in":0}')).toBeNull();
    expect(issuedToken('<html>')).toBeNull();
  });
});
