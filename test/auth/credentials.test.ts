import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { sha256 } from '../../src/auth/authenticate.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/** Credentials fail closed (issue 11, items 4, 5 and 9), over the gateway's HTTP handling. */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;

describe('authentication comes first', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH });
  });
  afterAll(() => h.close());

  it.each([
    ['an unknown field', '{ nosuchfield }'],
    ['a syntax error', '{ balance(id: '],
    ['a deep query', `{ ${'balance(id: "x") { ledger { '.repeat(20)} }`],
  ])('answers 401 to a wrong token with %s, revealing nothing of the schema', async (_label, query) => {
    const res = await post(h, query, {}, bearer('not.a.token'));
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual([[null, 'UNAUTHENTICATED']]);
    expect(res.text).not.toMatch(/nosuchfield|Syntax|Cannot query|depth/i);
  });

  it('answers 401 before reading a body that is not even JSON', async () => {
    const res = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(401);
  });
});

describe('a malformed identity claim', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  it.each([
    ['a number', 123],
    ['an array', [I.ada]],
    ['an object', {}],
    ['an empty string', ''],
    ['true', true],
    ['null', null],
    ['a lone surrogate', 'idt_\ud800'],
    ['too long', `idt_${'a'.repeat(300)}`],
  ])('(%s) is 401, never unconfined', async (_label, claim) => {
    const token = await signToken({ scope: 'ledger:read', blnk_identity_id: claim });
    const res = await post(h, `{ balance(id: "${B.graceUsd}") { balance } }`, {}, bearer(token));
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual([[null, 'UNAUTHENTICATED']]);
    expect(res.text).not.toContain('250000');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('absent is an unconfined token, as before', async () => {
    const res = await post(h, `{ balance(id: "${B.graceUsd}") { balance } }`, {}, bearer(await signToken({ scope: 'ledger:read' })));
    expect(res.body).toEqual({ data: { balance: { balance: '250000' } } });
  });

  it('a token without exp is refused unless JWT_REQUIRE_EXP=false', async () => {
    const token = await signToken({ scope: 'ledger:read' }, { exp: null });
    const res = await post(h, '{ __typename }', {}, bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.errors[0].message).toBe('The token has no expiry (exp)');
    const lax = await startHarness({ sandbox: { seed: true }, auth: { ...JWT_AUTH, requireExp: false } });
    try {
      expect((await post(lax, '{ __typename }', {}, bearer(token))).body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await lax.close();
    }
  });
});

describe('configuration of credentials', () => {
  const keys = (entry: Record<string, unknown>) => ({
    AUTH_MODE: 'api-keys',
    API_KEYS: JSON.stringify([{ name: 'app', sha256: sha256('k'.repeat(20)), scopes: ['ledger:read'], ...entry }]),
  });

  it.each([[''], [42], [['idt_1']]])('refuses an API_KEYS identityId of %j at start', (identityId) => {
    expect(() => loadConfig(keys({ identityId }))).toThrow(ConfigError);
    expect(() => loadConfig(keys({ identityId }))).toThrow(/identityId/);
  });

  it('keeps a valid identityId, and requires exp by default', () => {
    const config = loadConfig(keys({ identityId: I.ada }));
    expect(config.auth).toMatchObject({ mode: 'api-keys', keys: [{ identityId: I.ada }] });
    const jwt = { AUTH_MODE: 'jwt', JWT_SECRET: 's'.repeat(32) };
    expect(loadConfig(jwt).auth).toMatchObject({ requireExp: true });
    expect(loadConfig({ ...jwt, JWT_REQUIRE_EXP: 'false' }).auth).toMatchObject({ requireExp: false });
  });

  it('reads SUBGRAPH_SDL, off by default', () => {
    expect(loadConfig({}).limits.subgraphSdl).toBe(false);
    expect(loadConfig({ SUBGRAPH_SDL: 'true' }).limits.subgraphSdl).toBe(true);
  });
});

describe("pass-through of the caller's Blnk key", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      sandbox: { seed: true, apiKey: 'blnk-master' },
      apiKey: 'blnk-master',
      auth: { mode: 'none', keyPassthrough: true },
    });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  it.each([
    ['no X-Blnk-Key', {}],
    ['an empty X-Blnk-Key', { 'x-blnk-key': '' }],
    ['a blank X-Blnk-Key', { 'x-blnk-key': '   ' }],
  ])("with %s is 401, never the gateway's own key", async (_label, headers) => {
    const res = await post(h, `{ balance(id: "${B.adaUsd}") { balance } }`, {}, headers);
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual([[null, 'UNAUTHENTICATED']]);
    expect(res.text).not.toContain('487500');
    expect(h.sandbox.requests).toEqual([]);
  });

  it("with the caller's key reaches Blnk with that key", async () => {
    const res = await post(h, `{ balance(id: "${B.adaUsd}") { id } }`, {}, { 'x-blnk-key': 'blnk-master' });
    expect(res.body).toEqual({ data: { balance: { id: B.adaUsd } } });
  });
});
