import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

let h: Harness;
let ledger: string;
let other: string;
let ann: string;
/** Created oldest first; the default order is newest first. */
let balances: string[];

beforeAll(async () => {
  h = await startHarness();
  const f = fixtures(h.sandbox);
  ledger = await f.ledger('Big');
  other = await f.ledger('Other');
  ann = await f.identity('Ann');
  balances = [];
  for (let i = 0; i < 250; i += 1) balances.push(await f.balance(ledger, i % 5 === 0 ? 'EUR' : 'USD', i < 3 ? ann : undefined));
  await f.balance(other, 'USD');
  // Fund a few USD balances so that `balance > 0` has something to find.
  for (const i of [1, 2, 3]) await f.transfer('@World', balances[i]!, BigInt(i * 100));
});
afterAll(() => h.close());

const Page = graphql(`
  query Page($ledger: ID!, $after: String, $count: Boolean = false) {
    balances(filter: { ledgerId: { eq: $ledger } }, first: 100, after: $after) {
      totalCount @include(if: $count)
      edges {
        cursor
        node {
          id
          currency
          balance
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

describe('connections over limit/offset (issue acceptance 1)', () => {
  it('pages 250 balances with first: 100 in 3 pages, one request a page, none missing or repeated', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    h.sandbox.resetRequests();
    for (;;) {
      const res: Awaited<ReturnType<typeof h.run<any, any>>> = await h.run(Page, { ledger, after });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.balances;
      pages += 1;
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(conn.pageInfo.hasPreviousPage).toBe(pages > 1);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    // Newest first: the reverse of creation order.
    expect(seen).toEqual([...balances].reverse());
    // One upstream request a page; the nodes' fields come from the page itself.
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/filter', '/balances/filter', '/balances/filter']);
    const bodies = h.sandbox.requests.map((r) => JSON.parse(r.body));
    // Newest first is a createdAt order: pages after the first are keyset-based (issue 20, item 7),
    // each from offset 0, below the last row's millisecond, less the ids already seen at it.
    expect(bodies.map((b) => [b.offset, b.limit, b.include_count ?? false])).toEqual([
      [0, 100, false],
      [0, 100, false],
      [0, 100, false],
    ]);
    expect(bodies[0].filters).toEqual([{ field: 'ledger_id', operator: 'eq', value: ledger }]);
    for (const body of bodies.slice(1)) {
      expect(body.filters[0]).toEqual({ field: 'ledger_id', operator: 'eq', value: ledger });
      expect(body.filters[1]).toMatchObject({ field: 'created_at', operator: 'lt' });
      const seenIds = body.filters.slice(2);
      expect(seenIds.length).toBeGreaterThan(0);
      for (const c of seenIds) expect(c).toMatchObject({ field: 'balance_id', operator: 'ne' });
    }
  });

  it('asks Blnk for a count only when totalCount is selected', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Page, { ledger, after: null, count: true });
    expect(res.data?.balances?.totalCount).toBe(250);
    expect(JSON.parse(h.sandbox.requests[0]!.body).include_count).toBe(true);
  });
});

const Small = graphql(`
  query Small($ledger: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    ledger(id: $ledger) {
      name
      balances(first: $first, after: $after, last: $last, before: $before, orderBy: CREATED_AT_ASC) {
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

describe('Relay arguments', () => {
  it('knows the last page exactly below 100 rows a page, and goes back with last/before', async () => {
    const first = await h.run(Small, { ledger, first: 7 });
    const page1 = first.data!.ledger!.balances!;
    expect(page1.edges.map((e) => e.node.id)).toEqual(balances.slice(0, 7));
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // 7 + 1 rows asked for: the extra one tells whether a next page exists.
    expect(JSON.parse(h.sandbox.requests.at(-1)!.body)).toMatchObject({ limit: 8, offset: 0, sort_order: 'asc' });

    const tail = await h.run(Small, { ledger, first: 10, after: page1.edges[6]!.cursor });
    expect(tail.data!.ledger!.balances!.edges.map((e) => e.node.id)).toEqual(balances.slice(7, 17));

    const back = await h.run(Small, { ledger, last: 3, before: tail.data!.ledger!.balances!.pageInfo.startCursor });
    const prev = back.data!.ledger!.balances!;
    expect(prev.edges.map((e) => e.node.id)).toEqual(balances.slice(4, 7));
    expect(prev.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const end = await h.run(Small, { ledger, last: 4 });
    expect(end.data!.ledger!.balances!.edges.map((e) => e.node.id)).toEqual(balances.slice(246, 250));
    expect(end.data!.ledger!.balances!.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses more than 100 a page, first with last, and a forged cursor, before any request', async () => {
    h.sandbox.resetRequests();
    const tooMany = await h.run(Small, { ledger, first: 101 });
    const both = await h.run(Small, { ledger, first: 1, last: 1 });
    const forged = await h.run(Small, { ledger, first: 1, after: 'bm90LWEtY3Vyc29y' });
    for (const res of [tooMany, both, forged]) {
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['ledger', 'balances'], 'BAD_USER_INPUT']]);
    }
    expect(h.upstream().every((c) => c.route === '/ledgers/filter')).toBe(true);
  });
});

const Filtered = graphql(`
  query Filtered {
    balances(filter: { currency: { eq: "USD" }, balance: { gt: "0" } }) {
      edges {
        node {
          id
          balance
        }
      }
    }
  }
`);

const MetaFiltered = graphql(`
  query MetaFiltered($ledger: ID!, $key: String!) {
    balances(filter: { ledgerId: { eq: $ledger }, metaData: [{ key: $key, eq: "x" }] }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('typed filters (issue acceptance 7)', () => {
  it('sends one filter request with the operators asked for', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Filtered);
    expect(res.errors).toBeUndefined();
    expect(res.data?.balances?.edges.map((e) => [e.node.id, e.node.balance])).toEqual([
      [balances[3], '300'],
      [balances[2], '200'],
      [balances[1], '100'],
    ]);
    expect(h.upstream()).toHaveLength(1);
    const filters = JSON.parse(h.sandbox.requests[0]!.body).filters;
    expect(filters).toHaveLength(2);
    expect(filters).toEqual(
      expect.arrayContaining([
        { field: 'currency', operator: 'eq', value: 'USD' },
        // Amounts go as strings, which Postgres compares exactly (a JSON number passes through float64).
        { field: 'balance', operator: 'gt', value: '0' },
      ]),
    );
  });

  it('refuses an unknown operator or field in validation, and a bad metadata key, without calling Blnk', async () => {
    h.sandbox.resetRequests();
    const res = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ balances(filter: { currency: { startsWith: "U" }, version: { eq: 1 } }) { edges { cursor } } }' }),
    });
    const body = await res.json();
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    const badKey = await h.run(MetaFiltered, { ledger, key: 'a.b' });
    expect(badKey.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(h.sandbox.requests).toHaveLength(0);
  });
});

const Owned = graphql(`
  query Owned($id: ID!) {
    identity(id: $id) {
      firstName
      balances(first: 10) {
        totalCount
        edges {
          node {
            id
            identity {
              firstName
            }
            ledger {
              name
            }
          }
        }
      }
    }
  }
`);

describe('nested connections', () => {
  it("pages an identity's balances and resolves their owners and ledgers from loaders", async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Owned, { id: ann });
    expect(res.errors).toBeUndefined();
    const conn = res.data!.identity!.balances!;
    expect(conn.totalCount).toBe(3);
    expect(conn.edges.map((e) => e.node.id)).toEqual([balances[2], balances[1], balances[0]]);
    for (const e of conn.edges) expect(e.node).toMatchObject({ identity: { firstName: 'Ann' }, ledger: { name: 'Big' } });
    // identity, its page of balances, then one ledger batch; the owner is the identity already loaded.
    expect(h.upstream().map((c) => c.route)).toEqual(['/identities/filter', '/balances/filter', '/ledgers/filter']);
  });
});
