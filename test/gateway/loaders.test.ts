import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { client } from '../helpers/http.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

let h: Harness;
let ledgers: string[];
let identities: string[];
let wallets: string[];
let txns: string[];

beforeAll(async () => {
  h = await startHarness();
  const f = fixtures(h.sandbox);
  ledgers = [await f.ledger('One'), await f.ledger('Two')];
  identities = [await f.identity('Ann'), await f.identity('Bob')];
  wallets = [await f.balance(ledgers[0]!, 'USD', identities[0]), await f.balance(ledgers[1]!, 'USD', identities[1])];
  txns = [];
  for (let i = 0; i < 6; i += 1) {
    txns.push((await f.transfer('@World', wallets[i % 2]!, BigInt(100 + i))).transaction_id);
  }
});
afterAll(() => h.close());

const Many = graphql(`
  query Many($l1: ID!, $l2: ID!, $i1: ID!, $i2: ID!, $t1: ID!, $t2: ID!) {
    l1: ledger(id: $l1) {
      name
    }
    l2: ledger(id: $l2) {
      name
    }
    again: ledger(id: $l1) {
      id
    }
    i1: identity(id: $i1) {
      firstName
    }
    i2: identity(id: $i2) {
      firstName
    }
    t1: transaction(id: $t1) {
      preciseAmount
    }
    t2: transaction(id: $t2) {
      preciseAmount
    }
  }
`);

const Transfers = graphql(`
  query Transfers($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Transaction {
        preciseAmount
        sourceBalance {
          indicator
        }
        destinationBalance {
          id
          ledger {
            name
          }
          identity {
            firstName
          }
        }
      }
    }
  }
`);

const FullBalances = graphql(`
  query FullBalances($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Balance {
        version
        allocationStrategy
      }
    }
  }
`);

describe('per-request loaders (one upstream call per resource, the N+1 guard)', () => {
  it('batches ledgers, identities and transactions asked for separately, each in one request', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Many, {
      l1: ledgers[0]!,
      l2: ledgers[1]!,
      i1: identities[0]!,
      i2: identities[1]!,
      t1: txns[0]!,
      t2: txns[1]!,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      l1: { name: 'One' },
      l2: { name: 'Two' },
      again: { id: ledgers[0] },
      i1: { firstName: 'Ann' },
      i2: { firstName: 'Bob' },
      t1: { preciseAmount: '100' },
      t2: { preciseAmount: '101' },
    });
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/identities/filter', '/ledgers/filter', '/transactions/filter']);
  });

  it('resolves the balances of 6 transactions, with their ledgers and owners, in 4 requests', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(Transfers, { ids: txns });
    expect(res.errors).toBeUndefined();
    res.data?.nodes.forEach((node, i) => {
      expect(node).toEqual({
        preciseAmount: String(100 + i),
        sourceBalance: { indicator: '@World' },
        destinationBalance: {
          id: wallets[i % 2],
          ledger: { name: i % 2 === 0 ? 'One' : 'Two' },
          identity: { firstName: i % 2 === 0 ? 'Ann' : 'Bob' },
        },
      });
    });
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/balances/filter', '/identities/filter', '/ledgers/filter', '/transactions/filter']);
  });

  it('fetches full balances once per distinct id', async () => {
    h.sandbox.resetRequests();
    // nodes refuses a repeated id (node.ts), so the loader's dedupe is not reached through it here.
    const res = await h.run(FullBalances, { ids: [wallets[0]!, wallets[1]!] });
    expect(res.errors).toBeUndefined();
    // Blnk v0.15.2 reads version 1 right after creation, then one more per transfer (3 each here).
    expect(res.data?.nodes.map((n) => n && 'version' in n && n.version)).toEqual([4, 4]);
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/:id', '/balances/:id']);
  });
});

const MonitorsOfBalances = graphql(`
  query MonitorsOfBalances($ids: [ID!]!, $again: ID!) {
    nodes(ids: $ids) {
      ... on Balance {
        monitors(first: 10) {
          edges {
            node {
              id
              condition {
                precision
                preciseValue
              }
            }
          }
        }
      }
    }
    again: balance(id: $again) {
      monitors(first: 10) {
        totalCount
      }
    }
  }
`);

const OwnersOfOneBalance = graphql(`
  query OwnersOfOneBalance($id: ID!) {
    balance(id: $id) {
      ledger {
        name
        metaData
      }
      identity {
        firstName
        identityType
      }
    }
  }
`);

const IncludedThenWhole = graphql(`
  query IncludedThenWhole($id: ID!, $ledger: ID!, $identity: ID!) {
    balance(id: $id) {
      ledger {
        name
      }
      identity {
        firstName
      }
    }
    ledger(id: $ledger) {
      metaData
    }
    identity(id: $identity) {
      identityType
    }
  }
`);

describe('loaders: monitors of balances, and owners include rows cannot answer', () => {
  it('does not take include rows for the ledger and identity asked for whole elsewhere in the query', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(IncludedThenWhole, { id: wallets[0]!, ledger: ledgers[0]!, identity: identities[0]! });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toEqual({ ledger: { name: 'One' }, identity: { firstName: 'Ann' } });
    // One include request for the balance's names; the ledger and identity by their own loaders.
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/balances/:id', '/identities/filter', '/ledgers/filter']);
  });

  it("reads each distinct balance's monitors once, through the per-balance route, with nothing read again", async () => {
    const raw = client(h.sandbox.url);
    for (const [balance, value] of [
      [wallets[0]!, 10],
      [wallets[0]!, 20],
      [wallets[1]!, 30],
    ] as const) {
      const made = await raw('POST', '/balance-monitors', {
        body: { balance_id: balance, condition: { field: 'balance', operator: '>', value, precision: 100 } },
      });
      expect(made.status).toBe(201);
    }
    h.sandbox.resetRequests();
    // wallets[0] is asked for twice (nodes and `again`; nodes itself refuses a repeated id).
    const res = await h.run(MonitorsOfBalances, { ids: [wallets[0]!, wallets[1]!], again: wallets[0]! });
    expect(res.errors).toBeUndefined();
    const thresholds = res.data?.nodes.map((n) =>
      n && 'monitors' in n ? n.monitors!.edges.map((e) => e.node.condition.preciseValue).sort() : null,
    );
    expect(thresholds).toEqual([['1000', '2000'], ['3000']]);
    expect(res.data?.again?.monitors?.totalCount).toBe(2);
    // 1 filter for the balances, 1 per-balance list for each of the 2 distinct balances.
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/balance-monitors/balances/:balance_id', '/balance-monitors/balances/:balance_id', '/balances/filter']);
  });

  it("takes a balance's ledger and identity from their loaders when the selection needs what include rows lack", async () => {
    h.sandbox.resetRequests();
    const res = await h.run(OwnersOfOneBalance, { id: wallets[0]! });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toMatchObject({ ledger: { name: 'One' }, identity: { firstName: 'Ann' } });
    // No include (it would carry neither the ledger's metaData nor identityType): the row and one batch each.
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/balances/filter', '/identities/filter', '/ledgers/filter']);
  });
});

const NotAnns = graphql(`
  query NotAnns($filter: BalanceFilter) {
    balances(filter: $filter, first: 10) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('ne on a column Blnk holds as NULL', () => {
  it("costs one lookup of the value's balances, then excludes them by id; without ne, nothing more", async () => {
    h.sandbox.resetRequests();
    const res = await h.run(NotAnns, { filter: { ledgerId: { in: ledgers }, identityId: { ne: identities[0]! } } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balances?.edges.map((e) => e.node.id)).toEqual([wallets[1]]);
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/filter', '/balances/filter']);
    const page = JSON.parse(h.sandbox.requests[1]!.body) as { filters: unknown[] };
    expect(page.filters).toContainEqual({ field: 'balance_id', operator: 'ne', value: wallets[0] });

    h.sandbox.resetRequests();
    await h.run(NotAnns, { filter: { ledgerId: { in: ledgers }, identityId: { eq: identities[0]! } } });
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/filter']);
  });
});

const History = graphql(`
  query History($id: ID!, $at: DateTime!) {
    balance(id: $id) {
      balance
      at(timestamp: $at) {
        balance
        creditBalance
        debitBalance
        currency
      }
    }
  }
`);

describe('Balance.at', () => {
  it('answers the historical balance from /balances/:id/at', async () => {
    const before = await h.run(History, { id: wallets[0]!, at: '2000-01-01T00:00:00Z' });
    expect(before.errors).toBeUndefined();
    expect(before.data?.balance?.at).toEqual({ balance: '0', creditBalance: '0', debitBalance: '0', currency: 'USD' });
    const now = await h.run(History, { id: wallets[0]!, at: new Date(Date.now() + 60_000).toISOString() });
    // wallets[0] received transfers 0, 2 and 4: 100 + 102 + 104.
    expect(now.data?.balance).toEqual({
      balance: '306',
      at: { balance: '306', creditBalance: '306', debitBalance: '0', currency: 'USD' },
    });
  });
});
