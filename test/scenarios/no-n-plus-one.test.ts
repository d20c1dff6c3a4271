import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from '../contract/target.js';
import type { Target } from '../contract/target.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import { startHoldingProxy } from '../helpers/holding-proxy.js';
import type { HoldingProxy } from '../helpers/holding-proxy.js';
import { graphql } from '../gql/index.js';

/**
 * Issue 20 item 8 on both targets (the sandbox in `npm test`, real Blnk Core v0.15.2 in
 * `npm run test:blnk`): no N+1 left. Every call the gateway sends passes a counting proxy, whose
 * log is the count; each expected count is worked out by hand from the fixture below: 3 ledgers
 * (the first with 4 balances, the second with 2, the third with none), 2 identities (owning 3 and
 * 1 of those balances) and 3 monitors on 2 balances.
 */

const NnFullRows = graphql(`
  query NnFullRows($ledgerId: ID!) {
    balances(first: 10, filter: { ledgerId: { eq: $ledgerId } }) {
      edges {
        node {
          id
          version
          allocationStrategy
          queuedDebitBalance
          available
        }
      }
    }
  }
`);

const NnVersionRows = graphql(`
  query NnVersionRows($ledgerId: ID!) {
    balances(first: 10, filter: { ledgerId: { eq: $ledgerId } }) {
      edges {
        node {
          id
          version
        }
      }
    }
  }
`);

const NnReducedRows = graphql(`
  query NnReducedRows($ledgerId: ID!) {
    balances(first: 10, filter: { ledgerId: { eq: $ledgerId } }) {
      edges {
        node {
          id
          balance
          currency
        }
      }
    }
  }
`);

const NnLedgersBalances = graphql(`
  query NnLedgersBalances($ids: [ID!]!, $first: Int!) {
    ledgers(filter: { id: { in: $ids } }) {
      edges {
        node {
          id
          balances(first: $first) {
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                id
                ledgerId
              }
            }
          }
        }
      }
    }
  }
`);

const NnIdentitiesBalances = graphql(`
  query NnIdentitiesBalances($ids: [ID!]!) {
    identities(filter: { id: { in: $ids } }) {
      edges {
        node {
          id
          balances(first: 5) {
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                id
                identityId
              }
            }
          }
        }
      }
    }
  }
`);

const NnBalancesTransactions = graphql(`
  query NnBalancesTransactions($ledgerId: ID!) {
    balances(first: 50, filter: { ledgerId: { eq: $ledgerId } }) {
      edges {
        node {
          id
          transactions(first: 2) {
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const NnSomeBalancesTransactions = graphql(`
  query NnSomeBalancesTransactions($ids: [ID!]!) {
    balances(first: 50, filter: { id: { in: $ids } }) {
      edges {
        node {
          id
          transactions(first: 2) {
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const NnOneBalanceTransactions = graphql(`
  query NnOneBalanceTransactions($id: ID!) {
    balance(id: $id) {
      id
      transactions(first: 2) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

const NnMonitorPrecision = graphql(`
  query NnMonitorPrecision {
    balanceMonitors(first: 50) {
      edges {
        node {
          id
          balanceId
          condition {
            precision
            preciseValue
          }
        }
      }
    }
  }
`);

const NnMonitorOperators = graphql(`
  query NnMonitorOperators {
    balanceMonitors(first: 50) {
      edges {
        node {
          id
          condition {
            field
            operator
            value
          }
        }
      }
    }
  }
`);

const NnBalanceMonitors = graphql(`
  query NnBalanceMonitors($ledgerId: ID!) {
    balances(first: 10, filter: { ledgerId: { eq: $ledgerId } }) {
      edges {
        node {
          id
          monitors(first: 10) {
            edges {
              node {
                id
                condition {
                  precision
                }
              }
            }
          }
        }
      }
    }
  }
`);

const NnByIndicator = graphql(`
  query NnByIndicator($currency: String!) {
    balanceByIndicator(indicator: "@NnWorld", currency: $currency) {
      id
      indicator
      balance
      version
      metaData
    }
  }
`);

const NnByIndicatorMeta = graphql(`
  query NnByIndicatorMeta($currency: String!) {
    balanceByIndicator(indicator: "@NnWorld", currency: $currency) {
      id
      balance
      metaData
    }
  }
`);

const NnByIndicatorVersion = graphql(`
  query NnByIndicatorVersion($currency: String!) {
    balanceByIndicator(indicator: "@NnWorld", currency: $currency) {
      id
      version
      allocationStrategy
    }
  }
`);

const NnByIndicatorQueued = graphql(`
  query NnByIndicatorQueued($currency: String!) {
    balanceByIndicator(indicator: "@NnWorld", currency: $currency) {
      id
      version
      available
      queuedCreditBalance
      metaData
      ledger {
        name
      }
    }
  }
`);

const NnCreateBalance = graphql(`
  mutation NnCreateBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      ... on Balance {
        id
        ledgerId
        currency
        balance
        version
        available
        allocationStrategy
        metaData
        createdAt
        ledger {
          name
        }
        identity {
          firstName
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

let target: Target;
let proxy: HoldingProxy;
let gateway: ReturnType<typeof gatewayOver>;
let run: ReturnType<typeof runOn>;
const ledgers: string[] = [];
const identities: string[] = [];
const balancesOf = new Map<string, string[]>();
const currency = 'NNP';

async function created(path: string, body: Record<string, unknown>, id: string): Promise<string> {
  const res = await target.call('POST', path, { body });
  expect(
    res.status,
    JSON.stringify(res.json, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
  ).toBe(201);
  return res.json[id] as string;
}

beforeAll(async () => {
  target = await startTarget();
  for (let i = 0; i < 3; i++) ledgers.push(await created('/ledgers', { name: `nn-${i}-${Date.now()}` }, 'ledger_id'));
  for (let i = 0; i < 2; i++) {
    identities.push(await created('/identities', { identity_type: 'individual', first_name: `Nn${i}`, last_name: 'Row' }, 'identity_id'));
  }
  // Ledger 0: balances owned by identity 0, 0, 0, 1; ledger 1: two without identity.
  const owners: [number, number | null][] = [
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 1],
    [1, null],
    [1, null],
  ];
  for (const [ledger, owner] of owners) {
    const body = { ledger_id: ledgers[ledger], currency, ...(owner === null ? {} : { identity_id: identities[owner] }) };
    const id = await created('/balances', body, 'balance_id');
    balancesOf.set(ledgers[ledger]!, [...(balancesOf.get(ledgers[ledger]!) ?? []), id]);
  }
  const [b0, b1] = balancesOf.get(ledgers[0]!)!;
  for (const [balance, value] of [
    [b0, 10],
    [b0, 20],
    [b1, 30],
  ] as const) {
    await created(
      '/balance-monitors',
      { balance_id: balance, condition: { field: 'debit_balance', operator: '>', value, precision: 100 } },
      'monitor_id',
    );
  }
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

/** Waits, by bounded polling, until the clock is 2 ms past now: what follows is in a later millisecond. */
async function laterMillisecond(): Promise<void> {
  const until = Date.now() + 2;
  for (let i = 0; i < 100_000 && Date.now() < until; i++) await new Promise((r) => setImmediate(r));
}

/** What the gateway sent while `work` ran, as `METHOD path` lines. */
async function sentDuring(work: () => Promise<unknown>): Promise<string[]> {
  const before = proxy.log.length;
  await work();
  return proxy.log.slice(before).map((r) => `${r.method} ${r.path}`);
}

describe('a balance list selecting fields only the full row holds', () => {
  it('costs the filter and one GET per row with with_queued, not two: 4 rows are 5 calls', async () => {
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnFullRows, { ledgerId: ledgers[0]! });
    });
    expect(res?.errors).toBeUndefined();
    const rows = (res!.data as { balances: { edges: { node: { version: number; queuedDebitBalance: string; available: string } }[] } })
      .balances.edges;
    expect(rows).toHaveLength(4);
    expect(rows.every((e) => e.node.queuedDebitBalance === '0' && e.node.available === '0')).toBe(true);
    expect(sent).toHaveLength(1 + 4);
    expect(sent.filter((s) => s === 'POST /balances/filter')).toHaveLength(1);
    expect(new Set(sent.filter((s) => s.startsWith('GET /balances/')))).toEqual(
      new Set(balancesOf.get(ledgers[0]!)!.map((id) => `GET /balances/${id}`)),
    );
  });

  it('version alone is the filter and one GET per row', async () => {
    const sent = await sentDuring(() => run(NnVersionRows, { ledgerId: ledgers[0]! }));
    expect(sent).toHaveLength(1 + 4);
  });

  it('a selection the filter rows hold costs the filter alone', async () => {
    const sent = await sentDuring(() => run(NnReducedRows, { ledgerId: ledgers[0]! }));
    expect(sent).toEqual(['POST /balances/filter']);
  });
});

describe("parents' first pages of balances, batched", () => {
  it('three ledgers with their balances: the ledgers filter and one balances filter, each ledger its own rows', async () => {
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnLedgersBalances, { ids: ledgers, first: 3 });
    });
    expect(res?.errors).toBeUndefined();
    const byLedger = new Map(
      (
        res!.data as {
          ledgers: {
            edges: { node: { id: string; balances: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] } } }[];
          };
        }
      ).ledgers.edges.map((e) => [e.node.id, e.node.balances]),
    );
    // Newest first: ledger 0's last three balances, with a next page; ledger 1's two; none for ledger 2.
    expect(byLedger.get(ledgers[0]!)?.edges.map((e) => e.node.id)).toEqual(balancesOf.get(ledgers[0]!)!.slice(1).reverse());
    expect(byLedger.get(ledgers[0]!)?.pageInfo.hasNextPage).toBe(true);
    expect(byLedger.get(ledgers[1]!)?.edges.map((e) => e.node.id)).toEqual([...balancesOf.get(ledgers[1]!)!].reverse());
    expect(byLedger.get(ledgers[1]!)?.pageInfo.hasNextPage).toBe(false);
    expect(byLedger.get(ledgers[2]!)?.edges).toEqual([]);
    expect(sent).toEqual(['POST /ledgers/filter', 'POST /balances/filter']);
  });

  it("a parent whose page the shared 100 rows do not hold is read on its own: two ledgers, the second's 101 balances newer", async () => {
    const older = await created('/ledgers', { name: `nn-older-${Date.now()}` }, 'ledger_id');
    const newer = await created('/ledgers', { name: `nn-newer-${Date.now()}` }, 'ledger_id');
    const olderRows: string[] = [];
    for (let i = 0; i < 2; i++) olderRows.push(await created('/balances', { ledger_id: older, currency }, 'balance_id'));
    const newerRows = new Set<string>();
    for (let i = 0; i < 101; i += 20) {
      const made = await Promise.all(
        Array.from({ length: Math.min(20, 101 - i) }, () => created('/balances', { ledger_id: newer, currency }, 'balance_id')),
      );
      for (const id of made) newerRows.add(id);
    }
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnLedgersBalances, { ids: [older, newer], first: 3 });
    });
    expect(res?.errors).toBeUndefined();
    const byLedger = new Map(
      (
        res!.data as {
          ledgers: {
            edges: { node: { id: string; balances: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] } } }[];
          };
        }
      ).ledgers.edges.map((e) => [e.node.id, e.node.balances]),
    );
    // The shared page holds 100 of the newer ledger's rows and none of the older's: the older is read alone.
    expect(byLedger.get(older)?.edges.map((e) => e.node.id)).toEqual([...olderRows].reverse());
    expect(byLedger.get(older)?.pageInfo.hasNextPage).toBe(false);
    const newerPage = byLedger.get(newer)!;
    expect(newerPage.edges).toHaveLength(3);
    expect(newerPage.edges.every((e) => newerRows.has(e.node.id))).toBe(true);
    expect(newerPage.pageInfo.hasNextPage).toBe(true);
    expect(sent).toEqual(['POST /ledgers/filter', 'POST /balances/filter', 'POST /balances/filter']);
  });

  it('two identities with their balances: the identities filter and one balances filter', async () => {
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnIdentitiesBalances, { ids: identities });
    });
    expect(res?.errors).toBeUndefined();
    const byIdentity = new Map(
      (
        res!.data as { identities: { edges: { node: { id: string; balances: { edges: { node: { id: string } }[] } } }[] } }
      ).identities.edges.map((e) => [e.node.id, e.node.balances.edges.map((b) => b.node.id)]),
    );
    const l0 = balancesOf.get(ledgers[0]!)!;
    expect(byIdentity.get(identities[0]!)).toEqual(l0.slice(0, 3).reverse());
    expect(byIdentity.get(identities[1]!)).toEqual([l0[3]]);
    expect(sent).toEqual(['POST /identities/filter', 'POST /balances/filter']);
  });
});

describe("balances' first pages of transactions, batched", () => {
  it('balances(first: 50) { transactions(first: 2) } on 4 balances: the balances filter and one transactions filter, each page as read alone', async () => {
    const [b0, b1, b2] = balancesOf.get(ledgers[0]!)!;
    // b0: three fundings and a transfer to b1; b1: that transfer and one funding; b2: one funding; b3: none.
    const transfers: [string, string][] = [
      ['@NnFund', b0!],
      ['@NnFund', b0!],
      ['@NnFund', b0!],
      [b0!, b1!],
      ['@NnFund', b1!],
      ['@NnFund', b2!],
    ];
    for (const [source, destination] of transfers) {
      const tx = await target.call('POST', '/transactions', {
        body: {
          amount: 1,
          precision: 100,
          currency,
          source,
          destination,
          reference: `nn-tx-${Math.random()}`,
          description: 'nn',
          allow_overdraft: true,
          skip_queue: true,
        },
      });
      expect(tx.status).toBe(201);
    }
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnBalancesTransactions, { ledgerId: ledgers[0]! });
    });
    expect(res?.errors).toBeUndefined();
    expect(sent).toEqual(['POST /balances/filter', 'POST /transactions/filter']);
    type Txs = { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    const batched = (res!.data as { balances: { edges: { node: { id: string; transactions: Txs } }[] } }).balances.edges;
    expect(batched).toHaveLength(4);
    const counts = new Map(batched.map((e) => [e.node.id, [e.node.transactions.edges.length, e.node.transactions.pageInfo.hasNextPage]]));
    expect(counts.get(b0!)).toEqual([2, true]);
    expect(counts.get(b1!)).toEqual([2, false]);
    expect(counts.get(b2!)).toEqual([1, false]);
    // Each balance's page is the one it gets alone (one call each, the unbatched path).
    for (const e of batched) {
      const before = proxy.log.length;
      const alone = await run(NnOneBalanceTransactions, { id: e.node.id });
      expect(proxy.log.length - before).toBe(2);
      expect((alone.data as { balance: { transactions: Txs } }).balance.transactions).toEqual(e.node.transactions);
    }
  });
});

describe('a balance whose first page of transactions the shared 100 rows do not hold', () => {
  it('is read alone: two balances, the second with 101 newer transactions (its newest three a millisecond apart), cost the balances filter and two transactions filters', async () => {
    const older = await created('/balances', { ledger_id: ledgers[2]!, currency }, 'balance_id');
    const newer = await created('/balances', { ledger_id: ledgers[2]!, currency }, 'balance_id');
    const fund = async (destination: string) => {
      const tx = await target.call('POST', '/transactions', {
        body: {
          amount: 1,
          precision: 100,
          currency,
          source: '@NnBulk',
          destination,
          reference: `nn-bulk-${Math.random()}`,
          description: 'nn',
          allow_overdraft: true,
          skip_queue: true,
        },
      });
      expect(tx.status).toBe(201);
      return tx.json.transaction_id as string;
    };
    const olderTxns = [await fund(older), await fund(older)];
    for (let i = 0; i < 98; i += 20) await Promise.all(Array.from({ length: Math.min(20, 98 - i) }, () => fund(newer)));
    // The newest three one by one, each in a later millisecond than the last: the page of two and
    // its probe row then end at a millisecond of their own, so the shared rows settle the newer
    // balance's page (rows sharing one would be read alone, with their group: graphql/transaction-order.ts).
    for (let i = 0; i < 3; i++) {
      await laterMillisecond();
      await fund(newer);
    }
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnSomeBalancesTransactions, { ids: [older, newer] });
    });
    expect(res?.errors).toBeUndefined();
    type Txs = { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    const byBalance = new Map(
      (res!.data as { balances: { edges: { node: { id: string; transactions: Txs } }[] } }).balances.edges.map((e) => [
        e.node.id,
        e.node.transactions,
      ]),
    );
    expect(new Set(byBalance.get(older)?.edges.map((e) => e.node.id))).toEqual(new Set(olderTxns));
    expect(byBalance.get(older)?.pageInfo.hasNextPage).toBe(false);
    expect(byBalance.get(newer)?.edges).toHaveLength(2);
    expect(byBalance.get(newer)?.pageInfo.hasNextPage).toBe(true);
    expect(sent).toEqual(['POST /balances/filter', 'POST /transactions/filter', 'POST /transactions/filter']);
  });
});

describe('monitors', () => {
  it('balanceMonitors with precision: the list and one GET per distinct balance watched (2), not one per monitor (3)', async () => {
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnMonitorPrecision, {});
    });
    expect(res?.errors).toBeUndefined();
    const rows = (res!.data as { balanceMonitors: { edges: { node: { condition: { precision: string; preciseValue: string } } }[] } })
      .balanceMonitors.edges;
    expect(rows.map((e) => e.node.condition.preciseValue).sort()).toEqual(['1000', '2000', '3000']);
    expect(rows.every((e) => e.node.condition.precision === '100')).toBe(true);
    const [b0, b1] = balancesOf.get(ledgers[0]!)!;
    expect(sent[0]).toBe('GET /balance-monitors');
    expect(new Set(sent.slice(1))).toEqual(new Set([`GET /balance-monitors/balances/${b0}`, `GET /balance-monitors/balances/${b1}`]));
    expect(sent).toHaveLength(3);
  });

  it('balanceMonitors without precision or preciseValue: the list alone', async () => {
    const sent = await sentDuring(() => run(NnMonitorOperators, {}));
    expect(sent).toEqual(['GET /balance-monitors']);
  });

  it('Balance.monitors on a list of 4: the filter and one per-balance read each, never the whole monitor list', async () => {
    const sent = await sentDuring(() => run(NnBalanceMonitors, { ledgerId: ledgers[0]! }));
    expect(sent.filter((s) => s === 'GET /balance-monitors')).toEqual([]);
    expect(sent).toHaveLength(1 + 4);
  });
});

describe('single reads and writes', () => {
  it('balanceByIndicator: one call unless the selection needs both what the indicator route lacks and what the filter rows lack', async () => {
    // @NnWorld exists once a transfer has used it.
    const tx = await target.call('POST', '/transactions', {
      body: {
        amount: 1,
        precision: 100,
        currency,
        source: '@NnWorld',
        destination: balancesOf.get(ledgers[1]!)![0],
        reference: `nn-${Date.now()}`,
        description: 'nn',
        allow_overdraft: true,
        skip_queue: true,
      },
    });
    expect(
      tx.status,
      JSON.stringify(tx.json, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
    ).toBe(201);
    const world = (await target.call('GET', `/balances/indicator/@NnWorld/currency/${currency}`)).json.balance_id as string;

    // metaData, no version: the filter row holds it all.
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    let sent = await sentDuring(async () => {
      res = await run(NnByIndicatorMeta, { currency });
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toEqual({ balanceByIndicator: { id: world, balance: '-100', metaData: null } });
    expect(sent).toEqual(['POST /balances/filter']);

    // version, no metaData: the indicator route alone.
    sent = await sentDuring(async () => {
      res = await run(NnByIndicatorVersion, { currency });
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toMatchObject({ balanceByIndicator: { id: world, version: expect.any(Number) } });
    expect(sent).toEqual([`GET /balances/indicator/%40NnWorld/currency/${currency}`]);

    // version and metaData: the indicator route for the id, then the full row.
    sent = await sentDuring(async () => {
      res = await run(NnByIndicator, { currency });
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toMatchObject({ balanceByIndicator: { indicator: '@NnWorld', balance: '-100', metaData: null } });
    expect(sent).toEqual([`GET /balances/indicator/%40NnWorld/currency/${currency}`, `GET /balances/${world}`]);

    // Queued amounts, metaData and the ledger's name: still two, the second with_queued and include=ledger.
    sent = await sentDuring(async () => {
      res = await run(NnByIndicatorQueued, { currency });
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toMatchObject({ balanceByIndicator: { id: world, available: '-100', queuedCreditBalance: '0' } });
    expect(sent).toEqual([`GET /balances/indicator/%40NnWorld/currency/${currency}`, `GET /balances/${world}`]);
  });

  it('balanceByIndicator of a missing balance: one call and the same error whichever route the selection takes', async () => {
    let meta: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    let version: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const throughFilter = await sentDuring(async () => {
      meta = await run(NnByIndicatorMeta, { currency: 'NNMISSING' });
    });
    const throughRoute = await sentDuring(async () => {
      version = await run(NnByIndicatorVersion, { currency: 'NNMISSING' });
    });
    expect(throughFilter).toEqual(['POST /balances/filter']);
    expect(throughRoute).toEqual(['GET /balances/indicator/%40NnWorld/currency/NNMISSING']);
    expect(meta?.data).toEqual({ balanceByIndicator: null });
    expect(version?.data).toEqual({ balanceByIndicator: null });
    expect(meta?.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(meta?.errors).toEqual(version?.errors);
  });

  it('createBalance selecting version, queued amounts, its ledger and identity is the write and one read', async () => {
    const owner = await created('/identities', { identity_type: 'individual', first_name: 'Nnew', last_name: 'Row' }, 'identity_id');
    let res: Awaited<ReturnType<typeof run<unknown, unknown>>> | undefined;
    const sent = await sentDuring(async () => {
      res = await run(NnCreateBalance, { input: { ledgerId: ledgers[2]!, identityId: owner, currency, metaData: { team: 'nn' } } });
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toMatchObject({
      createBalance: {
        ledgerId: ledgers[2],
        currency,
        balance: '0',
        available: '0',
        version: expect.any(Number),
        metaData: { team: 'nn' },
        ledger: { name: expect.stringMatching(/^nn-2-/) },
        identity: { firstName: 'Nnew' },
      },
    });
    const id = (res!.data as { createBalance: { id: string } }).createBalance.id;
    expect(sent).toEqual(['POST /balances', `GET /balances/${id}`]);
  });
});
