import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { amounts, balance, expectError, funded, held, newBalance, post as postOn, settledChildren } from './money.js';

/**
 * Issue 20, items 2–4, one set of beliefs on the sandbox and on real Blnk Core v0.15.2: PUT
 * /balances/{id}/identity, the overdraft limit (sent as a float of major units), the fields
 * only a write's answer carries, and POST /transactions/inflight/bulk/commit|void. Expected
 * amounts are worked out here from the amounts sent.
 */

let t: Target;
beforeAll(async () => {
  t = await startTarget();
});
afterAll(() => t.close());

const post = (body: Record<string, unknown>) => postOn(t, body);

async function newIdentity(): Promise<string> {
  const res = await t.call('POST', '/identities', { body: { identity_type: 'individual', first_name: 'Ada', last_name: 'Owner' } });
  expect(res.status).toBe(201);
  return res.json.identity_id;
}

describe('PUT /balances/{id}/identity', () => {
  it('gives the balance to the identity (200, a message only); a read shows the new owner', async () => {
    const b = await newBalance(t);
    const first = await newIdentity();
    const second = await newIdentity();
    const set = await t.call('PUT', `/balances/${b}/identity`, { body: { identity_id: first } });
    expect(set.status).toBe(200);
    expect(set.json).toEqual({ message: 'Balance identity updated successfully' });
    expect((await balance(t, b)).identity_id).toBe(first);
    const again = await t.call('PUT', `/balances/${b}/identity`, { body: { identity_id: second } });
    expect(again.status).toBe(200);
    expect((await balance(t, b)).identity_id).toBe(second);
  });

  it('an unknown identity is 404 BAL_NOT_FOUND naming the identity, and the balance keeps its owner', async () => {
    const b = await newBalance(t);
    const res = await t.call('PUT', `/balances/${b}/identity`, { body: { identity_id: 'idt_nobody' } });
    expectError(res, 404, 'BAL_NOT_FOUND');
    expect(res.json.error).toBe("Identity with ID 'idt_nobody' not found");
    expect((await balance(t, b)).identity_id).toBe('');
  });

  it('an unknown balance is 404 BAL_NOT_FOUND naming the balance', async () => {
    const idt = await newIdentity();
    const res = await t.call('PUT', '/balances/bln_nobody/identity', { body: { identity_id: idt } });
    expectError(res, 404, 'BAL_NOT_FOUND');
    expect(res.json.error).toBe("Balance with ID 'bln_nobody' not found");
  });

  it('no identity_id, or an empty one, is 400 GEN_MALFORMED_REQUEST (the required tag)', async () => {
    const b = await newBalance(t);
    for (const body of [{}, { identity_id: '' }]) {
      const res = await t.call('PUT', `/balances/${b}/identity`, { body });
      expectError(res, 400, 'GEN_MALFORMED_REQUEST');
      expect(res.json.error).toBe(
        "Key: 'UpdateBalanceIdentity.IdentityId' Error:Field validation for 'IdentityId' failed on the 'required' tag",
      );
    }
  });
});

describe('overdraft_limit, and the flags only a write answers with', () => {
  it('a limit of 50.5 at precision 100 lets an empty balance go to −5050 and not a unit further; reads answer 0', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    const over = await post({ precise_amount: 5051n, precision: 100, overdraft_limit: 50.5, source: a, destination: b, skip_queue: true });
    expectError(over, 400, 'TXN_VALIDATION_ERROR');
    expect(over.json.error).toBe('failed to apply transaction to balances: transaction exceeds overdraft limit');
    const res = await post({ precise_amount: 5050n, precision: 100, overdraft_limit: 50.5, source: a, destination: b, skip_queue: true });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('APPLIED');
    expect(res.json.overdraft_limit).toBe(50.5);
    expect(res.json.skip_queue).toBe(true);
    expect(res.json.atomic).toBe(false);
    expect(res.json.amount_string).toBe('50.5');
    expect(await amounts(t, a)).toEqual(held(-5050n, 0n));
    const read = await t.call('GET', `/transactions/${res.json.transaction_id}`);
    expect(read.json.overdraft_limit).toBe(0n);
    expect(read.json.skip_queue).toBe(false);
    expect(read.json).not.toHaveProperty('amount_string');
  });

  it('allow_overdraft with a limit still stops at the limit (only a 0 limit is unlimited)', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    // precision 100: a limit of 10 is 1000 minor units.
    const over = await post({
      precise_amount: 1001n,
      precision: 100,
      overdraft_limit: 10,
      allow_overdraft: true,
      source: a,
      destination: b,
      skip_queue: true,
    });
    expectError(over, 400, 'TXN_VALIDATION_ERROR');
    expect(over.json.error).toBe('failed to apply transaction to balances: transaction exceeds overdraft limit');
    const res = await post({
      precise_amount: 1000n,
      precision: 100,
      overdraft_limit: 10,
      allow_overdraft: true,
      source: a,
      destination: b,
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(await amounts(t, a)).toEqual(held(-1000n, 0n));
  });

  it('transactions cannot be filtered on precise_amount: 400 GEN_BAD_REQUEST, for eq and in alike (only the float amount column filters)', async () => {
    for (const filter of [
      { field: 'precise_amount', operator: 'eq', value: '1000' },
      { field: 'precise_amount', operator: 'in', values: ['1000', '3000'] },
    ]) {
      const res = await t.call('POST', '/transactions/filter', { body: { filters: [filter] } });
      expectError(res, 400, 'GEN_BAD_REQUEST');
      expect(res.json.error).toBe("Invalid filter: invalid field 'precise_amount' for table 'transactions'");
    }
  });

  it('a balance answers inflight_expires_at as Go zero time', async () => {
    const b = await newBalance(t);
    expect((await balance(t, b)).inflight_expires_at).toBe('0001-01-01T00:00:00Z');
  });
});

async function hold(source: string, destination: string, amount: bigint): Promise<string> {
  const res = await post({ precise_amount: amount, source, destination, inflight: true, skip_queue: true });
  expect(res.status).toBe(201);
  expect(res.json.status).toBe('INFLIGHT');
  return res.json.transaction_id;
}

describe('POST /transactions/inflight/bulk/commit|void', () => {
  it('with skip_queue: per id in input order, succeeded or failed with a stable code; the money moves', async () => {
    const a = await funded(t, 10_000n);
    const b = await newBalance(t);
    const h1 = await hold(a, b, 1000n);
    const h2 = await hold(a, b, 2000n);
    const res = await t.call('POST', '/transactions/inflight/bulk/commit', {
      body: {
        transactions: [{ transaction_id: h1 }, { transaction_id: h2, precise_amount: 500n }, { transaction_id: 'txn_nobody' }],
        skip_queue: true,
      },
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      succeeded: 2n,
      failed: 1n,
      results: [
        { transaction_id: h1, status: 'succeeded' },
        { transaction_id: h2, status: 'succeeded' },
        {
          transaction_id: 'txn_nobody',
          status: 'failed',
          code: 'NOT_FOUND',
          message: "NOT_FOUND: Transaction with ID 'txn_nobody' not found",
        },
      ],
    });
    // 10,000 − 1,000 − 500 committed; 1,500 of h2 still held.
    expect(await amounts(t, a)).toEqual(held(8500n, 1500n));
    const [commit] = await settledChildren(t, h1, 1);
    expect(commit.status).toBe('APPLIED');
    expect(commit.precise_amount).toBe(1000n);

    const voided = await t.call('POST', '/transactions/inflight/bulk/void', { body: { transaction_ids: [h2, h1], skip_queue: true } });
    expect(voided.status).toBe(200);
    expect(voided.json).toEqual({
      succeeded: 1n,
      failed: 1n,
      results: [
        { transaction_id: h2, status: 'succeeded' },
        { transaction_id: h1, status: 'failed', code: 'ALREADY_COMMITTED', message: 'cannot void. Transaction already committed' },
      ],
    });
    expect(await amounts(t, a)).toEqual(held(8500n, 0n));
    const again = await t.call('POST', '/transactions/inflight/bulk/commit', {
      body: { transactions: [{ transaction_id: h1 }], skip_queue: true },
    });
    expect(again.json.results).toEqual([
      { transaction_id: h1, status: 'failed', code: 'ALREADY_COMMITTED', message: 'cannot commit. Transaction already committed' },
    ]);
  });

  it('queued: QUEUED per id (a settled hold refused at once), the queue voids shortly after; then a commit is ALREADY_VOIDED', async () => {
    const a = await funded(t, 5000n);
    const b = await newBalance(t);
    const h1 = await hold(a, b, 700n);
    const h2 = await hold(a, b, 300n);
    const settled = await t.call('POST', '/transactions/inflight/bulk/commit', {
      body: { transactions: [{ transaction_id: h2 }], skip_queue: true },
    });
    expect(settled.json.succeeded).toBe(1n);
    const res = await t.call('POST', '/transactions/inflight/bulk/void', { body: { transaction_ids: [h1, h2] } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      succeeded: 1n,
      failed: 1n,
      results: [
        { transaction_id: h1, status: 'queued', code: 'QUEUED' },
        // The queued path's pre-check words a settled hold as a commit, whatever the action.
        { transaction_id: h2, status: 'failed', code: 'ALREADY_COMMITTED', message: 'cannot commit. Transaction already committed' },
      ],
    });
    const [voided] = await settledChildren(t, h1, 1);
    expect([voided.status, voided.precise_amount]).toEqual(['VOID', 700n]);
    expect(await amounts(t, a)).toEqual(held(4700n, 0n));
    const late = await t.call('POST', '/transactions/inflight/bulk/commit', {
      body: { transactions: [{ transaction_id: h1 }], skip_queue: true },
    });
    expect(late.json.results).toEqual([
      { transaction_id: h1, status: 'failed', code: 'ALREADY_VOIDED', message: 'transaction has already been voided' },
    ]);
  });

  it('an empty list is 400 TXN_BULK_EMPTY; 101 ids are 400 TXN_BULK_LIMIT_EXCEEDED', async () => {
    expectError(await t.call('POST', '/transactions/inflight/bulk/void', { body: { transaction_ids: [] } }), 400, 'TXN_BULK_EMPTY');
    expectError(await t.call('POST', '/transactions/inflight/bulk/commit', { body: { transactions: [] } }), 400, 'TXN_BULK_EMPTY');
    const many = Array.from({ length: 101 }, (_, i) => `txn_${i}`);
    const v = await t.call('POST', '/transactions/inflight/bulk/void', { body: { transaction_ids: many } });
    expectError(v, 400, 'TXN_BULK_LIMIT_EXCEEDED');
    expect(v.json.error).toBe('too many transaction_ids; max is 100');
    const c = await t.call('POST', '/transactions/inflight/bulk/commit', {
      body: { transactions: many.map((id) => ({ transaction_id: id })) },
    });
    expectError(c, 400, 'TXN_BULK_LIMIT_EXCEEDED');
    expect(c.json.error).toBe('too many transactions; max is 100');
  });
});
