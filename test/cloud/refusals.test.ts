import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilityOf, cloudRefusal, scopeOf } from '../../src/blnk/cloud-refusals.js';
import { CloudRefusal, errorFromResponse } from '../../src/blnk/errors.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { gqlOn } from './auth-helpers.js';

/**
 * Issue 22, points 5 and 6: Blnk Cloud's own 404s and 403s are not "the entity is missing". A
 * wrong instance, a route the proxy does not forward and a scope the token lacks each answer a
 * code of their own, naming the instance setting, the capability or the scope.
 */
const CLOUD = { token: 'blnk_at_refusals-token', instanceId: 'inst_ref' };
const LEDGER = `query ($id: ID!) { ledger(id: $id) { id name } }`;
const QUEUED = `query ($id: ID!) { balance(id: $id) { id queuedDebitBalance } }`;
const MONITORS = `{ balanceMonitors(first: 5) { edges { node { id } } } }`;
const CREATE_LEDGER = `mutation { createLedger(input: { name: "Scoped" }) { __typename } }`;

describe('Cloud refusals through the gateway', () => {
  let h: Harness;
  let gql: ReturnType<typeof gqlOn>;
  let ledger: string;
  let balance: string;

  beforeAll(async () => {
    h = await startHarness({
      sandbox: { cloud: { ...CLOUD, unforwarded: ['/balance-monitors*', 'GET /balances/:id?with_queued'] } },
      cloud: CLOUD,
    });
    gql = gqlOn(h);
    const f = fixtures(h.sandbox, CLOUD);
    ledger = await f.ledger('Refusals');
    balance = await f.balance(ledger);
  });
  afterAll(() => h.close());

  it('answers an unforwarded monitor route with UPSTREAM_UNSUPPORTED naming balance monitors', async () => {
    h.sandbox.resetRequests();
    const res = await gql(MONITORS);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNSUPPORTED']);
    expect(res.errors![0]!.message).toContain("Blnk Cloud's proxy did not forward balance monitors");
    expect(h.sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /proxy/balance-monitors 404']);
  });

  it('answers queued amounts Cloud does not forward with UPSTREAM_UNSUPPORTED, not NOT_FOUND', async () => {
    const res = await gql(QUEUED, { id: balance });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNSUPPORTED']);
    expect(res.errors![0]!.message).toContain('queued amounts');
  });

  it("keeps Core's own not-found behind the proxy as NOT_FOUND", async () => {
    const res = await gql(`query ($id: ID!) { balance(id: $id) { id version } }`, { id: 'bln_00000000-0000-4000-8000-00000000dead' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('answers a wrong instance with UPSTREAM_MISCONFIGURED, never NOT_FOUND', async () => {
    const wrong = await startHarness({ sandbox: { cloud: CLOUD }, cloud: { ...CLOUD, instanceId: 'inst_somebody_else' } });
    try {
      const res = await gqlOn(wrong)(LEDGER, { id: ledger });
      expect(res.data?.ledger ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_MISCONFIGURED']);
      expect(res.errors![0]!.message).toContain('BLNK_CLOUD_INSTANCE_ID');
      expect(wrong.sandbox.requests.map((r) => r.status)).toEqual([404]);
    } finally {
      await wrong.close();
    }
  });
});

describe('scopes', () => {
  it('answers UPSTREAM_FORBIDDEN naming proxy:write for a mutation, proxy:read for a Core read, and serves data:read', async () => {
    const h = await startHarness({ sandbox: { cloud: { ...CLOUD, scopes: ['data:read'] } }, cloud: CLOUD });
    try {
      const gql = gqlOn(h);
      // Fixtures through the sandbox's store (the token cannot write).
      const write = await gql(CREATE_LEDGER);
      expect(write.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_FORBIDDEN']);
      expect(write.errors![0]!.message).toContain('proxy:write');
      expect(write.text).not.toContain(CLOUD.token);

      const queued = await gql(QUEUED, { id: 'bln_00000000-0000-4000-8000-000000000001' });
      expect(queued.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_FORBIDDEN']);
      expect(queued.errors![0]!.message).toContain('proxy:read');

      // The Data and Filters APIs still answer: a missing ledger is missing, nothing refused.
      const read = await gql(LEDGER, { id: 'ldg_00000000-0000-4000-8000-000000000001' });
      expect(read.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('UPSTREAM_FORBIDDEN');
      expect(h.sandbox.requests.filter((r) => r.status === 403)).toHaveLength(2);
    } finally {
      await h.close();
    }
  });
});

describe('scopes on lists', () => {
  it('a data:read token reads what the Filters API rows hold; a field they lack names proxy:write, the scope of the completing POST', async () => {
    const h = await startHarness({ sandbox: { seed: true, cloud: { ...CLOUD, scopes: ['data:read'] } }, cloud: CLOUD });
    try {
      const gql = gqlOn(h);
      const thin = await gql(`{ balances(first: 3) { edges { node { id balance currency } } } }`);
      expect(thin.errors).toBeUndefined();
      expect(thin.data?.balances?.edges).toHaveLength(3);
      h.sandbox.resetRequests();
      const full = await gql(`{ balances(first: 3) { edges { node { id balance creditBalance } } } }`);
      expect(full.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['UPSTREAM_FORBIDDEN', ['balances']]]);
      expect(full.errors![0]!.message).toContain('proxy:write');
      // Core's filter behind the proxy was asked once, for the page's rows, and refused.
      expect(h.sandbox.requests.filter((r) => r.path.startsWith('/proxy/')).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'POST /proxy/balances/filter 403',
      ]);
    } finally {
      await h.close();
    }
  });
});

describe('cloudRefusal', () => {
  const notFound = (body: unknown) => errorFromResponse(404, body);

  it("reads Core's and the Data API's not-found as missing", () => {
    const core = { error: 'balance not found', error_detail: { code: 'BAL_NOT_FOUND', message: 'balance not found' } };
    expect(cloudRefusal(notFound(core), 'GET', '/proxy/balances/:id', core).isNotFound).toBe(true);
    const record = { error: 'record not found', error_detail: { code: 'GEN_NOT_FOUND', message: 'record not found' } };
    expect(cloudRefusal(notFound(record), 'GET', '/data/:resource/:id', record).isNotFound).toBe(true);
    // Core's legacy wording, forwarded unchanged by the proxy.
    const legacy = { error: 'NOT_FOUND: ledger with ID ldg_x not found' };
    expect(cloudRefusal(notFound(legacy), 'GET', '/proxy/ledgers/:id', legacy).isNotFound).toBe(true);
  });

  it("reads Cloud's own 404s as refusals, whatever the route", () => {
    const route = { error: 'route not found' };
    const unforwarded = cloudRefusal(notFound(route), 'PUT', '/proxy/ledgers/:id', route);
    expect(unforwarded).toBeInstanceOf(CloudRefusal);
    expect(unforwarded.isNotFound).toBe(false);
    expect(unforwarded.code).toBe('UPSTREAM_UNSUPPORTED');
    expect(unforwarded.message).toContain('renaming a ledger');
    // gin's plain-text 404 for a route it does not have: no body to read.
    const gin = cloudRefusal(notFound(undefined), 'DELETE', '/proxy/identities/:id', undefined);
    expect(gin.code).toBe('UPSTREAM_UNSUPPORTED');
    expect(gin.message).toContain('deleting an identity');
    const instance = { error: 'instance not found' };
    expect(cloudRefusal(notFound(instance), 'GET', '/data/:resource/:id', instance).code).toBe('UPSTREAM_MISCONFIGURED');
    // 405 and 501 on an undocumented route: the proxy did not forward it.
    expect(cloudRefusal(errorFromResponse(405, undefined), 'GET', '/proxy/balances/:id/lineage', undefined).message).toContain(
      'fund lineage',
    );
  });

  it('names the scope each route needs on a 403', () => {
    const refused = cloudRefusal(errorFromResponse(403, { error: 'forbidden' }), 'GET', '/proxy/balance-monitors', { error: 'forbidden' });
    expect(refused.code).toBe('UPSTREAM_FORBIDDEN');
    expect(refused.message).toContain('proxy:read');
    expect(scopeOf('POST', '/balances/filter')).toBe('data:read');
    expect(scopeOf('GET', '/data/:resource/:id')).toBe('data:read');
    // By method, as cloud/reference/proxy-api.mdx assigns the proxy's scopes: a POST that only reads too.
    expect(scopeOf('POST', '/proxy/transactions/filter')).toBe('proxy:write');
    expect(scopeOf('GET', '/proxy/balances/:id/at')).toBe('proxy:read');
    expect(scopeOf('POST', '/proxy/transactions')).toBe('proxy:write');
    expect(scopeOf('DELETE', '/proxy/balance-monitors/:id')).toBe('proxy:write');
    expect(capabilityOf('GET', '/proxy/balances/:id', '/proxy/balances/bln_1?with_queued=true').capability).toBe('queued amounts');
    expect(capabilityOf('POST', '/proxy/identities/:id/tokenize').capability).toBe('identity tokenization');
  });

  it('leaves other refusals as they are', () => {
    const conflict = errorFromResponse(409, { error_detail: { code: 'TXN_DUPLICATE_REFERENCE', message: 'duplicate' } });
    expect(cloudRefusal(conflict, 'POST', '/proxy/transactions', {})).toBe(conflict);
  });
});
