import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * `_entities` and `_service` (issue 11, items 2 and 3): added by toSubGraphSchema outside Pothos,
 * they must pass the same scopes, cap and cost as every other entry point. Over the gateway's
 * HTTP handling, with real HS256 tokens.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const entities =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Balance { id balance } ... on Identity { firstName lastName } } }';
const balanceRep = (id: string) => ({ __typename: 'Balance', id });

describe('federation fields with JWT scopes', () => {
  let h: Harness;
  let nobody: Record<string, string>;
  let reader: Record<string, string>;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { introspection: false } });
    nobody = bearer(await signToken({ scope: 'profile email' }));
    reader = bearer(await signToken({ scope: 'ledger:read' }));
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  it('give a token without ledger:read nothing through _entities, and ask Blnk nothing', async () => {
    const res = await post(h, entities, { r: [balanceRep(B.graceUsd), { __typename: 'Identity', id: I.grace }] }, nobody);
    expect(codes(res.body)).toEqual([['_entities', 'FORBIDDEN']]);
    expect(res.body.data).toBeNull();
    expect(res.text).not.toContain('Grace');
    expect(res.text).not.toContain('250000');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('answer a reader, as balance(id:) does', async () => {
    const res = await post(h, entities, { r: [balanceRep(B.graceUsd)] }, reader);
    expect(res.body).toEqual({ data: { _entities: [{ id: B.graceUsd, balance: '250000' }] } });
  });

  it('serve no SDL without a scope, and none to anyone while introspection is off', async () => {
    expect(codes((await post(h, '{ _service { sdl } }', {}, nobody)).body)).toEqual([['_service', 'FORBIDDEN']]);
    const res = await post(h, '{ _service { sdl } }', {}, reader);
    expect(codes(res.body)).toEqual([['_service', 'FORBIDDEN']]);
    expect(res.text).not.toContain('type Balance');
  });

  it('cap representations as nodes(ids:) caps ids', async () => {
    const res = await post(h, entities, { r: Array.from({ length: 1001 }, (_, i) => balanceRep(`bln_${i}`)) }, reader);
    expect(codes(res.body)).toEqual([['_entities', 'BAD_USER_INPUT']]);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('count every representation into the cost: the 6,000-call query is refused before any call', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Balance {
      transactions(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } } } }`;
    const res = await post(h, query, { r: Array.from({ length: 1000 }, () => balanceRep(B.adaUsd)) }, reader);
    expect(codes(res.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    // 1000 representations × (1 + 100 × (2 + 100 × 2) …): far past the default 10,000.
    expect(res.body.errors[0].extensions.cost).toBeGreaterThan(1000 * 100 * 100);
    expect(h.sandbox.requests).toEqual([]);
    // The same selection for one representation is within the limit.
    const one = await post(
      h,
      query.replace('first: 100) { edges { node { children(first: 100)', 'first: 5) { edges { node { children(first: 5)'),
      { r: [balanceRep(B.adaUsd)] },
      reader,
    );
    expect(one.body.errors).toBeUndefined();
  });

  it('batch representations through the loaders: 150 balances are two filter requests', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `bln_00000000-0000-4000-8000-${String(i + 1000).padStart(12, '0')}`);
    ids[0] = B.adaUsd;
    ids[1] = B.graceUsd;
    const res = await post(
      h,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Balance { id currency } } }',
      { r: ids.map(balanceRep) },
      reader,
    );
    expect(res.body.data._entities.slice(0, 2)).toEqual([
      { id: B.adaUsd, currency: 'USD' },
      { id: B.graceUsd, currency: 'USD' },
    ]);
    expect(res.body.data._entities.slice(2).every((e: unknown) => e === null)).toBe(true);
    expect(h.sandbox.requests.map((r) => `${r.method} ${r.route}`)).toEqual(['POST /balances/filter', 'POST /balances/filter']);
  });
});

describe('SUBGRAPH_SDL with introspection off', () => {
  it('serves _service { sdl } to a reader for a router that reads it at run time', async () => {
    const h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { introspection: false, subgraphSdl: true } });
    try {
      const reader = bearer(await signToken({ scope: 'ledger:read' }));
      const res = await post(h, '{ _service { sdl } }', {}, reader);
      expect(res.body.data._service.sdl).toContain('type Balance');
      const nobody = bearer(await signToken({ scope: 'profile' }));
      expect(codes((await post(h, '{ _service { sdl } }', {}, nobody)).body)).toEqual([['_service', 'FORBIDDEN']]);
    } finally {
      await h.close();
    }
  });
});
