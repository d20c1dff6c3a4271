import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 16, Build 3: the read graph through the gateway, one definition on the sandbox and on
 * real Blnk Core. Everything is created through the gateway's own mutations; every expected value
 * below is worked out by hand from what was sent.
 *
 *   ledger "Read graph" {tier: "gold"}; identity Ada Lovelace {kyc: "done"}
 *   A (Ada, WEI), B (no identity, WEI)
 *   t1: @World → A, 10^40 wei at precision 10^18, skipQueue
 *   t2: A → B, 123456789012345678901234567890123 wei, skipQueue
 *   so A = 10^40 − t2, B = t2, @World(WEI) = −10^40
 */

let h: ScenarioHarness;
const E40 = 10n ** 40n;
const T2 = 123456789012345678901234567890123n;
const WEI = 10n ** 18n;
const tag = `rg${Date.now().toString(36)}`;
const ids = { ledger: '', ada: '', a: '', b: '', t1: '', t2: '' };

const ScLedger = graphql(`
  mutation ScRgLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      __typename
      ... on Ledger {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScIdentity = graphql(`
  mutation ScRgIdentity($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScBalance = graphql(`
  mutation ScRgBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScPay = graphql(`
  mutation ScRgPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        reference
        status
        preciseAmount
        amount
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const ScBalanceGraph = graphql(`
  query ScRgBalanceGraph($id: ID!) {
    balance(id: $id) {
      id
      balance
      creditBalance
      debitBalance
      inflightBalance
      inflightCreditBalance
      inflightDebitBalance
      queuedCreditBalance
      queuedDebitBalance
      available
      expected
      currency
      ledgerId
      identityId
      indicator
      version
      trackFundLineage
      metaData
      createdAt
      ledger {
        id
        name
        metaData
      }
      identity {
        id
        firstName
        lastName
        identityType
        metaData
      }
      transactions(first: 10) {
        edges {
          node {
            id
            reference
            preciseAmount
          }
        }
      }
    }
  }
`);

const ScLedgerGraph = graphql(`
  query ScRgLedgerGraph($id: ID!) {
    ledger(id: $id) {
      id
      name
      metaData
      createdAt
      balances(first: 10, orderBy: CREATED_AT_ASC) {
        edges {
          node {
            id
            balance
            identity {
              id
              firstName
            }
          }
        }
      }
    }
  }
`);

const ScIdentityGraph = graphql(`
  query ScRgIdentityGraph($id: ID!) {
    identity(id: $id) {
      id
      firstName
      lastName
      emailAddress
      identityType
      dob
      metaData
      balances(first: 10) {
        edges {
          node {
            id
            balance
            ledger {
              name
            }
          }
        }
      }
    }
  }
`);

const ScTransactionGraph = graphql(`
  query ScRgTransactionGraph($id: ID!) {
    transaction(id: $id) {
      id
      reference
      status
      preciseAmount
      precision
      amount
      currency
      description
      metaData
      inflight
      parentTransaction {
        id
      }
      sourceBalance {
        id
        balance
        identity {
          firstName
        }
      }
      destinationBalance {
        id
        balance
        ledger {
          name
        }
      }
    }
  }
`);

const ScByReference = graphql(`
  query ScRgByReference($reference: String!) {
    transactionByReference(reference: $reference) {
      id
      reference
      preciseAmount
      amount
      status
    }
  }
`);

const ScByIndicator = graphql(`
  query ScRgByIndicator($indicator: String!, $currency: String!) {
    balanceByIndicator(indicator: $indicator, currency: $currency) {
      id
      indicator
      currency
      balance
      creditBalance
      debitBalance
    }
  }
`);

const ScNodes = graphql(`
  query ScRgNodes($id: ID!, $ids: [ID!]!) {
    node(id: $id) {
      __typename
      id
    }
    nodes(ids: $ids) {
      __typename
      id
      ... on Balance {
        balance
      }
      ... on Ledger {
        name
      }
      ... on Identity {
        firstName
      }
      ... on Transaction {
        preciseAmount
      }
    }
  }
`);

/** The union member named `typename`, or a failed expectation showing what came instead. */
function ok<T extends { __typename: string }, N extends T['__typename']>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

beforeAll(async () => {
  h = await startScenario();
  ids.ledger = ok((await h.run(ScLedger, { input: { name: 'Read graph', metaData: { tier: 'gold' } } })).data?.createLedger, 'Ledger').id;
  ids.ada = ok(
    (
      await h.run(ScIdentity, {
        input: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          emailAddress: 'ada@example.test',
          identityType: 'individual',
          dob: '1815-12-10',
          metaData: { kyc: 'done' },
        },
      })
    ).data?.createIdentity,
    'Identity',
  ).id;
  ids.a = ok(
    (await h.run(ScBalance, { input: { ledgerId: ids.ledger, currency: 'WEI', identityId: ids.ada } })).data?.createBalance,
    'Balance',
  ).id;
  ids.b = ok((await h.run(ScBalance, { input: { ledgerId: ids.ledger, currency: 'WEI' } })).data?.createBalance, 'Balance').id;
  const t1 = ok(
    (
      await h.run(ScPay, {
        input: {
          source: '@World',
          destination: ids.a,
          preciseAmount: E40.toString(),
          precision: WEI.toString(),
          currency: 'WEI',
          description: 'mint',
          reference: `${tag}-t1`,
          allowOverdraft: true,
          skipQueue: true,
          metaData: { note: 'first' },
        },
      })
    ).data?.recordTransaction,
    'Transaction',
  );
  expect(t1).toMatchObject({ status: 'APPLIED', preciseAmount: E40.toString(), amount: '10000000000000000000000.000000000000000000' });
  ids.t1 = t1.id;
  const t2 = ok(
    (
      await h.run(ScPay, {
        input: {
          source: ids.a,
          destination: ids.b,
          preciseAmount: T2.toString(),
          precision: WEI.toString(),
          currency: 'WEI',
          description: 'move',
          reference: `${tag}-t2`,
          skipQueue: true,
        },
      })
    ).data?.recordTransaction,
    'Transaction',
  );
  ids.t2 = t2.id;
});
afterAll(() => h?.close());

describe('scenarios: read graph', () => {
  it('balance(id) with every amount exact to the last digit, its ledger, identity and transactions', async () => {
    const res = await h.run(ScBalanceGraph, { id: ids.a });
    expect(res.errors).toBeUndefined();
    const a = res.data!.balance!;
    expect(a).toMatchObject({
      id: ids.a,
      balance: (E40 - T2).toString(),
      creditBalance: E40.toString(),
      debitBalance: T2.toString(),
      inflightBalance: '0',
      inflightCreditBalance: '0',
      inflightDebitBalance: '0',
      queuedCreditBalance: '0',
      queuedDebitBalance: '0',
      available: (E40 - T2).toString(),
      expected: (E40 - T2).toString(),
      currency: 'WEI',
      ledgerId: ids.ledger,
      identityId: ids.ada,
      indicator: null,
      trackFundLineage: false,
      ledger: { id: ids.ledger, name: 'Read graph', metaData: { tier: 'gold' } },
      identity: { id: ids.ada, firstName: 'Ada', lastName: 'Lovelace', identityType: 'individual', metaData: { kyc: 'done' } },
    });
    expect(a.version).toBeGreaterThanOrEqual(1);
    expect(Date.parse(a.createdAt!)).not.toBeNaN();
    // Newest first: t2 then t1.
    expect(a.transactions!.edges.map((e) => [e.node.id, e.node.reference, e.node.preciseAmount])).toEqual([
      [ids.t2, `${tag}-t2`, T2.toString()],
      [ids.t1, `${tag}-t1`, E40.toString()],
    ]);
  });

  it('a balance without identity: identity null, no error', async () => {
    const res = await h.run(ScBalanceGraph, { id: ids.b });
    expect(res.errors).toBeUndefined();
    expect(res.data!.balance).toMatchObject({
      id: ids.b,
      balance: T2.toString(),
      creditBalance: T2.toString(),
      debitBalance: '0',
      identityId: null,
      identity: null,
      ledger: { id: ids.ledger, name: 'Read graph', metaData: { tier: 'gold' } },
    });
    expect(res.data!.balance!.transactions!.edges.map((e) => e.node.id)).toEqual([ids.t2]);
  });

  it('ledger(id) with its balances and their owners', async () => {
    const res = await h.run(ScLedgerGraph, { id: ids.ledger });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ledger).toMatchObject({ id: ids.ledger, name: 'Read graph', metaData: { tier: 'gold' } });
    expect(res.data!.ledger!.balances!.edges.map((e) => e.node)).toEqual([
      { id: ids.a, balance: (E40 - T2).toString(), identity: { id: ids.ada, firstName: 'Ada' } },
      { id: ids.b, balance: T2.toString(), identity: null },
    ]);
  });

  it('identity(id) with its balances, dob as a date and its metadata', async () => {
    const res = await h.run(ScIdentityGraph, { id: ids.ada });
    expect(res.errors).toBeUndefined();
    expect(res.data!.identity).toEqual({
      id: ids.ada,
      firstName: 'Ada',
      lastName: 'Lovelace',
      emailAddress: 'ada@example.test',
      identityType: 'individual',
      dob: '1815-12-10',
      metaData: { kyc: 'done' },
      balances: { edges: [{ node: { id: ids.a, balance: (E40 - T2).toString(), ledger: { name: 'Read graph' } } }] },
    });
  });

  it('transaction(id) with its exact amount at precision 10^18 and both balances nested', async () => {
    const res = await h.run(ScTransactionGraph, { id: ids.t1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.transaction).toMatchObject({
      id: ids.t1,
      reference: `${tag}-t1`,
      status: 'APPLIED',
      preciseAmount: E40.toString(),
      precision: WEI.toString(),
      amount: '10000000000000000000000.000000000000000000',
      currency: 'WEI',
      description: 'mint',
      metaData: { note: 'first' },
      inflight: false,
      parentTransaction: null,
      sourceBalance: { balance: (-E40).toString(), identity: null },
      destinationBalance: { id: ids.a, balance: (E40 - T2).toString(), ledger: { name: 'Read graph' } },
    });
    const t2 = await h.run(ScTransactionGraph, { id: ids.t2 });
    expect(t2.errors).toBeUndefined();
    expect(t2.data!.transaction).toMatchObject({
      preciseAmount: T2.toString(),
      // 123456789012345678901234567890123 / 10^18
      amount: '123456789012345.678901234567890123',
      parentTransaction: null,
      sourceBalance: { id: ids.a, identity: { firstName: 'Ada' } },
      destinationBalance: { id: ids.b, balance: T2.toString() },
    });
  });

  it('transactionByReference, and NOT_FOUND for a reference nobody used', async () => {
    const res = await h.run(ScByReference, { reference: `${tag}-t2` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.transactionByReference).toEqual({
      id: ids.t2,
      reference: `${tag}-t2`,
      preciseAmount: T2.toString(),
      amount: '123456789012345.678901234567890123',
      status: 'APPLIED',
    });
    const missing = await h.run(ScByReference, { reference: `${tag}-nobody` });
    expect(missing.data?.transactionByReference ?? null).toBeNull();
    expect(missing.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['transactionByReference'], 'NOT_FOUND']]);
  });

  it('balanceByIndicator: @World in WEI holds minus everything minted, exactly', async () => {
    const res = await h.run(ScByIndicator, { indicator: '@World', currency: 'WEI' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.balanceByIndicator).toMatchObject({
      indicator: '@World',
      currency: 'WEI',
      balance: (-E40).toString(),
      creditBalance: '0',
      debitBalance: E40.toString(),
    });
    const world = res.data!.balanceByIndicator!.id;
    const viaId = await h.run(ScTransactionGraph, { id: ids.t1 });
    expect(viaId.data!.transaction!.sourceBalance!.id).toBe(world);
    const none = await h.run(ScByIndicator, { indicator: '@Nobody', currency: 'WEI' });
    expect(none.data?.balanceByIndicator ?? null).toBeNull();
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('node and nodes resolve every type by prefix, in the order asked, nulling only the missing', async () => {
    const missing = 'bln_00000000-0000-4000-8000-00000000dead';
    // Each id once: nodes refuses a repeated id (test/gateway/read-graph.test.ts).
    const res = await h.run(ScNodes, { id: ids.ada, ids: [ids.t1, ids.b, missing, ids.ledger, ids.ada, ids.a] });
    expect(res.data!.node).toEqual({ __typename: 'Identity', id: ids.ada });
    expect(res.data!.nodes).toEqual([
      { __typename: 'Transaction', id: ids.t1, preciseAmount: E40.toString() },
      { __typename: 'Balance', id: ids.b, balance: T2.toString() },
      null,
      { __typename: 'Ledger', id: ids.ledger, name: 'Read graph' },
      { __typename: 'Identity', id: ids.ada, firstName: 'Ada' },
      { __typename: 'Balance', id: ids.a, balance: (E40 - T2).toString() },
    ]);
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['nodes', 2], 'NOT_FOUND']]);
  });

  it('a queued transfer of 10^40 + 1 wei reads back exactly once applied', async () => {
    const amount = E40 + 1n;
    const queued = ok(
      (
        await h.run(ScPay, {
          input: {
            source: '@World',
            destination: ids.b,
            preciseAmount: amount.toString(),
            precision: WEI.toString(),
            currency: 'WEI',
            description: 'queued mint',
            reference: `${tag}-t3`,
            allowOverdraft: true,
          },
        })
      ).data?.recordTransaction,
      'Transaction',
    );
    expect(queued).toMatchObject({
      status: 'QUEUED',
      preciseAmount: amount.toString(),
      amount: '10000000000000000000000.000000000000000001',
    });
    const applied = await until(
      'the _q row applied',
      () => h.run(ScByReference, { reference: `${tag}-t3_q` }),
      (r) => r.data?.transactionByReference?.status === 'APPLIED',
    );
    expect(applied.data!.transactionByReference!.preciseAmount).toBe(amount.toString());
    const b = await h.run(ScBalanceGraph, { id: ids.b });
    expect(b.data!.balance).toMatchObject({ balance: (T2 + amount).toString(), creditBalance: (T2 + amount).toString() });
  });
});
