import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Transfers');
});
afterAll(() => h.close());
beforeEach(() => {
  h.sandbox.faults.clear();
  h.sandbox.queue.resume();
});

const Record = graphql(`
  mutation Record($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
        reference
        preciseAmount
        precision
        amount
        outcome {
          status
        }
      }
      ... on Error {
        code
        message
      }
      ... on ValidationError {
        field
      }
      ... on DuplicateReferenceError {
        reference
      }
    }
  }
`);

const BalanceAmounts = graphql(`
  query BalanceAmounts($id: ID!) {
    balance(id: $id) {
      balance
      creditBalance
      debitBalance
      inflightBalance
      inflightCreditBalance
      inflightDebitBalance
    }
  }
`);

const World = graphql(`
  query WorldBalance {
    balanceByIndicator(indicator: "@World", currency: "USD") {
      balance
    }
  }
`);

async function amounts(id: string) {
  const res = await h.run(BalanceAmounts, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.balance!;
}

async function world(): Promise<bigint> {
  const res = await h.run(World);
  return BigInt(res.data?.balanceByIndicator?.balance ?? '0');
}

const BIG = '123456789012345678901234567890';

/** The transaction a mutation answered with; fails the test on any other member of the union. */
function txnOf<T extends { __typename?: string }>(result: T | null | undefined): Extract<T, { id: string }> {
  if (!result || !('id' in result)) throw new Error(`expected a Transaction, got ${JSON.stringify(result)}`);
  return result as Extract<T, { id: string }>;
}

describe('recordTransaction', () => {
  it('moves both balances by exactly 123456789012345678901234567890 minor units (acceptance 2)', async () => {
    const wallet = await f.balance(ledger);
    const before = await world();
    const res = await h.run(Record, {
      input: {
        source: '@World',
        destination: wallet,
        preciseAmount: BIG,
        precision: '100',
        currency: 'USD',
        description: 'whale',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    expect(res.errors).toBeUndefined();
    const txn = res.data!.recordTransaction;
    expect(txn).toMatchObject({
      __typename: 'Transaction',
      status: 'APPLIED',
      preciseAmount: BIG,
      precision: '100',
      amount: '1234567890123456789012345678.90',
    });
    // No reference given: one was generated, and sent.
    expect(txnOf(txn).reference).toMatch(/^gql_[0-9a-f-]{36}$/);
    expect(await amounts(wallet)).toMatchObject({ balance: BIG, creditBalance: BIG, debitBalance: '0' });
    expect(before - (await world())).toBe(BigInt(BIG));
    // Sent as bare JSON integers, never strings or floats.
    const sent = h.sandbox.requests.find((r) => r.route === '/transactions')!.body;
    expect(sent).toContain(`"precise_amount":${BIG}`);
    expect(sent).toContain('"precision":100');
  });

  it('converts an exact decimal amount, and refuses one with more places than the precision, sending nothing', async () => {
    const wallet = await f.balance(ledger);
    const ok = await h.run(Record, {
      input: {
        source: '@World',
        destination: wallet,
        amount: '12.34',
        precision: '100',
        currency: 'USD',
        description: 'd',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    expect(ok.data!.recordTransaction).toMatchObject({ preciseAmount: '1234', amount: '12.34' });

    h.sandbox.resetRequests();
    const bad = await h.run(Record, {
      input: {
        source: '@World',
        destination: wallet,
        amount: '12.345',
        precision: '100',
        currency: 'USD',
        description: 'd',
        skipQueue: true,
      },
    });
    expect(bad.errors).toBeUndefined();
    expect(bad.data!.recordTransaction).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_ERROR', field: 'amount' });
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ['both amounts', { preciseAmount: '1', amount: '1' }, 'amount'],
    ['no amount', {}, 'amount'],
    ['a zero amount', { preciseAmount: '0' }, 'amount'],
    ['a negative amount', { preciseAmount: '-5' }, 'amount'],
    ['a zero precision', { preciseAmount: '5', precision: '0' }, 'precision'],
    ['an amount beyond 10^78', { preciseAmount: `1${'0'.repeat(79)}` }, 'amount'],
  ])('answers %s with a ValidationError and sends nothing', async (_label, amount, field) => {
    h.sandbox.resetRequests();
    const res = await h.run(Record, {
      input: { source: '@World', destination: 'bln_x', currency: 'USD', description: 'd', ...amount },
    });
    expect(res.data!.recordTransaction).toMatchObject({ __typename: 'ValidationError', field });
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('answers insufficient funds, a duplicate reference and an unknown balance with typed errors (acceptance 3)', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    const poor = await h.run(Record, {
      input: { source: a, destination: b, preciseAmount: '1', currency: 'USD', description: 'd', skipQueue: true },
    });
    expect(poor.errors).toBeUndefined();
    expect(poor.data!.recordTransaction).toMatchObject({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });

    const input = {
      source: '@World',
      destination: b,
      preciseAmount: '5',
      currency: 'USD',
      description: 'd',
      allowOverdraft: true,
      skipQueue: true,
      reference: `dup-${Date.now()}`,
    };
    expect((await h.run(Record, { input })).data?.recordTransaction?.__typename).toBe('Transaction');
    const dup = await h.run(Record, { input });
    expect(dup.data!.recordTransaction).toMatchObject({
      __typename: 'DuplicateReferenceError',
      code: 'DUPLICATE_REFERENCE',
      reference: input.reference,
    });

    const unknown = await h.run(Record, {
      input: {
        source: 'bln_00000000-0000-4000-8000-00000000beef',
        destination: b,
        preciseAmount: '1',
        currency: 'USD',
        description: 'd',
        skipQueue: true,
      },
    });
    expect(unknown.data!.recordTransaction).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    // The balances moved only by the one transfer that was accepted.
    expect(await amounts(b)).toMatchObject({ balance: '5' });
    expect(await amounts(a)).toMatchObject({ balance: '0' });
  });

  it('records once when the connection drops after Blnk applied it (acceptance 5)', async () => {
    const wallet = await f.balance(ledger);
    const before = await world();
    h.sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/transactions', times: 1 });
    h.sandbox.resetRequests();
    const res = await h.run(Record, {
      input: {
        source: '@World',
        destination: wallet,
        preciseAmount: '700',
        currency: 'USD',
        description: 'd',
        allowOverdraft: true,
        skipQueue: true,
        reference: `drop-${Date.now()}`,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordTransaction).toMatchObject({ __typename: 'Transaction', preciseAmount: '700', status: 'APPLIED' });
    expect(await amounts(wallet)).toMatchObject({ balance: '700' });
    expect(before - (await world())).toBe(700n);
    // Sent twice with one reference; the second was refused as a duplicate and the first read back.
    const posts = h.sandbox.requests.filter((r) => r.route === '/transactions');
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((p) => JSON.parse(p.body).reference)).size).toBe(1);
  });

  it('records a queued transaction once when the connection drops, and returns the real one', async () => {
    const wallet = await f.balance(ledger);
    h.sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/transactions', times: 1 });
    const res = await h.run(Record, {
      input: { source: '@World', destination: wallet, preciseAmount: '900', currency: 'USD', description: 'd', allowOverdraft: true },
    });
    expect(res.errors).toBeUndefined();
    const txn = res.data!.recordTransaction;
    expect(txn).toMatchObject({ __typename: 'Transaction', status: 'QUEUED' });
    await h.sandbox.queue.idle();
    expect(await amounts(wallet)).toMatchObject({ balance: '900' });
    // The id returned is the row Blnk kept, not the phantom of the refused retry.
    const stored = [...h.sandbox.store.transactions.values()].filter((t) => t.destination === wallet && t.status === 'QUEUED');
    expect(stored.map((t) => t.transaction_id)).toEqual([txnOf(txn).id]);
  });

  it('returns QUEUED, then its outcome once Blnk applies it: APPLIED, or REJECTED without funds (acceptance 6)', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    h.sandbox.queue.pause();
    const funded = await h.run(Record, {
      input: { source: '@World', destination: a, preciseAmount: '50', currency: 'USD', description: 'd', allowOverdraft: true },
    });
    expect(funded.data!.recordTransaction).toMatchObject({ status: 'QUEUED', outcome: null });
    h.sandbox.queue.resume();
    await h.sandbox.queue.idle();
    const Outcome = graphql(`
      query Outcome($id: ID!) {
        transaction(id: $id) {
          status
          outcome {
            status
            preciseAmount
            parentTransaction {
              id
            }
          }
        }
      }
    `);
    const id = txnOf(funded.data!.recordTransaction).id;
    const settled = await h.run(Outcome, { id });
    expect(settled.data?.transaction).toEqual({
      status: 'QUEUED',
      outcome: { status: 'APPLIED', preciseAmount: '50', parentTransaction: { id } },
    });

    const tooMuch = await h.run(Record, { input: { source: a, destination: b, preciseAmount: '51', currency: 'USD', description: 'd' } });
    await h.sandbox.queue.idle();
    const rejectedId = txnOf(tooMuch.data!.recordTransaction).id;
    const rejected = await h.run(Outcome, { id: rejectedId });
    expect(rejected.data?.transaction).toMatchObject({ status: 'QUEUED', outcome: { status: 'REJECTED' } });
  });
});

const Hold = graphql(`
  mutation Hold($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
      }
    }
  }
`);
const Commit = graphql(`
  mutation Commit($input: CommitInflightTransactionInput!) {
    commitInflightTransaction(input: $input) {
      __typename
      ... on Transaction {
        status
        preciseAmount
      }
      ... on Error {
        code
      }
    }
  }
`);
const Void = graphql(`
  mutation Void($input: VoidInflightTransactionInput!) {
    voidInflightTransaction(input: $input) {
      __typename
      ... on Transaction {
        status
        preciseAmount
      }
      ... on Error {
        code
      }
    }
  }
`);

describe('inflight holds (acceptance 3 and 4)', () => {
  it('holds 100.00, commits 30.00, voids the rest, exact at every step; then refuses to commit the voided hold', async () => {
    const payer = await f.balance(ledger);
    const payee = await f.balance(ledger);
    await f.transfer('@World', payer, 50_000n);
    const hold = await h.run(Hold, {
      input: {
        source: payer,
        destination: payee,
        amount: '100.00',
        precision: '100',
        currency: 'USD',
        description: 'hold',
        inflight: true,
        skipQueue: true,
      },
    });
    const holdId = txnOf(hold.data!.recordTransaction).id;
    expect(hold.data!.recordTransaction).toMatchObject({ status: 'INFLIGHT' });
    expect(await amounts(payer)).toEqual({
      balance: '50000',
      creditBalance: '50000',
      debitBalance: '0',
      inflightBalance: '-10000',
      inflightCreditBalance: '0',
      inflightDebitBalance: '10000',
    });
    expect(await amounts(payee)).toEqual({
      balance: '0',
      creditBalance: '0',
      debitBalance: '0',
      inflightBalance: '10000',
      inflightCreditBalance: '10000',
      inflightDebitBalance: '0',
    });

    const commit = await h.run(Commit, { input: { id: holdId, amount: '30.00', skipQueue: true } });
    expect(commit.data!.commitInflightTransaction).toEqual({ __typename: 'Transaction', status: 'APPLIED', preciseAmount: '3000' });
    expect(await amounts(payer)).toEqual({
      balance: '47000',
      creditBalance: '50000',
      debitBalance: '3000',
      inflightBalance: '-7000',
      inflightCreditBalance: '0',
      inflightDebitBalance: '7000',
    });
    expect(await amounts(payee)).toEqual({
      balance: '3000',
      creditBalance: '3000',
      debitBalance: '0',
      inflightBalance: '7000',
      inflightCreditBalance: '7000',
      inflightDebitBalance: '0',
    });

    const voided = await h.run(Void, { input: { id: holdId, skipQueue: true } });
    expect(voided.data!.voidInflightTransaction).toEqual({ __typename: 'Transaction', status: 'VOID', preciseAmount: '7000' });
    expect(await amounts(payer)).toEqual({
      balance: '47000',
      creditBalance: '50000',
      debitBalance: '3000',
      inflightBalance: '0',
      inflightCreditBalance: '0',
      inflightDebitBalance: '0',
    });
    expect(await amounts(payee)).toEqual({
      balance: '3000',
      creditBalance: '3000',
      debitBalance: '0',
      inflightBalance: '0',
      inflightCreditBalance: '0',
      inflightDebitBalance: '0',
    });

    const again = await h.run(Commit, { input: { id: holdId, skipQueue: true } });
    expect(again.errors).toBeUndefined();
    expect(again.data!.commitInflightTransaction).toEqual({ __typename: 'AlreadyVoidedError', code: 'ALREADY_VOIDED' });
    const tooMuch = await h.run(Commit, { input: { id: holdId, amount: '1.001', skipQueue: true } });
    expect(tooMuch.data!.commitInflightTransaction).toMatchObject({ __typename: 'ValidationError' });
  });

  it('answers a fully committed hold with AlreadyCommittedError, and a queued commit with the hold itself', async () => {
    const payer = await f.balance(ledger);
    const payee = await f.balance(ledger);
    await f.transfer('@World', payer, 1_000n);
    const hold = await h.run(Hold, {
      input: {
        source: payer,
        destination: payee,
        preciseAmount: '400',
        currency: 'USD',
        description: 'hold',
        inflight: true,
        skipQueue: true,
      },
    });
    const holdId = txnOf(hold.data!.recordTransaction).id;
    const queued = await h.run(Commit, { input: { id: holdId } });
    expect(queued.data!.commitInflightTransaction).toEqual({ __typename: 'Transaction', status: 'INFLIGHT', preciseAmount: '400' });
    await h.sandbox.queue.idle();
    expect(await amounts(payee)).toMatchObject({ balance: '400', inflightBalance: '0' });
    const again = await h.run(Commit, { input: { id: holdId, skipQueue: true } });
    expect(again.data!.commitInflightTransaction).toEqual({ __typename: 'AlreadyCommittedError', code: 'ALREADY_COMMITTED' });
    const missing = await h.run(Void, { input: { id: 'txn_00000000-0000-4000-8000-00000000beef', skipQueue: true } });
    expect(missing.data!.voidInflightTransaction).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

const Refund = graphql(`
  mutation Refund($id: ID!) {
    refundTransaction(input: { id: $id, skipQueue: true }) {
      __typename
      ... on Transaction {
        status
        preciseAmount
        sourceBalance {
          id
        }
        destinationBalance {
          id
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

const Bulk = graphql(`
  mutation Bulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on BulkTransactionsPayload {
        batchId
        status
        transactionCount
        references
      }
      ... on Error {
        code
      }
    }
  }
`);

describe('refunds and bulk', () => {
  it('refunds an applied transfer back to its source', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 1_000n);
    const sent = await f.transfer(a, b, 250n);
    const res = await h.run(Refund, { id: sent.transaction_id });
    expect(res.data!.refundTransaction).toEqual({
      __typename: 'Transaction',
      status: 'APPLIED',
      preciseAmount: '250',
      sourceBalance: { id: b },
      destinationBalance: { id: a },
    });
    expect(await amounts(a)).toMatchObject({ balance: '1000' });
    expect(await amounts(b)).toMatchObject({ balance: '0' });
  });

  it('records a batch and returns its references; an atomic batch with one bad transfer moves nothing', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    const ok = await h.run(Bulk, {
      input: {
        transactions: [
          {
            source: '@World',
            destination: a,
            preciseAmount: '10',
            currency: 'USD',
            description: 'one',
            allowOverdraft: true,
            reference: `bulk-a-${Date.now()}`,
          },
          { source: '@World', destination: b, preciseAmount: '20', currency: 'USD', description: 'two', allowOverdraft: true },
        ],
      },
    });
    const payload = ok.data!.recordBulkTransactions;
    expect(payload).toMatchObject({ __typename: 'BulkTransactionsPayload', status: 'applied', transactionCount: 2 });
    expect(payload && 'references' in payload ? payload.references[1] : null).toMatch(/^gql_/);
    // Queued (Blnk v0.15.2): "applied" comes before the queue has moved anything.
    await h.sandbox.queue.idle();
    expect(await amounts(a)).toMatchObject({ balance: '10' });

    // Only with skipQueue can an item be refused during the request; atomic then refunds what
    // was applied through the queue.
    const atomic = await h.run(Bulk, {
      input: {
        atomic: true,
        skipQueue: true,
        transactions: [
          { source: '@World', destination: a, preciseAmount: '5', currency: 'USD', description: 'ok', allowOverdraft: true },
          { source: b, destination: a, preciseAmount: '1000', currency: 'USD', description: 'too much' },
        ],
      },
    });
    expect(atomic.data!.recordBulkTransactions).toEqual({ __typename: 'BulkItemFailedError', code: 'INSUFFICIENT_FUNDS' });
    await h.sandbox.queue.idle();
    expect(await amounts(a)).toMatchObject({ balance: '10' });
    expect(await amounts(b)).toMatchObject({ balance: '20' });
  });
});

const Split = graphql(`
  mutation Split($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
      }
      ... on Error {
        code
      }
    }
  }
`);

const History = graphql(`
  query TransferHistory($balance: ID!, $parent: ID!) {
    balance(id: $balance) {
      transactions(first: 10) {
        totalCount
        edges {
          node {
            preciseAmount
            sourceBalance {
              indicator
            }
          }
        }
      }
    }
    transactions(filter: { parentTransactionId: { eq: $parent } }, orderBy: CREATED_AT_ASC) {
      edges {
        node {
          preciseAmount
          destinationBalance {
            id
          }
        }
      }
    }
  }
`);

describe('split transactions and transaction lists', () => {
  it('splits 100.00 across destinations by share, and lists the legs by parent and by balance', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    const c = await f.balance(ledger);
    const res = await h.run(Split, {
      input: {
        source: '@World',
        destinations: [
          { identifier: a, distribution: '50%' },
          { identifier: b, distribution: '20.00' },
          { identifier: c, distribution: 'left' },
        ],
        amount: '100.00',
        precision: '100',
        currency: 'USD',
        description: 'split',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    const parent = txnOf(res.data?.recordTransaction).id;
    expect(await amounts(a)).toMatchObject({ balance: '5000' });
    expect(await amounts(b)).toMatchObject({ balance: '2000' });
    expect(await amounts(c)).toMatchObject({ balance: '3000' });

    h.sandbox.resetRequests();
    const listed = await h.run(History, { balance: c, parent });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.balance?.transactions).toEqual({
      totalCount: 1,
      edges: [{ node: { preciseAmount: '3000', sourceBalance: { indicator: '@World' } } }],
    });
    // Blnk makes the legs in Go map order, not the input's: compare them as a set.
    const legs = listed.data?.transactions?.edges.map((e) => e.node) ?? [];
    expect(legs).toHaveLength(3);
    expect(legs).toEqual(
      expect.arrayContaining([
        { preciseAmount: '5000', destinationBalance: { id: a } },
        { preciseAmount: '2000', destinationBalance: { id: b } },
        { preciseAmount: '3000', destinationBalance: { id: c } },
      ]),
    );
    // The balance, one request per page, and one balance batch per page (the pages arrive at
    // different moments, so their nested balances are batched separately).
    expect(
      h
        .upstream()
        .map((r) => r.route)
        .sort(),
    ).toEqual(['/balances/filter', '/balances/filter', '/balances/filter', '/transactions/filter', '/transactions/filter']);
  });

  it('refuses a split with one leg, or with both source and sources, before calling Blnk', async () => {
    h.sandbox.resetRequests();
    const one = await h.run(Split, {
      input: {
        source: '@World',
        destinations: [{ identifier: 'bln_a', distribution: '100%' }],
        preciseAmount: '1',
        currency: 'USD',
        description: 'd',
      },
    });
    expect(one.data?.recordTransaction).toMatchObject({ __typename: 'ValidationError' });
    const both = await h.run(Split, {
      input: {
        source: '@World',
        sources: [
          { identifier: 'a', distribution: '50%' },
          { identifier: 'b', distribution: 'left' },
        ],
        destination: 'bln_a',
        preciseAmount: '1',
        currency: 'USD',
        description: 'd',
      },
    });
    expect(both.data?.recordTransaction).toMatchObject({ __typename: 'ValidationError' });
    expect(h.sandbox.requests).toHaveLength(0);
  });
});
