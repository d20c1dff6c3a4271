import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/auth/authenticate.js';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { codes, post } from '../helpers/jwt.js';

const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
/** Seeded transfers (src/sandbox/seed.ts): 1 @World→Ada, 2 @World→Grace, 3 Ada→Acme. */
const TXN = (n: number) => `txn_00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MISSING = { balance: 'bln_00000000-0000-4000-8000-0000000000ff', identity: 'idt_00000000-0000-4000-8000-0000000000ff' };

const KEYS = {
  reader: 'key-reader-0123456789',
  writer: 'key-writer-0123456789',
  admin: 'key-admin-0123456789',
  ada: 'key-ada-0123456789',
};
const API_KEYS: AuthConfig = {
  mode: 'api-keys',
  keyPassthrough: false,
  identityClaim: 'blnk_identity_id',
  keys: [
    { name: 'reader', sha256: sha256(KEYS.reader), scopes: ['ledger:read'] },
    { name: 'writer', sha256: sha256(KEYS.writer), scopes: ['ledger:write'] },
    { name: 'admin', sha256: sha256(KEYS.admin), scopes: ['ledger:admin'] },
    { name: 'ada-app', sha256: sha256(KEYS.ada), scopes: ['ledger:write'], identityId: I.ada },
  ],
};

const gql = post;
const as = (key: string) => ({ 'x-api-key': key });

describe('api-keys mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: API_KEYS });
  });
  afterAll(() => h.close());

  it('answers 401 UNAUTHENTICATED without a key or with a wrong one, never echoing it', async () => {
    const none = await gql(h, '{ __typename }');
    expect(none.status).toBe(401);
    expect(codes(none.body)).toEqual([[null, 'UNAUTHENTICATED']]);
    const wrong = await gql(h, '{ __typename }', {}, as('not-a-key-at-all'));
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('not-a-key-at-all');
    const bearer = await gql(h, '{ __typename }', {}, { authorization: `Bearer ${KEYS.reader}` });
    expect(bearer.body).toEqual({ data: { __typename: 'Query' } });
  });

  const transfer = `mutation($src: String!) {
    recordTransaction(input: { source: $src, destination: "${B.floatUsd}", preciseAmount: "1", currency: "USD", description: "t", allowOverdraft: true, skipQueue: true }) {
      __typename
    }
  }`;
  const newLedger = 'mutation { createLedger(input: { name: "by key" }) { __typename } }';

  it('lets ledger:read read, and nothing more', async () => {
    expect((await gql(h, `{ balance(id: "${B.graceUsd}") { currency } }`, {}, as(KEYS.reader))).body).toEqual({
      data: { balance: { currency: 'USD' } },
    });
    h.sandbox.resetRequests();
    expect(codes((await gql(h, transfer, { src: '@World' }, as(KEYS.reader))).body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(codes((await gql(h, newLedger, {}, as(KEYS.reader))).body)).toEqual([['createLedger', 'FORBIDDEN']]);
    expect(h.sandbox.requests.filter((r) => r.method !== 'GET' && !r.route?.endsWith('/filter'))).toHaveLength(0);
  });

  it('lets ledger:write move money but not administer', async () => {
    expect((await gql(h, transfer, { src: '@World' }, as(KEYS.writer))).body).toEqual({
      data: { recordTransaction: { __typename: 'Transaction' } },
    });
    expect(codes((await gql(h, newLedger, {}, as(KEYS.writer))).body)).toEqual([['createLedger', 'FORBIDDEN']]);
  });

  it('lets ledger:admin administer', async () => {
    expect((await gql(h, newLedger, {}, as(KEYS.admin))).body).toEqual({ data: { createLedger: { __typename: 'Ledger' } } });
  });

  describe('a key confined to one identity', () => {
    const ada = as(KEYS.ada);

    it("reads its own balance and identity; another identity's answer exactly as missing ones, nothing leaked", async () => {
      const res = await gql(
        h,
        `{ mine: balance(id: "${B.adaUsd}") { id } theirs: balance(id: "${B.graceUsd}") { id balance }
           me: identity(id: "${I.ada}") { firstName } them: identity(id: "${I.grace}") { firstName }
           node(id: "${B.graceUsd}") { id } }`,
        {},
        ada,
      );
      expect(res.body.data).toEqual({ mine: { id: B.adaUsd }, theirs: null, me: { firstName: 'Ada' }, them: null, node: null });
      expect(codes(res.body).sort()).toEqual([
        ['node', 'NOT_FOUND'],
        ['theirs', 'NOT_FOUND'],
        ['them', 'NOT_FOUND'],
      ]);
      expect(res.text).not.toContain('Grace');
      expect(res.text).not.toContain('250000');
      // Not an existence oracle: the same errors as for ids that exist nowhere.
      const missing = await gql(
        h,
        `{ theirs: balance(id: "${MISSING.balance}") { id balance } them: identity(id: "${MISSING.identity}") { firstName }
           node(id: "${MISSING.balance}") { id } }`,
        {},
        ada,
      );
      const errors = (body: any) => body.errors.map((e: any) => [e.path.join('.'), e.message, e.extensions]).sort();
      expect(errors(res.body)).toEqual(errors(missing.body));
    });

    it('through nodes mixing its own and foreign ids', async () => {
      const res = await gql(
        h,
        'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: [B.adaUsd, B.graceUsd, I.ada, I.grace, TXN(1), TXN(2)] },
        ada,
      );
      expect(res.body.data.nodes).toEqual([{ id: B.adaUsd }, null, { id: I.ada }, null, { id: TXN(1) }, null]);
      expect(
        codes(res.body)
          .map((c) => c.join(' '))
          .sort(),
      ).toEqual(['nodes.1 NOT_FOUND', 'nodes.3 NOT_FOUND', 'nodes.5 NOT_FOUND']);
    });

    it('through nested fields: its transfer to Acme shows its side only', async () => {
      const res = await gql(h, `{ transaction(id: "${TXN(3)}") { sourceBalance { id } destinationBalance { id } } }`, {}, ada);
      expect(res.body.data.transaction).toEqual({ sourceBalance: { id: B.adaUsd }, destinationBalance: null });
      expect(codes(res.body)).toEqual([['transaction.destinationBalance', 'NOT_FOUND']]);
    });

    it('through connections, as a filter sent to Blnk rather than rows dropped afterwards', async () => {
      h.sandbox.resetRequests();
      const res = await gql(
        h,
        `{ balances(first: 50) { edges { node { id } } } identities(first: 50) { edges { node { id } } }
           transactions(first: 50) { edges { node { id } } } }`,
        {},
        ada,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.balances.edges.map((e: any) => e.node.id).sort()).toEqual([B.adaEth, B.adaUsd].sort());
      expect(res.body.data.identities.edges.map((e: any) => e.node.id)).toEqual([I.ada]);
      const seen = res.body.data.transactions.edges.map((e: any) => e.node.id);
      expect(seen).toContain(TXN(1));
      expect(seen).toContain(TXN(3));
      expect(seen).not.toContain(TXN(2));
      const bodies = h.sandbox.requests.filter((r) => r.route?.endsWith('/filter')).map((r) => JSON.parse(r.body).filters);
      expect(bodies).toContainEqual([{ field: 'identity_id', operator: 'eq', value: I.ada }]);
      expect(bodies.some((f: any[]) => f[0]?.field === 'balance_id' && f[0]?.operator === 'in')).toBe(true);
      const ledgers = await gql(h, '{ ledgers { edges { node { id } } } }', {}, ada);
      expect(codes(ledgers.body)).toEqual([['ledgers', 'FORBIDDEN']]);
    });

    it('through _entities', async () => {
      const res = await gql(
        h,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Balance { id } } }',
        {
          r: [
            { __typename: 'Balance', id: B.adaUsd },
            { __typename: 'Balance', id: B.graceUsd },
          ],
        },
        ada,
      );
      expect(res.body.data._entities).toEqual([{ id: B.adaUsd }, null]);
      expect(codes(res.body)).toEqual([['_entities.1', 'NOT_FOUND']]);
    });

    it('moves money only out of its own balances', async () => {
      h.sandbox.resetRequests();
      const foreign = await gql(h, transfer, { src: B.graceUsd }, ada);
      const world = await gql(h, transfer, { src: '@World' }, ada);
      expect(codes(foreign.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
      expect(codes(world.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
      expect(h.sandbox.requests.filter((r) => r.route === '/transactions')).toHaveLength(0);
      const own = await gql(
        h,
        `mutation { recordTransaction(input: { source: "${B.adaUsd}", destination: "${B.graceUsd}", preciseAmount: "1", currency: "USD", description: "t", skipQueue: true }) { __typename } }`,
        {},
        ada,
      );
      expect(own.body).toEqual({ data: { recordTransaction: { __typename: 'Transaction' } } });
      // Refunding the payment to Acme would move Acme's money.
      const refund = await gql(h, `mutation { refundTransaction(input: { id: "${TXN(3)}", skipQueue: true }) { __typename } }`, {}, ada);
      expect(codes(refund.body)).toEqual([['refundTransaction', 'FORBIDDEN']]);
      const admin = await gql(h, newLedger, {}, ada);
      expect(codes(admin.body)).toEqual([['createLedger', 'FORBIDDEN']]);
    });
  });
});

describe('jwt mode', () => {
  const secret = 'a-test-secret-of-at-least-32-chars!';
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      sandbox: { seed: true },
      auth: {
        mode: 'jwt',
        keyPassthrough: false,
        secret,
        jwksUrl: null,
        issuer: 'https://issuer.test',
        audience: 'blnk-graphql',
        identityClaim: 'blnk_identity_id',
        requireExp: true,
      },
    });
  });
  afterAll(() => h.close());

  const sign = (claims: Record<string, unknown>, options: { secret?: string; exp?: string; aud?: string; iss?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setIssuer(options.iss ?? 'https://issuer.test')
      .setAudience(options.aud ?? 'blnk-graphql')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(new TextEncoder().encode(options.secret ?? secret));

  it('accepts a valid HS256 token, with its scopes and identity claim', async () => {
    const token = await sign({ scope: 'ledger:read', blnk_identity_id: I.grace });
    const res = await gql(
      h,
      `{ mine: balance(id: "${B.graceUsd}") { id } theirs: balance(id: "${B.adaUsd}") { id } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(res.body.data).toEqual({ mine: { id: B.graceUsd }, theirs: null });
  });

  it.each([
    ['expired', { exp: '-1m' }, 'The token has expired'],
    ['for another audience', { aud: 'someone-else' }, 'The token is not valid'],
    ['from another issuer', { iss: 'https://evil.test' }, 'The token is not valid'],
    ['signed with another secret', { secret: 'another-secret-of-at-least-32-chars' }, 'The token is not valid'],
  ])('refuses a token %s with 401', async (_label, options, message) => {
    const token = await sign({ scope: 'ledger:read' }, options);
    const res = await gql(h, '{ __typename }', {}, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(res.body.errors[0]).toMatchObject({ message, extensions: { code: 'UNAUTHENTICATED' } });
    expect(res.text).not.toContain(token);
  });

  it('gives a token without ledger scopes nothing', async () => {
    const token = await sign({ scope: 'profile email' });
    const res = await gql(h, `{ balance(id: "${B.adaUsd}") { id } }`, {}, { authorization: `Bearer ${token}` });
    expect(codes(res.body)).toEqual([['balance', 'FORBIDDEN']]);
  });
});

describe('jwt mode with a JWKS (RS256)', () => {
  let h: Harness;
  let jwks: ReturnType<typeof createServer>;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    h = await startHarness({
      sandbox: { seed: true },
      auth: {
        mode: 'jwt',
        keyPassthrough: false,
        secret: null,
        jwksUrl: url,
        issuer: null,
        audience: null,
        identityClaim: 'tenant_identity',
        requireExp: true,
      },
    });
  });
  afterAll(async () => {
    await h.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('verifies an RS256 token against the key set, with a configured identity claim', async () => {
    const token = await new SignJWT({ scopes: ['ledger:read'], tenant_identity: I.ada })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setExpirationTime('5m')
      .sign(privateKey);
    const res = await gql(
      h,
      `{ a: balance(id: "${B.adaUsd}") { id } g: balance(id: "${B.graceUsd}") { id } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(res.body.data).toEqual({ a: { id: B.adaUsd }, g: null });
    const hs = await new SignJWT({ scopes: ['ledger:read'] })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('x'.repeat(32)));
    expect((await gql(h, '{ __typename }', {}, { authorization: `Bearer ${hs}` })).status).toBe(401);
  });
});

describe("pass-through of the caller's Blnk key", () => {
  it("sends the caller's X-Blnk-Key to Blnk instead of the gateway's", async () => {
    const h = await startHarness({ sandbox: { seed: true, apiKey: 'blnk-master' }, auth: { mode: 'none', keyPassthrough: true } });
    try {
      const ok = await gql(h, `{ balance(id: "${B.adaUsd}") { id } }`, {}, { 'x-blnk-key': 'blnk-master' });
      expect(ok.body).toEqual({ data: { balance: { id: B.adaUsd } } });
      const wrong = await gql(h, `{ balance(id: "${B.adaUsd}") { id } }`, {}, { 'x-blnk-key': 'guess' });
      expect(codes(wrong.body)).toEqual([['balance', 'UPSTREAM_UNAUTHORIZED']]);
      expect(wrong.text).not.toContain('guess');
    } finally {
      await h.close();
    }
  });
});
