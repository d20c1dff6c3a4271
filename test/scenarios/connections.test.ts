import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { BalanceFilter, IdentityFilter, LedgerFilter, TransactionFilter } from '../gql/graphql.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 16, Build 3: every connection paged with first/after, and every filter operator the schema
 * offers, one definition on the sandbox and on real Blnk Core v0.15.2. The expected rows of each
 * filter are worked out by hand from the data below (all amounts in cents, precision 100 unless
 * said), and compared as sets of the names given here.
 *
 * Ledgers (created in this order): L1 cn-alpha {region: eu, rank: 42}, L2 cn-beta {region: us, vip: true},
 *   L3 cn-gamma {region: eu, extra: yes}
 * Identities: ann (Ann Smith, ann@example.test, NG, dob 1990-01-31, individual, {tier: gold}),
 *   ben (Ben Jones, no email, country or dob, individual, {tier: silver}),
 *   cy (Cy Smith, GH, dob 2000-06-15, organization, no metadata)
 * Balances of L1 (created in this order; T1 is a moment between b2 and b3):
 *   b0 USD ann {kind: main}, b1 USD ann {kind: savings}, b2 USD ben {kind: main},
 *   b3 USD, b4 USD, b5 USD, b6 EUR; and b7 USD in L2.
 * Monitors (balance > 0.01, 0.02, 0.03 on b0; > 0.04 on b1): m0, m1, m2, m3 in this order.
 * Transactions (T2 is a moment between h5 and q6):
 *   t1 @World→b0 100 "fund b0" {channel: web}      t2 @World→b1 250 "fund b1" {channel: app}
 *   t3 b3→b4 50 "overdraft" {channel: web}, effective 2020-05-05
 *   t4 @World→b6 7000 EUR at precision 1000 "fund eur"
 *   h5 b1→b2 30 "hold", inflight        t7 @World→b7 10^20 "fund big" (wei-scale numbers in a page)
 *   q6 b0→b5 10 "queued", QUEUED; its outcome q6_q APPLIED, child of q6
 * so b0 = 100−10 = 90, b1 = 250 (30 held), b2 = 0 (30 incoming), b3 = −50, b4 = 50, b5 = 10,
 * b6 = 7000 EUR, b7 = 10^20.
 */

let h: ScenarioHarness;
const tag = `cn${Date.now().toString(36)}`;
/** name → id, and back. */
const id: Record<string, string> = {};
const nameOf = (x: string) => Object.keys(id).find((k) => id[k] === x) ?? x;
let T0 = '';
let T1 = '';
let T2 = '';

const ScCnLedger = graphql(`
  mutation ScCnLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      __typename
      ... on Ledger {
        id
      }
    }
  }
`);
const ScCnIdentity = graphql(`
  mutation ScCnIdentity($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
      }
    }
  }
`);
const ScCnBalance = graphql(`
  mutation ScCnBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
      }
    }
  }
`);
const ScCnPay = graphql(`
  mutation ScCnPay($input: RecordTransactionInput!) {
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
const ScCnMonitor = graphql(`
  mutation ScCnMonitor($input: CreateBalanceMonitorInput!) {
    createBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScCnMonitors = graphql(`
  query ScCnMonitors($first: Int, $after: String, $orderBy: OrderBy) {
    balanceMonitors(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
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
const ScCnBalanceMonitors = graphql(`
  query ScCnBalanceMonitors($id: ID!, $first: Int, $after: String) {
    balance(id: $id) {
      monitors(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
    }
  }
`);
const ScCnRef = graphql(`
  query ScCnRef($reference: String!) {
    transactionByReference(reference: $reference) {
      id
      status
    }
  }
`);

const ScCnLedgers = graphql(`
  query ScCnLedgers($filter: LedgerFilter, $first: Int, $after: String, $orderBy: OrderBy) {
    ledgers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
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
const ScCnBalances = graphql(`
  query ScCnBalances($filter: BalanceFilter, $first: Int, $after: String, $orderBy: OrderBy) {
    balances(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
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
const ScCnIdentities = graphql(`
  query ScCnIdentities($filter: IdentityFilter, $first: Int, $after: String, $orderBy: OrderBy) {
    identities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
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
const ScCnTransactions = graphql(`
  query ScCnTransactions($filter: TransactionFilter, $first: Int, $after: String, $orderBy: OrderBy) {
    transactions(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
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
const ScCnLedgerBalances = graphql(`
  query ScCnLedgerBalances($id: ID!, $first: Int, $after: String, $filter: BalanceFilter) {
    ledger(id: $id) {
      balances(first: $first, after: $after, filter: $filter) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
    }
  }
`);
const ScCnIdentityBalances = graphql(`
  query ScCnIdentityBalances($id: ID!, $first: Int, $after: String, $filter: BalanceFilter) {
    identity(id: $id) {
      balances(first: $first, after: $after, filter: $filter) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
    }
  }
`);
const ScCnBalanceTransactions = graphql(`
  query ScCnBalanceTransactions($id: ID!, $first: Int, $after: String, $filter: TransactionFilter) {
    balance(id: $id) {
      transactions(first: $first, after: $after, filter: $filter) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
    }
  }
`);
const ScCnChildren = graphql(`
  query ScCnChildren($id: ID!, $first: Int, $after: String) {
    transaction(id: $id) {
      children(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
    }
  }
`);

interface Conn {
  totalCount?: number | null;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
}

/** Pages a connection with first: size to its end; checks pageInfo on the way; answers the names in order. */
async function pageAll(read: (first: number, after: string | null) => Promise<Conn>, size = 2): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const conn = await read(size, after);
    expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
    expect(conn.edges.length).toBeLessThanOrEqual(size);
    seen.push(...conn.edges.map((e) => nameOf(e.node.id)));
    if (!conn.pageInfo.hasNextPage) return seen;
    expect(conn.edges).toHaveLength(size);
    after = conn.pageInfo.endCursor!;
  }
  throw new Error('more than 50 pages');
}

async function conn<T>(res: Promise<{ data?: T | null; errors?: unknown[] }>, pick: (d: T) => Conn | null | undefined): Promise<Conn> {
  const r = await res;
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return pick(r.data!)!;
}
const names = (c: Conn) => c.edges.map((e) => nameOf(e.node.id));
const sorted = (xs: string[]) => [...xs].sort();

const balances = async (filter: BalanceFilter, first = 100) => conn(h.run(ScCnBalances, { filter, first }), (d) => d.balances);
const ledgers = async (filter: LedgerFilter, first = 100) => conn(h.run(ScCnLedgers, { filter, first }), (d) => d.ledgers);
const identities = async (filter: IdentityFilter, first = 100) => conn(h.run(ScCnIdentities, { filter, first }), (d) => d.identities);
const transactions = async (filter: TransactionFilter, first = 100) =>
  conn(h.run(ScCnTransactions, { filter, first }), (d) => d.transactions);

/**
 * One filter case, checked softly so that every case of a test is reported, not only the first:
 * no error, and exactly the rows named (as a set).
 */
async function soft<T, F>(
  document: import('@graphql-typed-document-node/core').TypedDocumentNode<T, { filter?: F | null; first?: number | null }>,
  filter: F,
  pick: (d: T | null | undefined) => Conn | null | undefined,
  want: string[],
): Promise<void> {
  const res = await h.run(document, { filter, first: 100 });
  const label = JSON.stringify(filter, (_k, v) => (typeof v === 'string' && nameOf(v) !== v ? nameOf(v) : v));
  expect.soft(res.errors, label).toBeUndefined();
  const c = pick(res.data);
  expect.soft(c ? sorted(names(c)) : null, label).toEqual(sorted(want));
}

const pause = () => new Promise((r) => setTimeout(r, 30));
const moment = async () => {
  await pause();
  const at = new Date().toISOString();
  await pause();
  return at;
};

beforeAll(async () => {
  h = await startScenario();
  const must = <T extends { __typename: string }>(v: T | null | undefined): T & { id: string } => {
    expect(v && 'id' in v, JSON.stringify(v)).toBe(true);
    return v as T & { id: string };
  };
  T0 = await moment();
  id.L1 = must((await h.run(ScCnLedger, { input: { name: `${tag}-alpha`, metaData: { region: 'eu', rank: 42 } } })).data?.createLedger).id;
  id.L2 = must((await h.run(ScCnLedger, { input: { name: `${tag}-beta`, metaData: { region: 'us', vip: true } } })).data?.createLedger).id;
  id.L3 = must(
    (await h.run(ScCnLedger, { input: { name: `${tag}-gamma`, metaData: { region: 'eu', extra: 'yes' } } })).data?.createLedger,
  ).id;
  id.ann = must(
    (
      await h.run(ScCnIdentity, {
        input: {
          firstName: 'Ann',
          lastName: 'Smith',
          emailAddress: 'ann@example.test',
          country: 'NG',
          dob: '1990-01-31',
          identityType: 'individual',
          metaData: { tier: 'gold' },
        },
      })
    ).data?.createIdentity,
  ).id;
  id.ben = must(
    (
      await h.run(ScCnIdentity, {
        input: { firstName: 'Ben', lastName: 'Jones', identityType: 'individual', metaData: { tier: 'silver' } },
      })
    ).data?.createIdentity,
  ).id;
  id.cy = must(
    (
      await h.run(ScCnIdentity, {
        input: { firstName: 'Cy', lastName: 'Smith', country: 'GH', dob: '2000-06-15', identityType: 'organization' },
      })
    ).data?.createIdentity,
  ).id;
  const bal = async (name: string, input: Record<string, unknown>) => {
    id[name] = must((await h.run(ScCnBalance, { input: { ledgerId: id.L1!, currency: 'USD', ...input } as any })).data?.createBalance).id;
  };
  await bal('b0', { identityId: id.ann, metaData: { kind: 'main' } });
  await bal('b1', { identityId: id.ann, metaData: { kind: 'savings' } });
  await bal('b2', { identityId: id.ben, metaData: { kind: 'main' } });
  T1 = await moment();
  await bal('b3', {});
  await bal('b4', {});
  await bal('b5', {});
  await bal('b6', { currency: 'EUR' });
  await bal('b7', { ledgerId: id.L2 });
  const pay = async (name: string, input: Record<string, unknown>) => {
    const res = await h.run(ScCnPay, {
      input: { precision: '100', currency: 'USD', skipQueue: true, reference: `${tag}-${name}`, ...input } as any,
    });
    const t = res.data?.recordTransaction;
    expect(t?.__typename, JSON.stringify(res)).toBe('Transaction');
    id[name] = (t as { id: string }).id;
  };
  await pay('t1', {
    source: '@World',
    destination: id.b0,
    preciseAmount: '100',
    description: 'fund b0',
    allowOverdraft: true,
    metaData: { channel: 'web' },
  });
  await pay('t2', {
    source: '@World',
    destination: id.b1,
    preciseAmount: '250',
    description: 'fund b1',
    allowOverdraft: true,
    metaData: { channel: 'app' },
  });
  await pay('t3', {
    source: id.b3,
    destination: id.b4,
    preciseAmount: '50',
    description: 'overdraft',
    allowOverdraft: true,
    metaData: { channel: 'web' },
    effectiveDate: '2020-05-05T00:00:00Z',
  });
  await pay('t4', {
    source: '@World',
    destination: id.b6,
    preciseAmount: '7000',
    precision: '1000',
    currency: 'EUR',
    description: 'fund eur',
    allowOverdraft: true,
  });
  await pay('t7', {
    source: '@World',
    destination: id.b7,
    preciseAmount: (10n ** 20n).toString(),
    description: 'fund big',
    allowOverdraft: true,
  });
  await pay('h5', { source: id.b1, destination: id.b2, preciseAmount: '30', description: 'hold', inflight: true });
  T2 = await moment();
  await pay('q6', { source: id.b0, destination: id.b5, preciseAmount: '10', description: 'queued', skipQueue: false });
  const applied = await until(
    'q6 applied',
    () => h.run(ScCnRef, { reference: `${tag}-q6_q` }),
    (r) => r.data?.transactionByReference?.status === 'APPLIED',
  );
  id.q6_q = applied.data!.transactionByReference!.id;
  // Monitors m0, m1, m2 on b0 and m3 on b1, created in this order.
  for (const [name, balance, value] of [
    ['m0', id.b0, '1'],
    ['m1', id.b0, '2'],
    ['m2', id.b0, '3'],
    ['m3', id.b1, '4'],
  ] as const) {
    await pause();
    const res = await h.run(ScCnMonitor, {
      input: { balanceId: balance!, condition: { field: 'BALANCE', operator: 'GT', value, precision: '100' } },
    });
    id[name] = must(res.data?.createBalanceMonitor).id;
  }
  // Both @World balances, for the indicator filter.
  const worlds = await balances({ indicator: { eq: '@World' } });
  for (const [i, e] of worlds.edges.entries()) id[`world${i}`] = e.node.id;
});
afterAll(() => h?.close());

const L1 = () => ({ ledgerId: { eq: id.L1! } });

describe('scenarios: connections and filter operators', () => {
  it('ledgers: pages of 2 to the end, newest first, and oldest first', async () => {
    const filter = { name: { like: `${tag}-%` } };
    const desc = await pageAll((first, after) => conn(h.run(ScCnLedgers, { filter, first, after }), (d) => d.ledgers));
    expect(desc).toEqual(['L3', 'L2', 'L1']);
    const asc = await pageAll((first, after) =>
      conn(h.run(ScCnLedgers, { filter, first, after, orderBy: 'CREATED_AT_ASC' }), (d) => d.ledgers),
    );
    expect(asc).toEqual(['L1', 'L2', 'L3']);
    expect((await ledgers(filter)).totalCount).toBe(3);
  });

  it('balances: pages of 2 and of 3 to the end, newest first; totalCount with wei-scale numbers in the page', async () => {
    const all = ['b6', 'b5', 'b4', 'b3', 'b2', 'b1', 'b0'];
    expect(await pageAll((first, after) => conn(h.run(ScCnBalances, { filter: L1(), first, after }), (d) => d.balances))).toEqual(all);
    expect(await pageAll((first, after) => conn(h.run(ScCnBalances, { filter: L1(), first, after }), (d) => d.balances), 3)).toEqual(all);
    expect((await balances(L1())).totalCount).toBe(7);
    // b7 holds 10^20: a 21-digit number in the counted page.
    const big = await balances({ ledgerId: { eq: id.L2! } });
    expect(names(big)).toEqual(['b7']);
    expect(big.totalCount).toBe(1);
  });

  it('identities: pages of 2 to the end, newest first', async () => {
    expect(await pageAll((first, after) => conn(h.run(ScCnIdentities, { first, after }), (d) => d.identities))).toEqual([
      'cy',
      'ben',
      'ann',
    ]);
    expect((await identities({})).totalCount).toBe(3);
  });

  it('transactions: pages of 2 to the end, each row once (a queued row and its outcome share a creation time)', async () => {
    const filter = { reference: { like: `${tag}-%` } };
    const seen = await pageAll((first, after) => conn(h.run(ScCnTransactions, { filter, first, after }), (d) => d.transactions));
    expect(sorted(seen)).toEqual(sorted(['q6', 'q6_q', 'h5', 't7', 't4', 't3', 't2', 't1']));
    // Newest first; q6 and q6_q tie to the microsecond on real Blnk, so only their place is fixed.
    expect(seen.slice(2)).toEqual(['h5', 't7', 't4', 't3', 't2', 't1']);
    expect((await transactions(filter)).totalCount).toBe(8);
  });

  it('nested connections: Ledger.balances, Identity.balances, Balance.transactions, Transaction.children', async () => {
    expect(
      await pageAll((first, after) => conn(h.run(ScCnLedgerBalances, { id: id.L1!, first, after }), (d) => d.ledger?.balances)),
    ).toEqual(['b6', 'b5', 'b4', 'b3', 'b2', 'b1', 'b0']);
    expect(
      await pageAll((first, after) => conn(h.run(ScCnIdentityBalances, { id: id.ann!, first, after }), (d) => d.identity?.balances), 1),
    ).toEqual(['b1', 'b0']);
    const ledgerPage = await conn(
      h.run(ScCnLedgerBalances, { id: id.L1!, first: 2, filter: { currency: { eq: 'EUR' } } }),
      (d) => d.ledger?.balances,
    );
    expect(names(ledgerPage)).toEqual(['b6']);
    expect(ledgerPage.totalCount).toBe(1);
    // b0: t1 in, q6 and its outcome q6_q out.
    const b0 = await pageAll((first, after) =>
      conn(h.run(ScCnBalanceTransactions, { id: id.b0!, first, after }), (d) => d.balance?.transactions),
    );
    expect(sorted(b0)).toEqual(['q6', 'q6_q', 't1']);
    expect(b0[2]).toBe('t1');
    const b1 = await conn(
      h.run(ScCnBalanceTransactions, { id: id.b1!, first: 10, filter: { status: { eq: 'INFLIGHT' } } }),
      (d) => d.balance?.transactions,
    );
    expect(names(b1)).toEqual(['h5']);
    const children = await pageAll(
      (first, after) => conn(h.run(ScCnChildren, { id: id.q6!, first, after }), (d) => d.transaction?.children),
      1,
    );
    expect(children).toEqual(['q6_q']);
    const none = await conn(h.run(ScCnChildren, { id: id.t1!, first: 5 }), (d) => d.transaction?.children);
    expect(none.edges).toEqual([]);
    expect(none.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("balance monitors: the whole list and one balance's, paged with first/after, newest first and oldest first", async () => {
    expect(await pageAll((first, after) => conn(h.run(ScCnMonitors, { first, after }), (d) => d.balanceMonitors))).toEqual([
      'm3',
      'm2',
      'm1',
      'm0',
    ]);
    expect(
      await pageAll((first, after) => conn(h.run(ScCnMonitors, { first, after, orderBy: 'CREATED_AT_ASC' }), (d) => d.balanceMonitors), 3),
    ).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect((await conn(h.run(ScCnMonitors, { first: 1 }), (d) => d.balanceMonitors)).totalCount).toBe(4);
    expect(
      await pageAll((first, after) => conn(h.run(ScCnBalanceMonitors, { id: id.b0!, first, after }), (d) => d.balance?.monitors)),
    ).toEqual(['m2', 'm1', 'm0']);
    const b1 = await conn(h.run(ScCnBalanceMonitors, { id: id.b1!, first: 5 }), (d) => d.balance?.monitors);
    expect(names(b1)).toEqual(['m3']);
    expect(b1.totalCount).toBe(1);
    const none = await conn(h.run(ScCnBalanceMonitors, { id: id.b5!, first: 5 }), (d) => d.balance?.monitors);
    expect(none.edges).toEqual([]);
  });

  it('balance filters on amounts: eq, ne, gt, gte, lt, lte, in, between on every amount field', async () => {
    const cases: [BalanceFilter, string[]][] = [
      [{ balance: { eq: '90' } }, ['b0']],
      [{ balance: { ne: '0' } }, ['b0', 'b1', 'b3', 'b4', 'b5', 'b6']],
      [{ balance: { gt: '0' } }, ['b0', 'b1', 'b4', 'b5', 'b6']],
      [{ balance: { gte: '50' } }, ['b0', 'b1', 'b4', 'b6']],
      [{ balance: { lt: '0' } }, ['b3']],
      [{ balance: { lte: '0' } }, ['b2', 'b3']],
      [{ balance: { in: ['0', '50'] } }, ['b2', 'b4']],
      [{ balance: { between: ['10', '90'] } }, ['b0', 'b4', 'b5']],
      [{ balance: { gt: '0', lt: '100' } }, ['b0', 'b4', 'b5']],
      [{ creditBalance: { gt: '0' } }, ['b0', 'b1', 'b4', 'b5', 'b6']],
      [{ debitBalance: { eq: '50' } }, ['b3']],
      [{ debitBalance: { gt: '0' } }, ['b0', 'b3']],
      [{ inflightBalance: { lt: '0' } }, ['b1']],
      [{ inflightCreditBalance: { gt: '0' } }, ['b2']],
      [{ inflightDebitBalance: { eq: '30' } }, ['b1']],
    ];
    for (const [filter, want] of cases) await soft(ScCnBalances, { ...L1(), ...filter }, (d) => d?.balances, want);
  });

  it('balance filters on text, ids, times and metadata: eq, ne, in, like, ilike, isNull, gt, lt, between', async () => {
    const all = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
    const cases: [BalanceFilter, string[]][] = [
      [{ currency: { eq: 'EUR' } }, ['b6']],
      [{ currency: { ne: 'USD' } }, ['b6']],
      [{ currency: { in: ['EUR', 'GBP'] } }, ['b6']],
      [{ currency: { like: 'US%' } }, ['b0', 'b1', 'b2', 'b3', 'b4', 'b5']],
      [{ currency: { ilike: 'eu%' } }, ['b6']],
      [{ identityId: { eq: id.ann! } }, ['b0', 'b1']],
      [{ identityId: { in: [id.ann!, id.ben!] } }, ['b0', 'b1', 'b2']],
      // ne: a row that has none matches too (Blnk's SQL alone would drop the NULL identities).
      [{ identityId: { ne: id.ann! } }, ['b2', 'b3', 'b4', 'b5', 'b6']],
      [{ indicator: { ne: '@World' } }, ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']],
      [{ identityId: { isNull: true } }, ['b3', 'b4', 'b5', 'b6']],
      [{ identityId: { isNull: false } }, ['b0', 'b1', 'b2']],
      [{ id: { eq: id.b4! } }, ['b4']],
      [{ id: { in: [id.b1!, id.b5!] } }, ['b1', 'b5']],
      [{ id: { ne: id.b0! } }, ['b1', 'b2', 'b3', 'b4', 'b5', 'b6']],
      [{ indicator: { isNull: true } }, all],
      [{ createdAt: { lt: T1 } }, ['b0', 'b1', 'b2']],
      [{ createdAt: { gte: T1 } }, ['b3', 'b4', 'b5', 'b6']],
      [{ createdAt: { gt: T1, lte: new Date(Date.now() + 60_000).toISOString() } }, ['b3', 'b4', 'b5', 'b6']],
      [{ createdAt: { between: [T0, T1] } }, ['b0', 'b1', 'b2']],
      // T1 was taken between two creations, 30 ms from each: nothing was created at exactly T1.
      [{ createdAt: { eq: T1 } }, []],
      [{ metaData: [{ key: 'kind', eq: 'main' }] }, ['b0', 'b2']],
      [{ metaData: [{ key: 'kind', in: ['savings', 'main'] }] }, ['b0', 'b1', 'b2']],
      [{ metaData: [{ key: 'kind', like: 'ma%' }] }, ['b0', 'b2']],
      [{ metaData: [{ key: 'kind', ilike: 'SAV%' }] }, ['b1']],
      [{ metaData: [{ key: 'kind', isNull: true }] }, ['b3', 'b4', 'b5', 'b6']],
      [{ metaData: [{ key: 'kind', isNull: false }] }, ['b0', 'b1', 'b2']],
      [{ metaData: [{ key: 'kind', eq: 'main' }], identityId: { eq: id.ben! } }, ['b2']],
    ];
    for (const [filter, want] of cases) await soft(ScCnBalances, { ...L1(), ...filter }, (d) => d?.balances, want);
    // Outside L1: the indicator, and another ledger.
    expect(sorted(names(await balances({ indicator: { eq: '@World' } })))).toEqual(['world0', 'world1']);
    expect(names(await balances({ ledgerId: { in: [id.L2!] } }))).toEqual(['b7']);
    expect(names(await balances({ ledgerId: { ne: id.L1! }, currency: { eq: 'USD' }, indicator: { isNull: true } }))).toEqual(['b7']);
  });

  it('ledger filters: eq, ne, in, like, ilike, isNull on name, ids, times and metadata', async () => {
    const mine = { name: { like: `${tag}-%` } };
    const cases: [LedgerFilter, string[]][] = [
      [{ name: { eq: `${tag}-beta` } }, ['L2']],
      [{ ...mine, name: { like: `${tag}-%`, ne: `${tag}-beta` } }, ['L1', 'L3']],
      [{ name: { in: [`${tag}-alpha`, `${tag}-gamma`] } }, ['L1', 'L3']],
      [{ name: { ilike: `${tag.toUpperCase()}-B%` } }, ['L2']],
      [{ ...mine, name: { like: `${tag}-%`, isNull: false } }, ['L1', 'L2', 'L3']],
      [{ id: { eq: id.L2! } }, ['L2']],
      [{ id: { in: [id.L1!, id.L3!] } }, ['L1', 'L3']],
      [{ ...mine, id: { ne: id.L1! } }, ['L2', 'L3']],
      [{ ...mine, createdAt: { gte: T0 } }, ['L1', 'L2', 'L3']],
      [{ ...mine, createdAt: { lt: T0 } }, []],
      [{ ...mine, metaData: [{ key: 'region', eq: 'eu' }] }, ['L1', 'L3']],
      [{ ...mine, metaData: [{ key: 'region', ne: 'eu' }] }, ['L2']],
      [{ ...mine, metaData: [{ key: 'region', in: ['us'] }] }, ['L2']],
      [{ ...mine, metaData: [{ key: 'region', like: 'e%' }] }, ['L1', 'L3']],
      [{ ...mine, metaData: [{ key: 'extra', isNull: false }] }, ['L3']],
      [{ ...mine, metaData: [{ key: 'extra', isNull: true }] }, ['L1', 'L2']],
      [
        {
          ...mine,
          metaData: [
            { key: 'region', eq: 'eu' },
            { key: 'extra', eq: 'yes' },
          ],
        },
        ['L3'],
      ],
      // Values compared as text: a stored number and a stored boolean match their text.
      [{ ...mine, metaData: [{ key: 'rank', eq: '42' }] }, ['L1']],
      [{ ...mine, metaData: [{ key: 'vip', eq: 'true' }] }, ['L2']],
    ];
    for (const [filter, want] of cases) await soft(ScCnLedgers, filter, (d) => d?.ledgers, want);
  });

  it('identity filters: text fields with eq, ne, in, like, ilike, isNull; dob with every date operator; ids and metadata', async () => {
    const cases: [IdentityFilter, string[]][] = [
      [{ firstName: { eq: 'Ann' } }, ['ann']],
      [{ firstName: { ne: 'Ann' } }, ['ben', 'cy']],
      [{ firstName: { in: ['Ann', 'Cy'] } }, ['ann', 'cy']],
      [{ firstName: { like: 'B%' } }, ['ben']],
      [{ firstName: { ilike: 'c%' } }, ['cy']],
      [{ lastName: { eq: 'Smith' } }, ['ann', 'cy']],
      [{ identityType: { eq: 'organization' } }, ['cy']],
      [{ country: { ne: 'NG' } }, ['ben', 'cy']],
      // ben and cy were created without an email: Blnk keeps "", the schema says isNull finds them.
      [{ emailAddress: { isNull: true } }, ['ben', 'cy']],
      [{ emailAddress: { isNull: false } }, ['ann']],
      [{ country: { isNull: true } }, ['ben']],
      // ben has no dob (Blnk stores 0001-01-01): no date condition may match him.
      [{ dob: { eq: '1990-01-31' } }, ['ann']],
      [{ dob: { lt: '1995-01-01' } }, ['ann']],
      [{ dob: { lte: '1990-01-31' } }, ['ann']],
      [{ dob: { gt: '1995-01-01' } }, ['cy']],
      [{ dob: { gte: '2000-06-15' } }, ['cy']],
      [{ dob: { between: ['1980-01-01', '2001-01-01'] } }, ['ann', 'cy']],
      [{ id: { eq: id.ben! } }, ['ben']],
      [{ id: { in: [id.ann!, id.cy!] } }, ['ann', 'cy']],
      [{ id: { ne: id.ann! } }, ['ben', 'cy']],
      [{ id: { isNull: false } }, ['ann', 'ben', 'cy']],
      [{ createdAt: { gte: T0 } }, ['ann', 'ben', 'cy']],
      [{ createdAt: { lt: T0 } }, []],
      [{ metaData: [{ key: 'tier', eq: 'gold' }] }, ['ann']],
      [{ metaData: [{ key: 'tier', in: ['gold', 'silver'] }] }, ['ann', 'ben']],
      [{ metaData: [{ key: 'tier', isNull: true }] }, ['cy']],
      [{ metaData: [{ key: 'tier', ilike: 'S%' }] }, ['ben']],
    ];
    for (const [filter, want] of cases) await soft(ScCnIdentities, filter, (d) => d?.identities, want);
  });

  it('transaction filters: amounts, status, text, ids, balances, identities, parents, precision, dates and metadata', async () => {
    const mine = { reference: { like: `${tag}-%` } };
    const all = ['h5', 'q6', 'q6_q', 't1', 't2', 't3', 't4', 't7'];
    const cases: [TransactionFilter, string[]][] = [
      // Major units: t1 1.00, t2 2.50, t3 0.50, t4 7.000, h5 0.30, q6 and q6_q 0.10, t7 10^18.
      [{ amount: { eq: '1.00' } }, ['t1']],
      [{ amount: { ne: '1.00' } }, all.filter((n) => n !== 't1')],
      [{ amount: { gt: '2.00' } }, ['t2', 't4', 't7']],
      [{ amount: { gte: '2.50' } }, ['t2', 't4', 't7']],
      [{ amount: { lt: '0.50' } }, ['h5', 'q6', 'q6_q']],
      [{ amount: { lte: '0.50' } }, ['h5', 'q6', 'q6_q', 't3']],
      [{ amount: { between: ['0.30', '1.00'] } }, ['h5', 't1', 't3']],
      [{ status: { eq: 'INFLIGHT' } }, ['h5']],
      [{ status: { eq: 'QUEUED' } }, ['q6']],
      [{ status: { ne: 'APPLIED' } }, ['h5', 'q6']],
      [{ status: { in: ['QUEUED', 'INFLIGHT'] } }, ['h5', 'q6']],
      [{ currency: { eq: 'EUR' } }, ['t4']],
      [{ currency: { ne: 'USD' } }, ['t4']],
      [{ currency: { in: ['EUR'] } }, ['t4']],
      [{ description: { like: 'fund%' } }, ['t1', 't2', 't4', 't7']],
      [{ description: { ilike: 'FUND B_' } }, ['t1', 't2']],
      [{ description: { eq: 'hold' } }, ['h5']],
      [{ description: { in: ['hold', 'overdraft'] } }, ['h5', 't3']],
      [{ description: { isNull: false } }, all],
      [{ reference: { eq: `${tag}-t2` } }, ['t2']],
      [{ reference: { like: `${tag}-q6%` } }, ['q6', 'q6_q']],
      [{ reference: { in: [`${tag}-t1`, `${tag}-t3`] } }, ['t1', 't3']],
      [{ id: { eq: id.t3! } }, ['t3']],
      [{ id: { in: [id.t3!, id.h5!] } }, ['h5', 't3']],
      [{ id: { ne: id.t3! } }, all.filter((n) => n !== 't3')],
      [{ sourceId: { eq: id.b0! } }, ['q6', 'q6_q']],
      [{ sourceId: { in: [id.b1!, id.b3!] } }, ['h5', 't3']],
      [{ destinationId: { eq: id.b0! } }, ['t1']],
      [{ destinationId: { in: [id.b4!, id.b6!] } }, ['t3', 't4']],
      [{ destinationId: { ne: id.b0! } }, all.filter((n) => n !== 't1')],
      [{ balanceId: { eq: id.b0! } }, ['q6', 'q6_q', 't1']],
      [{ balanceId: { in: [id.b3!, id.b2!] } }, ['h5', 't3']],
      [{ balanceId: { ne: id.b0! } }, ['h5', 't2', 't3', 't4', 't7']],
      [{ sourceIdentityId: { eq: id.ann! } }, ['h5', 'q6', 'q6_q']],
      [{ destinationIdentityId: { eq: id.ann! } }, ['t1', 't2']],
      [{ destinationIdentityId: { in: [id.ben!] } }, ['h5']],
      [{ parentTransactionId: { eq: id.q6! } }, ['q6_q']],
      [{ parentTransactionId: { isNull: true } }, ['h5', 'q6', 't1', 't2', 't3', 't4', 't7']],
      [{ parentTransactionId: { isNull: false } }, ['q6_q']],
      [{ precision: { eq: '100' } }, all.filter((n) => n !== 't4')],
      [{ precision: { gt: '100' } }, ['t4']],
      [{ precision: { in: ['1000'] } }, ['t4']],
      [{ precision: { lt: '1000' } }, all.filter((n) => n !== 't4')],
      [{ effectiveDate: { lt: '2021-01-01T00:00:00Z' } }, ['t3']],
      [{ createdAt: { lt: T2 } }, ['h5', 't1', 't2', 't3', 't4', 't7']],
      [{ createdAt: { gte: T2 } }, ['q6', 'q6_q']],
      [{ metaData: [{ key: 'channel', eq: 'web' }] }, ['t1', 't3']],
      [{ metaData: [{ key: 'channel', in: ['app'] }] }, ['t2']],
      [{ metaData: [{ key: 'channel', like: 'w%' }] }, ['t1', 't3']],
      [{ metaData: [{ key: 'channel', isNull: true }] }, ['h5', 'q6', 'q6_q', 't4', 't7']],
      [{ metaData: [{ key: 'channel', isNull: false }] }, ['t1', 't2', 't3']],
      [{ indicator: { eq: '@World' } }, ['t1', 't2', 't4', 't7']],
    ];
    for (const [filter, want] of cases) await soft(ScCnTransactions, { ...mine, ...filter }, (d) => d?.transactions, want);
  });

  it('a metaData condition with a key and no operator is refused, not dropped', async () => {
    const res = await h.run(ScCnBalances, { filter: { ...L1(), metaData: [{ key: 'kind' }] }, first: 10 });
    expect(res.data?.balances ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
