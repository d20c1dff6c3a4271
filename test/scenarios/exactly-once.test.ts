import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { startDroppingProxy } from './dropping-proxy.js';
import type { DroppingProxy } from './dropping-proxy.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 16, Build 3: exactly once through a dropping proxy, on the sandbox and on real Blnk Core.
 * The gateway under test talks to Blnk through a proxy on loopback that forwards each write whole
 * and then loses Blnk's answer: the connection is reset, or the answer is held past the
 * gateway's deadline. Blnk did the work; the gateway must record it once and answer either with
 * what Blnk kept or with what to look up. Each scenario then asks Blnk itself (raw REST, not
 * through the proxy) that exactly one row carries the reference and that the balances moved once.
 */

let h: ScenarioHarness;
let proxy: DroppingProxy;
/** The gateway behind the proxy; its deadline is short so that a held answer times it out. */
let run: Harness['run'];
let closeProxied: () => Promise<void>;
let ledger = '';
const tag = `eo${Date.now().toString(36)}`;
let seq = 0;
const ref = (name: string) => `${tag}-${name}-${++seq}`;
const DEADLINE_MS = 2_000;

const ScEoPay = graphql(`
  mutation ScEoPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        reference
        status
        preciseAmount
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
const ScEoBulk = graphql(`
  mutation ScEoBulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on BulkTransactionsPayload {
        batchId
        references
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const ScEoRefund = graphql(`
  mutation ScEoRefund($input: RefundTransactionInput!) {
    refundTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        reference
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
const ScEoCommit = graphql(`
  mutation ScEoCommit($input: CommitInflightTransactionInput!) {
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
const ScEoVoid = graphql(`
  mutation ScEoVoid($input: VoidInflightTransactionInput!) {
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

// Raw REST on the target itself, around the proxy: what Blnk really holds.
async function newBalance(): Promise<string> {
  const res = await h.target.call('POST', '/balances', { body: { ledger_id: ledger, currency: 'USD' } });
  expect(res.status, res.text).toBe(201);
  return res.json.balance_id;
}
async function fund(id: string, amount: bigint): Promise<void> {
  const res = await h.target.call('POST', '/transactions', {
    body: {
      source: '@World',
      destination: id,
      precise_amount: amount,
      precision: 100n,
      currency: 'USD',
      reference: ref('fund'),
      description: 'fund',
      skip_queue: true,
      allow_overdraft: true,
    },
  });
  expect(res.status, res.text).toBe(201);
}
async function net(id: string): Promise<{ balance: bigint; credit: bigint; debit: bigint; inflight: bigint }> {
  const res = await h.target.call('GET', `/balances/${id}`);
  expect(res.status, res.text).toBe(200);
  return { balance: res.json.balance, credit: res.json.credit_balance, debit: res.json.debit_balance, inflight: res.json.inflight_balance };
}
/** Every row Blnk holds with this reference (newest first). */
async function rows(
  reference: string,
): Promise<{ transaction_id: string; status: string; precise_amount: bigint; parent_transaction: string }[]> {
  const res = await h.target.call('POST', '/transactions/filter', {
    body: { filters: [{ field: 'reference', operator: 'eq', value: reference }], limit: 10 },
  });
  expect(res.status, res.text).toBe(200);
  return res.json ?? [];
}
async function children(parent: string): Promise<{ transaction_id: string; status: string; precise_amount: bigint }[]> {
  const res = await h.target.call('POST', '/transactions/filter', {
    body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: parent }], limit: 50 },
  });
  expect(res.status, res.text).toBe(200);
  return res.json ?? [];
}
/**
 * Lets Blnk's queue do anything it still would (a dropped duplicate, a late row). Real Blnk says
 * nothing of its queue: 2 s, above its ~1.3 s. The sandbox's queue says when it is idle (every
 * request the gateway sent has been answered by then: the proxy forwards each whole), which on a
 * run of `npm test` saves the 2 s each of these waits cost.
 */
const settle = (): Promise<unknown> => (h.target.sandbox ? h.target.sandbox.queue.idle() : new Promise((r) => setTimeout(r, 2_000)));

beforeAll(async () => {
  h = await startScenario();
  const created = await h.target.call('POST', '/ledgers', { body: { name: 'Exactly once' } });
  ledger = created.json.ledger_id;
  proxy = await startDroppingProxy(h.target.url);
  const proxied = gatewayOver(proxy.url, { timeoutMs: DEADLINE_MS, ...(h.target.apiKey ? { apiKey: h.target.apiKey } : {}) });
  run = runOn(proxied.gateway);
  closeProxied = async () => {
    proxied.http.shutdown();
    await proxied.dispatcher.close();
  };
});
afterAll(async () => {
  await closeProxied?.();
  await proxy?.close();
  await h?.close();
});
beforeEach(() => proxy.clear());

describe('scenarios: exactly-once through a dropping proxy', () => {
  it('skipQueue transfer, connection reset after Blnk applied it: answered with the one row Blnk kept, money moved once', async () => {
    const a = await newBalance();
    const reference = ref('reset-sync');
    proxy.drop({ method: 'POST', path: /^\/transactions$/, action: 'reset' });
    const res = await run(ScEoPay, {
      input: {
        source: '@World',
        destination: a,
        preciseAmount: '1234',
        currency: 'USD',
        description: 'x',
        allowOverdraft: true,
        skipQueue: true,
        reference,
      },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const txn = res.data?.recordTransaction;
    expect(txn).toMatchObject({ __typename: 'Transaction', reference, status: 'APPLIED', preciseAmount: '1234' });
    expect(proxy.log.filter((e) => e.path === '/transactions').map((e) => e.delivered)).toEqual(['reset', 'answer']);
    await settle();
    const stored = await rows(reference);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.transaction_id).toBe((txn as { id: string }).id);
    expect(await net(a)).toMatchObject({ balance: 1234n, credit: 1234n, debit: 0n });
  });

  it('queued transfer, connection reset: one QUEUED row and one applied outcome, the answer is the row kept', async () => {
    const a = await newBalance();
    const reference = ref('reset-queued');
    proxy.drop({ method: 'POST', path: /^\/transactions$/, action: 'reset' });
    const res = await run(ScEoPay, {
      input: { source: '@World', destination: a, preciseAmount: '500', currency: 'USD', description: 'x', allowOverdraft: true, reference },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const txn = res.data?.recordTransaction as { __typename: string; id: string; status: string };
    expect(txn).toMatchObject({ __typename: 'Transaction', status: 'QUEUED' });
    await until(
      'the outcome applied',
      () => rows(`${reference}_q`),
      (r) => r.some((t) => t.status === 'APPLIED'),
    );
    await settle();
    const queued = await rows(reference);
    expect(queued.map((t) => t.status)).toEqual(['QUEUED']);
    expect(queued[0]!.transaction_id).toBe(txn.id);
    const applied = await rows(`${reference}_q`);
    expect(applied.map((t) => [t.status, t.parent_transaction])).toEqual([['APPLIED', txn.id]]);
    expect(await net(a)).toMatchObject({ balance: 500n, credit: 500n, debit: 0n });
  });

  it('a generated reference survives the reset: the answer carries it and Blnk holds it once', async () => {
    const a = await newBalance();
    proxy.drop({ method: 'POST', path: /^\/transactions$/, action: 'reset' });
    const res = await run(ScEoPay, {
      input: {
        source: '@World',
        destination: a,
        preciseAmount: '77',
        currency: 'USD',
        description: 'x',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const txn = res.data?.recordTransaction as { id: string; reference: string };
    expect(txn.reference).toMatch(/^gql_/);
    await settle();
    expect((await rows(txn.reference)).map((t) => t.transaction_id)).toEqual([txn.id]);
    expect((await net(a)).balance).toBe(77n);
  });

  it('skipQueue transfer answered past the deadline: UPSTREAM_TIMEOUT naming the reference; Blnk holds it once; a retry with it moves nothing', async () => {
    const a = await newBalance();
    const reference = ref('late-sync');
    proxy.drop({ method: 'POST', path: /^\/transactions$/, action: 'delay', delayMs: DEADLINE_MS + 1_500 });
    const input = {
      source: '@World',
      destination: a,
      preciseAmount: '900',
      currency: 'USD',
      description: 'x',
      allowOverdraft: true,
      skipQueue: true,
      reference,
    };
    const res = await run(ScEoPay, { input });
    expect(res.data?.recordTransaction ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', reference });
    // Sent once: the gateway does not resend after a deadline.
    expect(proxy.log.filter((e) => e.path === '/transactions')).toHaveLength(1);
    // What the error says to do: look the reference up.
    const found = await until(
      'the row by reference',
      () => rows(reference),
      (r) => r.length > 0,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe('APPLIED');
    const retry = await run(ScEoPay, { input });
    expect(retry.data?.recordTransaction).toMatchObject({ __typename: 'DuplicateReferenceError', reference });
    await settle();
    expect(await rows(reference)).toHaveLength(1);
    expect(await net(a)).toMatchObject({ balance: 900n, credit: 900n });
  });

  it('queued transfer answered past the deadline: UPSTREAM_TIMEOUT naming the reference, applied once', async () => {
    const a = await newBalance();
    const reference = ref('late-queued');
    proxy.drop({ method: 'POST', path: /^\/transactions$/, action: 'delay', delayMs: DEADLINE_MS + 1_500 });
    const res = await run(ScEoPay, {
      input: { source: '@World', destination: a, preciseAmount: '321', currency: 'USD', description: 'x', allowOverdraft: true, reference },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', reference });
    await until(
      'the outcome applied',
      () => rows(`${reference}_q`),
      (r) => r.some((t) => t.status === 'APPLIED'),
    );
    await settle();
    expect((await rows(reference)).map((t) => t.status)).toEqual(['QUEUED']);
    expect((await rows(`${reference}_q`)).map((t) => t.status)).toEqual(['APPLIED']);
    expect((await net(a)).balance).toBe(321n);
  });

  it('bulk, connection reset: the error names every reference and the batch; each reference is held once, money moved once', async () => {
    const a = await newBalance();
    const b = await newBalance();
    const given = ref('bulk-given');
    proxy.drop({ method: 'POST', path: /^\/transactions\/bulk$/, action: 'reset' });
    const res = await run(ScEoBulk, {
      input: {
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
        ],
      },
    });
    expect(res.data?.recordBulkTransactions ?? null).toBeNull();
    const ext = res.errors?.[0]?.extensions as { code?: string; references?: string[]; batchId?: string } | undefined;
    expect(ext?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(ext?.references).toHaveLength(2);
    expect(ext?.references?.[1]).toBe(given);
    expect(ext?.batchId).toMatch(/^bulk_/);
    expect(proxy.log.filter((e) => e.path === '/transactions/bulk')).toHaveLength(1);
    await until(
      'both items applied',
      () => Promise.all([net(a), net(b)]),
      ([x, y]) => x.balance === 10n && y.balance === 20n,
    );
    await settle();
    for (const r of ext!.references!) {
      const held = await rows(r);
      expect(held, r).toHaveLength(1);
      expect(held[0]!.parent_transaction).toBe(ext!.batchId);
    }
    expect((await net(a)).balance).toBe(10n);
    expect((await net(b)).balance).toBe(20n);
  });

  it('bulk answered past the deadline: UPSTREAM_TIMEOUT with every reference; each held once once Blnk is done', async () => {
    const a = await newBalance();
    proxy.drop({ method: 'POST', path: /^\/transactions\/bulk$/, action: 'delay', delayMs: DEADLINE_MS + 1_500 });
    const res = await run(ScEoBulk, {
      input: {
        skipQueue: true,
        transactions: [
          { source: '@World', destination: a, preciseAmount: '3', currency: 'USD', description: 'one', allowOverdraft: true },
          { source: '@World', destination: a, preciseAmount: '4', currency: 'USD', description: 'two', allowOverdraft: true },
        ],
      },
    });
    expect(res.data?.recordBulkTransactions ?? null).toBeNull();
    const ext = res.errors?.[0]?.extensions as { code?: string; references?: string[] } | undefined;
    expect(ext?.code).toBe('UPSTREAM_TIMEOUT');
    expect(ext?.references).toHaveLength(2);
    expect(proxy.log.filter((e) => e.path === '/transactions/bulk')).toHaveLength(1);
    await until(
      'both items applied',
      () => net(a),
      (x) => x.balance === 7n,
    );
    await settle();
    for (const r of ext!.references!) expect(await rows(r), r).toHaveLength(1);
    expect(await net(a)).toMatchObject({ balance: 7n, credit: 7n });
  });

  it('refund, connection reset: answered with the refund Blnk recorded, which exists once; money moved back once', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 1_000n);
    const sent = await run(ScEoPay, {
      input: {
        source: a,
        destination: b,
        preciseAmount: '400',
        currency: 'USD',
        description: 'x',
        skipQueue: true,
        reference: ref('to-refund'),
      },
    });
    const id = (sent.data!.recordTransaction as { id: string }).id;
    proxy.clear();
    proxy.drop({ method: 'POST', path: /^\/refund-transaction\//, action: 'reset' });
    const res = await run(ScEoRefund, { input: { id, skipQueue: true } });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const refund = res.data?.refundTransaction as { __typename: string; id: string; reference: string };
    expect(refund).toMatchObject({ __typename: 'Transaction', reference: `${id}_refund`, preciseAmount: '400' });
    expect(proxy.log.filter((e) => e.path.startsWith('/refund-transaction/')).map((e) => e.delivered)).toEqual(['reset']);
    await settle();
    expect((await rows(`${id}_refund`)).map((t) => t.transaction_id)).toEqual([refund.id]);
    expect(await rows(`${refund.id}_refund`)).toEqual([]);
    expect(await net(a)).toMatchObject({ balance: 1_000n, credit: 1_400n, debit: 400n });
    expect(await net(b)).toMatchObject({ balance: 0n, credit: 400n, debit: 400n });
  });

  it('partial commit, connection reset: answered with the commit found among the hold children, committed once', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 1_000n);
    const hold = await run(ScEoPay, {
      input: {
        source: a,
        destination: b,
        preciseAmount: '600',
        currency: 'USD',
        description: 'hold',
        inflight: true,
        skipQueue: true,
        reference: ref('hold'),
      },
    });
    const holdId = (hold.data!.recordTransaction as { id: string }).id;
    proxy.clear();
    proxy.drop({ method: 'PUT', path: /^\/transactions\/inflight\//, action: 'reset' });
    const res = await run(ScEoCommit, { input: { id: holdId, preciseAmount: '250', skipQueue: true } });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const commit = res.data?.commitInflightTransaction as { __typename: string; id: string };
    expect(commit).toMatchObject({ __typename: 'Transaction', status: 'APPLIED', preciseAmount: '250' });
    expect(proxy.log.filter((e) => e.method === 'PUT').map((e) => e.delivered)).toEqual(['reset']);
    await settle();
    expect((await children(holdId)).map((t) => [t.transaction_id, t.status, t.precise_amount])).toEqual([[commit.id, 'APPLIED', 250n]]);
    // a: 1000 in, 250 out, 350 still held; b: 250 in, 350 incoming.
    expect(await net(a)).toMatchObject({ balance: 750n, debit: 250n, inflight: -350n });
    expect(await net(b)).toMatchObject({ balance: 250n, credit: 250n, inflight: 350n });

    // The rest voided through a reset too: one VOID child.
    proxy.drop({ method: 'PUT', path: /^\/transactions\/inflight\//, action: 'reset' });
    const voided = await run(ScEoVoid, { input: { id: holdId, skipQueue: true } });
    expect(voided.errors, JSON.stringify(voided.errors)).toBeUndefined();
    expect(voided.data?.voidInflightTransaction).toMatchObject({ __typename: 'Transaction', status: 'VOID', preciseAmount: '350' });
    await settle();
    expect((await children(holdId)).map((t) => t.status).sort()).toEqual(['APPLIED', 'VOID']);
    expect(await net(a)).toMatchObject({ balance: 750n, inflight: 0n });
    expect(await net(b)).toMatchObject({ balance: 250n, inflight: 0n });
  });

  it('queued commit, connection reset: the commit, or UPSTREAM_UNAVAILABLE naming the hold; one commit child either way', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 800n);
    const hold = await run(ScEoPay, {
      input: {
        source: a,
        destination: b,
        preciseAmount: '800',
        currency: 'USD',
        description: 'hold',
        inflight: true,
        skipQueue: true,
        reference: ref('hold'),
      },
    });
    const holdId = (hold.data!.recordTransaction as { id: string }).id;
    proxy.clear();
    proxy.drop({ method: 'PUT', path: /^\/transactions\/inflight\//, action: 'reset' });
    const res = await run(ScEoCommit, { input: { id: holdId } });
    // Queued, the commit's row may not exist yet when the gateway looks: then it names the hold.
    if (res.errors) expect(res.errors[0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', holdId });
    else expect(res.data?.commitInflightTransaction).toMatchObject({ __typename: 'Transaction' });
    expect(proxy.log.filter((e) => e.method === 'PUT').map((e) => e.delivered)).toEqual(['reset']);
    await until(
      'the commit applied',
      () => net(b),
      (x) => x.balance === 800n,
    );
    await settle();
    expect((await children(holdId)).map((t) => [t.status, t.precise_amount])).toEqual([['APPLIED', 800n]]);
    expect(await net(a)).toMatchObject({ balance: 0n, inflight: 0n });
    expect(await net(b)).toMatchObject({ balance: 800n, inflight: 0n });
  });

  it('commit answered past the deadline: UPSTREAM_TIMEOUT naming the hold; its children show the one commit', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 500n);
    const hold = await run(ScEoPay, {
      input: {
        source: a,
        destination: b,
        preciseAmount: '500',
        currency: 'USD',
        description: 'hold',
        inflight: true,
        skipQueue: true,
        reference: ref('hold'),
      },
    });
    const holdId = (hold.data!.recordTransaction as { id: string }).id;
    proxy.clear();
    proxy.drop({ method: 'PUT', path: /^\/transactions\/inflight\//, action: 'delay', delayMs: DEADLINE_MS + 1_500 });
    const res = await run(ScEoCommit, { input: { id: holdId, skipQueue: true } });
    // The lookup after the deadline may already find the commit: either answer is honest.
    if (res.errors) expect(res.errors[0]!.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', holdId });
    else expect(res.data?.commitInflightTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED', preciseAmount: '500' });
    await until(
      'the commit landed',
      () => children(holdId),
      (c) => c.length > 0,
    );
    await settle();
    expect((await children(holdId)).map((t) => [t.status, t.precise_amount])).toEqual([['APPLIED', 500n]]);
    expect(await net(a)).toMatchObject({ balance: 0n, inflight: 0n });
    expect(await net(b)).toMatchObject({ balance: 500n, inflight: 0n });
  });
});
