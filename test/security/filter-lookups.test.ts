import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Hostile review of issue 17, finding 8: filters the gateway resolves into balance ids (an
 * identity on either side of a transaction, `ne` on an indicator) were looked up again for every
 * parent of a nested connection, and costed as nothing. Over the sandbox seeded with the
 * benchmark's balances (balance i owned by identity i); counts from the sandbox's request log.
 */
const pad = (i: number) => String(i).padStart(12, '0');
const balanceOf = (i: number) => `bln_00000000-0000-4000-9000-${pad(i)}`;
const identityOf = (i: number) => `idt_00000000-0000-4000-9000-${pad(i)}`;
const balances = (n: number) => Array.from({ length: n }, (_, i) => balanceOf(i + 1));

/** The review's query: four lookups (source ne, destination eq and ne, indicator ne) per parent. */
const fourLookups = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Balance {
  transactions(first: 1, filter: {
    sourceIdentityId: { ne: "${identityOf(2)}" }
    destinationIdentityId: { eq: "${identityOf(3)}", ne: "${identityOf(4)}" }
    indicator: { ne: "@World" }
  }) { edges { node { id } } }
} } }`;

let h: Harness;
let operator: Record<string, string>;
beforeAll(async () => {
  h = await startHarness({ sandbox: { benchBalances: 300 }, auth: JWT_AUTH });
  operator = bearer(await signToken({ scope: 'ledger:admin' }));
});
afterAll(() => h.close());

/** The lookups' bodies: POST /balances/filter other than the nodes batch (by balance_id). */
const lookups = () =>
  h.sandbox.requests.filter((r) => r.route === '/balances/filter' && !String(r.body).includes('"balance_id"')).map((r) => String(r.body));

describe('lookups made once per request', () => {
  it('40 parents: each distinct identity and indicator is looked up once, not 40 times', async () => {
    h.sandbox.resetRequests();
    const res = await post(h, fourLookups, { ids: balances(40) }, operator);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.nodes).toHaveLength(40);
    // One batch for the 40 balances, four lookups, one page per parent: 45 (it was 1 + 40 × 4 + 40 = 201).
    expect(h.sandbox.count('POST', '/balances/filter')).toBe(1 + 4);
    expect(h.sandbox.count('POST', '/transactions/filter')).toBe(40);
    expect(h.sandbox.requests).toHaveLength(45);
    const seen = lookups();
    expect(seen).toHaveLength(4);
    for (const named of [identityOf(2), identityOf(3), identityOf(4), '@World'])
      expect(seen.filter((b) => b.includes(named))).toHaveLength(1);
  });

  it('the next request looks them up again: nothing is kept beyond a request', async () => {
    h.sandbox.resetRequests();
    await post(h, fourLookups, { ids: balances(2) }, operator);
    h.sandbox.resetRequests();
    const res = await post(h, fourLookups, { ids: balances(2) }, operator);
    expect(res.body.errors).toBeUndefined();
    expect(lookups()).toHaveLength(4);
  });

  it('the filter still selects what it says: a transaction into identity 3 from another, found on its parent', async () => {
    // Bench balance 3 was funded from @World, which indicator.ne excludes; without it, the funding shows.
    const q = `query { balance(id: "${balanceOf(3)}") {
      kept: transactions(first: 5, filter: { sourceIdentityId: { ne: "${identityOf(2)}" }, destinationIdentityId: { eq: "${identityOf(3)}" } }) { edges { node { destinationBalance { id } } } }
      noWorld: transactions(first: 5, filter: { destinationIdentityId: { eq: "${identityOf(3)}" }, indicator: { ne: "@World" } }) { edges { node { id } } }
    } }`;
    const res = await post(h, q, {}, operator);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.balance.kept.edges.length).toBeGreaterThan(0);
    for (const e of res.body.data.balance.kept.edges) expect(e.node.destinationBalance.id).toBe(balanceOf(3));
    expect(res.body.data.balance.noWorld.edges).toEqual([]);
  });
});

describe('the cost counts the lookups', () => {
  it('200 parents with four lookups each are refused by cost before any call', async () => {
    h.sandbox.resetRequests();
    const res = await post(h, fourLookups, { ids: balances(200) }, operator);
    expect(codes(res.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    // By hand: nodes 1 + 10 per hundred ids (20); each balance: the connection 10 for its page and
    // 10 per lookup (4), times first: 1, then edges, node, id 1 each: 53. 1 + 20 + 200 × 53.
    // Without the lookups it was 1 + 20 + 200 × 13 = 2,621: admitted, and stopped by the budget.
    expect(res.body.errors[0].extensions).toMatchObject({ cost: 1 + 20 + 200 * 53, maxCost: 10_000 });
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('a balance filter with identityId.ne and indicator.ne costs its two lookups', async () => {
    const q = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Ledger {
      balances(first: 1, filter: { identityId: { ne: "${identityOf(2)}" }, indicator: { ne: "@World" } }) { edges { node { id } } }
    } } }`;
    const ledgers = Array.from({ length: 400 }, (_, i) => `ldg_${pad(i)}`);
    const res = await post(h, q, { ids: ledgers }, operator);
    // 1 + 10 per hundred ids (40) + 400 × (10 × (1 + 2) + 3): over 10,000 only with the lookups.
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 1 + 40 + 400 * 33 });
  });
});
