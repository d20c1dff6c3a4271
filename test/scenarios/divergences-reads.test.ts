import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';
import type { RecordTransactionInput } from '../gql/graphql.js';

/**
 * Issue 16, Build 5 (reads): where real Blnk Core v0.15.2 stores or answers something the gateway
 * used to misread, one definition on the sandbox and on real Blnk. Everything below is created
 * through the gateway; expected values are worked out by hand from what was sent.
 *
 *   ledger {tier: "gold"}
 *   Ada: first Ada, last Lovelace, individual, dob 1815-12-10, {kyc: "done"}
 *   Bob: first Bob, nothing else (Blnk keeps "" for the text and 0001-01-01 for dob)
 *   A (Ada, WEI), B (no identity, WEI), C (Bob, WEI)
 *   t1: @World → A, 10^40 wei at precision 10^18, skipQueue, metaData {n: 42, s: "42", flag: true}
 *   t2: A → B, T2 wei, skipQueue, metaData {n: 7}
 *   t3: A → C, 5 wei, queued: Blnk applies it as a child t3q whose parent is t3
 */

let h: ScenarioHarness;
const E40 = 10n ** 40n;
const T2 = 123456789012345678901234567890123n;
const WEI = (10n ** 18n).toString();
const tag = `dr${Date.now().toString(36)}`;
const ids = { ledger: '', ada: '', bob: '', a: '', b: '', c: '', t1: '', t2: '', t3: '', t3q: '' };

const DrLedger = graphql(`
  mutation DrLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      __typename
      ... on Ledger {
        id
      }
    }
  }
`);
const DrIdentity = graphql(`
  mutation DrIdentity($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
      }
    }
  }
`);
const DrBalance = graphql(`
  mutation DrBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
      }
    }
  }
`);
const DrPay = graphql(`
  mutation DrPay($input: RecordTransactionInput!) {
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
const DrTransactions = graphql(`
  query DrTransactions($filter: TransactionFilter) {
    transactions(filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          id
          parentTransaction {
            id
          }
        }
      }
    }
  }
`);
const DrIdentities = graphql(`
  query DrIdentities($filter: IdentityFilter) {
    identities(filter: $filter, first: 20) {
      edges {
        node {
          id
          lastName
          identityType
          dob
        }
      }
    }
  }
`);
const DrBalances = graphql(`
  query DrBalances($filter: BalanceFilter) {
    balances(filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          id
          identityId
        }
      }
    }
  }
`);
const DrLastBalance = graphql(`
  query DrLastBalance($filter: BalanceFilter) {
    balances(filter: $filter, last: 1) {
      totalCount
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
      }
    }
  }
`);
const DrOneRoute = graphql(`
  query DrOneRoute($balance: ID!, $ledger: ID!, $identity: ID!) {
    balance(id: $balance) {
      version
      ledger {
        id
        name
        metaData
      }
      identity {
        id
        firstName
        identityType
        metaData
      }
    }
    ledger(id: $ledger) {
      id
      name
      metaData
    }
    identity(id: $identity) {
      id
      firstName
      identityType
      metaData
    }
  }
`);
const DrPrimed = graphql(`
  query DrPrimed($balance: ID!, $ledger: ID!, $identity: ID!) {
    balance(id: $balance) {
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
      metaData
    }
  }
`);
const DrMonitor = graphql(`
  mutation DrMonitor($input: CreateBalanceMonitorInput!) {
    createBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
        id
      }
      ... on NotFoundError {
        code
        entity
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const DrMonitors = graphql(`
  query DrMonitors($id: ID!) {
    balance(id: $id) {
      monitors(first: 10) {
        totalCount
        edges {
          node {
            id
            balanceId
            condition {
              field
              operator
              value
              precision
              preciseValue
            }
          }
        }
      }
    }
  }
`);

function ok<T extends { __typename: string }, N extends T['__typename']>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

/** A top-level error's extensions beyond its code. */
const ext = (e: { extensions?: object }) => (e.extensions ?? {}) as { argument?: string; path?: string };

const idsOf = (conn: { edges: { node: { id: string } }[] } | null | undefined) => (conn?.edges ?? []).map((e) => e.node.id).sort();

beforeAll(async () => {
  h = await startScenario();
  ids.ledger = ok((await h.run(DrLedger, { input: { name: `Reads ${tag}`, metaData: { tier: 'gold' } } })).data?.createLedger, 'Ledger').id;
  ids.ada = ok(
    (
      await h.run(DrIdentity, {
        input: { firstName: 'Ada', lastName: 'Lovelace', identityType: 'individual', dob: '1815-12-10', metaData: { kyc: 'done' } },
      })
    ).data?.createIdentity,
    'Identity',
  ).id;
  ids.bob = ok((await h.run(DrIdentity, { input: { firstName: 'Bob' } })).data?.createIdentity, 'Identity').id;
  const balance = async (identityId?: string) =>
    ok(
      (await h.run(DrBalance, { input: { ledgerId: ids.ledger, currency: 'WEI', ...(identityId ? { identityId } : {}) } })).data
        ?.createBalance,
      'Balance',
    ).id;
  ids.a = await balance(ids.ada);
  ids.b = await balance();
  ids.c = await balance(ids.bob);
  const pay = async (input: RecordTransactionInput) => ok((await h.run(DrPay, { input })).data?.recordTransaction, 'Transaction');
  const common = { precision: WEI, currency: 'WEI', description: 'reads' };
  ids.t1 = (
    await pay({
      ...common,
      source: '@World',
      destination: ids.a,
      preciseAmount: E40.toString(),
      reference: `${tag}-t1`,
      allowOverdraft: true,
      skipQueue: true,
      metaData: { n: 42, s: '42', flag: true },
    })
  ).id;
  ids.t2 = (
    await pay({
      ...common,
      source: ids.a,
      destination: ids.b,
      preciseAmount: T2.toString(),
      reference: `${tag}-t2`,
      skipQueue: true,
      metaData: { n: 7 },
    })
  ).id;
  ids.t3 = (await pay({ ...common, source: ids.a, destination: ids.c, preciseAmount: '5', reference: `${tag}-t3` })).id;
  // The queue applies t3 as a child row (250–1,300 ms on real Blnk).
  const children = await until(
    't3 applied as a child',
    async () => (await h.run(DrTransactions, { filter: { parentTransactionId: { eq: ids.t3 } } })).data?.transactions?.edges ?? [],
    (edges) => edges.length === 1,
  );
  ids.t3q = children[0]!.node.id;
});
afterAll(() => h?.close());

describe('scenarios: reads that mean what the schema says on real Blnk', () => {
  it('divergence: parentTransactionId isNull true finds the roots (Blnk stores ""), false the children', async () => {
    const mine = [ids.t1, ids.t2, ids.t3, ids.t3q];
    const roots = await h.run(DrTransactions, { filter: { id: { in: mine }, parentTransactionId: { isNull: true } } });
    expect(roots.errors).toBeUndefined();
    expect(idsOf(roots.data?.transactions)).toEqual([ids.t1, ids.t2, ids.t3].sort());
    expect(roots.data?.transactions?.edges.every((e) => e.node.parentTransaction === null)).toBe(true);
    expect(roots.data?.transactions?.totalCount).toBe(3);

    const children = await h.run(DrTransactions, { filter: { id: { in: mine }, parentTransactionId: { isNull: false } } });
    expect(children.errors).toBeUndefined();
    expect(children.data?.transactions?.edges).toEqual([{ node: { id: ids.t3q, parentTransaction: { id: ids.t3 } } }]);
  });

  it('divergence: an identity field Blnk holds as "" reads null and is found by isNull', async () => {
    const both = { in: [ids.ada, ids.bob] };
    const noLast = await h.run(DrIdentities, { filter: { id: both, lastName: { isNull: true } } });
    expect(noLast.errors).toBeUndefined();
    expect(noLast.data?.identities?.edges).toEqual([{ node: { id: ids.bob, lastName: null, identityType: null, dob: null } }]);
    const noType = await h.run(DrIdentities, { filter: { id: both, identityType: { isNull: true } } });
    expect(idsOf(noType.data?.identities)).toEqual([ids.bob]);
    const hasLast = await h.run(DrIdentities, { filter: { id: both, lastName: { isNull: false } } });
    expect(idsOf(hasLast.data?.identities)).toEqual([ids.ada]);
    // ne keeps a field Blnk holds as "": it is not "Lovelace".
    const notLovelace = await h.run(DrIdentities, { filter: { id: both, lastName: { ne: 'Lovelace' } } });
    expect(idsOf(notLovelace.data?.identities)).toEqual([ids.bob]);
  });

  it('divergence: a missing dob (Blnk stores 0001-01-01) reads null and matches no date condition', async () => {
    const both = { in: [ids.ada, ids.bob] };
    for (const dob of [{ lt: '1900-01-01' }, { lte: '2100-01-01' }, { between: ['0001-01-01', '2000-01-01'] }, { gte: '0001-01-01' }]) {
      const res = await h.run(DrIdentities, { filter: { id: both, dob } });
      expect(res.errors, JSON.stringify(dob)).toBeUndefined();
      expect(res.data?.identities?.edges, JSON.stringify(dob)).toEqual([
        { node: { id: ids.ada, lastName: 'Lovelace', identityType: 'individual', dob: '1815-12-10' } },
      ]);
    }
    const zero = await h.run(DrIdentities, { filter: { id: both, dob: { eq: '0001-01-01' } } });
    expect(zero.data?.identities?.edges).toEqual([]);
  });

  it('divergence: ne keeps a row Blnk holds as NULL (a balance without identity or indicator, a transaction between such balances)', async () => {
    const mine = { in: [ids.a, ids.b, ids.c] };
    const notAda = await h.run(DrBalances, { filter: { id: mine, identityId: { ne: ids.ada } } });
    expect(notAda.errors).toBeUndefined();
    expect(notAda.data?.balances?.edges.map((e) => e.node).sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
      [
        { id: ids.b, identityId: null },
        { id: ids.c, identityId: ids.bob },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    expect(notAda.data?.balances?.totalCount).toBe(2);
    const none = await h.run(DrBalances, { filter: { id: mine, identityId: { isNull: true } } });
    expect(none.data?.balances?.edges).toEqual([{ node: { id: ids.b, identityId: null } }]);
    // No balance of these has an indicator: none is @World.
    const notWorld = await h.run(DrBalances, { filter: { id: mine, indicator: { ne: '@World' } } });
    expect(idsOf(notWorld.data?.balances)).toEqual([ids.a, ids.b, ids.c].sort());
    // t1 comes from @World; t2 and t3 move between balances without an indicator.
    const txns = await h.run(DrTransactions, { filter: { id: { in: [ids.t1, ids.t2, ids.t3] }, indicator: { ne: '@World' } } });
    expect(txns.errors).toBeUndefined();
    expect(idsOf(txns.data?.transactions)).toEqual([ids.t2, ids.t3].sort());
  });

  it('divergence: a metaData condition with a key and no operator (or a field with none) is refused, naming its path', async () => {
    const keyOnly = await h.run(DrTransactions, { filter: { id: { in: [ids.t1] }, metaData: [{ key: 'n', eq: '42' }, { key: 'flag' }] } });
    expect(keyOnly.data?.transactions).toBeNull();
    expect(keyOnly.errors?.map((e) => [e.extensions?.code, ext(e).argument, ext(e).path])).toEqual([
      ['BAD_USER_INPUT', 'filter', 'metaData.1'],
    ]);
    expect(keyOnly.errors?.[0]?.message).toMatch(/^filter\.metaData\.1: /);
    const empty = await h.run(DrBalances, { filter: { id: { in: [ids.a] }, currency: {} } });
    expect(empty.errors?.map((e) => [e.extensions?.code, ext(e).path])).toEqual([['BAD_USER_INPUT', 'currency']]);
    // The identity filters of transactions, resolved by the gateway, refuse the same.
    const noSide = await h.run(DrTransactions, { filter: { sourceIdentityId: {} } });
    expect(noSide.errors?.map((e) => [e.extensions?.code, ext(e).path])).toEqual([['BAD_USER_INPUT', 'sourceIdentityId']]);
    const noIds = await h.run(DrTransactions, { filter: { destinationIdentityId: { in: [] } } });
    expect(noIds.errors?.map((e) => [e.extensions?.code, ext(e).path])).toEqual([['BAD_USER_INPUT', 'destinationIdentityId.in']]);
  });

  it('divergence: metaData eq compares the text of the value, so "42" finds a stored number 42 and "true" a stored true', async () => {
    const mine = { in: [ids.t1, ids.t2] };
    const found = async (key: string, eq: string) =>
      idsOf((await h.run(DrTransactions, { filter: { id: mine, metaData: [{ key, eq }] } })).data?.transactions);
    expect(await found('n', '42')).toEqual([ids.t1]);
    expect(await found('n', '7')).toEqual([ids.t2]);
    expect(await found('s', '42')).toEqual([ids.t1]);
    expect(await found('flag', 'true')).toEqual([ids.t1]);
    expect(await found('n', '43')).toEqual([]);
  });

  it('divergence: balance(id) { ledger identity } answers what ledger(id) and identity(id) answer (include rows lack metadata and type)', async () => {
    const vars = { balance: ids.a, ledger: ids.ledger, identity: ids.ada };
    const res = await h.run(DrOneRoute, vars);
    expect(res.errors).toBeUndefined();
    const ledger = { id: ids.ledger, name: `Reads ${tag}`, metaData: { tier: 'gold' } };
    const ada = { id: ids.ada, firstName: 'Ada', identityType: 'individual', metaData: { kyc: 'done' } };
    expect(res.data).toMatchObject({ balance: { ledger, identity: ada }, ledger, identity: ada });
    // The include rows of a balance asked for cheaper fields must not stand in for the objects.
    const primed = await h.run(DrPrimed, vars);
    expect(primed.errors).toBeUndefined();
    expect(primed.data).toEqual({
      balance: { ledger: { name: `Reads ${tag}` }, identity: { firstName: 'Ada' } },
      ledger: { metaData: { tier: 'gold' } },
      identity: { identityType: 'individual', metaData: { kyc: 'done' } },
    });
  });

  it('divergence: createBalanceMonitor on a missing balance answers NotFoundError (Balance), not a ValidationError', async () => {
    const res = await h.run(DrMonitor, {
      input: {
        balanceId: 'bln_00000000-0000-4000-8000-000000000000',
        condition: { field: 'BALANCE', operator: 'GT', value: '1', precision: '100' },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createBalanceMonitor).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', entity: 'Balance' });
  });

  it("divergence: Balance.monitors answers the balance's own monitors whole, precision and threshold included", async () => {
    const made = ok(
      (
        await h.run(DrMonitor, {
          input: { balanceId: ids.c, condition: { field: 'BALANCE', operator: 'LT', value: '2', precision: '100' } },
        })
      ).data?.createBalanceMonitor,
      'BalanceMonitor',
    );
    const other = await h.run(DrMonitor, {
      input: { balanceId: ids.b, condition: { field: 'BALANCE', operator: 'GT', value: '1', precision: '100' } },
    });
    ok(other.data?.createBalanceMonitor, 'BalanceMonitor');
    const res = await h.run(DrMonitors, { id: ids.c });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance?.monitors).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: made.id,
            balanceId: ids.c,
            condition: { field: 'BALANCE', operator: 'LT', value: '2', precision: '100', preciseValue: '200' },
          },
        },
      ],
    });
    const none = await h.run(DrMonitors, { id: ids.a });
    expect(none.data?.balance?.monitors).toEqual({ totalCount: 0, edges: [] });
  });

  it('divergence: totalCount and last: n hold when the counted page carries wei-scale numbers (10^40 amounts, precision 10^18)', async () => {
    const balances = await h.run(DrBalances, { filter: { id: { in: [ids.a, ids.b] } } });
    expect(balances.errors).toBeUndefined();
    expect(balances.data?.balances?.totalCount).toBe(2);
    const txns = await h.run(DrTransactions, { filter: { id: { in: [ids.t1, ids.t2] } } });
    expect(txns.errors).toBeUndefined();
    expect(txns.data?.transactions?.totalCount).toBe(2);
    // last: 1 positions its page from the count: the oldest of two, with one before it.
    const last = await h.run(DrLastBalance, { filter: { id: { in: [ids.a, ids.b] } } });
    expect(last.errors).toBeUndefined();
    expect(last.data?.balances).toEqual({
      totalCount: 2,
      edges: [{ node: { id: ids.a } }],
      pageInfo: { hasPreviousPage: true, hasNextPage: false },
    });
    // A full row of a balance holding 10^40 − T2: its version is still a number.
    const full = await h.run(DrOneRoute, { balance: ids.a, ledger: ids.ledger, identity: ids.ada });
    expect(full.data?.balance?.version).toBeGreaterThanOrEqual(1);
  });
});
