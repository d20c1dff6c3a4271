import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { amounts, balance, childrenOf, expectError, held, newBalance, outcome, post as postOn, ref } from './money.js';
import type { RawResponse } from '../helpers/http.js';

/**
 * Rows too long for Blnk's NOTIFY (real Blnk v0.15.2, measured): a trigger announces every row
 * inserted into transactions, ledgers and balances, and every update of a balance, with
 * `pg_notify('data_change', <the row as JSON>)`, and PostgreSQL refuses a payload of 8000 bytes or
 * more (22023 "payload string too long"), failing the statement. What each route then answers is
 * pinned here; identities, and updates of ledgers and transactions, are not announced. The
 * gateway keeps the caller's text of a row within 6000 bytes (src/graphql/row-limit.ts); the
 * sandbox fails like Blnk (src/sandbox/notify.ts).
 */
let t: Target;
let a: string;
let b: string;

beforeAll(async () => {
  t = await startTarget();
  a = await newBalance(t);
  b = await newBalance(t);
});
afterAll(() => t.close());

/** 8000 characters: past the limit in any of the three tables, whatever the row's other columns. */
const PAST = 'x'.repeat(8000);
const post = (body: Record<string, unknown>) =>
  postOn(t, { source: a, destination: b, precise_amount: 1n, allow_overdraft: true, ...body });

/** The PostgreSQL error Blnk marshals into error_detail.details. */
function expectNotifyRefused(res: RawResponse, message: string): void {
  expect(res.status, res.text).toBe(500);
  expect(res.json.error).toBe(message);
  expect(res.json.error_detail).toMatchObject({ code: 'GEN_INTERNAL', message });
  expect(res.json.error_detail.details).toMatchObject({
    Severity: 'ERROR',
    Code: '22023',
    Message: 'payload string too long',
    File: 'async.c',
    Routine: 'Async_Notify',
  });
  // The function is named with its schema or without, depending on the pooled connection.
  expect(res.json.error_detail.details.Where).toMatch(
    /^SQL statement "SELECT pg_notify\('data_change', payload::text\)"\nPL\/pgSQL function (blnk\.)?capture_changes\(\) line 9 at PERFORM$/,
  );
}

/**
 * A queued write's fate: a queued transfer sent after it is settled after it (one queue), so once
 * the marker's outcome exists, anything of the first that was ever going to be written would be.
 */
async function afterTheQueue(): Promise<void> {
  const marker = ref('marker');
  expect((await post({ reference: marker })).status).toBe(201);
  await outcome(t, marker);
}

const byReference = (reference: string) => t.call('GET', `/transactions/reference/${reference}`);

describe('inserts whose row is too long to announce', () => {
  it('POST /ledgers is 500 "Database error occurred"', async () => {
    expectNotifyRefused(await t.call('POST', '/ledgers', { body: { name: 'long', meta_data: { note: PAST } } }), 'Database error occurred');
    expectNotifyRefused(await t.call('POST', '/ledgers', { body: { name: PAST } }), 'Database error occurred');
  });

  it('POST /balances is 500 "Database error occurred"', async () => {
    const ledger = await t.call('POST', '/ledgers', { body: { name: ref('ledger') } });
    const res = await t.call('POST', '/balances', {
      body: { ledger_id: ledger.json.ledger_id, currency: 'USD', meta_data: { note: PAST } },
    });
    expectNotifyRefused(res, 'Database error occurred');
  });

  it('an identity is not announced: POST /identities takes it', async () => {
    const res = await t.call('POST', '/identities', { body: { first_name: 'Long', last_name: 'Notes', meta_data: { note: PAST } } });
    expect(res.status, res.text).toBe(201);
    expect(res.json.meta_data).toEqual({ note: PAST });
  });

  it('a skip_queue transfer, hold or split is 500 "Failed to record transaction", and nothing moves', async () => {
    for (const extra of [
      { meta_data: { note: PAST } },
      { description: PAST },
      { inflight: true, meta_data: { note: PAST } },
      // 100 units, so neither leg rounds to nothing: Blnk numbers the legs in no fixed order, and a
      // leg of 0 is refused (400) before the row reaches the trigger.
      {
        destination: undefined,
        precise_amount: 100n,
        destinations: [
          { identifier: b, distribution: '50%' },
          { identifier: `@Split${randomUUID()}`, distribution: 'left' },
        ],
        meta_data: { note: PAST },
      },
    ]) {
      const reference = ref('long');
      expectNotifyRefused(await post({ reference, skip_queue: true, ...extra }), 'Failed to record transaction');
      expectError(await byReference(reference), 404, 'TXN_NOT_FOUND');
    }
    expect(await amounts(t, a)).toEqual(held(0n));
    expect(await amounts(t, b)).toEqual(held(0n));
  });

  it('an @indicator too long to announce fails its balance\'s insert: 500 "Database error occurred"', async () => {
    expectNotifyRefused(await post({ source: `@${PAST}`, skip_queue: true }), 'Database error occurred');
  });

  it('divergence: a queued transfer answers 201 QUEUED and is never written', async () => {
    const reference = ref('long-queued');
    const res = await post({ reference, meta_data: { note: PAST } });
    expect(res.status, res.text).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    await afterTheQueue();
    expectError(await t.call('GET', `/transactions/${res.json.transaction_id}`), 404, 'TXN_NOT_FOUND');
    expectError(await byReference(reference), 404, 'TXN_NOT_FOUND');
    expectError(await byReference(`${reference}_q`), 404, 'TXN_NOT_FOUND');
  });

  it('a skip_queue bulk stops at the item: 400 GEN_BAD_REQUEST naming it, the items before it applied', async () => {
    const first = ref('bulk-ok');
    const second = ref('bulk-long');
    const item = (reference: string, extra = {}) => ({
      source: a,
      destination: b,
      precise_amount: 1,
      precision: 100,
      currency: 'USD',
      reference,
      description: 'bulk',
      allow_overdraft: true,
      ...extra,
    });
    const res = await t.call('POST', '/transactions/bulk', {
      body: { skip_queue: true, transactions: [item(first), item(second, { meta_data: { note: PAST } })] },
    });
    expectError(res, 400, 'GEN_BAD_REQUEST');
    const batch = res.json.batch_id;
    expect(res.json.error_detail.details).toEqual({ batch_id: batch });
    expect(res.json.error).toBe(
      `failed to queue transaction 2 (Reference: ${second}, Source: ${a}, Destination: ${b}, Amount: 0.01): ` +
        'failed to persist transaction with balances: INTERNAL_SERVER_ERROR: Failed to record transaction. Previous transactions were not rolled back.',
    );
    expect((await byReference(first)).json.status).toBe('APPLIED');
    expectError(await byReference(second), 404, 'TXN_NOT_FOUND');
  });

  it('divergence: a queued bulk answers 201 "applied", and its long item is never written', async () => {
    const first = ref('qbulk-ok');
    const second = ref('qbulk-long');
    const item = (reference: string, extra = {}) => ({
      source: a,
      destination: b,
      precise_amount: 1,
      precision: 100,
      currency: 'USD',
      reference,
      description: 'bulk',
      allow_overdraft: true,
      ...extra,
    });
    const res = await t.call('POST', '/transactions/bulk', {
      body: { transactions: [item(first), item(second, { meta_data: { note: PAST } })] },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ status: 'applied', transaction_count: 2n });
    expect((await outcome(t, first)).status).toBe('APPLIED');
    await afterTheQueue();
    expectError(await byReference(second), 404, 'TXN_NOT_FOUND');
  });
});

describe('updates', () => {
  it('a balance\'s metadata merged past the limit is a bare 500 "internal server error", and the balance keeps its metadata', async () => {
    const id = await newBalance(t);
    expect((await t.call('POST', `/${id}/metadata`, { body: { meta_data: { kept: 1 } } })).status).toBe(200);
    const res = await t.call('POST', `/${id}/metadata`, { body: { meta_data: { note: PAST } } });
    expectError(res, 500, 'GEN_INTERNAL');
    expect(res.json).toEqual({ error: 'internal server error', error_detail: { code: 'GEN_INTERNAL', message: 'internal server error' } });
    expect((await balance(t, id)).meta_data).toEqual({ kept: 1n });
  });

  it('ledgers and identities are not announced on update: their metadata takes it', async () => {
    const ledger = await t.call('POST', '/ledgers', { body: { name: ref('ledger') } });
    const onLedger = await t.call('POST', `/${ledger.json.ledger_id}/metadata`, { body: { meta_data: { note: PAST } } });
    expect(onLedger.status, onLedger.text).toBe(200);
    const identity = await t.call('POST', '/identities', { body: { first_name: 'A', last_name: 'B' } });
    const onIdentity = await t.call('POST', `/${identity.json.identity_id}/metadata`, { body: { meta_data: { note: PAST } } });
    expect(onIdentity.status, onIdentity.text).toBe(200);
  });

  it('divergence: a transaction takes it (not announced on update), and then cannot be refunded: 400 with skip_queue, 201 and never written queued', async () => {
    const original = await post({ skip_queue: true });
    const id = original.json.transaction_id;
    expect((await t.call('POST', `/${id}/metadata`, { body: { meta_data: { note: PAST } } })).status).toBe(200);
    const now = await t.call('POST', `/refund-transaction/${id}`, { body: { skip_queue: true } });
    expectError(now, 400, 'GEN_BAD_REQUEST');
    expect(now.json.error).toMatch(
      /^error occurred during processing: \[failed to queue refund transaction txn_[0-9a-f-]{36}: failed to persist transaction with balances: INTERNAL_SERVER_ERROR: Failed to record transaction\]$/,
    );
    const queued = await t.call('POST', `/refund-transaction/${id}`, {});
    expect(queued.status, queued.text).toBe(201);
    expect(queued.json.reference).toBe(`${id}_refund`);
    await afterTheQueue();
    expectError(await t.call('GET', `/transactions/${queued.json.transaction_id}`), 404, 'TXN_NOT_FOUND');
    expect(await childrenOf(t, id)).toEqual([]);
  });

  it('divergence: a hold whose metadata grew past it can be neither committed nor voided', async () => {
    const hold = await post({ precise_amount: 100n, inflight: true, skip_queue: true });
    const id = hold.json.transaction_id;
    expect((await t.call('POST', `/${id}/metadata`, { body: { meta_data: { note: PAST } } })).status).toBe(200);
    const failed =
      'error occurred during processing: [saving transaction to db error: failed to persist transaction with balances: INTERNAL_SERVER_ERROR: Failed to record transaction]';
    for (const status of ['commit', 'void']) {
      const res = await t.call('PUT', `/transactions/inflight/${id}`, { body: { status, skip_queue: true } });
      expectError(res, 400, 'GEN_BAD_REQUEST');
      expect(res.json.error).toBe(failed);
    }
    // Queued, the commit is answered as queued and then never applied: the worker's write fails
    // and is retried, and the action stays queued.
    const queued = await t.call('PUT', `/transactions/inflight/${id}`, { body: { status: 'commit' } });
    expect(queued.status, queued.text).toBe(200);
    expect(queued.json.queued).toBe(true);
    await afterTheQueue();
    expect(await childrenOf(t, id)).toEqual([]);
    expect((await t.call('GET', `/transactions/${id}`)).json.status).toBe('INFLIGHT');
    // A skip_queue action does not ask whether one is queued; a queued one does.
    const now = await t.call('PUT', `/transactions/inflight/${id}`, { body: { status: 'void', skip_queue: true } });
    expect(now.json.error).toBe(failed);
    expectError(await t.call('PUT', `/transactions/inflight/${id}`, { body: { status: 'void' } }), 409, 'GEN_CONFLICT');
    expect(await amounts(t, a)).toMatchObject({ inflight_debit: 100n });
  });

  it('a balance whose row grew near the limit fails the transfers that would grow it past: 500 "Failed to update balance"', async () => {
    const id = await newBalance(t);
    // About 7,960 bytes announced: taken.
    expect((await t.call('POST', `/${id}/metadata`, { body: { meta_data: { note: 'x'.repeat(7500) } } })).status).toBe(200);
    // Thirty-one more digits in balance and credit_balance.
    const reference = ref('grow');
    expectNotifyRefused(
      await post({ destination: id, precise_amount: 10n ** 30n, reference, skip_queue: true }),
      'Failed to update balance',
    );
    expectError(await byReference(reference), 404, 'TXN_NOT_FOUND');
    expect(await amounts(t, id)).toEqual(held(0n));
    // A small one still fits.
    expect((await post({ destination: id, precise_amount: 5n, skip_queue: true })).status).toBe(201);
    expect(await amounts(t, id)).toEqual(held(5n));
  });
});
