import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 16, Build 3: every money path through the gateway, one definition on the sandbox and on
 * real Blnk Core v0.15.2. Each path starts from fresh balances in one ledger (USD, precision 100)
 * and checks every balance exactly after it; the expected values are worked out by hand in the
 * comments. Asynchronous results (the queue applies in 250–1,300 ms on real Blnk, a scheduled
 * transaction about 2 s late) are awaited by bounded polling, never by sleeping.
 */

let h: ScenarioHarness;
let ledger = '';
const run = `mp${Date.now().toString(36)}`;
let seq = 0;
const ref = (name: string) => `${run}-${name}-${++seq}`;

const ScMpLedger = graphql(`
  mutation ScMpLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      __typename
      ... on Ledger {
        id
      }
    }
  }
`);
const ScMpBalance = graphql(`
  mutation ScMpBalance($input: CreateBalanceInput!) {
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
const ScMpPay = graphql(`
  mutation ScMpPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        reference
        status
        preciseAmount
        amount
        effectiveDate
        scheduledFor
        metaData
        sourceBalance {
          id
        }
        destinationBalance {
          id
        }
      }
      ... on DuplicateReferenceError {
        reference
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpAmounts = graphql(`
  query ScMpAmounts($id: ID!) {
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
const ScMpTxn = graphql(`
  query ScMpTxn($id: ID!) {
    transaction(id: $id) {
      id
      reference
      status
      preciseAmount
      effectiveDate
      metaData
      description
      rejectionReason {
        code
      }
      outcome {
        id
        reference
        status
        preciseAmount
        rejectionReason {
          code
        }
        parentTransaction {
          id
        }
      }
    }
  }
`);
const ScMpByRef = graphql(`
  query ScMpByRef($reference: String!) {
    transactionByReference(reference: $reference) {
      id
      reference
      status
      preciseAmount
      description
      parentTransaction {
        id
      }
      sourceBalance {
        id
      }
      destinationBalance {
        id
      }
    }
  }
`);
const ScMpCommit = graphql(`
  mutation ScMpCommit($input: CommitInflightTransactionInput!) {
    commitInflightTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
        preciseAmount
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpVoid = graphql(`
  mutation ScMpVoid($input: VoidInflightTransactionInput!) {
    voidInflightTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
        preciseAmount
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpRefund = graphql(`
  mutation ScMpRefund($input: RefundTransactionInput!) {
    refundTransaction(input: $input) {
      __typename
      ... on ValidationError {
        field
      }
      ... on NotFoundError {
        entity
      }
      ... on Transaction {
        id
        reference
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
        message
      }
    }
  }
`);
const ScMpBulk = graphql(`
  mutation ScMpBulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on BulkTransactionsPayload {
        batchId
        status
        transactionCount
        references
        items {
          reference
          transaction {
            id
            status
            preciseAmount
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpChildren = graphql(`
  query ScMpChildren($parent: ID!) {
    transactions(filter: { parentTransactionId: { eq: $parent } }, first: 50) {
      edges {
        node {
          id
          reference
          status
          preciseAmount
          sourceBalance {
            id
          }
          destinationBalance {
            id
          }
          parentTransaction {
            id
          }
        }
      }
    }
  }
`);
const ScMpAt = graphql(`
  query ScMpAt($id: ID!, $at: DateTime!) {
    balance(id: $id) {
      at(timestamp: $at) {
        balance
        creditBalance
        debitBalance
      }
    }
  }
`);
const ScMpMetadata = graphql(`
  mutation ScMpMetadata($input: UpdateMetadataInput!) {
    updateMetadata(input: $input) {
      __typename
      ... on UpdateMetadataPayload {
        id
        metaData
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpMetaRead = graphql(`
  query ScMpMetaRead($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Balance {
        metaData
      }
      ... on Ledger {
        metaData
      }
      ... on Identity {
        metaData
      }
      ... on Transaction {
        metaData
      }
    }
  }
`);
const ScMpIdentity = graphql(`
  mutation ScMpIdentity($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
      }
    }
  }
`);
const ScMpMonitorCreate = graphql(`
  mutation ScMpMonitorCreate($input: CreateBalanceMonitorInput!) {
    createBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
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
      ... on NotFoundError {
        entity
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpMonitorRead = graphql(`
  query ScMpMonitorRead($id: ID!, $balance: ID!) {
    balanceMonitor(id: $id) {
      id
      balanceId
      description
      condition {
        field
        operator
        value
        precision
        preciseValue
      }
      balance {
        id
      }
    }
    balance(id: $balance) {
      monitors(first: 10) {
        edges {
          node {
            id
            condition {
              field
              operator
            }
          }
        }
      }
    }
  }
`);
const ScMpMonitorUpdate = graphql(`
  mutation ScMpMonitorUpdate($input: UpdateBalanceMonitorInput!) {
    updateBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
        id
        description
        condition {
          field
          operator
          value
          precision
          preciseValue
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScMpMonitorDelete = graphql(`
  mutation ScMpMonitorDelete($id: ID!) {
    deleteBalanceMonitor(id: $id) {
      __typename
      ... on DeleteBalanceMonitorPayload {
        deletedId
      }
      ... on Error {
        code
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

type Amounts = {
  balance: string;
  creditBalance: string;
  debitBalance: string;
  inflightBalance: string;
  inflightCreditBalance: string;
  inflightDebitBalance: string;
};
/** Amounts by hand: balance = credit − debit; inflight = inflight credit − inflight debit. */
const amt = (credit: bigint, debit: bigint, inCredit = 0n, inDebit = 0n): Amounts => ({
  balance: (credit - debit).toString(),
  creditBalance: credit.toString(),
  debitBalance: debit.toString(),
  inflightBalance: (inCredit - inDebit).toString(),
  inflightCreditBalance: inCredit.toString(),
  inflightDebitBalance: inDebit.toString(),
});

async function amounts(id: string): Promise<Amounts> {
  const res = await h.run(ScMpAmounts, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.balance!;
}
/** Waits until the balance holds exactly `want` (the queue applies asynchronously). */
async function settles(id: string, want: Amounts, timeoutMs = 10_000): Promise<void> {
  const got = await until(
    `balance ${id} settles`,
    () => amounts(id),
    (a) => JSON.stringify(a) === JSON.stringify(want),
    timeoutMs,
  ).catch(() => null);
  expect(got ?? (await amounts(id))).toEqual(want);
}
async function balance(): Promise<string> {
  return ok((await h.run(ScMpBalance, { input: { ledgerId: ledger, currency: 'USD' } })).data?.createBalance, 'Balance').id;
}
/** @World → id, synchronously. */
async function fund(id: string, cents: bigint): Promise<void> {
  const res = await h.run(ScMpPay, {
    input: {
      source: '@World',
      destination: id,
      preciseAmount: cents.toString(),
      precision: '100',
      currency: 'USD',
      description: 'fund',
      allowOverdraft: true,
      skipQueue: true,
      reference: ref('fund'),
    },
  });
  expect(res.data?.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
}
const pay = (input: Record<string, unknown>) =>
  h.run(ScMpPay, { input: { precision: '100', currency: 'USD', description: 'pay', reference: ref('pay'), ...input } as any });

async function outcomeOf(id: string, timeoutMs = 10_000) {
  const res = await until(
    `outcome of ${id}`,
    () => h.run(ScMpTxn, { id }),
    (r) => r.data?.transaction?.outcome != null,
    timeoutMs,
  );
  return res.data!.transaction!;
}

beforeAll(async () => {
  h = await startScenario();
  ledger = ok((await h.run(ScMpLedger, { input: { name: 'Money paths' } })).data?.createLedger, 'Ledger').id;
});
afterAll(() => h?.close());

describe('scenarios: money paths', () => {
  it('queued → APPLIED outcome; queued without funds → REJECTED outcome, nothing moved', async () => {
    const a = await balance();
    const b = await balance();
    const queued = ok(
      (await pay({ source: '@World', destination: a, amount: '5.00', allowOverdraft: true })).data?.recordTransaction,
      'Transaction',
    );
    expect(queued).toMatchObject({ status: 'QUEUED', preciseAmount: '500', amount: '5.00' });
    // Usable at once: readable by its id straight after the answer (Blnk writes the row late).
    const now = await h.run(ScMpTxn, { id: queued.id });
    expect(now.errors).toBeUndefined();
    expect(now.data?.transaction).toMatchObject({ id: queued.id, status: 'QUEUED', preciseAmount: '500' });
    const applied = await outcomeOf(queued.id);
    expect(applied).toMatchObject({
      status: 'QUEUED',
      outcome: {
        status: 'APPLIED',
        preciseAmount: '500',
        reference: `${queued.reference}_q`,
        parentTransaction: { id: queued.id },
        rejectionReason: null,
      },
    });
    expect(await amounts(a)).toEqual(amt(500n, 0n));

    // a holds 500: 501 is too much, and a queued transfer is only checked when applied.
    const tooMuch = ok((await pay({ source: a, destination: b, preciseAmount: '501' })).data?.recordTransaction, 'Transaction');
    expect(tooMuch.status).toBe('QUEUED');
    const rejected = await outcomeOf(tooMuch.id);
    expect(rejected).toMatchObject({
      status: 'QUEUED',
      rejectionReason: { code: 'INSUFFICIENT_FUNDS' },
      outcome: { status: 'REJECTED', rejectionReason: { code: 'INSUFFICIENT_FUNDS' } },
    });
    expect(await amounts(a)).toEqual(amt(500n, 0n));
    expect(await amounts(b)).toEqual(amt(0n, 0n));
  });

  it('a queued transfer reusing a reference is DuplicateReferenceError, and moves nothing', async () => {
    const a = await balance();
    const reference = ref('taken');
    const first = ok(
      (await pay({ source: '@World', destination: a, preciseAmount: '40', allowOverdraft: true, skipQueue: true, reference })).data
        ?.recordTransaction,
      'Transaction',
    );
    const again = await pay({ source: '@World', destination: a, preciseAmount: '41', allowOverdraft: true, reference });
    expect(again.data?.recordTransaction).toMatchObject({ __typename: 'DuplicateReferenceError', code: 'DUPLICATE_REFERENCE', reference });
    // Whatever Blnk's queue does with it later, the reference stays the first transaction's and a holds 40.
    await settle();
    const held = await h.run(ScMpByRef, { reference });
    expect(held.data?.transactionByReference).toMatchObject({ id: first.id, preciseAmount: '40' });
    expect(await amounts(a)).toEqual(amt(40n, 0n));
  });

  it('skipQueue answers the applied transaction and moves at once; without funds it is InsufficientFundsError', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1_000n);
    const sent = ok((await pay({ source: a, destination: b, amount: '2.50', skipQueue: true })).data?.recordTransaction, 'Transaction');
    expect(sent).toMatchObject({ status: 'APPLIED', preciseAmount: '250', sourceBalance: { id: a }, destinationBalance: { id: b } });
    expect(await amounts(a)).toEqual(amt(1_000n, 250n));
    expect(await amounts(b)).toEqual(amt(250n, 0n));
    const refused = await pay({ source: a, destination: b, preciseAmount: '751', skipQueue: true });
    expect(refused.data?.recordTransaction).toMatchObject({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    expect(await amounts(a)).toEqual(amt(1_000n, 250n));
    expect(await amounts(b)).toEqual(amt(250n, 0n));
  });

  it('overdraft: allowOverdraft takes a balance below zero, queued and skipQueue alike', async () => {
    const a = await balance();
    const b = await balance();
    const now = ok(
      (await pay({ source: a, destination: b, preciseAmount: '300', allowOverdraft: true, skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    expect(now.status).toBe('APPLIED');
    expect(await amounts(a)).toEqual(amt(0n, 300n));
    const later = ok(
      (await pay({ source: a, destination: b, preciseAmount: '200', allowOverdraft: true })).data?.recordTransaction,
      'Transaction',
    );
    expect((await outcomeOf(later.id)).outcome).toMatchObject({ status: 'APPLIED', preciseAmount: '200' });
    expect(await amounts(a)).toEqual(amt(0n, 500n));
    expect(await amounts(b)).toEqual(amt(500n, 0n));
  });

  it('inflight: hold 10.00, commit 3.00, void the rest (skipQueue), exact at every step; then ALREADY_VOIDED', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 5_000n);
    const hold = ok(
      (await pay({ source: a, destination: b, amount: '10.00', inflight: true, skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    expect(hold).toMatchObject({ status: 'INFLIGHT', preciseAmount: '1000' });
    expect(await amounts(a)).toEqual(amt(5_000n, 0n, 0n, 1_000n));
    expect(await amounts(b)).toEqual(amt(0n, 0n, 1_000n, 0n));

    const commit = ok(
      (await h.run(ScMpCommit, { input: { id: hold.id, amount: '3.00', skipQueue: true } })).data?.commitInflightTransaction,
      'Transaction',
    );
    expect(commit).toMatchObject({ status: 'APPLIED', preciseAmount: '300' });
    expect(await amounts(a)).toEqual(amt(5_000n, 300n, 0n, 700n));
    expect(await amounts(b)).toEqual(amt(300n, 0n, 700n, 0n));

    const voided = ok((await h.run(ScMpVoid, { input: { id: hold.id, skipQueue: true } })).data?.voidInflightTransaction, 'Transaction');
    expect(voided).toMatchObject({ status: 'VOID', preciseAmount: '700' });
    expect(await amounts(a)).toEqual(amt(5_000n, 300n));
    expect(await amounts(b)).toEqual(amt(300n, 0n));

    const again = await h.run(ScMpCommit, { input: { id: hold.id, skipQueue: true } });
    expect(again.data?.commitInflightTransaction).toMatchObject({ __typename: 'AlreadyVoidedError', code: 'ALREADY_VOIDED' });
    const missing = await h.run(ScMpVoid, { input: { id: 'txn_00000000-0000-4000-8000-00000000beef', skipQueue: true } });
    expect(missing.data?.voidInflightTransaction).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    // The hold's children: one commit (APPLIED 300) and one void (VOID 700).
    const children = await h.run(ScMpChildren, { parent: hold.id });
    expect(children.errors).toBeUndefined();
    expect(children.data!.transactions!.edges.map((e) => [e.node.status, e.node.preciseAmount]).sort()).toEqual([
      ['APPLIED', '300'],
      ['VOID', '700'],
    ]);
  });

  it('inflight: a queued full commit of a hold settles, then ALREADY_COMMITTED', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 2_000n);
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '1200', inflight: true, skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    const commit = ok((await h.run(ScMpCommit, { input: { id: hold.id } })).data?.commitInflightTransaction, 'Transaction');
    // Queued: the answer is the hold itself, still INFLIGHT.
    expect(commit).toMatchObject({ id: hold.id, status: 'INFLIGHT', preciseAmount: '1200' });
    await settles(b, amt(1_200n, 0n));
    expect(await amounts(a)).toEqual(amt(2_000n, 1_200n));
    const again = await h.run(ScMpCommit, { input: { id: hold.id, skipQueue: true } });
    expect(again.data?.commitInflightTransaction).toMatchObject({ __typename: 'AlreadyCommittedError', code: 'ALREADY_COMMITTED' });
  });

  it('inflight: a queued full void releases the hold', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 2_000n);
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '800', inflight: true, skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    const voided = ok((await h.run(ScMpVoid, { input: { id: hold.id } })).data?.voidInflightTransaction, 'Transaction');
    expect(voided).toMatchObject({ id: hold.id, status: 'INFLIGHT' });
    await settles(a, amt(2_000n, 0n));
    expect(await amounts(b)).toEqual(amt(0n, 0n));
    const again = await h.run(ScMpVoid, { input: { id: hold.id, skipQueue: true } });
    expect(again.data?.voidInflightTransaction).toMatchObject({ __typename: 'AlreadyVoidedError', code: 'ALREADY_VOIDED' });
  });

  it('inflight: a queued hold committed in part straight away (the QUEUED row is written late on real Blnk)', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 3_000n);
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '1000', inflight: true })).data?.recordTransaction,
      'Transaction',
    );
    expect(hold.status).toBe('QUEUED');
    // Issue 16: the gateway's answer is usable at once, even before Blnk has written the row.
    // Real Blnk v0.15.2, given a queued commit on a QUEUED hold before the hold's INFLIGHT outcome
    // (`<ref>_q`) exists, retries that commit in its worker (applied 0.5–45 s later) and meanwhile
    // refuses any other action on the hold (409 "a commit or void is already queued"), or accepts
    // one and never applies it: the void below then leaves 6.00 held.
    const commit = await h.run(ScMpCommit, { input: { id: hold.id, preciseAmount: '400' } });
    expect(commit.data?.commitInflightTransaction?.__typename, JSON.stringify(commit)).toBe('Transaction');
    await settles(b, amt(400n, 0n, 600n, 0n));
    expect(await amounts(a)).toEqual(amt(3_000n, 400n, 0n, 600n));
    // Real Blnk may still refuse the next action on the hold for a moment after the queued commit
    // applied (409: its queue entry is not cleared yet); the refusal moves nothing, and a client
    // tries again. Anything but that refusal ends the wait.
    const rest = await until(
      'the void accepted',
      () => h.run(ScMpVoid, { input: { id: hold.id } }),
      (r) => r.data?.voidInflightTransaction?.__typename !== 'ConflictError',
    );
    expect(rest.data?.voidInflightTransaction?.__typename, JSON.stringify(rest)).toBe('Transaction');
    await settles(a, amt(3_000n, 400n));
    expect(await amounts(b)).toEqual(amt(400n, 0n));
  });

  it('inflight: a queued hold voided straight away releases it', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 900n);
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '700', inflight: true })).data?.recordTransaction,
      'Transaction',
    );
    expect(hold.status).toBe('QUEUED');
    const voided = await h.run(ScMpVoid, { input: { id: hold.id } });
    expect(voided.data?.voidInflightTransaction?.__typename, JSON.stringify(voided)).toBe('Transaction');
    // The hold is applied (700 held), then released.
    await settles(a, amt(900n, 0n));
    expect(await amounts(b)).toEqual(amt(0n, 0n));
    const children = await until(
      'the void row',
      () => h.run(ScMpChildren, { parent: hold.id }),
      (r) => (r.data?.transactions?.edges.length ?? 0) > 0,
    );
    expect(children.errors).toBeUndefined();
  });

  it('refunds: skipQueue and queued, each moving the amount back once; a second refund moves nothing', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1_000n);
    const sent = ok(
      (await pay({ source: a, destination: b, preciseAmount: '250', skipQueue: true, description: 'groceries' })).data?.recordTransaction,
      'Transaction',
    );
    const refund = ok((await h.run(ScMpRefund, { input: { id: sent.id, skipQueue: true } })).data?.refundTransaction, 'Transaction');
    expect(refund).toMatchObject({
      status: 'APPLIED',
      preciseAmount: '250',
      reference: `${sent.id}_refund`,
      sourceBalance: { id: b },
      destinationBalance: { id: a },
    });
    expect(await amounts(a)).toEqual(amt(1_250n, 250n));
    expect(await amounts(b)).toEqual(amt(250n, 250n));
    const read = await h.run(ScMpByRef, { reference: `${sent.id}_refund` });
    // Blnk copies the original's description onto the refund.
    expect(read.data?.transactionByReference).toMatchObject({
      id: refund.id,
      description: 'groceries',
      parentTransaction: { id: sent.id },
    });

    // Issue 16 (critical): a second refund must not move money again; the gateway answers with the
    // refund that exists.
    const second = await h.run(ScMpRefund, { input: { id: sent.id, skipQueue: true } });
    // Soft, so that whatever the answer, the money below is checked too.
    expect.soft(second.data?.refundTransaction).toMatchObject({ __typename: 'Transaction', id: refund.id });
    // Real Blnk would apply `<refund>_refund` through its queue: give it time to, then check nothing moved.
    await settle();
    const twice = await h.run(ScMpByRef, { reference: `${refund.id}_refund` });
    expect.soft(twice.data?.transactionByReference ?? null).toBeNull();
    expect(await amounts(a)).toEqual(amt(1_250n, 250n));
    expect(await amounts(b)).toEqual(amt(250n, 250n));

    // A queued refund of a queued transfer (its applied child is reversed).
    const queued = ok((await pay({ source: a, destination: b, preciseAmount: '100' })).data?.recordTransaction, 'Transaction');
    await outcomeOf(queued.id);
    expect(await amounts(b)).toEqual(amt(350n, 250n));
    const back = ok((await h.run(ScMpRefund, { input: { id: queued.id } })).data?.refundTransaction, 'Transaction');
    expect(back.preciseAmount).toBe('100');
    await settles(b, amt(350n, 350n));
    expect(await amounts(a)).toEqual(amt(1_350n, 350n));
  });

  it('refusals tell the truth: nothing to refund in a hold or a rejected transfer, a bulk naming a missing balance, a commit beyond the hold', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 100n);
    // A hold moved nothing yet: there is nothing to refund, and the transaction exists.
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '60', inflight: true, skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    const refundHold = await h.run(ScMpRefund, { input: { id: hold.id, skipQueue: true } });
    expect(refundHold.data?.refundTransaction).toMatchObject({ __typename: 'ValidationError', field: 'id' });
    // A queued transfer Blnk rejected (a holds 100, 40 free): nothing to refund either.
    const rejected = ok((await pay({ source: a, destination: b, preciseAmount: '41' })).data?.recordTransaction, 'Transaction');
    const settled = await outcomeOf(rejected.id);
    expect(settled.outcome?.status).toBe('REJECTED');
    const refundRejected = await h.run(ScMpRefund, { input: { id: settled.outcome!.id, skipQueue: true } });
    expect(refundRejected.data?.refundTransaction).toMatchObject({ __typename: 'ValidationError', field: 'id' });
    const unknown = await h.run(ScMpRefund, { input: { id: 'txn_00000000-0000-4000-8000-00000000beef', skipQueue: true } });
    expect(unknown.data?.refundTransaction).toMatchObject({ __typename: 'NotFoundError', entity: 'Transaction' });
    // Committing more than the hold holds.
    const over = await h.run(ScMpCommit, { input: { id: hold.id, preciseAmount: '61', skipQueue: true } });
    expect(over.data?.commitInflightTransaction).toMatchObject({ __typename: 'ValidationError' });
    // A bulk (skipQueue) whose second item pays a balance that does not exist: NOT_FOUND, not a transaction.
    const missing = await h.run(ScMpBulk, {
      input: {
        skipQueue: true,
        transactions: [
          { source: '@World', destination: b, preciseAmount: '5', currency: 'USD', description: 'fits', allowOverdraft: true },
          {
            source: '@World',
            destination: 'bln_00000000-0000-4000-8000-00000000dead',
            preciseAmount: '5',
            currency: 'USD',
            description: 'nowhere',
            allowOverdraft: true,
          },
        ],
      },
    });
    const refusal = missing.data?.recordBulkTransactions as { code?: string; message?: string } | null | undefined;
    expect(refusal).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal?.message).not.toMatch(/transaction not found/i);
    // Nothing moved but what the first item applied; the hold still holds 60.
    expect(await amounts(a)).toEqual(amt(100n, 0n, 0n, 60n));
    expect(await amounts(b)).toEqual(amt(5n, 0n, 60n, 0n));
  });

  it('bulk, queued and not atomic: "applied" before anything moves; a refused item is REJECTED later, the others applied', async () => {
    const a = await balance();
    const b = await balance();
    const c = await balance();
    await fund(a, 100n);
    const res = await h.run(ScMpBulk, {
      input: {
        transactions: [
          {
            source: '@World',
            destination: b,
            preciseAmount: '70',
            currency: 'USD',
            description: 'one',
            allowOverdraft: true,
            reference: ref('bulk'),
          },
          { source: a, destination: c, preciseAmount: '60', currency: 'USD', description: 'two', reference: ref('bulk') },
          { source: c, destination: b, preciseAmount: '1000', currency: 'USD', description: 'too much', reference: ref('bulk') },
        ],
      },
    });
    const payload = ok(res.data?.recordBulkTransactions, 'BulkTransactionsPayload');
    expect(payload).toMatchObject({ status: 'applied', transactionCount: 3 });
    expect(payload.batchId).toMatch(/^bulk_/);
    // b = 70 from @World; a → c 60 (a holds 100); c → b 1000 rejected (c holds at most 60).
    await settles(b, amt(70n, 0n));
    await settles(c, amt(60n, 0n));
    expect(await amounts(a)).toEqual(amt(100n, 60n));
    const outcomes = await until(
      'every bulk item settled',
      () => Promise.all(payload.references.map((r) => h.run(ScMpByRef, { reference: `${r}_q` }))),
      (rs) => rs.every((r) => r.data?.transactionByReference != null),
    );
    expect(outcomes.map((r) => r.data!.transactionByReference!.status)).toEqual(['APPLIED', 'APPLIED', 'REJECTED']);
    // Every item's row, listed by the batch id.
    const children = await h.run(ScMpChildren, { parent: payload.batchId });
    expect(children.errors).toBeUndefined();
    expect(
      children
        .data!.transactions!.edges.filter((e) => e.node.status === 'QUEUED')
        .map((e) => e.node.reference)
        .sort(),
    ).toEqual([...payload.references].sort());
  });

  it('bulk with skipQueue: applied during the request; a refused item stops the batch, earlier items stay', async () => {
    const a = await balance();
    const b = await balance();
    const okBatch = ok(
      (
        await h.run(ScMpBulk, {
          input: {
            skipQueue: true,
            transactions: [
              { source: '@World', destination: a, preciseAmount: '40', currency: 'USD', description: 'one', allowOverdraft: true },
              { source: a, destination: b, preciseAmount: '15', currency: 'USD', description: 'two' },
            ],
          },
        })
      ).data?.recordBulkTransactions,
      'BulkTransactionsPayload',
    );
    expect(okBatch.items.map((i) => i.transaction && [i.transaction.status, i.transaction.preciseAmount])).toEqual([
      ['APPLIED', '40'],
      ['APPLIED', '15'],
    ]);
    expect(await amounts(a)).toEqual(amt(40n, 15n));
    expect(await amounts(b)).toEqual(amt(15n, 0n));

    // a holds 25: the second item (30) is refused; the first (5 to b) stays, the third never runs.
    const refused = await h.run(ScMpBulk, {
      input: {
        skipQueue: true,
        transactions: [
          { source: a, destination: b, preciseAmount: '5', currency: 'USD', description: 'fits' },
          { source: a, destination: b, preciseAmount: '30', currency: 'USD', description: 'too much' },
          { source: '@World', destination: b, preciseAmount: '1', currency: 'USD', description: 'after', allowOverdraft: true },
        ],
      },
    });
    // Refused during the request: an error coded INSUFFICIENT_FUNDS (the error type may carry the batch too).
    expect(refused.data?.recordBulkTransactions).toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    expect(await amounts(a)).toEqual(amt(40n, 20n));
    expect(await amounts(b)).toEqual(amt(20n, 0n));
  });

  it('bulk atomic with skipQueue: a refused item undoes the earlier ones by queued refunds', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 50n);
    const res = await h.run(ScMpBulk, {
      input: {
        atomic: true,
        skipQueue: true,
        transactions: [
          { source: a, destination: b, preciseAmount: '20', currency: 'USD', description: 'fits' },
          { source: a, destination: b, preciseAmount: '31', currency: 'USD', description: 'too much (30 left)' },
        ],
      },
    });
    expect(res.data?.recordBulkTransactions).toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    // The first item applied (a −20, b +20) and its refund (b −20, a +20) follows through the queue.
    await settles(a, amt(70n, 20n));
    await settles(b, amt(20n, 20n));
  });

  it('bulk runAsync: "processing" at once, the items land later', async () => {
    const a = await balance();
    const b = await balance();
    const res = await h.run(ScMpBulk, {
      input: {
        runAsync: true,
        transactions: [
          { source: '@World', destination: a, preciseAmount: '11', currency: 'USD', description: 'one', allowOverdraft: true },
          { source: '@World', destination: b, preciseAmount: '22', currency: 'USD', description: 'two', allowOverdraft: true },
        ],
      },
    });
    const payload = ok(res.data?.recordBulkTransactions, 'BulkTransactionsPayload');
    expect(payload.status).toBe('processing');
    await settles(a, amt(11n, 0n));
    await settles(b, amt(22n, 0n));
  });

  it('splits: 100.00 from @World to 50% / 20.00 / left, and from two sources by share, each leg exact', async () => {
    const a = await balance();
    const b = await balance();
    const c = await balance();
    const split = ok(
      (
        await pay({
          source: '@World',
          destinations: [
            { identifier: a, distribution: '50%' },
            { identifier: b, distribution: '20.00' },
            { identifier: c, distribution: 'left' },
          ],
          amount: '100.00',
          allowOverdraft: true,
          skipQueue: true,
        })
      ).data?.recordTransaction,
      'Transaction',
    );
    expect(await amounts(a)).toEqual(amt(5_000n, 0n));
    expect(await amounts(b)).toEqual(amt(2_000n, 0n));
    expect(await amounts(c)).toEqual(amt(3_000n, 0n));
    // A client can follow the split's answer to its legs, and read each leg (its parentTransaction
    // included) without an error.
    const legs = await h.run(ScMpChildren, { parent: split.id });
    expect(legs.errors).toBeUndefined();
    expect(legs.data!.transactions!.edges.map((e) => [e.node.destinationBalance?.id, e.node.preciseAmount, e.node.status]).sort()).toEqual(
      [
        [a, '5000', 'APPLIED'],
        [b, '2000', 'APPLIED'],
        [c, '3000', 'APPLIED'],
      ].sort(),
    );

    // Two sources: a gives 30.00, b the rest of 45.00 (15.00), to a fresh d.
    const d = await balance();
    ok(
      (
        await pay({
          sources: [
            { identifier: a, distribution: '30.00' },
            { identifier: b, distribution: 'left' },
          ],
          destination: d,
          amount: '45.00',
          skipQueue: true,
        })
      ).data?.recordTransaction,
      'Transaction',
    );
    expect(await amounts(a)).toEqual(amt(5_000n, 3_000n));
    expect(await amounts(b)).toEqual(amt(2_000n, 1_500n));
    expect(await amounts(d)).toEqual(amt(4_500n, 0n));
  });

  it('effective date: a backdated transfer reads back with its date, and the balance at a moment before and after it', async () => {
    const a = await balance();
    const sent = ok(
      (
        await pay({
          source: '@World',
          destination: a,
          preciseAmount: '777',
          allowOverdraft: true,
          skipQueue: true,
          effectiveDate: '2021-03-01T12:00:00Z',
        })
      ).data?.recordTransaction,
      'Transaction',
    );
    expect(Date.parse(sent.effectiveDate!)).toBe(Date.parse('2021-03-01T12:00:00Z'));
    const read = await h.run(ScMpTxn, { id: sent.id });
    expect(Date.parse(read.data!.transaction!.effectiveDate!)).toBe(Date.parse('2021-03-01T12:00:00Z'));
    expect(await amounts(a)).toEqual(amt(777n, 0n));
    const before = await h.run(ScMpAt, { id: a, at: '2021-02-01T00:00:00Z' });
    const after = await h.run(ScMpAt, { id: a, at: '2021-04-01T00:00:00Z' });
    expect(before.errors).toBeUndefined();
    expect(after.errors).toBeUndefined();
    expect(before.data!.balance!.at).toMatchObject({ balance: '0', creditBalance: '0', debitBalance: '0' });
    expect(after.data!.balance!.at).toMatchObject({ balance: '777', creditBalance: '777', debitBalance: '0' });
  });

  it('scheduled date: SCHEDULED now, nothing moves until the time, then applied (about 2 s late on real Blnk)', async () => {
    const a = await balance();
    const at = new Date(Math.ceil((Date.now() + 3_000) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const scheduled = ok(
      (await pay({ source: '@World', destination: a, preciseAmount: '999', allowOverdraft: true, scheduledFor: at })).data
        ?.recordTransaction,
      'Transaction',
    );
    expect(scheduled.status).toBe('SCHEDULED');
    expect(Date.parse(scheduled.scheduledFor!)).toBe(Date.parse(at));
    expect(await amounts(a)).toEqual(amt(0n, 0n));
    await settles(a, amt(999n, 0n), 15_000);
    // Not before its time.
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(at));
    const outcome = await outcomeOf(scheduled.id, 5_000);
    expect(outcome.outcome).toMatchObject({ status: 'APPLIED', preciseAmount: '999' });
  });

  it('metadata: merged into ledgers, identities, balances and transactions, without Blnk queue keys', async () => {
    const ledgerId = ok((await h.run(ScMpLedger, { input: { name: 'Meta', metaData: { a: 1 } } })).data?.createLedger, 'Ledger').id;
    const identity = ok(
      (await h.run(ScMpIdentity, { input: { firstName: 'Meta', metaData: { a: 1 } } })).data?.createIdentity,
      'Identity',
    ).id;
    const b = ok(
      (await h.run(ScMpBalance, { input: { ledgerId: ledger, currency: 'USD', metaData: { a: 1 } } })).data?.createBalance,
      'Balance',
    ).id;
    // Funded first, so the transfer needs no allowOverdraft (Blnk keeps that flag in metaData).
    await fund(b, 10n);
    const payee = await balance();
    const t = ok(
      (await pay({ source: b, destination: payee, preciseAmount: '1', skipQueue: true, metaData: { a: 1 } })).data?.recordTransaction,
      'Transaction',
    );
    for (const id of [ledgerId, identity, b, t.id]) {
      const res = await h.run(ScMpMetadata, { input: { id, metaData: { b: 'two', nested: { c: true } } } });
      expect(res.data?.updateMetadata, id).toEqual({
        __typename: 'UpdateMetadataPayload',
        id,
        metaData: { a: 1, b: 'two', nested: { c: true } },
      });
    }
    const read = await h.run(ScMpMetaRead, { ids: [ledgerId, identity, b, t.id] });
    expect(read.errors).toBeUndefined();
    expect(read.data!.nodes.map((n) => (n as { metaData?: unknown }).metaData)).toEqual(
      Array(4).fill({ a: 1, b: 'two', nested: { c: true } }),
    );

    // A queued transaction: the caller's keys only, on the answer and read back.
    const q = ok(
      (await pay({ source: b, destination: payee, preciseAmount: '1', metaData: { order: 'o-1' } })).data?.recordTransaction,
      'Transaction',
    );
    expect(q.metaData).toEqual({ order: 'o-1' });
    const applied = await outcomeOf(q.id);
    const res = await h.run(ScMpMetadata, { input: { id: q.id, metaData: { shipped: true } } });
    expect(res.data?.updateMetadata).toEqual({ __typename: 'UpdateMetadataPayload', id: q.id, metaData: { order: 'o-1', shipped: true } });
    const both = await h.run(ScMpMetaRead, { ids: [q.id, applied.outcome!.id] });
    expect(both.data!.nodes.map((n) => (n as { metaData?: unknown }).metaData)).toEqual([
      { order: 'o-1', shipped: true },
      // Blnk merges a transaction's metadata into its children too.
      { order: 'o-1', shipped: true },
    ]);
  });

  it('monitors: create, read (alone and on its balance), update the description, delete; a missing balance is NotFoundError', async () => {
    const a = await balance();
    const created = ok(
      (
        await h.run(ScMpMonitorCreate, {
          input: { balanceId: a, condition: { field: 'BALANCE', operator: 'GT', value: '100', precision: '100' } },
        })
      ).data?.createBalanceMonitor,
      'BalanceMonitor',
    );
    // 100 major units at precision 100: 10000 minor units.
    expect(created).toMatchObject({
      balanceId: a,
      condition: { field: 'BALANCE', operator: 'GT', value: '100', precision: '100', preciseValue: '10000' },
    });
    const read = await h.run(ScMpMonitorRead, { id: created.id, balance: a });
    expect(read.errors).toBeUndefined();
    expect(read.data!.balanceMonitor).toMatchObject({
      id: created.id,
      balanceId: a,
      balance: { id: a },
      condition: { preciseValue: '10000' },
    });
    expect(read.data!.balance!.monitors!.edges.map((e) => e.node)).toEqual([
      { id: created.id, condition: { field: 'BALANCE', operator: 'GT' } },
    ]);

    const updated = ok(
      (
        await h.run(ScMpMonitorUpdate, {
          input: {
            id: created.id,
            description: 'big balance',
            condition: { field: 'BALANCE', operator: 'GTE', value: '100', precision: '100' },
          },
        })
      ).data?.updateBalanceMonitor,
      'BalanceMonitor',
    );
    expect(updated).toMatchObject({
      id: created.id,
      description: 'big balance',
      condition: { field: 'BALANCE', operator: 'GTE', value: '100', preciseValue: '10000' },
    });
    // A monitor does not stop money moving.
    await fund(a, 20_000n);
    expect(await amounts(a)).toEqual(amt(20_000n, 0n));

    const deleted = await h.run(ScMpMonitorDelete, { id: created.id });
    expect(deleted.data?.deleteBalanceMonitor).toEqual({ __typename: 'DeleteBalanceMonitorPayload', deletedId: created.id });
    const gone = await h.run(ScMpMonitorRead, { id: created.id, balance: a });
    expect(gone.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(gone.data!.balance!.monitors!.edges).toEqual([]);

    const missing = await h.run(ScMpMonitorCreate, {
      input: {
        balanceId: 'bln_00000000-0000-4000-8000-00000000dead',
        condition: { field: 'BALANCE', operator: 'GT', value: '1', precision: '100' },
      },
    });
    expect(missing.data?.createBalanceMonitor).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', entity: 'Balance' });
  });
});

/**
 * Lets Blnk's queue do anything it still would: real Blnk says nothing of its queue, so 2 s
 * (above its ~1.3 s); the sandbox's queue says when it is idle, which saves `npm test` the wait.
 */
function settle(): Promise<unknown> {
  return h.target.sandbox ? h.target.sandbox.queue.idle() : new Promise((r) => setTimeout(r, 2_000));
}
