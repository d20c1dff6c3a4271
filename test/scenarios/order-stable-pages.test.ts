import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 20, items 6 and 7, one definition on the sandbox and on real Blnk Core v0.15.2.
 *
 * Data (amounts in cents, USD, precision 100), in ledger L:
 *   a funded 300, b funded 100, c funded 500 (each @World → it, applied at once), d paid 50 to
 *   @World with overdraft; so balance c 500 > a 300 > b 100 > d −50.
 * Ledger S holds one balance p, receiving the history the stable-paging test walks.
 */

let h: ScenarioHarness;
const tag = `os${Date.now().toString(36)}`;
const id: Record<string, string> = {};

const OsLedger = graphql(`
  mutation OsLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      __typename
      ... on Ledger {
        id
      }
    }
  }
`);
const OsBalance = graphql(`
  mutation OsBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
      }
    }
  }
`);
const OsPay = graphql(`
  mutation OsPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const OsBalances = graphql(`
  query OsBalances($filter: BalanceFilter, $first: Int, $after: String, $order: BalanceOrder, $orderBy: OrderBy) {
    balances(filter: $filter, first: $first, after: $after, order: $order, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          balance
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const OsTransactions = graphql(`
  query OsTransactions($filter: TransactionFilter, $first: Int, $after: String, $order: TransactionOrder) {
    transactions(filter: $filter, first: $first, after: $after, order: $order) {
      totalCount
      edges {
        cursor
        node {
          id
          reference
          preciseAmount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const OsNested = graphql(`
  query OsNested($id: ID!, $filter: BalanceFilter) {
    ledger(id: $id) {
      balances(filter: $filter) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const OsMonitor = graphql(`
  mutation OsMonitor($input: CreateBalanceMonitorInput!) {
    createBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
        id
      }
    }
  }
`);
const OsMonitors = graphql(`
  query OsMonitors($id: ID!, $order: BalanceMonitorOrder) {
    balance(id: $id) {
      monitors(order: $order) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const OsLedgers = graphql(`
  query OsLedgers($filter: LedgerFilter, $order: LedgerOrder) {
    ledgers(filter: $filter, order: $order) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const OsIdentity = graphql(`
  mutation OsIdentity($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
      }
    }
  }
`);
const OsIdentities = graphql(`
  query OsIdentities($filter: IdentityFilter, $order: IdentityOrder) {
    identities(filter: $filter, order: $order) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const OsRef = graphql(`
  query OsRef($reference: String!) {
    transactionByReference(reference: $reference) {
      id
      status
    }
  }
`);

const must = <T extends { __typename: string }>(v: T | null | undefined): T & { id: string } => {
  expect(v && 'id' in v, JSON.stringify(v)).toBe(true);
  return v as T & { id: string };
};
let paid = 0;
async function pay(input: Record<string, unknown>): Promise<{ id: string; reference: string }> {
  const reference = `${tag}-${++paid}`;
  const res = await h.run(OsPay, {
    input: { precision: '100', currency: 'USD', skipQueue: true, allowOverdraft: true, description: 'os', reference, ...input } as any,
  });
  expect(res.data?.recordTransaction?.__typename, JSON.stringify(res)).toBe('Transaction');
  return { id: must(res.data?.recordTransaction).id, reference };
}
/** A queued transfer and its outcome (`_q`, written later with the parent's createdAt), both read back. */
async function payQueued(input: Record<string, unknown>): Promise<string[]> {
  const parent = await pay({ ...input, skipQueue: false });
  const applied = await until(
    'queued transfer applied',
    () => h.run(OsRef, { reference: `${parent.reference}_q` }),
    (r) => r.data?.transactionByReference?.status === 'APPLIED',
    15_000,
  );
  return [parent.id, applied.data!.transactionByReference!.id];
}

beforeAll(async () => {
  h = await startScenario();
  id.L = must((await h.run(OsLedger, { input: { name: `${tag}-L` } })).data?.createLedger).id;
  id.S = must((await h.run(OsLedger, { input: { name: `${tag}-S` } })).data?.createLedger).id;
  for (const name of ['a', 'b', 'c', 'd']) {
    id[name] = must((await h.run(OsBalance, { input: { ledgerId: id.L!, currency: 'USD' } })).data?.createBalance).id;
  }
  id.p = must((await h.run(OsBalance, { input: { ledgerId: id.S!, currency: 'USD' } })).data?.createBalance).id;
  await pay({ source: '@World', destination: id.a, preciseAmount: '300' });
  await pay({ source: '@World', destination: id.b, preciseAmount: '100' });
  await pay({ source: '@World', destination: id.c, preciseAmount: '500' });
  await pay({ source: id.d, destination: '@World', preciseAmount: '50' });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

import type { OsTransactionsQueryVariables } from '../gql/graphql.js';
const walk = (variables: OsTransactionsQueryVariables) => h.run(OsTransactions, variables);
const ids = (edges: { node: { id: string } }[] | null | undefined) => (edges ?? []).map((e) => e.node.id);

describe('order: one query for "largest balances first"', () => {
  it('orders by BALANCE, descending by default and ascending when asked', async () => {
    const desc = await h.run(OsBalances, { filter: { ledgerId: { eq: id.L } }, order: { field: 'BALANCE' } });
    expect(desc.errors).toBeUndefined();
    expect(ids(desc.data?.balances?.edges)).toEqual([id.c, id.a, id.b, id.d]);
    expect(desc.data?.balances?.edges.map((e) => e.node.balance)).toEqual(['500', '300', '100', '-50']);
    const asc = await h.run(OsBalances, { filter: { ledgerId: { eq: id.L } }, order: { field: 'BALANCE', direction: 'ASC' } });
    expect(ids(asc.data?.balances?.edges)).toEqual([id.d, id.b, id.a, id.c]);
  });

  it('pages a BALANCE order by offset: two pages of two make the whole order', async () => {
    const one = await h.run(OsBalances, { filter: { ledgerId: { eq: id.L } }, order: { field: 'BALANCE' }, first: 2 });
    const two = await h.run(OsBalances, {
      filter: { ledgerId: { eq: id.L } },
      order: { field: 'BALANCE' },
      first: 2,
      after: one.data?.balances?.pageInfo.endCursor,
    });
    expect([...ids(one.data?.balances?.edges), ...ids(two.data?.balances?.edges)]).toEqual([id.c, id.a, id.b, id.d]);
    expect(two.data?.balances?.pageInfo.hasNextPage).toBe(false);
  });

  it('orders transactions by AMOUNT', async () => {
    const res = await h.run(OsTransactions, {
      filter: { balanceId: { in: [id.a!, id.b!, id.c!, id.d!] } },
      order: { field: 'AMOUNT', direction: 'ASC' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.transactions?.edges.map((e) => e.node.preciseAmount)).toEqual(['50', '100', '300', '500']);
  });

  it("orders a balance's monitors by CREATED_AT, oldest first when asked", async () => {
    const made: string[] = [];
    for (const value of ['1', '2']) {
      const res = await h.run(OsMonitor, {
        input: { balanceId: id.b!, condition: { field: 'BALANCE', operator: 'GT', value, precision: '100' } },
      });
      made.push(must(res.data?.createBalanceMonitor).id);
    }
    const asc = await h.run(OsMonitors, { id: id.b!, order: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(asc.errors).toBeUndefined();
    const oldestFirst = ids(asc.data?.balance?.monitors?.edges);
    expect([...oldestFirst].sort()).toEqual([...made].sort());
    // Created one after the other: the first created comes first, unless both share a millisecond (then by id).
    const desc = await h.run(OsMonitors, { id: id.b!, order: { field: 'CREATED_AT' } });
    expect(ids(desc.data?.balance?.monitors?.edges)).toEqual([...oldestFirst].reverse());
  });

  it('orders ledgers by NAME and identities by LAST_NAME, each over an or list', async () => {
    const both = { or: [{ id: { eq: id.S! } }, { id: { eq: id.L! } }] };
    // Named `${tag}-L` and `${tag}-S`: L before S.
    const asc = await h.run(OsLedgers, { filter: both, order: { field: 'NAME', direction: 'ASC' } });
    expect(asc.errors).toBeUndefined();
    expect(ids(asc.data?.ledgers?.edges)).toEqual([id.L!, id.S!]);
    const desc = await h.run(OsLedgers, { filter: both, order: { field: 'NAME' } });
    expect(ids(desc.data?.ledgers?.edges)).toEqual([id.S!, id.L!]);
    // Created Zed first, then Abe: newest first is Abe, Zed; by last name ascending, Abe, Zed too; descending, Zed, Abe.
    const zed = must((await h.run(OsIdentity, { input: { lastName: 'Zed', identityType: 'individual' } })).data?.createIdentity).id;
    const abe = must((await h.run(OsIdentity, { input: { lastName: 'Abe', identityType: 'individual' } })).data?.createIdentity).id;
    const pair = { or: [{ id: { eq: zed } }, { id: { eq: abe } }] };
    const byName = await h.run(OsIdentities, { filter: pair, order: { field: 'LAST_NAME' } });
    expect(byName.errors).toBeUndefined();
    expect(ids(byName.data?.identities?.edges)).toEqual([zed, abe]);
    const oldest = await h.run(OsIdentities, { filter: pair, order: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(ids(oldest.data?.identities?.edges)).toEqual([zed, abe]);
    const byNameAsc = await h.run(OsIdentities, { filter: pair, order: { field: 'LAST_NAME', direction: 'ASC' } });
    expect(ids(byNameAsc.data?.identities?.edges)).toEqual([abe, zed]);
  });

  it('refuses order and the deprecated orderBy together', async () => {
    const res = await h.run(OsBalances, { order: { field: 'BALANCE' }, orderBy: 'CREATED_AT_ASC' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/order or orderBy, not both/);
  });

  it('Blnk sorts on balance when asked, and silently on created_at for a field it does not know', async () => {
    const raw = async (sortBy: string) => {
      const res = await fetch(`${h.target.url}/balances/filter`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(h.target.apiKey ? { 'x-blnk-key': h.target.apiKey } : {}) },
        body: JSON.stringify({
          filters: [{ field: 'ledger_id', operator: 'eq', value: id.L }],
          sort_by: sortBy,
          sort_order: 'desc',
        }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { balance_id: string }[] | { data: { balance_id: string }[] };
      return (Array.isArray(body) ? body : body.data).map((b) => b.balance_id);
    };
    expect(await raw('balance')).toEqual([id.c!, id.a!, id.b!, id.d!]);
    // Created a, b, c, d in this order: newest first.
    expect(await raw('no_such_column')).toEqual([id.d!, id.c!, id.b!, id.a!]);
  });
});

describe('or: any one of a list of conditions', () => {
  it('lists the rows any one condition matches', async () => {
    const res = await h.run(OsBalances, { filter: { or: [{ id: { eq: id.a } }, { id: { eq: id.d } }] } });
    expect(res.errors).toBeUndefined();
    expect(ids(res.data?.balances?.edges).sort()).toEqual([id.a, id.d].sort());
  });

  it('combines with order: the largest of c, b and d first', async () => {
    const res = await h.run(OsBalances, {
      filter: { or: [{ id: { eq: id.b } }, { id: { eq: id.c } }, { balance: { lt: '0' } }] },
      order: { field: 'BALANCE' },
    });
    expect(res.errors).toBeUndefined();
    const listed = ids(res.data?.balances?.edges);
    // d is the only negative balance of the two ledgers; @World may be negative too, in Blnk's general ledger.
    expect(listed.filter((x) => [id.b, id.c, id.d].includes(x))).toEqual([id.c!, id.b!, id.d!]);
  });

  it('pages an or list by offset: after a cursor, the rest of the list once', async () => {
    const filter = { or: [{ id: { eq: id.a } }, { id: { eq: id.b } }, { id: { eq: id.c } }] };
    const one = await h.run(OsBalances, { filter, first: 2 });
    const cursor = one.data?.balances?.pageInfo.endCursor;
    expect(Buffer.from(cursor!, 'base64url').toString()).toMatch(/^blnk:\d+$/);
    const two = await h.run(OsBalances, { filter, first: 2, after: cursor });
    expect(two.errors).toBeUndefined();
    const all = [...ids(one.data?.balances?.edges), ...ids(two.data?.balances?.edges)];
    expect(all.sort()).toEqual([id.a, id.b, id.c].sort());
    expect(two.data?.balances?.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses or beside other fields, an entry of two conditions, and where the gateway adds its own condition', async () => {
    const mixed = await h.run(OsBalances, { filter: { currency: { eq: 'USD' }, or: [{ id: { eq: id.a } }] } });
    expect(mixed.errors?.[0]?.message).toMatch(/or cannot be combined with other fields/);
    const two = await h.run(OsBalances, { filter: { or: [{ id: { eq: id.a }, currency: { eq: 'USD' } }] } });
    expect(two.errors?.[0]?.message).toMatch(/one field with one operator/);
    const nested = await h.run(OsNested, { id: id.L!, filter: { or: [{ id: { eq: id.a } }] } });
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.message).toMatch(/or cannot be used on a nested list/);
  });
});

describe('stable history pages: createdAt order walked while money moves', () => {
  it('yields every row that existed when the walk began exactly once, with inserts (queued transfers too) between pages', async () => {
    const originals: string[] = [];
    for (let i = 0; i < 4; i++) originals.push((await pay({ source: '@World', destination: id.p, preciseAmount: String(10 + i) })).id);
    for (let i = 0; i < 2; i++)
      originals.push(...(await payQueued({ source: '@World', destination: id.p, preciseAmount: String(20 + i) })));
    expect(new Set(originals).size).toBe(8);

    const filter = { balanceId: { eq: id.p } };
    const walked: string[] = [];
    let after: string | null | undefined = null;
    let inserted = 0;
    for (let page = 0; page < 20; page++) {
      const res: Awaited<ReturnType<typeof walk>> = await walk({ filter, first: 3, ...(after ? { after } : {}) });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const conn = res.data!.transactions!;
      walked.push(...ids(conn.edges));
      // The whole list's count, not the rest after the cursor.
      expect(conn.totalCount).toBeGreaterThanOrEqual(8 + inserted);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
      // Money moves between two pages: a newer applied transfer and a queued one with its outcome.
      await pay({ source: '@World', destination: id.p, preciseAmount: '1' });
      await payQueued({ source: '@World', destination: id.p, preciseAmount: '2' });
      inserted += 3;
    }
    expect(inserted).toBeGreaterThan(0);
    for (const original of originals)
      expect(
        walked.filter((x) => x === original),
        original,
      ).toHaveLength(1);
    expect(new Set(walked).size).toBe(walked.length);
  }, 120_000);

  it('walks oldest first the same way, new rows coming after the originals', async () => {
    const filter = { balanceId: { eq: id.p } };
    const before = await h.run(OsTransactions, { filter, first: 100 });
    const existing = ids(before.data?.transactions?.edges);
    const walked: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 60; page++) {
      const res: Awaited<ReturnType<typeof walk>> = await walk({
        filter,
        first: 4,
        order: { field: 'CREATED_AT', direction: 'ASC' },
        ...(after ? { after } : {}),
      });
      expect(res.errors).toBeUndefined();
      walked.push(...ids(res.data?.transactions?.edges));
      if (!res.data?.transactions?.pageInfo.hasNextPage) break;
      after = res.data.transactions.pageInfo.endCursor;
      if (page < 2) await pay({ source: '@World', destination: id.p, preciseAmount: '3' });
    }
    for (const row of existing)
      expect(
        walked.filter((x) => x === row),
        row,
      ).toHaveLength(1);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.length).toBe(existing.length + 2);
  }, 120_000);
});
