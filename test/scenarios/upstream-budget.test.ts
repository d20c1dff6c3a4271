import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from '../contract/target.js';
import type { Target } from '../contract/target.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import { startHoldingProxy } from '../helpers/holding-proxy.js';
import type { HoldingProxy } from '../helpers/holding-proxy.js';
import { graphql } from '../gql/index.js';

/**
 * Issue 17 item 1 on both targets (the sandbox in `npm test`, real Blnk Core v0.15.2 in
 * `npm run test:blnk`), with the gateway's default limits: 220 balances of one ledger, read
 * through nodes(ids:) with `at` (one GET /balances/{id}/at per balance and alias). Every call
 * the gateway sends passes a counting proxy, whose log is the count.
 */
const BALANCES = 220;
const AT = new Date().toISOString();

const ScBudgetThreeHistories = graphql(`
  query ScBudgetThreeHistories($ids: [ID!]!, $t: DateTime!) {
    nodes(ids: $ids) {
      ... on Balance {
        a: at(timestamp: $t) {
          balance
        }
        b: at(timestamp: $t) {
          balance
        }
        c: at(timestamp: $t) {
          balance
        }
      }
    }
  }
`);

const ScBudgetNestedPages = graphql(`
  query ScBudgetNestedPages($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Balance {
        transactions(first: 1) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`);

const ScBudgetTenHistories = graphql(`
  query ScBudgetTenHistories($ids: [ID!]!, $t: DateTime!) {
    nodes(ids: $ids) {
      ... on Balance {
        a0: at(timestamp: $t) { balance }
        a1: at(timestamp: $t) { balance }
        a2: at(timestamp: $t) { balance }
        a3: at(timestamp: $t) { balance }
        a4: at(timestamp: $t) { balance }
        a5: at(timestamp: $t) { balance }
        a6: at(timestamp: $t) { balance }
        a7: at(timestamp: $t) { balance }
        a8: at(timestamp: $t) { balance }
        a9: at(timestamp: $t) { balance }
      }
    }
  }
`);

let target: Target;
let proxy: HoldingProxy;
let gateway: ReturnType<typeof gatewayOver>;
let run: ReturnType<typeof runOn>;
const ids: string[] = [];

beforeAll(async () => {
  target = await startTarget();
  const ledger = await target.call('POST', '/ledgers', { body: { name: `budget-${Date.now()}` } });
  expect(ledger.status).toBe(201);
  for (let i = 0; i < BALANCES; i += 20) {
    const made = await Promise.all(
      Array.from({ length: Math.min(20, BALANCES - i) }, () =>
        target.call('POST', '/balances', { body: { ledger_id: ledger.json.ledger_id, currency: 'USD' } }),
      ),
    );
    for (const b of made) {
      expect(b.status).toBe(201);
      ids.push(b.json.balance_id);
    }
  }
  // Nothing held: the proxy only counts what the gateway sends.
  proxy = await startHoldingProxy(target.url, () => false);
  gateway = gatewayOver(proxy.url, { timeoutMs: 15_000, ...(target.apiKey ? { apiKey: target.apiKey } : {}) });
  run = runOn(gateway.gateway);
}, 120_000);

afterAll(async () => {
  gateway?.http.shutdown();
  await gateway?.dispatcher.close();
  await proxy?.close();
  await target?.close();
});

describe('a budget of upstream calls per request, over the target', () => {
  it('three `at` on 220 balances (660 calls, under the cost limit) stop at the budget of 200 calls with CALL_BUDGET_EXCEEDED', async () => {
    const before = proxy.log.length;
    const res = await run(ScBudgetThreeHistories, { ids, t: AT });
    const sent = proxy.log.slice(before);
    // One refusal for the whole query, with no data.
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'CALL_BUDGET_EXCEEDED', maxUpstreamCalls: 200 }]);
    // The balances' batch (3 filters of at most 100), then at most what fits the budget.
    expect(sent.filter((r) => r.path === '/balances/filter')).toHaveLength(3);
    expect(sent.length).toBeLessThanOrEqual(200);
  });

  it('a nested page with its count on 220 balances stops at the budget too', async () => {
    const before = proxy.log.length;
    const res = await run(ScBudgetNestedPages, { ids });
    const sent = proxy.log.slice(before);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['CALL_BUDGET_EXCEEDED']);
    expect(sent.length).toBeLessThanOrEqual(200);
  });

  it('ten `at` aliases on 220 balances: refused by cost (each `at` costs as an upstream call), nothing sent', async () => {
    const before = proxy.log.length;
    const res = await run(ScBudgetTenHistories, { ids, t: AT });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    // nodes 1 + 10 per batch of 100 ids (3), and 220 × 10 × (at 10 + balance 1), by hand.
    expect(res.errors?.[0]?.extensions).toMatchObject({ cost: 1 + 30 + 220 * 10 * 11 });
    expect(proxy.log.length - before).toBe(0);
  });

  it('a request within the budget answers in full: three `at` on 30 balances is 91 calls', async () => {
    const before = proxy.log.length;
    const res = await run(ScBudgetThreeHistories, { ids: ids.slice(0, 30), t: AT });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toHaveLength(30);
    expect(res.data?.nodes.every((n) => n && 'a' in n && n.a?.balance === '0')).toBe(true);
    expect(proxy.log.length - before).toBe(1 + 30 * 3);
  });
});
