import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import type { CloudListBalancesQuery as BalancesResult, CloudListBalancesQueryVariables as BalancesVariables } from '../gql/graphql.js';

/**
 * Lists through Blnk Cloud's Filters API (cloud/proxy/filters-api.mdx), over the sandbox's Cloud
 * surface: totals Cloud may estimate (`total_is_estimate`, `strict_total`), pages planned never
 * above 100 rows, a page size Cloud caps silently, and orders Cloud does not document.
 */
const CLOUD = { token: 'blnk_at_lists-token', instanceId: 'inst_lists' };

/** An offset cursor (connection.ts encodeCursor without a keyset): the next page starts after `position`. */
const offsetCursor = (position: number) => Buffer.from(`blnk:${position}`).toString('base64url');

const Transactions = graphql(`
  query CloudListTransactions($first: Int!) {
    transactions(first: $first) {
      totalCountIsEstimate
      edges {
        node {
          id
        }
      }
    }
  }
`);

const TransactionsCounted = graphql(`
  query CloudListTransactionsCounted($first: Int!) {
    transactions(first: $first) {
      totalCount
      totalCountIsEstimate
      edges {
        node {
          id
        }
      }
    }
  }
`);

const Balances = graphql(`
  query CloudListBalances($ledger: ID!, $first: Int!, $after: String) {
    balances(filter: { ledgerId: { eq: $ledger } }, first: $first, after: $after) {
      totalCount
      totalCountIsEstimate
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Ordered = graphql(`
  query CloudListOrdered($orderBy: OrderBy, $order: TransactionOrder, $last: Int, $first: Int) {
    transactions(orderBy: $orderBy, order: $order, last: $last, first: $first) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** The Filters API calls the sandbox saw since the last reset. */
function filterCalls(h: Harness) {
  return h.sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/filter') && !r.path.startsWith('/proxy/'));
}

describe('Cloud totals: totalCountIsEstimate and strict_total', () => {
  let h: Harness;

  beforeAll(async () => {
    // estimateAbove 0: every transactions answer without strict_total estimates its total.
    h = await startHarness({ sandbox: { cloud: { ...CLOUD, estimateAbove: 0 } }, cloud: CLOUD });
    const f = fixtures(h.sandbox, CLOUD);
    const b = await f.balance(await f.ledger('Totals'));
    for (let i = 0; i < 5; i += 1) {
      // Each in its own millisecond, so that no page edge splits a millisecond (which the
      // gateway would read whole: graphql/transaction-order.ts) and the calls stay as counted.
      const t = Date.now();
      await f.transfer('@World', b, 100n + BigInt(i));
      while (Date.now() <= t) await Promise.resolve();
    }
  });
  afterAll(() => h.close());

  it("without totalCount: no strict_total, and a full page keeps Cloud's estimate (totalCountIsEstimate true)", async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Transactions, { first: 2 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.transactions?.edges).toHaveLength(2);
    expect(res.data?.transactions?.totalCountIsEstimate).toBe(true);
    const calls = filterCalls(h);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query.get('strict_total')).toBeNull();
    // Never above 100; the sandbox answered an estimate (rounded up: 5 rows read as 10).
    expect(Number(calls[0]!.query.get('pageSize'))).toBeLessThanOrEqual(100);
  });

  it('with totalCount selected: strict_total=true on the one call, an exact count, totalCountIsEstimate false', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(TransactionsCounted, { first: 2 });
    expect(res.errors).toBeUndefined();
    // 5 transfers from @World: 5 rows (skip_queue, so no queued parents).
    expect(res.data?.transactions?.totalCount).toBe(5);
    expect(res.data?.transactions?.totalCountIsEstimate).toBe(false);
    const calls = filterCalls(h);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query.get('strict_total')).toBe('true');
  });

  it('a short page under an estimate: asked again with strict_total (documented in cloud-pages.ts), so the end of the list is certain', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Transactions, { first: 10 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.transactions?.edges).toHaveLength(5);
    expect(res.data?.transactions?.totalCountIsEstimate).toBe(false);
    expect(filterCalls(h).map((r) => r.query.get('strict_total'))).toEqual([null, 'true']);
  });

  it('balances are never estimated: totalCountIsEstimate false, no strict_total', async () => {
    h.sandbox.resetRequests();
    const ledger = (await fixtures(h.sandbox, CLOUD).ledger('Balances'))!;
    h.sandbox.resetRequests();
    const res = await h.run(Balances, { ledger, first: 5 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balances?.totalCount).toBe(0);
    expect(res.data?.balances?.totalCountIsEstimate).toBe(false);
    expect(filterCalls(h).map((r) => r.query.get('strict_total'))).toEqual([null]);
  });
});

describe('Cloud windows: never above 100 rows a call, none skipped when Cloud caps the page size', () => {
  let h: Harness;
  let capped: Harness;
  let ledger: string;
  let ids: string[];
  let cappedLedger: string;
  let cappedIds: string[];

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: CLOUD }, cloud: CLOUD });
    // A Cloud that silently serves at most 25 rows a page, whatever pageSize says.
    capped = await startHarness({ sandbox: { cloud: { ...CLOUD, maxPageSize: 25 } }, cloud: CLOUD });
    const f = fixtures(h.sandbox, CLOUD);
    ledger = await f.ledger('Windows');
    ids = [];
    for (let i = 0; i < 250; i += 1) ids.push(await f.balance(ledger));
    // The sandbox lists newest first.
    ids.reverse();
    const g = fixtures(capped.sandbox, CLOUD);
    cappedLedger = await g.ledger('Capped');
    cappedIds = [];
    for (let i = 0; i < 130; i += 1) cappedIds.push(await g.balance(cappedLedger));
    cappedIds.reverse();
  });
  afterAll(async () => {
    await h.close();
    await capped.close();
  });

  it('offset 99, limit 100 (first: 99 after position 98, with its probe row): two calls of pageSize 100, never 199', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Balances, { ledger, first: 99, after: offsetCursor(98) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balances?.edges.map((e) => e.node.id)).toEqual(ids.slice(99, 198));
    expect(res.data?.balances?.pageInfo.hasNextPage).toBe(true);
    const calls = filterCalls(h);
    expect(calls.map((r) => [r.query.get('page'), r.query.get('pageSize')]).sort()).toEqual([
      ['1', '100'],
      ['2', '100'],
    ]);
  });

  it('a window one page covers is one call', async () => {
    h.sandbox.resetRequests();
    // Rows 7..17 and the probe row: offset 7, limit 12 → one page of 19.
    const res = await h.run(Balances, { ledger, first: 11, after: offsetCursor(6) });
    expect(res.data?.balances?.edges.map((e) => e.node.id)).toEqual(ids.slice(7, 18));
    expect(filterCalls(h).map((r) => [r.query.get('page'), r.query.get('pageSize')])).toEqual([['1', '19']]);
  });

  it('a capped page is seen against the exact total and the window read again in pages of the cap', async () => {
    capped.sandbox.resetRequests();
    // Offset 30, limit 61: one page of 91 asked for, 25 served (130 balances say it should be 91).
    const res = await capped.run(Balances, { ledger: cappedLedger, first: 60, after: offsetCursor(29) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balances?.edges.map((e) => e.node.id)).toEqual(cappedIds.slice(30, 90));
    expect(res.data?.balances?.totalCount).toBe(130);
    const calls = filterCalls(capped).map((r) => [r.query.get('page'), r.query.get('pageSize')]);
    // The first plan, then pages 2 to 4 of 25 (rows 25..99 hold rows 30..90).
    expect(calls[0]).toEqual(['1', '91']);
    expect(calls.slice(1).sort()).toEqual([
      ['2', '25'],
      ['3', '25'],
      ['4', '25'],
    ]);
    // Every call passed the request's budget (none was refused).
    expect(capped.sandbox.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('walking the capped list page by page yields every row exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const res: Awaited<ReturnType<typeof capped.run<BalancesResult, BalancesVariables>>> = await capped.run(Balances, {
        ledger: cappedLedger,
        first: 40,
        after,
      });
      expect(res.errors).toBeUndefined();
      const page = res.data?.balances;
      seen.push(...(page?.edges ?? []).map((e) => e.node.id));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(cappedIds);
    expect(new Set(seen).size).toBe(130);
    // No call ever asked for more than 100 rows.
    expect(filterCalls(capped).every((r) => Number(r.query.get('pageSize')) <= 100)).toBe(true);
  });
});

describe("the calls of a re-planned window count against the request's budget", () => {
  let h: Harness;
  let ledger: string;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: { ...CLOUD, maxPageSize: 25 } }, cloud: CLOUD, limits: { maxUpstreamCalls: 3 } });
    const f = fixtures(h.sandbox, CLOUD);
    ledger = await f.ledger('Budget');
    for (let i = 0; i < 60; i += 1) await f.balance(ledger);
  });
  afterAll(() => h.close());

  it('a first page of 50 capped at 25 needs 1 + 3 calls: the fourth is refused by the budget of 3, never sent', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Balances, { ledger, first: 50, after: null });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['CALL_BUDGET_EXCEEDED']);
    // Never a page with rows missing: the list fails rather than answer 25 of 50.
    expect(res.data?.balances ?? null).toBeNull();
    expect(filterCalls(h).length).toBeLessThanOrEqual(3);
  });
});

describe("Cloud orders: only Cloud's own, refused before any call otherwise", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: CLOUD }, cloud: CLOUD });
  });
  afterAll(() => h.close());

  it.each([
    ['orderBy: CREATED_AT_ASC', { orderBy: 'CREATED_AT_ASC' as const, first: 5 }],
    ['order: AMOUNT', { order: { field: 'AMOUNT' as const }, first: 5 }],
    ['order: CREATED_AT ASC', { order: { field: 'CREATED_AT' as const, direction: 'ASC' as const }, first: 5 }],
    ['last without before', { last: 5 }],
  ])('%s → BAD_USER_INPUT citing the documents, no upstream call', async (_name, variables) => {
    h.sandbox.resetRequests();
    const res = await h.run(Ordered, variables);
    expect(res.data?.transactions ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const message = res.errors![0]!.message;
    expect(message).toContain('sort, order, order_by and order_dir');
    expect(message).toContain('cloud/proxy/data-api.mdx');
    expect(message).toContain('Filters API documents no order');
    expect(message).not.toMatch(/newest first/i);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('the default order, asked for or not, is served', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Ordered, { orderBy: 'CREATED_AT_DESC', first: 5 });
    expect(res.errors).toBeUndefined();
    expect(filterCalls(h)).toHaveLength(1);
  });
});
