import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 16, Build 5: the money paths where real Blnk Core v0.15.2 would mislead a client, and what
 * the gateway answers instead. One definition on the sandbox and on real Blnk. Every path starts
 * from fresh balances (USD, precision 100) funded through REST; the expected amounts are worked
 * out by hand beside each check. Asynchronous results are awaited by bounded polling.
 */

let h: ScenarioHarness;
let ledger = '';
const run = `dm${Date.now().toString(36)}`;
let seq = 0;
const ref = (name: string) => `${run}-${name}-${++seq}`;

const DmPay = graphql(`
  mutation DmPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        reference
        status
        metaData
        children(first: 10) {
          edges {
            node {
              id
              reference
              parentTransactionId
            }
          }
        }
      }
      ... on DuplicateReferenceError {
        reference
      }
      ... on ValidationError {
        path
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const DmTxn = graphql(`
  query DmTxn($id: ID!) {
    transaction(id: $id) {
      id
      reference
      status
      metaData
      parentTransactionId
      parentTransaction {
        id
      }
      outcome {
        id
        status
        metaData
      }
    }
  }
`);
const DmRefund = graphql(`
  mutation DmRefund($input: RefundTransactionInput!) {
    refundTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        reference
        status
        preciseAmount
      }
      ... on ValidationError {
        path
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const DmVoid = graphql(`
  mutation DmVoid($input: VoidInflightTransactionInput!) {
    voidInflightTransaction(input: $input) {
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
const DmCommit = graphql(`
  mutation DmCommit($input: CommitInflightTransactionInput!) {
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
const DmBulk = graphql(`
  mutation DmBulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on BulkTransactionsPayload {
        batchId
        items {
          reference
          transaction {
            id
            metaData
            outcome {
              status
              metaData
            }
          }
        }
      }
      ... on BulkItemFailedError {
        batchId
        index
        reference
        rolledBack
        appliedReferences
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
const DmLegs = graphql(`
  query DmLegs($parent: ID!) {
    transactions(filter: { parentTransactionId: { eq: $parent } }, first: 10) {
      edges {
        node {
          id
          reference
          parentTransactionId
          parentTransaction {
            id
          }
        }
      }
    }
  }
`);
const DmPage = graphql(`
  query DmPage($balance: ID!, $first: Int!, $after: String, $order: OrderBy) {
    transactions(filter: { balanceId: { eq: $balance } }, first: $first, after: $after, orderBy: $order) {
      edges {
        node {
          id
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const DmMetadata = graphql(`
  mutation DmMetadata($input: UpdateMetadataInput!) {
    updateMetadata(input: $input) {
      __typename
      ... on UpdateMetadataPayload {
        metaData
      }
      ... on ValidationError {
        path
      }
      ... on Error {
        code
      }
    }
  }
`);

type Typed = { __typename?: string };
function ok<T extends Typed, N extends string>(value: T | null | undefined, typename: N): Extract<T, { __typename?: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename?: N }>;
}

async function balance(): Promise<string> {
  const res = await h.target.call('POST', '/balances', { body: { ledger_id: ledger, currency: 'USD' } });
  expect(res.status).toBe(201);
  return res.json.balance_id as string;
}

/** Funds a balance from @World at once (REST, skip_queue). */
async function fund(id: string, minor: bigint): Promise<void> {
  const res = await h.target.call('POST', '/transactions', {
    body: {
      source: '@World',
      destination: id,
      precise_amount: minor,
      precision: 100n,
      currency: 'USD',
      reference: ref('fund'),
      description: 'fund',
      skip_queue: true,
      allow_overdraft: true,
    },
  });
  expect(res.status).toBe(201);
}

async function amounts(id: string): Promise<{ balance: bigint; inflight: bigint }> {
  const res = await h.target.call('GET', `/balances/${id}`);
  return { balance: BigInt(res.json.balance), inflight: BigInt(res.json.inflight_balance) };
}

const pay = (input: Record<string, unknown>) =>
  h.run(DmPay, { input: { currency: 'USD', precision: '100', description: 'divergence', reference: ref('pay'), ...input } as never });

/** 40 queued transfers into a balance of their own, sent at once through REST. */
async function burst(): Promise<void> {
  const sink = await balance();
  const sent = await Promise.all(
    Array.from({ length: 40 }, () =>
      h.target.call('POST', '/transactions', {
        body: {
          source: '@World',
          destination: sink,
          precise_amount: 1n,
          precision: 100n,
          currency: 'USD',
          reference: ref('burst'),
          description: 'burst',
          allow_overdraft: true,
        },
      }),
    ),
  );
  expect(sent.every((r) => r.status === 201)).toBe(true);
}

async function outcomeOf(id: string) {
  return until(
    `outcome of ${id}`,
    async () => (await h.run(DmTxn, { id })).data?.transaction,
    (t) => t?.outcome !== null && t?.outcome !== undefined,
  );
}

async function pageOf(balanceId: string, first: number, after: string | null, order: 'CREATED_AT_DESC' | 'CREATED_AT_ASC') {
  const conn = (await h.run(DmPage, { balance: balanceId, first, after, order })).data!.transactions!;
  return { ids: conn.edges.map((e) => e.node.id), hasNext: conn.pageInfo.hasNextPage, endCursor: conn.pageInfo.endCursor ?? null };
}

beforeAll(async () => {
  h = await startScenario();
  const res = await h.target.call('POST', '/ledgers', { body: { name: 'Divergences, money' } });
  ledger = res.json.ledger_id as string;
});
afterAll(() => h?.close());

describe('divergences: money paths (issue 16, Build 5)', () => {
  it('divergence: a second refundTransaction answers the first refund and moves no money again', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    // a → b 3.00 now: a 7.00, b 3.00.
    const sent = ok(
      (await pay({ source: a, destination: b, preciseAmount: '300', skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    const first = ok((await h.run(DmRefund, { input: { id: sent.id, skipQueue: true } })).data?.refundTransaction, 'Transaction');
    expect(first).toMatchObject({ reference: `${sent.id}_refund`, status: 'APPLIED', preciseAmount: '300' });
    // Refunded: a 10.00, b 0.
    expect(await amounts(b)).toEqual({ balance: 0n, inflight: 0n });
    const second = ok((await h.run(DmRefund, { input: { id: sent.id, skipQueue: true } })).data?.refundTransaction, 'Transaction');
    expect(second.id).toBe(first.id);
    // Blnk, asked again, would refund the refund (b 3.00 again): nothing of that happened.
    expect(await amounts(a)).toEqual({ balance: 1000n, inflight: 0n });
    expect(await amounts(b)).toEqual({ balance: 0n, inflight: 0n });
    expect((await h.target.call('GET', `/transactions/reference/${first.id}_refund`)).status).toBe(404);
  });

  it('divergence: a second refund of a queued transaction answers the refund of its outcome, nothing more', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    const queued = ok((await pay({ source: a, destination: b, preciseAmount: '250' })).data?.recordTransaction, 'Transaction');
    const applied = (await outcomeOf(queued.id))!.outcome!;
    expect(applied.status).toBe('APPLIED');
    // b 2.50; refunding the queued id refunds its outcome: b 0.
    const first = ok((await h.run(DmRefund, { input: { id: queued.id, skipQueue: true } })).data?.refundTransaction, 'Transaction');
    expect(first).toMatchObject({ reference: `${applied.id}_refund`, preciseAmount: '250' });
    const second = ok((await h.run(DmRefund, { input: { id: queued.id, skipQueue: true } })).data?.refundTransaction, 'Transaction');
    expect(second.id).toBe(first.id);
    expect(await amounts(a)).toEqual({ balance: 1000n, inflight: 0n });
    expect(await amounts(b)).toEqual({ balance: 0n, inflight: 0n });
  });

  it('divergence: a queued hold can be read, voided and committed the moment recordTransaction answers', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    // Real Blnk writes a queued row after answering, in one of 20 goroutines: a burst of queued
    // transfers elsewhere keeps them busy, so the hold's row is written well after its answer.
    await burst();
    // Hold 2.00 (queued), read and void it at once: a ends at 10.00 with nothing held.
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '200', inflight: true })).data?.recordTransaction,
      'Transaction',
    );
    expect(hold.status).toBe('QUEUED');
    const read = (await h.run(DmTxn, { id: hold.id })).data?.transaction;
    expect(read).toMatchObject({ id: hold.id, status: 'QUEUED' });
    const voided = (await h.run(DmVoid, { input: { id: hold.id } })).data?.voidInflightTransaction;
    expect(voided?.__typename, JSON.stringify(voided)).toBe('Transaction');
    // Hold 3.00 (queued), commit it now (skipQueue) at once: b 3.00.
    const hold2 = ok(
      (await pay({ source: a, destination: b, preciseAmount: '300', inflight: true })).data?.recordTransaction,
      'Transaction',
    );
    const committed = ok(
      (await h.run(DmCommit, { input: { id: hold2.id, skipQueue: true } })).data?.commitInflightTransaction,
      'Transaction',
    );
    expect(committed).toMatchObject({ status: 'APPLIED', preciseAmount: '300' });
    // The void applies through the queue: a 10.00 − 3.00 = 7.00, nothing held; b 3.00.
    await until(
      'the hold voided',
      () => amounts(a),
      (v) => v.balance === 700n && v.inflight === 0n,
    );
    expect(await amounts(b)).toEqual({ balance: 300n, inflight: 0n });
  });

  it('divergence: a queued recordTransaction reusing a reference answers DuplicateReferenceError, and money moves once', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    const reference = ref('dup');
    await burst();
    const first = ok((await pay({ source: a, destination: b, preciseAmount: '100', reference })).data?.recordTransaction, 'Transaction');
    const second = ok(
      (await pay({ source: a, destination: b, preciseAmount: '700', reference })).data?.recordTransaction,
      'DuplicateReferenceError',
    );
    expect(second).toMatchObject({ code: 'DUPLICATE_REFERENCE', reference });
    expect((await outcomeOf(first.id))!.outcome).toMatchObject({ status: 'APPLIED' });
    // Only the first moved: a 9.00, b 1.00.
    await until(
      'the first applied',
      () => amounts(b),
      (v) => v.balance === 100n,
    );
    expect(await amounts(a)).toEqual({ balance: 900n, inflight: 0n });
  });

  it("divergence: a split's answer leads to its legs, and a leg's parent is named without an error", async () => {
    const a = await balance();
    const b = await balance();
    const split = ok(
      (
        await pay({
          source: '@World',
          destinations: [
            { identifier: a, distribution: '50%' },
            { identifier: b, distribution: 'left' },
          ],
          preciseAmount: '400',
          allowOverdraft: true,
        })
      ).data?.recordTransaction,
      'Transaction',
    );
    // Both legs are there as soon as the answer is, each naming the split as its parent.
    const legs = split.children!.edges.map((e) => e.node);
    expect(legs.map((l) => l.reference).sort()).toEqual([`${split.reference}_1`, `${split.reference}_2`]);
    expect(legs.every((l) => l.parentTransactionId === split.id)).toBe(true);
    const res = await h.run(DmLegs, { parent: split.id });
    expect(res.errors).toBeUndefined();
    const read = res.data!.transactions!.edges.map((e) => e.node);
    expect(read).toHaveLength(2);
    for (const leg of read) expect(leg).toMatchObject({ parentTransactionId: split.id, parentTransaction: null });
    // 4.00 split 50% / left: a 2.00, b 2.00 once the queue has run.
    await until(
      'the legs applied',
      async () => [await amounts(a), await amounts(b)],
      ([x, y]) => x!.balance === 200n && y!.balance === 200n,
    );
  });

  it('divergence: refunding a hold or a rejected transaction says what it is, not that it does not exist', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    const hold = ok(
      (await pay({ source: a, destination: b, preciseAmount: '200', inflight: true, skipQueue: true })).data?.recordTransaction,
      'Transaction',
    );
    const ofHold = ok((await h.run(DmRefund, { input: { id: hold.id } })).data?.refundTransaction, 'ValidationError');
    expect(ofHold).toMatchObject({ code: 'VALIDATION_ERROR', path: ['id'] });
    expect(ofHold.message).toMatch(/hold/);
    // 20.00 from a balance holding 10.00 (2.00 of it held): rejected by the queue.
    const refused = ok((await pay({ source: a, destination: b, preciseAmount: '2000' })).data?.recordTransaction, 'Transaction');
    expect((await outcomeOf(refused.id))!.outcome!.status).toBe('REJECTED');
    const ofRejected = ok((await h.run(DmRefund, { input: { id: refused.id } })).data?.refundTransaction, 'ValidationError');
    expect(ofRejected).toMatchObject({ code: 'VALIDATION_ERROR', path: ['id'] });
    expect(ofRejected.message).toMatch(/rejected/);
    // Nothing moved: a 10.00 with 2.00 held, b nothing.
    expect(await amounts(a)).toEqual({ balance: 1000n, inflight: -200n });
    expect(await amounts(b)).toEqual({ balance: 0n, inflight: 200n });
  });

  it('divergence: a skipQueue bulk naming a missing balance answers that the balance is missing, with the batch and what moved', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    const item = (reference: string, destination: string) => ({
      source: a,
      destination,
      preciseAmount: '100',
      precision: '100',
      currency: 'USD',
      description: 'bulk',
      reference,
    });
    const refs = [ref('bulk'), ref('bulk')];
    const missing = 'bln_00000000-0000-4000-8000-000000000000';
    const res = await h.run(DmBulk, { input: { skipQueue: true, transactions: [item(refs[0]!, b), item(refs[1]!, missing)] } });
    const failed = ok(res.data?.recordBulkTransactions, 'BulkItemFailedError');
    expect(failed).toMatchObject({ code: 'NOT_FOUND', index: 1, reference: refs[1], rolledBack: false, appliedReferences: [refs[0]] });
    expect(failed.message).toMatch(/Balance not found/);
    expect(failed.batchId).toMatch(/^bulk_/);
    // The first item stays applied: a 9.00, b 1.00.
    expect(await amounts(b)).toEqual({ balance: 100n, inflight: 0n });
  });

  it('divergence: a failed atomic skipQueue bulk says it rolled back what it had applied', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    const item = (reference: string, minor: string) => ({
      source: a,
      destination: b,
      preciseAmount: minor,
      precision: '100',
      currency: 'USD',
      description: 'bulk',
      reference,
    });
    const refs = [ref('atomic'), ref('atomic')];
    const res = await h.run(DmBulk, {
      input: { skipQueue: true, atomic: true, transactions: [item(refs[0]!, '300'), item(refs[1]!, '5000')] },
    });
    const failed = ok(res.data?.recordBulkTransactions, 'BulkItemFailedError');
    expect(failed).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      index: 1,
      reference: refs[1],
      rolledBack: true,
      appliedReferences: [refs[0]],
    });
    // The 3.00 applied is refunded through the queue: b back to 0, a to 10.00.
    await until(
      'the batch rolled back',
      () => amounts(b),
      (v) => v.balance === 0n,
    );
    expect(await amounts(a)).toEqual({ balance: 1000n, inflight: 0n });
  });

  it('divergence: transaction pages follow one total order, so no row repeats or goes missing across pages', async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    // Three queued transfers: each QUEUED row and its applied `_q` child share created_at.
    const sent = [];
    for (let i = 0; i < 3; i++)
      sent.push(ok((await pay({ source: a, destination: b, preciseAmount: '100' })).data?.recordTransaction, 'Transaction'));
    for (const s of sent) await outcomeOf(s.id);
    for (const order of ['CREATED_AT_DESC', 'CREATED_AT_ASC'] as const) {
      const whole = (await h.run(DmPage, { balance: b, first: 50, order })).data!.transactions!.edges.map((e) => e.node);
      // 3 QUEUED rows and their 3 applied children.
      expect(whole).toHaveLength(6);
      const sign = order === 'CREATED_AT_DESC' ? -1 : 1;
      const sorted = [...whole].sort((x, y) => sign * (Date.parse(x.createdAt!) - Date.parse(y.createdAt!) || (x.id < y.id ? -1 : 1)));
      expect(whole.map((n) => n.id)).toEqual(sorted.map((n) => n.id));
      for (const size of [1, 2]) {
        const paged: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const conn = await pageOf(b, size, after, order);
          paged.push(...conn.ids);
          if (!conn.hasNext) break;
          after = conn.endCursor;
        }
        expect(paged, `${order}, pages of ${size}`).toEqual(sorted.map((n) => n.id));
      }
    }
  });

  it("divergence: Blnk's queue keys are not shown in metaData, and a caller cannot write them", async () => {
    const a = await balance();
    const b = await balance();
    await fund(a, 1000n);
    const queued = ok(
      (await pay({ source: a, destination: b, preciseAmount: '100', metaData: { order: '42' } })).data?.recordTransaction,
      'Transaction',
    );
    expect(queued.metaData).toEqual({ order: '42' });
    const read = (await outcomeOf(queued.id))!;
    expect(read.metaData).toEqual({ order: '42' });
    expect(read.outcome!.metaData).toEqual({ order: '42' });
    const merged = ok(
      (await h.run(DmMetadata, { input: { id: queued.id, metaData: { note: 'x' } } })).data?.updateMetadata,
      'UpdateMetadataPayload',
    );
    expect(merged.metaData).toEqual({ order: '42', note: 'x' });
    const refusedWrite = ok(
      (await pay({ source: a, destination: b, preciseAmount: '100', metaData: { queue_lane: 'hot' } })).data?.recordTransaction,
      'ValidationError',
    );
    expect(refusedWrite.path).toEqual(['metaData', 'queue_lane']);
    const refusedMerge = ok(
      (await h.run(DmMetadata, { input: { id: queued.id, metaData: { QUEUED_PARENT_TRANSACTION: 'txn_x' } } })).data?.updateMetadata,
      'ValidationError',
    );
    expect(refusedMerge.path).toEqual(['metaData', 'QUEUED_PARENT_TRANSACTION']);
    // A bulk item's rows carry Blnk's `sequence` too: not shown.
    const bulk = ok(
      (
        await h.run(DmBulk, {
          input: {
            transactions: [
              {
                source: a,
                destination: b,
                preciseAmount: '100',
                precision: '100',
                currency: 'USD',
                description: 'bulk',
                reference: ref('seq'),
                metaData: { k: 'v' },
              },
            ],
          },
        })
      ).data?.recordBulkTransactions,
      'BulkTransactionsPayload',
    );
    expect(bulk.items[0]!.transaction?.metaData).toEqual({ k: 'v' });
  });
});
