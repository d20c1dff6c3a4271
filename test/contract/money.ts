import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { RawResponse } from '../helpers/http.js';
import { held, ref, txn } from '../helpers/sandbox.js';
import type { Target } from './target.js';

/**
 * Helpers for the transaction contract tests, on either target (test/contract/target.ts). Nothing
 * here waits a fixed time: what the queue does later is awaited by bounded polling (`t.poll`),
 * since real Blnk's queue applies in 250–1,300 ms and the sandbox's in tens of milliseconds.
 */
/** The same on both targets as in the sandbox-only tests: test/helpers/sandbox.ts. */
export { held, ref, txn };

export async function newBalance(t: Target, currency = 'USD'): Promise<string> {
  const ledger = await t.call('POST', '/ledgers', { body: { name: ref('ledger') } });
  expect(ledger.status).toBe(201);
  const balance = await t.call('POST', '/balances', { body: { ledger_id: ledger.json.ledger_id, currency } });
  expect(balance.status).toBe(201);
  return balance.json.balance_id;
}

export function post(t: Target, body: Record<string, unknown>): Promise<RawResponse> {
  return t.call('POST', '/transactions', { body: txn(body) });
}

/** Moves `amount` minor units from @World into the balance, synchronously. */
export async function fund(t: Target, balanceId: string, amount: bigint, currency = 'USD'): Promise<void> {
  const res = await post(t, {
    precise_amount: amount,
    currency,
    reference: ref('fund'),
    description: 'funding',
    source: '@World',
    destination: balanceId,
    allow_overdraft: true,
    skip_queue: true,
  });
  expect(res.status).toBe(201);
  expect(res.json.status).toBe('APPLIED');
}

export async function funded(t: Target, amount: bigint): Promise<string> {
  const id = await newBalance(t);
  await fund(t, id, amount);
  return id;
}

export async function balance(t: Target, id: string, query = ''): Promise<any> {
  const res = await t.call('GET', `/balances/${id}${query}`);
  expect(res.status).toBe(200);
  return res.json;
}

/** The amounts of a balance that these tests care about, for one toEqual. */
export async function amounts(t: Target, id: string): Promise<{ balance: bigint; inflight_debit: bigint; inflight_credit: bigint }> {
  const b = await balance(t, id);
  expect(b.inflight_balance).toBe(b.inflight_credit_balance - b.inflight_debit_balance);
  return { balance: b.balance, inflight_debit: b.inflight_debit_balance, inflight_credit: b.inflight_credit_balance };
}

const childFilter = (parentId: string) => ({
  body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: parentId }], limit: 100 },
});

export async function childrenOf(t: Target, parentId: string): Promise<any[]> {
  const res = await t.call('POST', '/transactions/filter', childFilter(parentId));
  expect(res.status).toBe(200);
  expect(Array.isArray(res.json)).toBe(true);
  return res.json;
}

/**
 * Waits (bounded) until `parentId` has at least `count` children and none of them is QUEUED:
 * the queue's worker has settled them. Answers the children.
 */
export async function settledChildren(t: Target, parentId: string, count = 1): Promise<any[]> {
  const res = await t.poll(
    'POST',
    '/transactions/filter',
    (r) => r.status === 200 && Array.isArray(r.json) && r.json.length >= count && r.json.every((c: any) => c.status !== 'QUEUED'),
    childFilter(parentId),
  );
  expect(res.status).toBe(200);
  expect(Array.isArray(res.json)).toBe(true);
  expect(res.json.length).toBeGreaterThanOrEqual(count);
  return res.json;
}

/** Waits (bounded) until a transaction with this reference exists; answers it. */
export async function byReference(t: Target, reference: string): Promise<any> {
  const res = await t.poll('GET', `/transactions/reference/${reference}`, (r) => r.status === 200);
  expect(res.status).toBe(200);
  return res.json;
}

/** Waits (bounded) until the applied child `<ref>_q` of a queued transaction is no longer pending. */
export async function outcome(t: Target, reference: string): Promise<any> {
  return byReference(t, `${reference}_q`);
}

/** Waits (bounded) until the balance satisfies `until`; answers its amounts. */
export async function amountsWhen(
  t: Target,
  id: string,
  until: (b: { balance: bigint; inflight_debit: bigint; inflight_credit: bigint }) => boolean,
): Promise<{ balance: bigint; inflight_debit: bigint; inflight_credit: bigint }> {
  const pick = (b: any) => ({ balance: b.balance, inflight_debit: b.inflight_debit_balance, inflight_credit: b.inflight_credit_balance });
  const res = await t.poll('GET', `/balances/${id}`, (r) => r.status === 200 && until(pick(r.json)));
  expect(res.status).toBe(200);
  return pick(res.json);
}

export function expectError(res: RawResponse, status: number, code: string, legacyKey: 'error' | 'errors' = 'error'): void {
  expect({ status: res.status, code: res.json?.error_detail?.code }).toEqual({ status, code });
  expect(res.contentType).toMatch(/^application\/json/);
  expect(typeof res.json.error_detail.message).toBe('string');
  expect(res.json[legacyKey]).toBe(res.json.error_detail.message);
  const other = legacyKey === 'error' ? 'errors' : 'error';
  expect(res.json).not.toHaveProperty(other);
}

/**
 * Keeps real Blnk's goroutines that prepare queued rows busy for a moment (it runs at most 20 at
 * once): thirty queued transfers between two fresh @indicators, answered before this returns. A
 * queued transfer sent right after waits its turn, so its QUEUED row lands well after its 201.
 */
export async function busyQueue(t: Target): Promise<void> {
  const source = `@Busy${randomUUID()}`;
  const destination = `@Busy${randomUUID()}`;
  const answers = await Promise.all(
    Array.from({ length: 30 }, () => post(t, { precise_amount: 1n, source, destination, allow_overdraft: true })),
  );
  for (const res of answers) expect(res.status).toBe(201);
}
