import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Issue 20, item 6: Blnk applies one logical operator to every condition of a filter, so an `or`
 * list beside the condition that confines a caller to its identity would OR that scope away and
 * list another customer's rows. The gateway refuses `or` for a confined caller, before any call.
 */
let h: Harness;
let ada: Record<string, string>;
let admin: Record<string, string>;
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH });
  ada = bearer(await signToken({ scope: 'ledger:read', blnk_identity_id: I.ada }));
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
});
afterAll(async () => {
  await h?.close();
});

const lists = {
  balances: `query($f: BalanceFilter) { balances(filter: $f) { edges { node { id } } } }`,
  transactions: `query($f: TransactionFilter) { transactions(filter: $f) { edges { node { id } } } }`,
  identities: `query($f: IdentityFilter) { identities(filter: $f) { edges { node { id } } } }`,
};
const filters = {
  balances: { or: [{ id: { eq: B.graceUsd } }, { id: { eq: B.adaUsd } }] },
  transactions: { or: [{ balanceId: { eq: B.graceUsd } }] },
  identities: { or: [{ id: { eq: I.grace } }] },
};

describe('or and a confined caller', () => {
  for (const list of ['balances', 'transactions', 'identities'] as const) {
    it(`${list}: refused with BAD_USER_INPUT, and no Blnk call made`, async () => {
      h.sandbox.resetRequests();
      const res = await post(h, lists[list], { f: filters[list] }, ada);
      expect(res.body.errors?.[0]?.extensions?.code, res.text).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/or cannot be used on a confined caller's list/);
      expect(res.text).not.toContain(B.graceUsd);
      expect(h.sandbox.requests.filter((r) => r.route?.endsWith('/filter'))).toEqual([]);
    });
  }

  it('an operator (not confined) gets the ORed rows', async () => {
    const res = await post(h, lists.balances, { f: filters.balances }, admin);
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.balances.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(ids).toEqual([B.adaUsd, B.graceUsd].sort());
  });
});
