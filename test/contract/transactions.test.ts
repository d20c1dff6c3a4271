import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { balance, busyQueue, byReference, childrenOf, expectError, fund, newBalance, outcome, ref, settledChildren } from './money.js';
import { client } from '../helpers/http.js';
import type { RawResponse } from '../helpers/http.js';

/**
 * The transaction side of Blnk Core's REST API (docs/blnk-contract.md sections 2.4, 4.4, 5, 7, 8),
 * as one set of beliefs run on the sandbox (`npm test`) and on real Blnk Core v0.15.2
 * (`npm run test:blnk`), whose answers are recorded and replayed against the sandbox. Expected
 * values are worked out here from what was sent, never read back from the target. What the queue
 * does later is awaited by bounded polling. Tests named "divergence: …" pin what real Blnk does
 * that the sandbox once did not.
 *
 * Beliefs only the sandbox can show (its queue paused, fault injection, the request log) are in
 * test/sandbox/queue-controls.test.ts and test/sandbox/transaction-faults.test.ts.
 */

let t: Target;
beforeAll(async () => {
  t = await startTarget();
});
afterAll(() => t.close());

function transfer(body: Record<string, unknown>): Promise<RawResponse> {
  return t.call('POST', '/transactions', {
    body: { precision: 100, currency: 'USD', reference: ref('txn'), description: 'transfer', ...body },
  });
}

// First in the file, while the target holds no transaction at all.
describe('GET /transactions (section 2.4, section 9)', () => {
  it('is always an array, newest first, default limit 20; an invalid limit silently becomes 20 (§2.4)', async () => {
    const empty = await t.call('GET', '/transactions');
    expect(empty.status).toBe(200);
    expect(empty.text).toBe('[]');

    const references: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const reference = ref(`list-${String(i).padStart(2, '0')}`);
      references.push(reference);
      const res = await transfer({
        precise_amount: BigInt(i + 1),
        reference,
        source: '@World',
        destination: '@List',
        allow_overdraft: true,
        skip_queue: true,
      });
      expect(res.status).toBe(201);
    }
    const newestFirst = [...references].reverse();

    const page = await t.call('GET', '/transactions');
    expect(page.status).toBe(200);
    expect(page.json.map((x: any) => x.reference)).toEqual(newestFirst.slice(0, 20));
    // List rows select effective_date, never amount_string.
    expect(page.json[0]).toHaveProperty('effective_date');
    expect(page.json[0]).not.toHaveProperty('amount_string');

    for (const bad of ['abc', '0', '-5', '2.5']) {
      const res = await t.call('GET', `/transactions?limit=${bad}`);
      expect(res.status).toBe(200);
      expect(res.json).toHaveLength(20);
    }
    const five = await t.call('GET', '/transactions?limit=5');
    expect(five.json.map((x: any) => x.reference)).toEqual(newestFirst.slice(0, 5));
    const rest = await t.call('GET', '/transactions?offset=20');
    expect(rest.json.map((x: any) => x.reference)).toEqual(newestFirst.slice(20));
    // No upper cap without filters.
    const big = await t.call('GET', '/transactions?limit=1000');
    expect(big.json).toHaveLength(25);
  });
});

describe('POST /transactions, the queued lifecycle (section 4.4)', () => {
  it('answers 201 QUEUED with source/destination as sent; the worker applies a NEW child "<ref>_q" and the parent stays QUEUED (§4.4)', async () => {
    const dest = await newBalance(t);
    const reference = ref('queued');
    const res = await transfer({ precise_amount: 2500n, reference, source: '@World', destination: dest, allow_overdraft: true });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    expect(res.json.source).toBe('@World');
    expect(res.json.destination).toBe(dest);
    expect(res.json.reference).toBe(reference);
    expect(res.json.precise_amount).toBe(2500n);
    expect(res.json.parent_transaction).toBe('');
    expect(res.json.allow_overdraft).toBe(true);
    const parentId: string = res.json.transaction_id;
    expect(parentId).toMatch(/^txn_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const [child] = await settledChildren(t, parentId);
    const parent = await t.call('GET', `/transactions/${parentId}`);
    expect(parent.status).toBe(200);
    expect(parent.json.status).toBe('QUEUED');
    expect(parent.json.reference).toBe(reference);
    expect(parent.json.allow_overdraft).toBe(false);

    expect(await childrenOf(t, parentId)).toHaveLength(1);
    expect(child.transaction_id).toMatch(/^txn_/);
    expect(child.transaction_id).not.toBe(parentId);
    expect(child.parent_transaction).toBe(parentId);
    expect(child.reference).toBe(`${reference}_q`);
    expect(child.status).toBe('APPLIED');
    expect(child.precise_amount).toBe(2500n);
    expect(child.destination).toBe(dest);
    // Stored rows carry the resolved balance id, not the indicator.
    expect(child.source).toMatch(/^bln_/);
    // allow_overdraft is not a column: on reads it is false and lives in meta_data.
    expect(child.allow_overdraft).toBe(false);
    expect(child.meta_data.allow_overdraft).toBe(true);
    expect(child.meta_data.QUEUED_PARENT_TRANSACTION).toBe(parentId);

    const byRef = await t.call('GET', `/transactions/reference/${reference}_q`);
    expect(byRef.status).toBe(200);
    expect(byRef.json.transaction_id).toBe(child.transaction_id);

    const b = await balance(t, dest);
    expect(b.balance).toBe(2500n);
    expect(b.credit_balance).toBe(2500n);
    expect(b.debit_balance).toBe(0n);
  });

  it('queued with insufficient funds still answers 201; the child is REJECTED with blnk_rejection_reason and no money moves (§4.4)', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    await fund(t, a, 100n);
    const reference = ref('broke');
    const res = await transfer({ precise_amount: 101n, reference, source: a, destination: b });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');

    const children = await settledChildren(t, res.json.transaction_id);
    expect(children).toHaveLength(1);
    expect(children[0].status).toBe('REJECTED');
    expect(children[0].reference).toBe(`${reference}_q`);
    expect(children[0].meta_data.blnk_rejection_reason).toMatch(/insufficient funds/);
    expect((await balance(t, a)).balance).toBe(100n);
    expect((await balance(t, b)).balance).toBe(0n);
  });

  it('divergence: the QUEUED row is written after the 201, so a GET right after the answer can be 404 TXN_NOT_FOUND; the row appears later', async () => {
    // Real Blnk prepares the row in a goroutine (at most 20 at once) after answering: with those
    // kept busy, and between two @indicators not used before (both are created first), the GET
    // sent as soon as the 201 arrives finds nothing. It is a race on real Blnk, so a few tries;
    // only the GET that found nothing is recorded (the sandbox always writes the row late).
    let missed: { id: string; reference: string; res: RawResponse } | undefined;
    for (let attempt = 0; attempt < 8 && !missed; attempt += 1) {
      await busyQueue(t);
      const reference = ref('late');
      const res = await transfer({
        precise_amount: 7n,
        reference,
        source: `@Late${ref('s')}`,
        destination: `@Late${ref('d')}`,
        allow_overdraft: true,
      });
      expect(res.status).toBe(201);
      expect(res.json.status).toBe('QUEUED');
      const id: string = res.json.transaction_id;
      const immediate = await t.callKeeping('GET', `/transactions/${id}`, (r) => r.status === 404);
      if (immediate.status === 404) missed = { id, reference, res: immediate };
    }
    expect(missed).toBeDefined();
    const { id, reference, res: immediate } = missed!;
    expectError(immediate, 404, 'TXN_NOT_FOUND');
    expect(immediate.json.error).toBe(`Transaction with ID '${id}' not found`);

    const later = await t.poll('GET', `/transactions/${id}`, (r) => r.status === 200);
    expect(later.status).toBe(200);
    expect(later.json.transaction_id).toBe(id);
    expect(later.json.reference).toBe(reference);
    await settledChildren(t, id);
  });

  it('divergence: a queued row and its "_q" child carry QUEUED_PARENT_TRANSACTION, queue_lane "normal" and queue_pair_key "<source>|<destination>|<CURRENCY>", and share created_at; the root has parent_transaction ""', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    await fund(t, a, 1000n);
    const res = await transfer({ precise_amount: 40n, source: a, destination: b, currency: 'usd', meta_data: { order: 'o-1' } });
    expect(res.status).toBe(201);
    const id: string = res.json.transaction_id;
    // The answer is built before the worker: the parent key only, beside the caller's metadata.
    expect(res.json.meta_data).toEqual({ order: 'o-1', QUEUED_PARENT_TRANSACTION: id });

    const [child] = await settledChildren(t, id);
    const parent = await t.call('GET', `/transactions/${id}`);
    expect(parent.json.parent_transaction).toBe('');
    const meta = { order: 'o-1', QUEUED_PARENT_TRANSACTION: id, queue_lane: 'normal', queue_pair_key: `${a}|${b}|USD` };
    expect(parent.json.meta_data).toEqual(meta);
    expect(child.meta_data).toEqual(meta);
    expect(child.created_at).toBe(parent.json.created_at);
    // A root transaction is found by parent_transaction "" (not NULL).
    const roots = await t.call('POST', '/transactions/filter', {
      body: {
        filters: [
          { field: 'parent_transaction', operator: 'eq', value: '' },
          { field: 'source', operator: 'eq', value: a },
        ],
      },
    });
    expect(roots.status).toBe(200);
    expect(roots.json.map((r: any) => r.transaction_id)).toEqual([id]);
  });

  it('divergence: a queued duplicate reference answers 201 QUEUED, then its row is dropped: the id never exists and the reference keeps naming the first (§4.4)', async () => {
    const a = await newBalance(t);
    await fund(t, a, 1000n);
    const reference = ref('dup-queued');
    const first = await transfer({ precise_amount: 10n, reference, source: a, destination: '@Sink', skip_queue: true });
    expect(first.status).toBe(201);
    const second = await transfer({ precise_amount: 20n, reference, source: a, destination: '@Sink' });
    expect(second.status).toBe(201);
    expect(second.json.status).toBe('QUEUED');
    expect(second.json.transaction_id).not.toBe(first.json.transaction_id);
    // A queued transfer sent after it is prepared after it: once that one is settled, the
    // duplicate's write has long failed.
    const marker = await transfer({ precise_amount: 1n, source: a, destination: '@Sink' });
    await settledChildren(t, marker.json.transaction_id);

    expectError(await t.call('GET', `/transactions/${second.json.transaction_id}`), 404, 'TXN_NOT_FOUND');
    expect(await childrenOf(t, second.json.transaction_id)).toEqual([]);
    const byRef = await t.call('GET', `/transactions/reference/${reference}`);
    expect(byRef.json.transaction_id).toBe(first.json.transaction_id);
    expect((await balance(t, a)).balance).toBe(1000n - 10n - 1n);
  });
});

describe('POST /transactions with skip_queue (section 4.4)', () => {
  it('answers 201 APPLIED synchronously: the balances have moved when the response arrives', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    await fund(t, a, 5000n);
    const res = await transfer({ precise_amount: 1234n, source: a, destination: b, skip_queue: true });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('APPLIED');
    expect(res.json.skip_queue).toBe(true);
    expect(res.json.parent_transaction).toBe('');
    expect(res.json.hash).toMatch(/^[0-9a-f]{64}$/);
    // model.Transaction's field order (§4.4); omitempty fields with nothing in them are absent.
    expect(Object.keys(res.json)).toEqual([
      'precise_amount',
      'amount',
      'amount_string',
      'precision',
      'overdraft_limit',
      'transaction_id',
      'parent_transaction',
      'source',
      'destination',
      'reference',
      'currency',
      'description',
      'status',
      'hash',
      'allow_overdraft',
      'inflight',
      'skip_queue',
      'atomic',
      'created_at',
      'effective_date',
      'scheduled_for',
      'inflight_expiry_date',
      'inflight_commit_date',
    ]);
    // GET by id: no amount_string, no effective_date, the flags back to false, zero times written out.
    const read = await t.call('GET', `/transactions/${res.json.transaction_id}`);
    expect(read.json).not.toHaveProperty('amount_string');
    expect(read.json).not.toHaveProperty('effective_date');
    expect(read.json.skip_queue).toBe(false);
    expect(read.json.parent_transaction).toBe('');
    expect(read.json.scheduled_for).toBe('0001-01-01T00:00:00Z');
    expect(read.json.inflight_expiry_date).toBe('0001-01-01T00:00:00Z');
    expect(read.json.inflight_commit_date).toBe('0001-01-01T00:00:00Z');
    const ba = await balance(t, a);
    expect(ba.balance).toBe(5000n - 1234n);
    expect(ba.debit_balance).toBe(1234n);
    expect(ba.credit_balance).toBe(5000n);
    expect((await balance(t, b)).balance).toBe(1234n);
    // A synchronous transfer has no queued child.
    expect(await childrenOf(t, res.json.transaction_id)).toEqual([]);
  });

  it('divergence: a duplicate reference is 409 TXN_DUPLICATE_REFERENCE "transaction validation failed: reference … has already been used" and moves nothing (§4.4)', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    await fund(t, a, 5000n);
    const reference = ref('dup');
    const first = await transfer({ precise_amount: 100n, reference, source: a, destination: b, skip_queue: true });
    expect(first.status).toBe(201);
    const again = await transfer({ precise_amount: 200n, reference, source: a, destination: b, skip_queue: true });
    expectError(again, 409, 'TXN_DUPLICATE_REFERENCE');
    expect(again.json.error).toBe(`transaction validation failed: reference ${reference} has already been used`);
    expect((await balance(t, a)).balance).toBe(4900n);
    expect((await balance(t, b)).balance).toBe(100n);
  });

  it('insufficient funds is 400 TXN_INSUFFICIENT_FUNDS and moves nothing (§4.4)', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    await fund(t, a, 5000n);
    const res = await transfer({ precise_amount: 5001n, source: a, destination: b, skip_queue: true });
    expectError(res, 400, 'TXN_INSUFFICIENT_FUNDS');
    expect(res.json.error).toMatch(/insufficient funds/);
    // Spending exactly what is there is fine.
    const exact = await transfer({ precise_amount: 5000n, source: a, destination: b, skip_queue: true });
    expect(exact.status).toBe(201);
    expect((await balance(t, a)).balance).toBe(0n);
    expect((await balance(t, b)).balance).toBe(5000n);
  });

  it('divergence: a transfer to a missing balance is 404 TXN_NOT_FOUND "Balance with ID … not found" with skip_queue, and writes nothing on the queue', async () => {
    const a = await newBalance(t);
    await fund(t, a, 100n);
    const missing = 'bln_00000000-0000-4000-8000-000000000000';
    const res = await transfer({ precise_amount: 5n, source: a, destination: missing, skip_queue: true });
    expectError(res, 404, 'TXN_NOT_FOUND');
    expect(res.json.error).toBe(`Balance with ID '${missing}' not found`);
    const queued = await transfer({ precise_amount: 5n, source: a, destination: missing });
    expect(queued.status).toBe(201);
    const marker = await transfer({ precise_amount: 1n, source: a, destination: '@Sink' });
    await settledChildren(t, marker.json.transaction_id);
    expectError(await t.call('GET', `/transactions/${queued.json.transaction_id}`), 404, 'TXN_NOT_FOUND');
    expect((await balance(t, a)).balance).toBe(99n);
  });

  it('allow_overdraft lets @World go negative; without it @World is refused (§7)', async () => {
    const currency = 'XOD';
    const dest = await newBalance(t, currency);
    const refused = await transfer({ currency, precise_amount: 700n, source: '@World', destination: dest, skip_queue: true });
    expectError(refused, 400, 'TXN_INSUFFICIENT_FUNDS');
    await fund(t, dest, 700n, currency);
    await fund(t, dest, 300n, currency);
    const world = await t.call('GET', `/balances/indicator/@World/currency/${currency}`);
    expect(world.status).toBe(200);
    expect(world.json.balance).toBe(-1000n);
    expect(world.json.debit_balance).toBe(1000n);
    expect(world.json.credit_balance).toBe(0n);
    expect((await balance(t, dest)).balance).toBe(1000n);
  });
});

describe('@ indicator balances (section 7)', () => {
  it('GET /balances/indicator/@World/currency/<unused> is 404 BAL_NOT_FOUND with no details before first use, and GET never creates it (§7)', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await t.call('GET', '/balances/indicator/@World/currency/XNU');
      expect(res.status).toBe(404);
      expect(res.text).toBe(
        '{"error":"balance with indicator \'@World\' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"balance with indicator \'@World\' not found"}}',
      );
    }
  });

  it('is created on first use in general_ledger_id with identity_id "", meta_data null and no queued_* fields (§7)', async () => {
    const currency = 'XFU';
    const dest = await newBalance(t, currency);
    await fund(t, dest, 4200n, currency);
    const res = await t.call('GET', `/balances/indicator/@World/currency/${currency}?with_queued=true`);
    expect(res.status).toBe(200);
    expect(res.json.ledger_id).toBe('general_ledger_id');
    expect(res.json.identity_id).toBe('');
    expect(res.json.indicator).toBe('@World');
    expect(res.json.currency).toBe(currency);
    expect(res.json.meta_data).toBeNull();
    expect(res.json.balance).toBe(-4200n);
    expect(res.json.balance_id).toMatch(/^bln_/);
    expect(res.text).not.toContain('queued_');

    // The lookup is exact: another spelling or currency is another (missing) balance.
    for (const path of [`/balances/indicator/@world/currency/${currency}`, '/balances/indicator/@World/currency/XNO']) {
      const miss = await t.call('GET', path);
      expect(miss.status).toBe(404);
      expect(miss.json.error_detail.code).toBe('BAL_NOT_FOUND');
      expect(miss.json.error_detail).not.toHaveProperty('details');
    }

    // A second transfer reuses the same balance.
    await fund(t, dest, 800n, currency);
    const again = await t.call('GET', `/balances/indicator/@World/currency/${currency}`);
    expect(again.json.balance_id).toBe(res.json.balance_id);
    expect(again.json.balance).toBe(-5000n);
  });
});

describe('precision, precise_amount, amount and amount_string (section 5)', () => {
  it('divergence: amount 10.01 at precision 100 is precise_amount 1001, in Go field order, and the answer has no amount_string (only a precise_amount in fills it) (§5, §4.4)', async () => {
    const dest = await newBalance(t);
    const reference = ref('precision');
    const res = await transfer({ amount: 10.01, reference, source: '@World', destination: dest, allow_overdraft: true, skip_queue: true });
    expect(res.status).toBe(201);
    expect(res.text.startsWith('{"precise_amount":1001,"amount":10.01,"precision":100,')).toBe(true);
    expect(res.json).not.toHaveProperty('amount_string');
    // A skip_queue answer is the row as recorded: its sides are balance ids, @World resolved.
    expect(res.json.source).toMatch(/^bln_/);
    expect(res.json.destination).toBe(dest);

    const id: string = res.json.transaction_id;
    const get = await t.call('GET', `/transactions/${id}`);
    expect(get.status).toBe(200);
    expect(get.json).not.toHaveProperty('amount_string');
    expect(get.json.precise_amount).toBe(1001n);
    expect(get.json.precision).toBe(100n);
    expect(get.json.hash).toBe(res.json.hash);
    expect(get.json.hash).toMatch(/^[0-9a-f]{64}$/);

    const byRef = await t.call('GET', `/transactions/reference/${reference}`);
    expect(byRef.status).toBe(200);
    expect(byRef.json.transaction_id).toBe(id);
    expect(byRef.json.precision).toBe(0n);
    expect(byRef.json.hash).toBe('');
    expect(byRef.json.precise_amount).toBe(1001n);
    expect(byRef.json).not.toHaveProperty('amount_string');

    expect((await balance(t, dest)).balance).toBe(1001n);
  });

  it('converts amount × precision by decimal, not float arithmetic (§5)', async () => {
    // 19.99 * 100 is 1998.9999999999998 in float64; shopspring decimal gives 1999.
    // 0.035 * 1000 is 35.00000000000001 in float64; decimal gives 35.
    for (const [amount, precision, precise] of [
      [19.99, 100, 1999n],
      [0.035, 1000, 35n],
      [7, 1, 7n],
    ] as const) {
      const res = await transfer({
        amount,
        precision,
        source: '@World',
        destination: '@Precision',
        allow_overdraft: true,
        skip_queue: true,
      });
      expect(res.status).toBe(201);
      expect(res.json.precise_amount).toBe(precise);
      expect(Number(res.json.amount)).toBe(amount);
    }
    // precise_amount in, exact amount_string out; precision defaults to 1.
    const exact = await transfer({
      precise_amount: 1234567n,
      source: '@World',
      destination: '@Precision',
      allow_overdraft: true,
      skip_queue: true,
    });
    expect(exact.json.amount_string).toBe('12345.67');
    const noPrecision = await t.call('POST', '/transactions', {
      body: {
        precise_amount: 5n,
        currency: 'USD',
        reference: ref('p1'),
        description: 'no precision',
        source: '@World',
        destination: '@Precision',
        allow_overdraft: true,
        skip_queue: true,
      },
    });
    expect(noPrecision.status).toBe(201);
    expect(noPrecision.json.precision).toBe(1n);
    expect(noPrecision.json.amount_string).toBe('5');
  });

  it('a quoted "precise_amount":"123" is 400 GEN_MALFORMED_REQUEST "Invalid input" (§5, §15.4)', async () => {
    const reference = ref('quoted');
    const res = await t.call('POST', '/transactions', {
      rawBody: `{"precise_amount":"123","precision":100,"currency":"USD","reference":"${reference}","description":"q","source":"@World","destination":"@X","skip_queue":true}`,
    });
    expectError(res, 400, 'GEN_MALFORMED_REQUEST');
    expect(res.json.error_detail.message).toBe('Invalid input');
    expect((await t.call('GET', `/transactions/reference/${reference}`)).status).toBe(404);
  });

  it('precise_amount binds only from a bare integer: 1.5 is 400 "Invalid input" (§5)', async () => {
    const res = await t.call('POST', '/transactions', {
      rawBody: `{"precise_amount":1.5,"currency":"USD","reference":"${ref('fractional')}","description":"f","source":"@World","destination":"@X","skip_queue":true}`,
    });
    expectError(res, 400, 'GEN_MALFORMED_REQUEST');
    expect(res.json.error).toBe('Invalid input');
  });

  it('precision 0 means 1 (§5)', async () => {
    const res = await transfer({
      precise_amount: 3n,
      precision: 0,
      source: '@World',
      destination: '@X',
      allow_overdraft: true,
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(res.json.precision).toBe(1n);
    expect(res.json.amount_string).toBe('3');
  });

  it('amount with more than 15 significant digits, or both amount and precise_amount, is 400 TXN_VALIDATION_ERROR (§4.4)', async () => {
    const base = { source: '@World', destination: '@X', allow_overdraft: true, skip_queue: true };
    // 1234567890.123456 has 16 significant digits.
    const long = await transfer({ ...base, amount: 1234567890.123456 });
    expectError(long, 400, 'TXN_VALIDATION_ERROR', 'errors');
    expect(long.json.errors).toContain('amount');
    // 15 are fine: 123456789.012345 at precision 1000000 is 123456789012345.
    const ok = await transfer({ ...base, amount: 123456789.012345, precision: 1_000_000 });
    expect(ok.status).toBe(201);
    expect(ok.json.precise_amount).toBe(123_456_789_012_345n);
    const both = await transfer({ ...base, amount: 1, precise_amount: 100n });
    expectError(both, 400, 'TXN_VALIDATION_ERROR', 'errors');
  });

  it('divergence: a non-integer precision is 400 TXN_VALIDATION_ERROR "precision: precision must be an integer value." under "errors", not TXN_PRECISION_NOT_INTEGER (§4.4)', async () => {
    const res = await transfer({ precise_amount: 100n, precision: 100.5, source: '@World', destination: '@X', skip_queue: true });
    expectError(res, 400, 'TXN_VALIDATION_ERROR', 'errors');
    expect(res.json.errors).toBe('precision: precision must be an integer value.');
    // The envelope is a Go map: its keys come out sorted.
    expect(Object.keys(res.json)).toEqual(['error_detail', 'errors']);
  });

  it('missing currency, reference and description is 400 TXN_VALIDATION_ERROR under the legacy key "errors" (§8.2)', async () => {
    const res = await t.call('POST', '/transactions', {
      body: { precise_amount: 100n, precision: 100, source: '@World', destination: '@X', skip_queue: true },
    });
    expectError(res, 400, 'TXN_VALIDATION_ERROR', 'errors');
    const message: string = res.json.errors;
    for (const field of ['currency', 'reference', 'description']) expect(message).toContain(`${field}: cannot be blank`);
    expect(message.endsWith('.')).toBe(true);
  });

  it("divergence: scheduled_for with fractional seconds is accepted too (Go's time.Parse takes a fraction the layout lacks); both are SCHEDULED (§4.4)", async () => {
    const base = { precise_amount: 100n, source: '@World', destination: '@Later', allow_overdraft: true };
    const fractional = await transfer({ ...base, scheduled_for: '2099-01-01T00:00:00.5Z' });
    expect(fractional.status).toBe(201);
    expect(fractional.json.status).toBe('SCHEDULED');
    expect(fractional.json.scheduled_for).toBe('2099-01-01T00:00:00.5Z');
    const bad = await transfer({ ...base, scheduled_for: '2099-01-01 00:00:00' });
    expect(bad.status).toBe(400);
    const whole = await transfer({ ...base, scheduled_for: '2099-01-01T00:00:00Z' });
    expect(whole.status).toBe(201);
    expect(whole.json.status).toBe('SCHEDULED');
    expect(whole.json.scheduled_for).toBe('2099-01-01T00:00:00Z');
  });
});

describe('acceptance: amounts beyond 2^53 (section 5, section 15.1)', () => {
  it('a transfer of 123456789012345678901234567890 reads back exactly as bare integer text, and @World shows its negative', async () => {
    const currency = 'XBG';
    const amount = '123456789012345678901234567890';
    const dest = await newBalance(t, currency);
    const res = await t.call('POST', '/transactions', {
      rawBody: `{"precise_amount":${amount},"precision":100,"currency":"${currency}","reference":"${ref('big')}","description":"big","source":"@World","destination":"${dest}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect(res.status).toBe(201);
    expect(res.text).toContain(`"precise_amount":${amount},`);
    expect(res.json.amount_string).toBe('1234567890123456789012345678.9');

    const got = await t.call('GET', `/balances/${dest}`);
    expect(got.status).toBe(200);
    expect(got.text).toContain(`"balance":${amount},`);
    expect(got.text).toContain(`"credit_balance":${amount},`);
    expect(got.json.balance).toBe(BigInt(amount));

    const world = await t.call('GET', `/balances/indicator/@World/currency/${currency}`);
    expect(world.text).toContain(`"balance":-${amount},`);
    expect(world.text).toContain(`"debit_balance":${amount},`);

    const read = await t.call('GET', `/transactions/${res.json.transaction_id}`);
    expect(read.text).toContain(`"precise_amount":${amount},`);
  });

  it('an amount of 10^40 survives a round trip byte for byte', async () => {
    const currency = 'XTN';
    const amount = `1${'0'.repeat(40)}`;
    expect(BigInt(amount)).toBe(10n ** 40n);
    const dest = await newBalance(t, currency);
    const reference = ref('ten40');
    const res = await t.call('POST', '/transactions', {
      rawBody: `{"precise_amount":${amount},"currency":"${currency}","reference":"${reference}","description":"1e40","source":"@World","destination":"${dest}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect(res.status).toBe(201);
    expect(res.text).toContain(`"precise_amount":${amount},`);
    expect(res.text).toContain(`"amount_string":"${amount}"`);
    for (const path of [`/transactions/${res.json.transaction_id}`, `/transactions/reference/${reference}`]) {
      const read = await t.call('GET', path);
      expect(read.text).toContain(`"precise_amount":${amount},`);
    }
    const listed = await t.call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'reference', operator: 'eq', value: reference }] },
    });
    expect(listed.text).toContain(`"precise_amount":${amount},`);
    expect((await t.call('GET', `/balances/${dest}`)).text).toContain(`"balance":${amount},`);
    // Twice is 2 × 10^40, still exact.
    await t.call('POST', '/transactions', {
      rawBody: `{"precise_amount":${amount},"currency":"${currency}","reference":"${ref('ten40')}","description":"1e40","source":"@World","destination":"${dest}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect((await t.call('GET', `/balances/${dest}`)).text).toContain(`"balance":2${'0'.repeat(40)},`);
  });
});

describe('acceptance: concurrent transfers keep every balance exact', () => {
  it('every balance equals its funding plus the transfers that succeeded, and all balances sum to zero', async () => {
    const currency = 'XCC';
    const FUNDING = 100_000n;
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await newBalance(t, currency));
    for (const id of ids) await fund(t, id, FUNDING, currency);

    // A small deterministic generator, so a failure can be replayed.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const transfers = Array.from({ length: 120 }, (_, i) => {
      const from = next(4);
      const to = (from + 1 + next(3)) % 4;
      // One transfer larger than all the money there is, so it fails whatever the order.
      const amount = i === 60 ? 10n * FUNDING : BigInt(1 + next(1500));
      return { from, to, amount, reference: ref(`conc${i}`), queued: i % 4 === 0 };
    });
    // Every other transfer succeeds whatever order they run in: no balance can pay out more
    // than its funding, even before it receives anything.
    const outgoing = ids.map(() => 0n);
    for (const [i, x] of transfers.entries()) if (i !== 60) outgoing[x.from]! += x.amount;
    for (const total of outgoing) expect(total <= FUNDING).toBe(true);

    // Eight at a time, so two real cores are busy without a lock timing out.
    const responses: RawResponse[] = [];
    for (let i = 0; i < transfers.length; i += 8) {
      const chunk = transfers.slice(i, i + 8);
      responses.push(
        ...(await Promise.all(
          chunk.map((x) =>
            transfer({
              currency,
              precise_amount: x.amount,
              reference: x.reference,
              source: ids[x.from],
              destination: ids[x.to],
              skip_queue: !x.queued,
            }),
          ),
        )),
      );
    }

    for (const [i, x] of transfers.entries()) {
      const res = responses[i]!;
      if (x.queued) {
        expect(res.status).toBe(201);
        expect(res.json.status).toBe('QUEUED');
        const child = await outcome(t, x.reference);
        expect(child.status).toBe(i === 60 ? 'REJECTED' : 'APPLIED');
      } else if (i === 60) {
        expectError(res, 400, 'TXN_INSUFFICIENT_FUNDS');
      } else {
        expect(res.status).toBe(201);
        expect(res.json.status).toBe('APPLIED');
      }
    }

    const credit = ids.map(() => FUNDING);
    const debit = ids.map(() => 0n);
    for (const [i, x] of transfers.entries()) {
      if (i === 60) continue;
      debit[x.from]! += x.amount;
      credit[x.to]! += x.amount;
    }
    for (const [i, id] of ids.entries()) {
      const b = await balance(t, id);
      expect(b.credit_balance).toBe(credit[i]);
      expect(b.debit_balance).toBe(debit[i]);
      expect(b.balance).toBe(credit[i]! - debit[i]!);
    }
    const world = await t.call('GET', `/balances/indicator/@World/currency/${currency}`);
    expect(world.json.balance).toBe(-4n * FUNDING);
  });
});

describe('bad input keeps the server up (section 8.2)', () => {
  it('malformed JSON, an empty body and a JSON array body are 400 GEN_MALFORMED_REQUEST "Invalid input"', async () => {
    for (const rawBody of ['{"precise_amount": ', '[{"precise_amount":1}]', '']) {
      const res = await t.call('POST', '/transactions', { rawBody });
      expectError(res, 400, 'GEN_MALFORMED_REQUEST');
      expect(res.json.error).toBe('Invalid input');
    }
    expect((await t.call('GET', '/health')).status).toBe(200);
  });

  it('divergence: a JSON null body binds as an empty transaction and fails validation, field by field', async () => {
    const res = await t.call('POST', '/transactions', { rawBody: 'null' });
    expectError(res, 400, 'TXN_VALIDATION_ERROR', 'errors');
    expect(res.json.errors).toBe(
      'amount: either amount or precise_amount is required; currency: cannot be blank; description: cannot be blank; ' +
        'destination: either destination or destinations is required, not both; reference: cannot be blank; ' +
        'source: either source or sources is required, not both.',
    );
  });

  it('a body over 5 MB is 400 GEN_MALFORMED_REQUEST, not 413, and /health still answers (§8.2)', async () => {
    const huge = `{"description":"${'x'.repeat(5 * 1024 * 1024)}","precise_amount":1}`;
    expect(Buffer.byteLength(huge)).toBeGreaterThan(5 * 1024 * 1024);
    // Sent around the recorder: five megabytes have no place in a committed recording.
    const res = await client(t.url)('POST', '/transactions', {
      rawBody: huge,
      ...(t.apiKey ? { headers: { 'x-blnk-key': t.apiKey } } : {}),
    });
    expectError(res, 400, 'GEN_MALFORMED_REQUEST');
    const health = await t.call('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.text).toBe('{"status":"UP"}');
  });
});

describe('a hold on reads', () => {
  it('divergence: a hold\'s meta_data never shows "inflight": Blnk lifts it into the inflight field on every answer', async () => {
    const a = await newBalance(t);
    await fund(t, a, 1000n);
    const res = await transfer({
      precise_amount: 10n,
      source: a,
      destination: '@Held',
      inflight: true,
      skip_queue: true,
      meta_data: { k: 'v' },
    });
    expect(res.status).toBe(201);
    expect(res.json.inflight).toBe(true);
    expect(res.json.meta_data).toEqual({ k: 'v' });
    const read = await t.call('GET', `/transactions/${res.json.transaction_id}`);
    expect(read.json.inflight).toBe(true);
    expect(read.json.meta_data).toEqual({ k: 'v' });
    const bare = await transfer({ precise_amount: 10n, source: a, destination: '@Held', inflight: true, skip_queue: true });
    expect(bare.json).not.toHaveProperty('meta_data');
    expect((await byReference(t, bare.json.reference)).inflight).toBe(true);
  });
});
