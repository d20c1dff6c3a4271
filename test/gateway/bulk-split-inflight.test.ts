import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { ref } from '../helpers/sandbox.js';

/** Bounded polling for something the gateway does while a request is pending. */
async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Issue 12, Build 4: bulk, split and inflight as Blnk v0.15.2 does them (docs/blnk-differences.md,
 * rows 17-19), through the gateway's HTTP handling against the sandbox.
 */

let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Bulk split inflight');
});
afterAll(() => h.close());
beforeEach(() => h.sandbox.queue.resume());

interface Reply {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return JSON.parse(await res.text()) as Reply;
}

const balanceOf = (id: string) => h.sandbox.store.balances.get(id)!;
const net = (id: string) => balanceOf(id).credit_balance - balanceOf(id).debit_balance;
const parentOf = (id: string) => h.sandbox.store.transactions.get(id)!.parent_transaction;

const BULK = `
  mutation Bulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on Error { code message }
      ... on ValidationError { field }
      ... on DuplicateReferenceError { reference }
      ... on BulkTransactionsPayload {
        batchId status transactionCount references
        items { reference transaction { id status outcome { status } } }
      }
    }
  }
`;

const transfer = (source: string, destination: string, preciseAmount: string, extra: Record<string, unknown> = {}) => ({
  source,
  destination,
  preciseAmount,
  currency: 'USD',
  description: 'bulk item',
  ...extra,
});

describe('recordBulkTransactions as Blnk v0.15.2 queues it', () => {
  it('answers "applied" before anything moves, and items shows each item QUEUED, then its outcome: APPLIED or REJECTED', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 1000n);
    const refs = [ref('ok'), ref('too-much')];
    h.sandbox.queue.pause();
    const res = await gql(BULK, {
      input: { transactions: [transfer(a, b, '300', { reference: refs[0] }), transfer(a, b, '5000', { reference: refs[1] })] },
    });
    const payload = res.data!.recordBulkTransactions;
    expect(payload).toMatchObject({ __typename: 'BulkTransactionsPayload', status: 'applied', transactionCount: 2, references: refs });
    // Nothing moved, yet the batch is "applied": every item is still QUEUED.
    expect(net(a)).toBe(1000n);
    expect(payload.items.map((i: any) => [i.reference, i.transaction.status, parentOf(i.transaction.id), i.transaction.outcome])).toEqual([
      [refs[0], 'QUEUED', payload.batchId, null],
      [refs[1], 'QUEUED', payload.batchId, null],
    ]);

    h.sandbox.queue.resume();
    await h.sandbox.queue.idle();
    const ITEMS = `query($ref: String!) { transactionByReference(reference: $ref) { status outcome { status } } }`;
    const outcomes = await Promise.all(refs.map(async (r) => (await gql(ITEMS, { ref: r })).data!.transactionByReference.outcome.status));
    expect(outcomes).toEqual(['APPLIED', 'REJECTED']);
    expect(net(a)).toBe(700n);
    expect(net(b)).toBe(300n);
  });

  it('looks every item up in one upstream call, whatever the number of items', async () => {
    const a = await f.balance(ledger);
    const transactions = Array.from({ length: 7 }, (_, i) => transfer('@World', a, String(i + 1), { allowOverdraft: true }));
    h.sandbox.resetRequests();
    const res = await gql(BULK, { input: { transactions } });
    const payload = res.data!.recordBulkTransactions;
    expect(payload.items).toHaveLength(7);
    expect(payload.items.every((i: any) => parentOf(i.transaction.id) === payload.batchId)).toBe(true);
    const routes = h.upstream().map((r) => `${r.method} ${r.route}`);
    expect(routes.filter((r) => r === 'POST /transactions/bulk')).toHaveLength(1);
    // Before the write, one lookup of all 7 references (already taken?); after it, one lookup
    // of all 7 for items, and at most a few more for rows Blnk had not written yet.
    const lookups = h.sandbox.requests
      .filter((r) => r.route === '/transactions/filter')
      .map((r) => JSON.parse(r.body).filters[0].values.length);
    expect(lookups.slice(0, 2)).toEqual([7, 7]);
    expect(lookups.length).toBeLessThanOrEqual(2 + 4);
    expect(routes).toHaveLength(1 + lookups.length);
  });

  it('with skipQueue applies during the request: a refused item answers BulkItemFailedError (code INSUFFICIENT_FUNDS, the batch, what moved), and without atomic the items before it stay applied', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 100n);
    h.sandbox.resetRequests();
    const res = await gql(BULK, {
      input: { skipQueue: true, transactions: [transfer(a, b, '60'), transfer(a, b, '60')] },
    });
    expect(res.data!.recordBulkTransactions).toMatchObject({ __typename: 'BulkItemFailedError', code: 'INSUFFICIENT_FUNDS' });
    expect(JSON.parse(h.sandbox.requests.find((r) => r.route === '/transactions/bulk')!.body)).toMatchObject({ skip_queue: true });
    expect(net(a)).toBe(40n);
    expect(net(b)).toBe(60n);
  });

  it('with skipQueue and atomic, what was applied is refunded through the queue (both rows stay)', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 100n);
    const first = ref('first');
    const res = await gql(BULK, {
      input: { skipQueue: true, atomic: true, transactions: [transfer(a, b, '60', { reference: first }), transfer(a, b, '60')] },
    });
    expect(res.data!.recordBulkTransactions).toMatchObject({ __typename: 'BulkItemFailedError', code: 'INSUFFICIENT_FUNDS' });
    await h.sandbox.queue.idle();
    expect(net(a)).toBe(100n);
    expect(net(b)).toBe(0n);
    const original = [...h.sandbox.store.transactions.values()].find((t) => t.reference === first)!;
    expect(original.status).toBe('APPLIED');
    expect(h.sandbox.store.references.has(`${original.transaction_id}_refund`)).toBe(true);
  });

  it('refuses a reference already taken, or given twice, before sending anything', async () => {
    const a = await f.balance(ledger);
    const taken = (await f.transfer('@World', a, 5n)).reference as string;
    h.sandbox.resetRequests();
    const dup = await gql(BULK, {
      input: {
        transactions: [
          transfer('@World', a, '1', { allowOverdraft: true }),
          transfer('@World', a, '1', { reference: taken, allowOverdraft: true }),
        ],
      },
    });
    expect(dup.data!.recordBulkTransactions).toMatchObject({ __typename: 'DuplicateReferenceError', reference: taken });
    const twice = await gql(BULK, {
      input: {
        transactions: [transfer('@World', a, '1', { reference: 'same-ref' }), transfer('@World', a, '1', { reference: 'same-ref' })],
      },
    });
    expect(twice.data!.recordBulkTransactions).toMatchObject({ __typename: 'ValidationError', field: 'transactions.1.reference' });
    expect(h.sandbox.requests.filter((r) => r.route === '/transactions/bulk')).toHaveLength(0);
    expect(net(a)).toBe(5n);
  });
});

const SPLIT = `
  mutation Split($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Error { code message }
      ... on ValidationError { field }
      ... on Transaction { id status }
    }
  }
`;

describe('split legs the gateway refuses because Blnk would mishandle them silently', () => {
  const split = (destinations: unknown[]) => ({
    input: {
      source: '@World',
      destinations,
      amount: '10.00',
      precision: '100',
      currency: 'USD',
      description: 'split',
      allowOverdraft: true,
      skipQueue: true,
    },
  });

  it('a second "left" leg, a repeated identifier, shares under or over the amount: ValidationError naming the field, nothing sent', async () => {
    const [b, c, d] = [await f.balance(ledger), await f.balance(ledger), await f.balance(ledger)];
    h.sandbox.resetRequests();
    const cases: [unknown[], string][] = [
      [
        [
          { identifier: b, distribution: '50%' },
          { identifier: c, distribution: 'left' },
          { identifier: d, distribution: 'left' },
        ],
        'destinations.2.distribution',
      ],
      [
        [
          { identifier: b, distribution: '50%' },
          { identifier: b, distribution: 'left' },
        ],
        'destinations.1.identifier',
      ],
      [
        [
          { identifier: b, distribution: '50%' },
          { identifier: c, distribution: '30%' },
        ],
        'destinations',
      ],
      [
        [
          { identifier: b, distribution: '5' },
          { identifier: c, distribution: '60%' },
        ],
        'destinations',
      ],
      [
        [
          { identifier: b, distribution: '100%' },
          { identifier: c, distribution: 'left' },
        ],
        'destinations.1.distribution',
      ],
    ];
    for (const [destinations, field] of cases) {
      const res = await gql(SPLIT, split(destinations));
      expect(res.data!.recordTransaction).toMatchObject({ __typename: 'ValidationError', field });
    }
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('sends a fixed decimal share exactly, in minor units, and the legs add up', async () => {
    const [b, c] = [await f.balance(ledger), await f.balance(ledger)];
    h.sandbox.resetRequests();
    const res = await gql(
      SPLIT,
      split([
        { identifier: b, distribution: '2.10' },
        { identifier: c, distribution: 'left' },
      ]),
    );
    expect(res.data!.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
    const body = JSON.parse(h.sandbox.requests.find((r) => r.route === '/transactions')!.body) as { destinations: unknown[] };
    expect(body.destinations).toEqual([
      { identifier: b, precise_distribution: '210' },
      { identifier: c, distribution: 'left' },
    ]);
    expect(net(b)).toBe(210n);
    expect(net(c)).toBe(790n);
  });
});

const COMMIT = `
  mutation Commit($input: CommitInflightTransactionInput!) {
    commitInflightTransaction(input: $input) {
      __typename
      ... on Error { code }
      ... on ValidationError { field }
      ... on NotFoundError { entity }
      ... on Transaction { id status }
    }
  }
`;

describe('inflight commit of what is not a hold', () => {
  it('an unknown id with skipQueue (Blnk: 400 TXN_NOT_INFLIGHT) answers NotFoundError; an applied transaction a ValidationError on id', async () => {
    const a = await f.balance(ledger);
    const unknown = await gql(COMMIT, { input: { id: `txn_${randomUUID()}`, skipQueue: true } });
    expect(unknown.data!.commitInflightTransaction).toMatchObject({ __typename: 'NotFoundError', entity: 'Transaction' });
    const applied = await f.transfer('@World', a, 5n);
    const notHold = await gql(COMMIT, { input: { id: applied.transaction_id, skipQueue: true } });
    expect(notHold.data!.commitInflightTransaction).toMatchObject({ __typename: 'ValidationError', field: 'id' });
  });

  it('a queued commit of the QUEUED parent waits for the queue to apply the hold (Blnk would drop it), then answers that row', async () => {
    const a = await f.balance(ledger);
    const b = await f.balance(ledger);
    await f.transfer('@World', a, 500n);
    h.sandbox.queue.pause();
    const queued = await f.transfer(a, b, 200n, { inflight: true, skip_queue: false });
    await h.sandbox.queue.idle();
    h.sandbox.resetRequests();
    const pending = gql(COMMIT, { input: { id: queued.transaction_id } });
    // The gateway sends nothing while the hold is QUEUED; once the queue applies it, the commit.
    await until(() => h.sandbox.requests.some((r) => r.route === '/transactions/reference/:reference'));
    expect(h.sandbox.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    h.sandbox.queue.resume();
    const res = await pending;
    expect(res.data!.commitInflightTransaction).toEqual({ __typename: 'Transaction', id: queued.transaction_id, status: 'QUEUED' });
    await h.sandbox.queue.idle();
    expect(net(a)).toBe(300n);
    expect(net(b)).toBe(200n);
  });
});
