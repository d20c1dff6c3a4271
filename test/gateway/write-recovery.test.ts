import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * Issue 11, item 8: every write whose answer is lost (the sandbox's drop-after fault: Blnk does
 * the work, then the connection dies) answers with something a client can act on, and a
 * client's retry never moves money twice.
 */

let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Write recovery');
});
afterAll(() => h.close());
beforeEach(() => {
  h.sandbox.faults.clear();
  h.sandbox.queue.resume();
});

interface Reply {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(JSON.parse(await res.text()) as object) };
}

const balanceOf = (id: string) => h.sandbox.store.balances.get(id)!;
const net = (id: string) => balanceOf(id).credit_balance - balanceOf(id).debit_balance;
const rowsWith = (pred: (t: { reference: string; parent_transaction: string; status: string }) => boolean) =>
  [...h.sandbox.store.transactions.values()].filter(pred);

const BULK = `
  mutation Bulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on BulkTransactionsPayload { batchId references }
      ... on Error { code }
    }
  }
`;

describe('recordBulkTransactions when the answer is lost', () => {
  it('answers with every reference in input order and the batch id, and a retry with them writes nothing twice', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    const given = `bulk-given-${Date.now()}`;
    const input = {
      transactions: [
        { source: '@World', destination: a, preciseAmount: '10', currency: 'USD', description: 'one', allowOverdraft: true },
        {
          source: '@World',
          destination: b,
          preciseAmount: '20',
          currency: 'USD',
          description: 'two',
          allowOverdraft: true,
          reference: given,
        },
        { source: '@World', destination: a, preciseAmount: '30', currency: 'USD', description: 'three', allowOverdraft: true },
      ],
    };
    h.sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/transactions/bulk', times: 1 });
    const lost = await gql(BULK, { input });
    expect(lost.data?.recordBulkTransactions ?? null).toBeNull();
    const error = lost.errors![0]!;
    expect(error.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    const references = error.extensions!.references as string[];
    expect(references).toHaveLength(3);
    expect(references[1]).toBe(given);
    // The references are the ones Blnk stored, in input order.
    const stored = references.map((r) => rowsWith((t) => t.reference === r));
    expect(stored.map((rows) => rows.length)).toEqual([1, 1, 1]);
    const batchId = stored[0]![0]!.parent_transaction;
    expect(batchId).toMatch(/^bulk_/);
    expect(error.extensions!.batchId).toBe(batchId);
    expect(error.message).toMatch(/do not send it again/);
    // The batch is queued (Blnk v0.15.2): its items move once the worker has run.
    await h.sandbox.queue.idle();
    expect(net(a)).toBe(40n);
    expect(net(b)).toBe(20n);

    // A client that retries with the references it was given cannot record the batch twice.
    const retry = await gql(BULK, {
      input: { transactions: input.transactions.map((t, i) => ({ ...t, reference: references[i] })) },
    });
    expect(retry.data!.recordBulkTransactions).toMatchObject({ __typename: 'DuplicateReferenceError' });
    expect(net(a)).toBe(40n);
    expect(net(b)).toBe(20n);
  });

  it('names the references when Blnk answers 502 without recording anything', async () => {
    const a = await f.balance(ledger);
    h.sandbox.faults.add({ kind: 'error', status: 502, method: 'POST', route: '/transactions/bulk', times: 1 });
    const res = await gql(BULK, {
      input: {
        transactions: [{ source: '@World', destination: a, preciseAmount: '5', currency: 'USD', description: 'x', allowOverdraft: true }],
      },
    });
    const error = res.errors![0]!;
    expect(error.extensions!.code).toBe('UPSTREAM_ERROR');
    expect(error.extensions!.references).toHaveLength(1);
    expect(error.extensions!.references[0]).toMatch(/^gql_/);
    expect(error.extensions!.batchId).toBeUndefined();
    expect(error.message).toMatch(/look its transactions up by the references/);
    expect(net(a)).toBe(0n);
  });
});

const RECORD = `
  mutation Record($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction { id reference status preciseAmount }
      ... on Error { code }
    }
  }
`;

describe('recordTransaction after a 5xx', () => {
  it('answers an empty 500 with the reference, having sent the write once', async () => {
    const a = await f.balance(ledger);
    h.sandbox.faults.add({ kind: 'empty', status: 500, method: 'POST', route: '/transactions', times: 1 });
    h.sandbox.resetRequests();
    const reference = `empty-once-${Date.now()}`;
    const res = await gql(RECORD, {
      input: {
        source: '@World',
        destination: a,
        preciseAmount: '7',
        currency: 'USD',
        description: 'x',
        allowOverdraft: true,
        skipQueue: true,
        reference,
      },
    });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reference });
    expect(h.sandbox.count('POST', '/transactions')).toBe(1);
    // Looking the reference up, as the error says, shows nothing was recorded: a retry is safe.
    const lookup = await gql(`query ($r: String!) { transactionByReference(reference: $r) { id } }`, { r: reference });
    expect(lookup.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(net(a)).toBe(0n);
  });

  it('answers with the reference when 502s and empty 500s keep coming', async () => {
    const a = await f.balance(ledger);
    for (const kind of ['empty', 'error'] as const) {
      h.sandbox.faults.add({ kind, status: kind === 'empty' ? 500 : 502, method: 'POST', route: '/transactions', times: 2 });
      const reference = `${kind}-twice-${Date.now()}`;
      const res = await gql(RECORD, {
        input: {
          source: '@World',
          destination: a,
          preciseAmount: '7',
          currency: 'USD',
          description: 'x',
          allowOverdraft: true,
          skipQueue: true,
          reference,
        },
      });
      expect(res.data?.recordTransaction ?? null).toBeNull();
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reference });
      expect(res.errors![0]!.message).toMatch(/look it up by its reference/);
    }
    expect(net(a)).toBe(0n);
  });
});

const HOLD = `
  mutation Hold($input: RecordTransactionInput!) {
    recordTransaction(input: $input) { ... on Transaction { id } ... on Error { code } }
  }
`;
const COMMIT = `
  mutation Commit($input: CommitInflightTransactionInput!) {
    commitInflightTransaction(input: $input) {
      __typename
      ... on Transaction { id status preciseAmount parentTransaction { id } }
      ... on Error { code }
    }
  }
`;
const VOID = `
  mutation Void($input: VoidInflightTransactionInput!) {
    voidInflightTransaction(input: $input) {
      __typename
      ... on Transaction { id status preciseAmount parentTransaction { id } }
      ... on Error { code }
    }
  }
`;

async function hold(payer: string, payee: string, amount: string): Promise<string> {
  const res = await gql(HOLD, {
    input: {
      source: payer,
      destination: payee,
      preciseAmount: amount,
      currency: 'USD',
      description: 'hold',
      inflight: true,
      skipQueue: true,
    },
  });
  return res.data!.recordTransaction.id;
}

describe('inflight commits and voids when the answer is lost', () => {
  it('answers a lost partial commit with the commit Blnk applied, so the hold is committed once', async () => {
    const payer = await f.balance(ledger);
    const payee = await f.balance(ledger);
    await f.transfer('@World', payer, 1_000n);
    const holdId = await hold(payer, payee, '1000');
    h.sandbox.faults.add({ kind: 'drop-after', method: 'PUT', route: '/transactions/inflight/:txID', times: 1 });
    const res = await gql(COMMIT, { input: { id: holdId, preciseAmount: '400', skipQueue: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.commitInflightTransaction).toMatchObject({
      __typename: 'Transaction',
      status: 'APPLIED',
      preciseAmount: '400',
      parentTransaction: { id: holdId },
    });
    expect(net(payee)).toBe(400n);
    expect(h.sandbox.store.transactions.get(holdId)!.hold!.committed).toBe(400n);
    expect(h.sandbox.count('PUT', '/transactions/inflight/:txID')).toBeGreaterThan(0);
    // The write itself was sent exactly once.
    expect(h.sandbox.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(holdId))).toHaveLength(1);
  });

  it('tells the caller to read the hold’s children when a queued commit has not landed yet', async () => {
    const payer = await f.balance(ledger);
    const payee = await f.balance(ledger);
    await f.transfer('@World', payer, 1_000n);
    const holdId = await hold(payer, payee, '1000');
    h.sandbox.queue.pause();
    h.sandbox.faults.add({ kind: 'drop-after', method: 'PUT', route: '/transactions/inflight/:txID', times: 1 });
    const res = await gql(COMMIT, { input: { id: holdId, preciseAmount: '800' } });
    const error = res.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', holdId });
    expect(error.message).toMatch(/read its children/);
    h.sandbox.queue.resume();
    await h.sandbox.queue.idle();
    // What the caller is told to read shows the commit, once.
    const children = await gql(`query ($id: ID!) { transaction(id: $id) { children { edges { node { status preciseAmount } } } } }`, {
      id: holdId,
    });
    expect(children.data!.transaction.children.edges.map((e: any) => e.node)).toEqual([{ status: 'APPLIED', preciseAmount: '800' }]);
    expect(net(payee)).toBe(800n);
  });

  it('answers a lost void with the void Blnk applied', async () => {
    const payer = await f.balance(ledger);
    const payee = await f.balance(ledger);
    await f.transfer('@World', payer, 1_000n);
    const holdId = await hold(payer, payee, '600');
    h.sandbox.faults.add({ kind: 'drop-after', method: 'PUT', route: '/transactions/inflight/:txID', times: 1 });
    const res = await gql(VOID, { input: { id: holdId, skipQueue: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.voidInflightTransaction).toMatchObject({
      __typename: 'Transaction',
      status: 'VOID',
      parentTransaction: { id: holdId },
    });
    expect(balanceOf(payer).inflight_debit_balance).toBe(0n);
  });
});

const REFUND = `
  mutation Refund($input: RefundTransactionInput!) {
    refundTransaction(input: $input) {
      __typename
      ... on Transaction { id reference status preciseAmount }
      ... on Error { code }
    }
  }
`;

describe('refundTransaction when the answer is lost', () => {
  it('answers with the refund Blnk recorded (reference <txn>_refund), and a retry refunds nothing more', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 1_000n);
    const sent = await f.transfer(a, b, 250n);
    h.sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/refund-transaction/:id', times: 1 });
    const res = await gql(REFUND, { input: { id: sent.transaction_id, skipQueue: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.refundTransaction).toMatchObject({
      __typename: 'Transaction',
      reference: `${sent.transaction_id}_refund`,
      status: 'APPLIED',
      preciseAmount: '250',
    });
    expect(net(a)).toBe(1_000n);
    expect(net(b)).toBe(0n);
    h.sandbox.resetRequests();
    for (let i = 0; i < 2; i += 1) {
      // Already refunded: the same refund again, and nothing sent (Blnk would refund the refund).
      const again = await gql(REFUND, { input: { id: sent.transaction_id, skipQueue: true } });
      expect(again.data!.refundTransaction).toMatchObject({ __typename: 'Transaction', reference: `${sent.transaction_id}_refund` });
    }
    expect(h.sandbox.requests.filter((r) => r.route === '/refund-transaction/:id')).toHaveLength(0);
    expect(net(a)).toBe(1_000n);
    expect(net(b)).toBe(0n);
  });

  it('names the refund reference to look up when nothing can be confirmed', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 1_000n);
    const sent = await f.transfer(a, b, 100n);
    h.sandbox.faults.add({ kind: 'error', status: 502, method: 'POST', route: '/refund-transaction/:id', times: 1 });
    const res = await gql(REFUND, { input: { id: sent.transaction_id, skipQueue: true } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reference: `${sent.transaction_id}_refund` });
    expect(net(b)).toBe(100n);
  });
});
