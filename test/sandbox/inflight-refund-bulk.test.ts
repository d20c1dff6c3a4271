import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { client } from '../helpers/http.js';
import type { Call, RawResponse } from '../helpers/http.js';

/**
 * Contract tests for inflight commit/void, refunds, bulk and split transactions (docs/blnk-contract.md
 * sections 2.4 and 4.4), through real HTTP on loopback. Expected balances are worked out here
 * from the amounts sent.
 */

let sandbox: Sandbox;
let call: Call;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  call = client(sandbox.url);
});
afterAll(() => sandbox.close());

const ref = (label: string) => `${label}-${randomUUID()}`;

async function newBalance(currency = 'USD'): Promise<string> {
  const ledger = await call('POST', '/ledgers', { body: { name: ref('ledger') } });
  expect(ledger.status).toBe(201);
  const balance = await call('POST', '/balances', { body: { ledger_id: ledger.json.ledger_id, currency } });
  expect(balance.status).toBe(201);
  return balance.json.balance_id;
}

function txn(body: Record<string, unknown>): Record<string, unknown> {
  return { precision: 100, currency: 'USD', reference: ref('txn'), description: 'test', ...body };
}

async function post(body: Record<string, unknown>): Promise<RawResponse> {
  return call('POST', '/transactions', { body: txn(body) });
}

async function funded(amount: bigint): Promise<string> {
  const id = await newBalance();
  const res = await post({ precise_amount: amount, source: '@World', destination: id, allow_overdraft: true, skip_queue: true });
  expect(res.status).toBe(201);
  return id;
}

async function balance(id: string): Promise<any> {
  const res = await call('GET', `/balances/${id}`);
  expect(res.status).toBe(200);
  return res.json;
}

/** The amounts of a balance that these tests care about, for one toEqual. */
async function amounts(id: string): Promise<{ balance: bigint; inflight_debit: bigint; inflight_credit: bigint }> {
  const b = await balance(id);
  expect(b.inflight_balance).toBe(b.inflight_credit_balance - b.inflight_debit_balance);
  return { balance: b.balance, inflight_debit: b.inflight_debit_balance, inflight_credit: b.inflight_credit_balance };
}

const held = (balanceValue: bigint, inflightDebit = 0n, inflightCredit = 0n) => ({
  balance: balanceValue,
  inflight_debit: inflightDebit,
  inflight_credit: inflightCredit,
});

async function childrenOf(parentId: string): Promise<any[]> {
  const res = await call('POST', '/transactions/filter', {
    body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: parentId }], limit: 100 },
  });
  expect(res.status).toBe(200);
  expect(Array.isArray(res.json)).toBe(true);
  return res.json;
}

function expectError(res: RawResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(res.json.error_detail.code).toBe(code);
  expect(res.json.error).toBe(res.json.error_detail.message);
}

const inflight = (id: string, body: Record<string, unknown>) => call('PUT', `/transactions/inflight/${id}`, { body });

async function hold(source: string, destination: string, amount: bigint): Promise<string> {
  const res = await post({ precise_amount: amount, source, destination, inflight: true, skip_queue: true });
  expect(res.status).toBe(201);
  expect(res.json.status).toBe('INFLIGHT');
  return res.json.transaction_id;
}

describe('inflight commit and void (section 4.4)', () => {
  it('an inflight skip_queue transaction is INFLIGHT and only moves the inflight amounts', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const res = await post({ precise_amount: 4000n, source: a, destination: b, inflight: true, skip_queue: true });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('INFLIGHT');
    expect(res.json.inflight).toBe(true);
    expect(await amounts(a)).toEqual(held(10_000n, 4000n));
    expect(await amounts(b)).toEqual(held(0n, 0n, 4000n));
    // On reads, inflight is lifted back out of meta_data (§4.4).
    const read = await call('GET', `/transactions/${res.json.transaction_id}`);
    expect(read.json.status).toBe('INFLIGHT');
    expect(read.json.inflight).toBe(true);
  });

  it('commits part with skip_queue (200, an APPLIED child of that amount), then the rest; a further commit is 409 TXN_ALREADY_COMMITTED (§4.4)', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 4000n);

    const part = await inflight(id, { status: 'commit', precise_amount: 1500n, skip_queue: true });
    expect(part.status).toBe(200);
    expect(part.json.status).toBe('APPLIED');
    expect(part.json.precise_amount).toBe(1500n);
    expect(part.json.parent_transaction).toBe(id);
    expect(part.json.transaction_id).not.toBe(id);
    expect(part.json).not.toHaveProperty('queued');
    expect(await amounts(a)).toEqual(held(8500n, 2500n));
    expect(await amounts(b)).toEqual(held(1500n, 0n, 2500n));
    expect((await call('GET', `/transactions/${id}`)).json.status).toBe('INFLIGHT');

    // No amount: the whole remaining hold.
    const rest = await inflight(id, { status: 'commit', skip_queue: true });
    expect(rest.status).toBe(200);
    expect(rest.json.status).toBe('APPLIED');
    expect(rest.json.precise_amount).toBe(2500n);
    expect(await amounts(a)).toEqual(held(6000n));
    expect(await amounts(b)).toEqual(held(4000n));

    const again = await inflight(id, { status: 'commit', skip_queue: true });
    expectError(again, 409, 'TXN_ALREADY_COMMITTED');

    const children = await childrenOf(id);
    expect(children.map((c) => c.precise_amount).sort()).toEqual([1500n, 2500n]);
    expect(children.every((c) => c.status === 'APPLIED')).toBe(true);
  });

  it('commits a float `amount` at the hold\'s precision', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 1000n);
    const res = await inflight(id, { status: 'commit', amount: 2.5, skip_queue: true });
    expect(res.status).toBe(200);
    expect(res.json.precise_amount).toBe(250n);
    expect(await amounts(a)).toEqual(held(9750n, 750n));
  });

  it('void releases the hold as a VOID child; voiding again is 409 TXN_ALREADY_VOIDED, so is committing (§4.4)', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 1000n);
    const voided = await inflight(id, { status: 'void', skip_queue: true });
    expect(voided.status).toBe(200);
    expect(voided.json.status).toBe('VOID');
    expect(voided.json.parent_transaction).toBe(id);
    expect(voided.json.precise_amount).toBe(1000n);
    expect(await amounts(a)).toEqual(held(10_000n));
    expect(await amounts(b)).toEqual(held(0n));

    expectError(await inflight(id, { status: 'void', skip_queue: true }), 409, 'TXN_ALREADY_VOIDED');
    expectError(await inflight(id, { status: 'commit', skip_queue: true }), 409, 'TXN_ALREADY_VOIDED');
  });

  it('committing more than remains is 400 TXN_COMMIT_AMOUNT_EXCEEDED; a void after a part commit releases only the rest (§4.4)', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 500n);
    expectError(await inflight(id, { status: 'commit', precise_amount: 501n, skip_queue: true }), 400, 'TXN_COMMIT_AMOUNT_EXCEEDED');
    // precise_amount must be > 0.
    expect((await inflight(id, { status: 'commit', precise_amount: 0n, skip_queue: true })).status).toBe(400);
    expect(await amounts(a)).toEqual(held(10_000n, 500n));

    expect((await inflight(id, { status: 'commit', precise_amount: 200n, skip_queue: true })).status).toBe(200);
    expectError(await inflight(id, { status: 'commit', precise_amount: 301n, skip_queue: true }), 400, 'TXN_COMMIT_AMOUNT_EXCEEDED');
    const voided = await inflight(id, { status: 'void', skip_queue: true });
    expect(voided.json.status).toBe('VOID');
    expect(voided.json.precise_amount).toBe(300n);
    expect(await amounts(a)).toEqual(held(9800n));
    expect(await amounts(b)).toEqual(held(200n));
  });

  it('without skip_queue, commit answers 200 with the parent still INFLIGHT plus "queued": true; a second action while pending is 409 GEN_CONFLICT (§4.4, v0.15)', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 800n);
    sandbox.queue.pause();
    try {
      const queued = await inflight(id, { status: 'commit', precise_amount: 300n });
      expect(queued.status).toBe(200);
      expect(queued.json.transaction_id).toBe(id);
      expect(queued.json.status).toBe('INFLIGHT');
      expect(queued.json.precise_amount).toBe(800n);
      expect(queued.json.queued).toBe(true);
      expectError(await inflight(id, { status: 'void' }), 409, 'GEN_CONFLICT');
      expectError(await inflight(id, { status: 'commit', skip_queue: true }), 409, 'GEN_CONFLICT');
      // Nothing has moved yet.
      expect(await amounts(a)).toEqual(held(10_000n, 800n));
    } finally {
      sandbox.queue.resume();
    }
    await sandbox.queue.idle();
    const children = await childrenOf(id);
    expect(children).toHaveLength(1);
    expect(children[0].status).toBe('APPLIED');
    expect(children[0].precise_amount).toBe(300n);
    expect(await amounts(a)).toEqual(held(9700n, 500n));

    const queuedVoid = await inflight(id, { status: 'void' });
    expect(queuedVoid.status).toBe(200);
    expect(queuedVoid.json.queued).toBe(true);
    expect(queuedVoid.json.status).toBe('INFLIGHT');
    await sandbox.queue.idle();
    const after = await childrenOf(id);
    expect(after.map((c) => `${c.status}:${c.precise_amount}`).sort()).toEqual(['APPLIED:300', 'VOID:500']);
    expect(await amounts(a)).toEqual(held(9700n));
    expect(await amounts(b)).toEqual(held(300n));
  });

  it('a queued inflight transaction is held by its INFLIGHT "<ref>_q" child once the worker has run', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const reference = ref('queued-hold');
    const res = await post({ precise_amount: 600n, reference, source: a, destination: b, inflight: true });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    const [child] = await childrenOf(res.json.transaction_id);
    expect(child.status).toBe('INFLIGHT');
    expect(child.reference).toBe(`${reference}_q`);
    expect(await amounts(a)).toEqual(held(10_000n, 600n));

    const committed = await inflight(child.transaction_id, { status: 'commit', skip_queue: true });
    expect(committed.status).toBe(200);
    expect(committed.json.precise_amount).toBe(600n);
    expect(await amounts(a)).toEqual(held(9400n));
  });

  it('a bad status is 400 TXN_INVALID_STATUS_ACTION; an APPLIED transaction is 400 TXN_NOT_INFLIGHT; an unknown id is 400 TXN_NOT_INFLIGHT with skip_queue, 404 TXN_NOT_FOUND on the queue', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 100n);
    expectError(await inflight(id, { status: 'approve', skip_queue: true }), 400, 'TXN_INVALID_STATUS_ACTION');
    expectError(await inflight(id, { skip_queue: true }), 400, 'TXN_INVALID_STATUS_ACTION');

    const applied = await post({ precise_amount: 100n, source: a, destination: b, skip_queue: true });
    expect(applied.json.status).toBe('APPLIED');
    expectError(await inflight(applied.json.transaction_id, { status: 'commit', skip_queue: true }), 400, 'TXN_NOT_INFLIGHT');

    const malformed = await call('PUT', `/transactions/inflight/${id}`, { rawBody: '{"status":' });
    expectError(malformed, 400, 'GEN_MALFORMED_REQUEST');

    // api/transactions.go: UpdateInflightStatus: with skip_queue it looks for INFLIGHT rows under
    // the id and answers "no transaction to commit" when there is none, an unknown id included.
    const unknown = await inflight(`txn_${randomUUID()}`, { status: 'commit', skip_queue: true });
    expectError(unknown, 400, 'TXN_NOT_INFLIGHT');
    expectError(await inflight(`txn_${randomUUID()}`, { status: 'void', skip_queue: true }), 400, 'TXN_NOT_INFLIGHT');
    // On the queue, fetchAndValidateInflightTransaction reads the row first: 404.
    expectError(await inflight(`txn_${randomUUID()}`, { status: 'commit' }), 404, 'TXN_NOT_FOUND');
    // None of the refusals touched the hold.
    expect(await amounts(a)).toEqual(held(9900n, 100n));
  });
});

describe('refunds: POST /refund-transaction/:id (section 2.4)', () => {
  it('with skip_queue answers 201 with source and destination swapped and the same amount; the balances are restored', async () => {
    const a = await funded(5000n);
    const b = await newBalance();
    const original = await post({ precise_amount: 3000n, source: a, destination: b, skip_queue: true });
    expect(original.status).toBe(201);
    expect(await amounts(a)).toEqual(held(2000n));

    const refund = await call('POST', `/refund-transaction/${original.json.transaction_id}`, { body: { skip_queue: true } });
    expect(refund.status).toBe(201);
    expect(refund.json.status).toBe('APPLIED');
    expect(refund.json.source).toBe(b);
    expect(refund.json.destination).toBe(a);
    expect(refund.json.precise_amount).toBe(3000n);
    expect(refund.json.precision).toBe(100n);
    expect(refund.json.currency).toBe('USD');
    expect(refund.json.transaction_id).not.toBe(original.json.transaction_id);
    expect(refund.json.reference).not.toBe(original.json.reference);

    const ba = await balance(a);
    expect(ba.balance).toBe(5000n);
    expect(ba.credit_balance).toBe(8000n);
    expect(ba.debit_balance).toBe(3000n);
    const bb = await balance(b);
    expect(bb.balance).toBe(0n);
    expect(bb.credit_balance).toBe(3000n);
    expect(bb.debit_balance).toBe(3000n);
  });

  it('takes no body at all: the refund is queued, then applied by the worker', async () => {
    const a = await funded(5000n);
    const b = await newBalance();
    const original = await post({ precise_amount: 1200n, source: a, destination: b, skip_queue: true });
    const refund = await call('POST', `/refund-transaction/${original.json.transaction_id}`);
    expect(refund.status).toBe(201);
    expect(refund.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    expect(await amounts(a)).toEqual(held(5000n));
    expect(await amounts(b)).toEqual(held(0n));
  });

  it('refunding an unknown id is 404 TXN_NOT_FOUND', async () => {
    const res = await call('POST', `/refund-transaction/txn_${randomUUID()}`, { body: { skip_queue: true } });
    expectError(res, 404, 'TXN_NOT_FOUND');
  });
});

describe('bulk: POST /transactions/bulk (section 2.4)', () => {
  it('with skip_queue answers 201 {batch_id, status:"applied", transaction_count} after applying every item; each row\'s parent_transaction is the batch id and meta_data.sequence its position', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const c = await newBalance();
    const refs = [ref('bulk1'), ref('bulk2'), ref('bulk3')];
    const res = await call('POST', '/transactions/bulk', {
      body: {
        skip_queue: true,
        transactions: [
          txn({ precise_amount: 1000n, source: a, destination: b, reference: refs[0] }),
          txn({ precise_amount: 2000n, source: a, destination: c, reference: refs[1] }),
          txn({ precise_amount: 500n, source: '@World', destination: b, allow_overdraft: true, reference: refs[2] }),
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json).sort()).toEqual(['batch_id', 'status', 'transaction_count']);
    expect(res.json.batch_id).toMatch(/^bulk_[0-9a-f-]{36}$/);
    expect(res.json.status).toBe('applied');
    expect(res.json.transaction_count).toBe(3n);

    const rows = await childrenOf(res.json.batch_id);
    expect(rows.map((r) => r.reference).sort()).toEqual([...refs].sort());
    expect(rows.every((r) => r.status === 'APPLIED' && r.parent_transaction === res.json.batch_id)).toBe(true);
    expect(refs.map((r) => rows.find((row) => row.reference === r).meta_data.sequence)).toEqual([1n, 2n, 3n]);
    expect(await amounts(a)).toEqual(held(7000n));
    expect(await amounts(b)).toEqual(held(1500n));
    expect(await amounts(c)).toEqual(held(2000n));
  });

  it('atomic with skip_queue and a failing item: the error carries batch_id; what was applied stays and is reversed by a queued refund', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const okRef = ref('atomic-ok');
    const res = await call('POST', '/transactions/bulk', {
      body: {
        atomic: true,
        skip_queue: true,
        transactions: [
          txn({ precise_amount: 1000n, source: a, destination: b, reference: okRef }),
          txn({ precise_amount: 2000n, source: b, destination: a }),
          txn({ precise_amount: 999_999n, source: a, destination: b }),
        ],
      },
    });
    expectError(res, 400, 'TXN_INSUFFICIENT_FUNDS');
    expect(Object.keys(res.json)).toEqual(['error', 'batch_id', 'error_detail']);
    expect(res.json.batch_id).toMatch(/^bulk_/);
    expect(res.json.error_detail.details).toEqual({ batch_id: res.json.batch_id });
    expect(res.json.error).toMatch(/^failed to queue transaction 2 .*All transactions in this batch have been refunded\.$/);

    // blnk: rollbackBatchTransactions refunds the batch's APPLIED rows through the queue
    // (RefundWorker): the original stays, its refund `<txn>_refund` is QUEUED, then applied.
    const applied = await call('GET', `/transactions/reference/${okRef}`);
    expect(applied.json).toMatchObject({ status: 'APPLIED', parent_transaction: res.json.batch_id });
    const refund = await call('GET', `/transactions/reference/${applied.json.transaction_id}_refund`);
    expect(refund.json).toMatchObject({ status: 'QUEUED', source: b, destination: a, precise_amount: 1000n });
    await sandbox.queue.idle();
    expect(await balance(a)).toMatchObject({ balance: 10_000n, credit_balance: 11_000n, debit_balance: 1000n });
    expect(await balance(b)).toMatchObject({ balance: 0n, credit_balance: 1000n, debit_balance: 1000n });
  });

  it('without atomic, a skip_queue batch that fails keeps what it applied: "Previous transactions were not rolled back"', async () => {
    const a = await funded(1000n);
    const b = await newBalance();
    const res = await call('POST', '/transactions/bulk', {
      body: {
        skip_queue: true,
        transactions: [txn({ precise_amount: 600n, source: a, destination: b }), txn({ precise_amount: 600n, source: a, destination: b })],
      },
    });
    expectError(res, 400, 'TXN_INSUFFICIENT_FUNDS');
    expect(res.json.error).toMatch(/Previous transactions were not rolled back\.$/);
    expect((await childrenOf(res.json.batch_id)).map((r) => r.status)).toEqual(['APPLIED']);
    expect(await amounts(a)).toEqual(held(400n));
  });

  it('queued by default: 201 {status:"applied"} before anything moves; insufficient funds become a REJECTED child, a duplicate reference a row never written, and atomic undoes nothing', async () => {
    const a = await funded(1000n);
    const b = await newBalance();
    const taken = ref('taken');
    expect((await post({ precise_amount: 1n, source: a, destination: b, reference: taken, skip_queue: true })).status).toBe(201);
    sandbox.queue.pause();
    const refs = [ref('q1'), taken, ref('q3')];
    const res = await call('POST', '/transactions/bulk', {
      body: {
        atomic: true,
        transactions: [
          txn({ precise_amount: 300n, source: a, destination: b, reference: refs[0] }),
          txn({ precise_amount: 5n, source: a, destination: b, reference: refs[1] }),
          txn({ precise_amount: 5000n, source: a, destination: b, reference: refs[2] }),
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ status: 'applied', transaction_count: 3n });
    // Nothing has moved yet: the worker is paused.
    await sandbox.queue.idle();
    expect(await amounts(a)).toEqual(held(999n));
    const queued = await childrenOf(res.json.batch_id);
    expect(queued.map((r) => r.reference).sort()).toEqual([refs[0], refs[2]].sort());
    expect(queued.every((r) => r.status === 'QUEUED')).toBe(true);
    sandbox.queue.resume();
    await sandbox.queue.idle();
    const outcome = async (r: string) => (await call('GET', `/transactions/reference/${r}_q`)).json.status;
    expect(await outcome(refs[0]!)).toBe('APPLIED');
    expect(await outcome(refs[2]!)).toBe('REJECTED');
    // The taken reference still names the earlier transfer; the batch wrote nothing for it.
    expect((await call('GET', `/transactions/reference/${taken}`)).json.parent_transaction).toBe('');
    expect(await amounts(a)).toEqual(held(699n));
  });

  it('an item that fails validation is 400 TXN_VALIDATION_ERROR under the legacy key "errors" (§8.2)', async () => {
    const a = await funded(1000n);
    const res = await call('POST', '/transactions/bulk', {
      body: { transactions: [txn({ precise_amount: 1n, source: a, destination: '@Out', description: undefined })] },
    });
    expect(res.status).toBe(400);
    expect(res.json.error_detail.code).toBe('TXN_VALIDATION_ERROR');
    expect(res.json.errors).toBe(res.json.error_detail.message);
    expect(res.json.errors).toContain('description: cannot be blank');
    expect(res.json).not.toHaveProperty('error');
  });

  it('an empty list is 400 TXN_BULK_EMPTY', async () => {
    expectError(await call('POST', '/transactions/bulk', { body: { transactions: [] } }), 400, 'TXN_BULK_EMPTY');
    expectError(await call('POST', '/transactions/bulk', { body: {} }), 400, 'TXN_BULK_EMPTY');
  });

  it('run_async answers 202 with status "processing"; the batch is applied afterwards', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const res = await call('POST', '/transactions/bulk', {
      body: {
        run_async: true,
        transactions: [
          txn({ precise_amount: 700n, source: a, destination: b }),
          txn({ precise_amount: 300n, source: a, destination: b }),
        ],
      },
    });
    expect(res.status).toBe(202);
    expect(res.json.status).toBe('processing');
    expect(res.json.batch_id).toMatch(/^bulk_/);
    expect(typeof res.json.message).toBe('string');
    await sandbox.queue.idle();
    const rows = await childrenOf(res.json.batch_id);
    expect(rows).toHaveLength(2);
    expect(await amounts(a)).toEqual(held(9000n));
    expect(await amounts(b)).toEqual(held(1000n));
  });

  it('inflight: true holds every transaction and answers status "inflight"', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const res = await call('POST', '/transactions/bulk', {
      body: {
        inflight: true,
        skip_queue: true,
        transactions: [txn({ precise_amount: 100n, source: a, destination: b }), txn({ precise_amount: 250n, source: a, destination: b })],
      },
    });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('inflight');
    expect(res.json.transaction_count).toBe(2n);
    const rows = await childrenOf(res.json.batch_id);
    expect(rows.map((r) => r.status)).toEqual(['INFLIGHT', 'INFLIGHT']);
    expect(await amounts(a)).toEqual(held(10_000n, 350n));
  });
});

describe('split transactions: sources / destinations with distributions', () => {
  it('"50%", a fixed amount and "left" across destinations: every leg is applied and the legs add up', async () => {
    const a = await funded(20_000n);
    const [b, c, d] = [await newBalance(), await newBalance(), await newBalance()];
    // 100.00 at precision 100: 50% is 5000, "20" is 20.00 = 2000, "left" is the remaining 3000.
    const res = await post({
      amount: 100,
      source: a,
      destinations: [
        { identifier: b, distribution: '50%' },
        { identifier: c, distribution: '20' },
        { identifier: d, distribution: 'left' },
      ],
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(res.json.precise_amount).toBe(10_000n);
    const legs: any[] = res.json.destinations;
    expect(legs.map((l) => l.identifier)).toEqual([b, c, d]);
    expect(legs.map((l) => l.distribution)).toEqual(['50%', '20', 'left']);

    // The transfers are made in Go map order, and legs[i].transaction_id is the i-th transfer
    // made (model/transaction.go: SplitTransactionPrecise), so a leg's transaction_id need not
    // be its own identifier's transfer: read each transfer for its destination.
    const byDestination = new Map<string, bigint>();
    const references: string[] = [];
    for (const leg of legs) {
      expect(leg.transaction_id).toMatch(/^txn_/);
      const got = await call('GET', `/transactions/${leg.transaction_id}`);
      expect(got.status).toBe(200);
      expect(got.json.status).toBe('APPLIED');
      expect(got.json.source).toBe(a);
      expect(got.json.parent_transaction).toBe(res.json.transaction_id);
      byDestination.set(got.json.destination, got.json.precise_amount);
      references.push(got.json.reference);
    }
    expect(Object.fromEntries(byDestination)).toEqual({ [b]: 5000n, [c]: 2000n, [d]: 3000n });
    // With skip_queue the legs are `<ref>-<n>`.
    expect(references.sort()).toEqual([1, 2, 3].map((n) => `${res.json.reference}-${n}`));
    expect(await amounts(a)).toEqual(held(10_000n));
    expect(await amounts(b)).toEqual(held(5000n));
    expect(await amounts(c)).toEqual(held(2000n));
    expect(await amounts(d)).toEqual(held(3000n));
  });

  it('sources with "60%" and "left" draw from each source into one destination', async () => {
    const a = await funded(5000n);
    const b = await funded(5000n);
    const dest = await newBalance();
    const res = await post({
      precise_amount: 2500n,
      sources: [
        { identifier: a, distribution: '60%' },
        { identifier: b, distribution: 'left' },
      ],
      destination: dest,
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(res.json.sources).toHaveLength(2);
    // 60% of 2500 is 1500; the rest, 1000, comes from b.
    expect(await amounts(a)).toEqual(held(3500n));
    expect(await amounts(b)).toEqual(held(4000n));
    expect(await amounts(dest)).toEqual(held(2500n));
  });

  it('only a total over 100% (or fixed amounts over the amount) fails, as 400 TXN_VALIDATION_ERROR, and moves nothing', async () => {
    const a = await funded(5000n);
    const [b, c] = [await newBalance(), await newBalance()];
    const cases = [
      [
        { identifier: b, distribution: '70%' },
        { identifier: c, distribution: '40%' },
      ],
      [
        { identifier: b, distribution: '6' },
        { identifier: c, distribution: '5' },
      ],
      [
        { identifier: b, precise_distribution: '10.5' },
        { identifier: c, distribution: 'left' },
      ],
    ];
    for (const destinations of cases) {
      const res = await post({ amount: 10, source: a, destinations, skip_queue: true });
      expectError(res, 400, 'TXN_VALIDATION_ERROR');
      expect(res.json.error).toMatch(/^failed to split transaction: /);
    }
    expect(await amounts(a)).toEqual(held(5000n));
    expect(await amounts(b)).toEqual(held(0n));
    expect(await amounts(c)).toEqual(held(0n));
  });

  it('a total under 100% without "left" gives the remainder to the largest leg (balanceDistributions)', async () => {
    const a = await funded(5000n);
    const [b, c] = [await newBalance(), await newBalance()];
    // 50% + 30% of 10.00: 500 and 300; the missing 200 goes to b, the largest.
    const res = await post({
      amount: 10,
      source: a,
      destinations: [
        { identifier: b, distribution: '50%' },
        { identifier: c, distribution: '30%' },
      ],
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(await amounts(b)).toEqual(held(700n));
    expect(await amounts(c)).toEqual(held(300n));
    // Fixed amounts that fall short: 5 + 4 of 10.00, the missing 1.00 goes to b.
    const fixed = await post({
      amount: 10,
      source: a,
      destinations: [
        { identifier: b, distribution: '5' },
        { identifier: c, distribution: '4' },
      ],
      skip_queue: true,
    });
    expect(fixed.status).toBe(201);
    expect(await amounts(b)).toEqual(held(1300n));
    expect(await amounts(c)).toEqual(held(700n));
  });

  it('a second "left" leg is ignored: it gets no transfer and its transaction_id stays empty', async () => {
    const a = await funded(5000n);
    const [b, c, d] = [await newBalance(), await newBalance(), await newBalance()];
    const res = await post({
      amount: 10,
      source: a,
      destinations: [
        { identifier: b, distribution: '50%' },
        { identifier: c, distribution: 'left' },
        { identifier: d, distribution: 'left' },
      ],
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    const legs: any[] = res.json.destinations;
    expect(legs.map((l) => l.transaction_id === '')).toEqual([false, false, true]);
    expect(await amounts(b)).toEqual(held(500n));
    expect(await amounts(c)).toEqual(held(500n));
    expect(await amounts(d)).toEqual(held(0n));
  });

  it('with skip_queue a failing leg leaves the others applied; with atomic they are refunded through the queue', async () => {
    const rich = await funded(5000n);
    const poor = await funded(100n);
    const dest = await newBalance();
    // 10.00: 5.00 from rich succeeds, 5.00 from poor (1.00) fails. Blnk makes the legs in Go
    // map order (fixed shares are entered first, "left" last); the sandbox starts at the
    // second entry, so rich's leg is made first here.
    const sources = [
      { identifier: rich, distribution: 'left' },
      { identifier: poor, distribution: '5' },
    ];
    const plain = await post({ amount: 10, sources, destination: dest, skip_queue: true });
    expectError(plain, 400, 'TXN_INSUFFICIENT_FUNDS');
    expect(await amounts(rich)).toEqual(held(4500n));
    expect(await amounts(dest)).toEqual(held(500n));

    const atomic = await post({ amount: 10, sources, destination: dest, skip_queue: true, atomic: true });
    expectError(atomic, 400, 'TXN_INSUFFICIENT_FUNDS');
    await sandbox.queue.idle();
    // The second attempt's 5.00 from rich was applied, then refunded: rich and dest are back.
    expect(await amounts(rich)).toEqual(held(4500n));
    expect(await amounts(dest)).toEqual(held(500n));
    expect(await amounts(poor)).toEqual(held(100n));
  });

  it('queued legs are `<ref>_<n>`, each settled on its own: one leg can be REJECTED while another is APPLIED', async () => {
    const rich = await funded(5000n);
    const poor = await funded(100n);
    const dest = await newBalance();
    const res = await post({
      amount: 10,
      sources: [
        { identifier: rich, distribution: '50%' },
        { identifier: poor, distribution: 'left' },
      ],
      destination: dest,
    });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    const legs = await childrenOf(res.json.transaction_id);
    expect(legs.map((l) => l.reference).sort()).toEqual([`${res.json.reference}_1`, `${res.json.reference}_2`]);
    const outcomes = await Promise.all(legs.map(async (l) => [l.source, (await call('GET', `/transactions/reference/${l.reference}_q`)).json.status]));
    expect(Object.fromEntries(outcomes)).toEqual({ [rich]: 'APPLIED', [poor]: 'REJECTED' });
    expect(await amounts(rich)).toEqual(held(4500n));
    expect(await amounts(dest)).toEqual(held(500n));
  });
});

describe('a queued commit may name the QUEUED parent of a hold (blnk: IsInflightTransaction)', () => {
  it('before the worker has made the hold: 200 with the QUEUED row and queued: true; the commit is applied to the hold once it exists', async () => {
    const a = await funded(1000n);
    const b = await newBalance();
    sandbox.queue.pause();
    const queued = await post({ precise_amount: 300n, source: a, destination: b, inflight: true });
    expect(queued.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    const res = await call('PUT', `/transactions/inflight/${queued.json.transaction_id}`, { body: { status: 'commit' } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ transaction_id: queued.json.transaction_id, status: 'QUEUED', queued: true });
    // A second action on the same id while the first is queued is 409.
    expectError(await call('PUT', `/transactions/inflight/${queued.json.transaction_id}`, { body: { status: 'void' } }), 409, 'GEN_CONFLICT');
    sandbox.queue.resume();
    await sandbox.queue.idle();
    const holdRow = (await call('GET', `/transactions/reference/${queued.json.reference}_q`)).json;
    expect(holdRow.status).toBe('INFLIGHT');
    expect((await childrenOf(holdRow.transaction_id)).map((c) => [c.status, c.precise_amount])).toEqual([['APPLIED', 300n]]);
    expect(await amounts(a)).toEqual(held(700n));
    expect(await amounts(b)).toEqual(held(300n));
  });
});
