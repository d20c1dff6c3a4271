import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { client } from '../helpers/http.js';
import type { Call, RawResponse } from '../helpers/http.js';

/**
 * Contract tests for the transaction side of the sandbox (docs/blnk-contract.md sections 2.4, 4.4,
 * 5, 7, 8), through real HTTP on loopback. Expected values are worked out here from what was
 * sent, never read back from the sandbox.
 */

let sandbox: Sandbox;
let call: Call;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  call = client(sandbox.url);
});
afterAll(() => sandbox.close());

const ref = (label: string) => `${label}-${randomUUID()}`;

async function newBalance(c: Call, currency = 'USD'): Promise<string> {
  const ledger = await c('POST', '/ledgers', { body: { name: ref('ledger') } });
  expect(ledger.status).toBe(201);
  const balance = await c('POST', '/balances', { body: { ledger_id: ledger.json.ledger_id, currency } });
  expect(balance.status).toBe(201);
  return balance.json.balance_id;
}

/** Moves `amount` minor units from @World into the balance, synchronously. */
async function fund(c: Call, balanceId: string, amount: bigint, currency = 'USD'): Promise<void> {
  const res = await c('POST', '/transactions', {
    body: {
      precise_amount: amount,
      precision: 100,
      currency,
      reference: ref('fund'),
      description: 'funding',
      source: '@World',
      destination: balanceId,
      allow_overdraft: true,
      skip_queue: true,
    },
  });
  expect(res.status).toBe(201);
  expect(res.json.status).toBe('APPLIED');
}

async function transfer(c: Call, body: Record<string, unknown>): Promise<RawResponse> {
  return c('POST', '/transactions', {
    body: { precision: 100, currency: 'USD', reference: ref('txn'), description: 'transfer', ...body },
  });
}

async function balance(c: Call, id: string, query = ''): Promise<any> {
  const res = await c('GET', `/balances/${id}${query}`);
  expect(res.status).toBe(200);
  return res.json;
}

async function childrenOf(c: Call, parentId: string): Promise<any[]> {
  const res = await c('POST', '/transactions/filter', {
    body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: parentId }] },
  });
  expect(res.status).toBe(200);
  expect(Array.isArray(res.json)).toBe(true);
  return res.json;
}

function expectError(res: RawResponse, status: number, code: string, legacyKey: 'error' | 'errors' = 'error'): void {
  expect(res.status).toBe(status);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(res.json.error_detail.code).toBe(code);
  expect(typeof res.json.error_detail.message).toBe('string');
  expect(res.json[legacyKey]).toBe(res.json.error_detail.message);
  const other = legacyKey === 'error' ? 'errors' : 'error';
  expect(res.json).not.toHaveProperty(other);
}

describe('POST /transactions, the queued lifecycle (section 4.4)', () => {
  it('answers 201 QUEUED with source/destination as sent; the worker applies a NEW child "<ref>_q" and the parent stays QUEUED (§4.4)', async () => {
    const dest = await newBalance(call);
    const reference = ref('queued');
    const res = await transfer(call, {
      precise_amount: 2500n,
      reference,
      source: '@World',
      destination: dest,
      allow_overdraft: true,
    });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    expect(res.json.source).toBe('@World');
    expect(res.json.destination).toBe(dest);
    expect(res.json.reference).toBe(reference);
    expect(res.json.precise_amount).toBe(2500n);
    expect(res.json.parent_transaction).toBe('');
    const parentId: string = res.json.transaction_id;
    expect(parentId).toMatch(/^txn_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    await sandbox.queue.idle();

    const parent = await call('GET', `/transactions/${parentId}`);
    expect(parent.status).toBe(200);
    expect(parent.json.status).toBe('QUEUED');
    expect(parent.json.reference).toBe(reference);

    const children = await childrenOf(call, parentId);
    expect(children).toHaveLength(1);
    const child = children[0];
    expect(child.transaction_id).toMatch(/^txn_/);
    expect(child.transaction_id).not.toBe(parentId);
    expect(child.parent_transaction).toBe(parentId);
    expect(child.reference).toBe(`${reference}_q`);
    expect(child.status).toBe('APPLIED');
    expect(child.precise_amount).toBe(2500n);
    expect(child.destination).toBe(dest);
    // Stored rows carry the resolved balance id, not the indicator.
    expect(child.source).toMatch(/^bln_/);
    // allow_overdraft is not a column: on reads it is false and lives in meta_data, next to
    // the worker's QUEUED_PARENT_TRANSACTION.
    expect(res.json.allow_overdraft).toBe(true);
    expect(child.allow_overdraft).toBe(false);
    expect(child.meta_data).toEqual({ allow_overdraft: true, QUEUED_PARENT_TRANSACTION: parentId });
    expect(parent.json.allow_overdraft).toBe(false);

    const byRef = await call('GET', `/transactions/reference/${reference}_q`);
    expect(byRef.status).toBe(200);
    expect(byRef.json.transaction_id).toBe(child.transaction_id);

    const b = await balance(call, dest);
    expect(b.balance).toBe(2500n);
    expect(b.credit_balance).toBe(2500n);
    expect(b.debit_balance).toBe(0n);
  });

  it('with the worker paused, GET /balances/:id?with_queued=true shows queued_debit/credit_balance; without it they are absent; after resume they are 0 (§6, §4.1)', async () => {
    const a = await newBalance(call);
    const b = await newBalance(call);
    await fund(call, a, 10_000n);
    sandbox.queue.pause();
    try {
      // Two that will apply, one that will be REJECTED (b is empty), one that will be held INFLIGHT.
      for (const body of [
        { precise_amount: 3000n, source: a, destination: b },
        { precise_amount: 500n, source: a, destination: b },
        { precise_amount: 99_999n, source: b, destination: a },
        { precise_amount: 200n, source: a, destination: b, inflight: true },
      ]) {
        const res = await transfer(call, body);
        expect(res.status).toBe(201);
        expect(res.json.status).toBe('QUEUED');
      }
      await sandbox.queue.idle(); // the QUEUED rows are written; the worker is held

      const qa = await balance(call, a, '?with_queued=true');
      expect(qa.queued_debit_balance).toBe(3000n + 500n + 200n);
      expect(qa.queued_credit_balance).toBe(99_999n);
      expect(qa.balance).toBe(10_000n);
      const qb = await balance(call, b, '?with_queued=true');
      expect(qb.queued_debit_balance).toBe(99_999n);
      expect(qb.queued_credit_balance).toBe(3000n + 500n + 200n);
      expect(qb.balance).toBe(0n);
      // Go field order: the queued pair sits between inflight_debit_balance and ledger_id.
      const keys = Object.keys(qa);
      expect(keys.slice(keys.indexOf('inflight_debit_balance'), keys.indexOf('ledger_id') + 1)).toEqual([
        'inflight_debit_balance',
        'queued_debit_balance',
        'queued_credit_balance',
        'ledger_id',
      ]);

      const plain = await call('GET', `/balances/${a}`);
      expect(plain.text).not.toContain('queued_');
      // Only the exact string "true" turns it on.
      const one = await call('GET', `/balances/${a}?with_queued=1`);
      expect(one.status).toBe(200);
      expect(one.text).not.toContain('queued_');
    } finally {
      sandbox.queue.resume();
    }
    await sandbox.queue.idle();

    // Settled by an APPLIED, REJECTED or INFLIGHT child, none of them is queued any more.
    const after = await balance(call, a, '?with_queued=true');
    expect(after.queued_debit_balance).toBe(0n);
    expect(after.queued_credit_balance).toBe(0n);
    expect(after.balance).toBe(6500n);
    expect(after.inflight_debit_balance).toBe(200n);
    const afterB = await balance(call, b, '?with_queued=true');
    expect(afterB.queued_debit_balance).toBe(0n);
    expect(afterB.queued_credit_balance).toBe(0n);
    expect(afterB.balance).toBe(3500n);
    expect(afterB.inflight_credit_balance).toBe(200n);
  });

  it('queued with insufficient funds still answers 201; the child is REJECTED and no money moves (§4.4)', async () => {
    const a = await newBalance(call);
    const b = await newBalance(call);
    await fund(call, a, 100n);
    const reference = ref('broke');
    const res = await transfer(call, { precise_amount: 101n, reference, source: a, destination: b });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    await sandbox.queue.idle();

    const children = await childrenOf(call, res.json.transaction_id);
    expect(children).toHaveLength(1);
    expect(children[0].status).toBe('REJECTED');
    expect(children[0].reference).toBe(`${reference}_q`);
    expect((await balance(call, a)).balance).toBe(100n);
    expect((await balance(call, b)).balance).toBe(0n);
  });

  it('queued with a duplicate reference still answers 201; the reference keeps naming the first transaction (§4.4)', async () => {
    const a = await newBalance(call);
    await fund(call, a, 1000n);
    const reference = ref('dup-queued');
    const first = await transfer(call, { precise_amount: 10n, reference, source: a, destination: '@Sink', skip_queue: true });
    expect(first.status).toBe(201);
    const second = await transfer(call, { precise_amount: 20n, reference, source: a, destination: '@Sink' });
    expect(second.status).toBe(201);
    expect(second.json.status).toBe('QUEUED');
    expect(second.json.transaction_id).not.toBe(first.json.transaction_id);
    await sandbox.queue.idle();

    const byRef = await call('GET', `/transactions/reference/${reference}`);
    expect(byRef.json.transaction_id).toBe(first.json.transaction_id);
    expect((await balance(call, a)).balance).toBe(990n);
  });
});

describe('POST /transactions with skip_queue (section 4.4)', () => {
  it('answers 201 APPLIED synchronously: the balances have moved when the response arrives', async () => {
    const a = await newBalance(call);
    const b = await newBalance(call);
    await fund(call, a, 5000n);
    const res = await transfer(call, { precise_amount: 1234n, source: a, destination: b, skip_queue: true });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('APPLIED');
    expect(res.json.skip_queue).toBe(true);
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
    const read = await call('GET', `/transactions/${res.json.transaction_id}`);
    expect(read.json).not.toHaveProperty('amount_string');
    expect(read.json).not.toHaveProperty('effective_date');
    expect(read.json.skip_queue).toBe(false);
    expect(read.json.scheduled_for).toBe('0001-01-01T00:00:00Z');
    expect(read.json.inflight_expiry_date).toBe('0001-01-01T00:00:00Z');
    expect(read.json.inflight_commit_date).toBe('0001-01-01T00:00:00Z');
    const ba = await balance(call, a);
    expect(ba.balance).toBe(5000n - 1234n);
    expect(ba.debit_balance).toBe(1234n);
    expect(ba.credit_balance).toBe(5000n);
    expect((await balance(call, b)).balance).toBe(1234n);
    // A synchronous transfer has no queued child.
    expect(await childrenOf(call, res.json.transaction_id)).toEqual([]);
  });

  it('a duplicate reference is 409 TXN_DUPLICATE_REFERENCE and moves nothing (§4.4)', async () => {
    const a = await newBalance(call);
    const b = await newBalance(call);
    await fund(call, a, 5000n);
    const reference = ref('dup');
    const first = await transfer(call, { precise_amount: 100n, reference, source: a, destination: b, skip_queue: true });
    expect(first.status).toBe(201);
    const again = await transfer(call, { precise_amount: 200n, reference, source: a, destination: b, skip_queue: true });
    expectError(again, 409, 'TXN_DUPLICATE_REFERENCE');
    expect((await balance(call, a)).balance).toBe(4900n);
    expect((await balance(call, b)).balance).toBe(100n);
  });

  it('insufficient funds is 400 TXN_INSUFFICIENT_FUNDS and moves nothing (§4.4)', async () => {
    const a = await newBalance(call);
    const b = await newBalance(call);
    await fund(call, a, 5000n);
    const res = await transfer(call, { precise_amount: 5001n, source: a, destination: b, skip_queue: true });
    expectError(res, 400, 'TXN_INSUFFICIENT_FUNDS');
    // Spending exactly what is there is fine.
    const exact = await transfer(call, { precise_amount: 5000n, source: a, destination: b, skip_queue: true });
    expect(exact.status).toBe(201);
    expect((await balance(call, a)).balance).toBe(0n);
    expect((await balance(call, b)).balance).toBe(5000n);
  });

  it('allow_overdraft lets @World go negative; without it @World is refused (§7)', async () => {
    const currency = 'XOD';
    const dest = await newBalance(call, currency);
    const refused = await transfer(call, { currency, precise_amount: 700n, source: '@World', destination: dest, skip_queue: true });
    expectError(refused, 400, 'TXN_INSUFFICIENT_FUNDS');
    await fund(call, dest, 700n, currency);
    await fund(call, dest, 300n, currency);
    const world = await call('GET', `/balances/indicator/@World/currency/${currency}`);
    expect(world.status).toBe(200);
    expect(world.json.balance).toBe(-1000n);
    expect(world.json.debit_balance).toBe(1000n);
    expect(world.json.credit_balance).toBe(0n);
    expect((await balance(call, dest)).balance).toBe(1000n);
  });
});

describe('@ indicator balances (section 7)', () => {
  let fresh: Sandbox;
  let c: Call;
  beforeAll(async () => {
    fresh = await startSandbox({ port: 0 });
    c = client(fresh.url);
  });
  afterAll(() => fresh.close());

  it('GET /balances/indicator/@World/currency/USD is 404 BAL_NOT_FOUND with no details before first use, and GET never creates it (§7)', async () => {
    const res = await c('GET', '/balances/indicator/@World/currency/USD');
    expect(res.status).toBe(404);
    expect(res.text).toBe(
      '{"error":"balance with indicator \'@World\' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"balance with indicator \'@World\' not found"}}',
    );
    // Still nothing: an empty balance list is null (§2.2).
    const list = await c('GET', '/balances');
    expect(list.status).toBe(200);
    expect(list.text).toBe('null');
  });

  it('is created on first use in general_ledger_id with identity_id "", meta_data null and no queued_* fields (§7)', async () => {
    const dest = await newBalance(c);
    await fund(c, dest, 4200n);
    const res = await c('GET', '/balances/indicator/@World/currency/USD?with_queued=true');
    expect(res.status).toBe(200);
    expect(res.json.ledger_id).toBe('general_ledger_id');
    expect(res.json.identity_id).toBe('');
    expect(res.json.indicator).toBe('@World');
    expect(res.json.currency).toBe('USD');
    expect(res.json.meta_data).toBeNull();
    expect(res.json.balance).toBe(-4200n);
    expect(res.json.balance_id).toMatch(/^bln_/);
    expect(res.text).not.toContain('queued_');

    // The lookup is exact: another spelling or currency is another (missing) balance.
    for (const path of ['/balances/indicator/@world/currency/USD', '/balances/indicator/@World/currency/EUR']) {
      const miss = await c('GET', path);
      expect(miss.status).toBe(404);
      expect(miss.json.error_detail.code).toBe('BAL_NOT_FOUND');
      expect(miss.json.error_detail).not.toHaveProperty('details');
    }

    // A second transfer reuses the same balance.
    await fund(c, dest, 800n);
    const again = await c('GET', '/balances/indicator/@World/currency/USD');
    expect(again.json.balance_id).toBe(res.json.balance_id);
    expect(again.json.balance).toBe(-5000n);
  });

  it('in queued mode the @ balance exists once the transaction is prepared, before the worker applies it (§7)', async () => {
    const dest = await newBalance(c);
    fresh.queue.pause();
    try {
      const res = await transfer(c, { precise_amount: 10n, source: '@Bank', destination: dest, allow_overdraft: true });
      expect(res.status).toBe(201);
      await fresh.queue.idle();
      const bank = await c('GET', '/balances/indicator/@Bank/currency/USD');
      expect(bank.status).toBe(200);
      expect(bank.json.balance).toBe(0n);
      expect(bank.json.ledger_id).toBe('general_ledger_id');
    } finally {
      fresh.queue.resume();
    }
    await fresh.queue.idle();
    const bank = await c('GET', '/balances/indicator/@Bank/currency/USD');
    expect(bank.json.balance).toBe(-10n);
  });
});

describe('precision, precise_amount, amount and amount_string (section 5)', () => {
  it('amount 10.01 at precision 100 is precise_amount 1001 and amount_string "10.01", in Go field order, on the create response (§5, §4.4)', async () => {
    const dest = await newBalance(call);
    const reference = ref('precision');
    const res = await transfer(call, {
      amount: 10.01,
      reference,
      source: '@World',
      destination: dest,
      allow_overdraft: true,
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(res.text.startsWith('{"precise_amount":1001,"amount":10.01,"amount_string":"10.01","precision":100,')).toBe(true);

    const id: string = res.json.transaction_id;
    const get = await call('GET', `/transactions/${id}`);
    expect(get.status).toBe(200);
    expect(get.json).not.toHaveProperty('amount_string');
    expect(get.json.precise_amount).toBe(1001n);
    expect(get.json.precision).toBe(100n);
    expect(get.json.hash).toBe(res.json.hash);
    expect(get.json.hash).toMatch(/^[0-9a-f]{64}$/);

    const byRef = await call('GET', `/transactions/reference/${reference}`);
    expect(byRef.status).toBe(200);
    expect(byRef.json.transaction_id).toBe(id);
    expect(byRef.json.precision).toBe(0n);
    expect(byRef.json.hash).toBe('');
    expect(byRef.json.precise_amount).toBe(1001n);
    expect(byRef.json).not.toHaveProperty('amount_string');

    expect((await balance(call, dest)).balance).toBe(1001n);
  });

  it('converts amount × precision by decimal, not float arithmetic (§5)', async () => {
    // 19.99 * 100 is 1998.9999999999998 in float64; shopspring decimal gives 1999.
    // 0.035 * 1000 is 35.00000000000001 in float64; decimal gives 35.
    for (const [amount, precision, precise, text] of [
      [19.99, 100, 1999n, '19.99'],
      [0.035, 1000, 35n, '0.035'],
      [7, 1, 7n, '7'],
    ] as const) {
      const res = await transfer(call, {
        amount,
        precision,
        source: '@World',
        destination: '@Precision',
        allow_overdraft: true,
        skip_queue: true,
      });
      expect(res.status).toBe(201);
      expect(res.json.precise_amount).toBe(precise);
      expect(res.json.amount_string).toBe(text);
    }
    // precise_amount in, exact amount_string out; precision defaults to 1.
    const exact = await transfer(call, {
      precise_amount: 1234567n,
      source: '@World',
      destination: '@Precision',
      allow_overdraft: true,
      skip_queue: true,
    });
    expect(exact.json.amount_string).toBe('12345.67');
    const noPrecision = await call('POST', '/transactions', {
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
    const res = await call('POST', '/transactions', {
      rawBody:
        '{"precise_amount":"123","precision":100,"currency":"USD","reference":"quoted","description":"q","source":"@World","destination":"@X","skip_queue":true}',
    });
    expectError(res, 400, 'GEN_MALFORMED_REQUEST');
    expect(res.json.error_detail.message).toBe('Invalid input');
    expect((await call('GET', '/transactions/reference/quoted')).status).toBe(404);
  });

  it('precise_amount binds only from a bare integer: 1.5 is 400 "Invalid input" (§5)', async () => {
    const res = await call('POST', '/transactions', {
      rawBody:
        '{"precise_amount":1.5,"currency":"USD","reference":"fractional","description":"f","source":"@World","destination":"@X","skip_queue":true}',
    });
    expectError(res, 400, 'GEN_MALFORMED_REQUEST');
    expect(res.json.error).toBe('Invalid input');
  });

  it('precision 0 means 1 (§5)', async () => {
    const res = await transfer(call, { precise_amount: 3n, precision: 0, source: '@World', destination: '@X', allow_overdraft: true, skip_queue: true });
    expect(res.status).toBe(201);
    expect(res.json.precision).toBe(1n);
    expect(res.json.amount_string).toBe('3');
  });

  it('amount with more than 15 significant digits, or both amount and precise_amount, is 400 TXN_VALIDATION_ERROR (§4.4)', async () => {
    const base = { source: '@World', destination: '@X', allow_overdraft: true, skip_queue: true };
    // 1234567890.123456 has 16 significant digits.
    const long = await transfer(call, { ...base, amount: 1234567890.123456 });
    expectError(long, 400, 'TXN_VALIDATION_ERROR', 'errors');
    expect(long.json.errors).toContain('amount');
    // 15 are fine: 123456789.012345 at precision 1000000 is 123456789012345.
    const ok = await transfer(call, { ...base, amount: 123456789.012345, precision: 1_000_000 });
    expect(ok.status).toBe(201);
    expect(ok.json.precise_amount).toBe(123_456_789_012_345n);
    const both = await transfer(call, { ...base, amount: 1, precise_amount: 100n });
    expectError(both, 400, 'TXN_VALIDATION_ERROR', 'errors');
  });

  it('a non-integer precision is 400 TXN_PRECISION_NOT_INTEGER (§4.4)', async () => {
    const res = await transfer(call, { precise_amount: 100n, precision: 100.5, source: '@World', destination: '@X', skip_queue: true });
    expectError(res, 400, 'TXN_PRECISION_NOT_INTEGER');
  });

  it('missing currency, reference and description is 400 TXN_VALIDATION_ERROR under the legacy key "errors" (§8.2)', async () => {
    const res = await call('POST', '/transactions', {
      body: { precise_amount: 100n, precision: 100, source: '@World', destination: '@X', skip_queue: true },
    });
    expectError(res, 400, 'TXN_VALIDATION_ERROR', 'errors');
    const message: string = res.json.errors;
    for (const field of ['currency', 'reference', 'description']) expect(message).toContain(`${field}: cannot be blank`);
    expect(message.endsWith('.')).toBe(true);
  });

  it('scheduled_for with fractional seconds is 400; without them the transaction is SCHEDULED (§4.4)', async () => {
    const base = { precise_amount: 100n, source: '@World', destination: '@Later', allow_overdraft: true };
    const fractional = await transfer(call, { ...base, scheduled_for: '2099-01-01T00:00:00.5Z' });
    // The doc gives the status, not the code: a layout check (validation) or a bind failure.
    expect(fractional.status).toBe(400);
    expect(fractional.json.error_detail.code).toMatch(/^(TXN_VALIDATION_ERROR|GEN_MALFORMED_REQUEST)$/);
    const whole = await transfer(call, { ...base, scheduled_for: '2099-01-01T00:00:00Z' });
    expect(whole.status).toBe(201);
    expect(whole.json.status).toBe('SCHEDULED');
    expect(whole.json.scheduled_for).toBe('2099-01-01T00:00:00Z');
  });
});

describe('acceptance: amounts beyond 2^53 (section 5, section 15.1)', () => {
  it('a transfer of 123456789012345678901234567890 reads back exactly as bare integer text, and @World shows its negative', async () => {
    const currency = 'XBG';
    const amount = '123456789012345678901234567890';
    const dest = await newBalance(call, currency);
    const res = await call('POST', '/transactions', {
      rawBody: `{"precise_amount":${amount},"precision":100,"currency":"${currency}","reference":"${ref('big')}","description":"big","source":"@World","destination":"${dest}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect(res.status).toBe(201);
    expect(res.text).toContain(`"precise_amount":${amount},`);
    expect(res.json.amount_string).toBe('1234567890123456789012345678.9');

    const got = await call('GET', `/balances/${dest}`);
    expect(got.status).toBe(200);
    expect(got.text).toContain(`"balance":${amount},`);
    expect(got.text).toContain(`"credit_balance":${amount},`);
    expect(got.json.balance).toBe(BigInt(amount));

    const world = await call('GET', `/balances/indicator/@World/currency/${currency}`);
    expect(world.text).toContain(`"balance":-${amount},`);
    expect(world.text).toContain(`"debit_balance":${amount},`);

    const txn = await call('GET', `/transactions/${res.json.transaction_id}`);
    expect(txn.text).toContain(`"precise_amount":${amount},`);
  });

  it('an amount of 10^40 survives a round trip byte for byte', async () => {
    const currency = 'XTN';
    const amount = `1${'0'.repeat(40)}`;
    expect(BigInt(amount)).toBe(10n ** 40n);
    const dest = await newBalance(call, currency);
    const reference = ref('ten40');
    const res = await call('POST', '/transactions', {
      rawBody: `{"precise_amount":${amount},"currency":"${currency}","reference":"${reference}","description":"1e40","source":"@World","destination":"${dest}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect(res.status).toBe(201);
    expect(res.text).toContain(`"precise_amount":${amount},`);
    expect(res.text).toContain(`"amount_string":"${amount}"`);
    for (const path of [`/transactions/${res.json.transaction_id}`, `/transactions/reference/${reference}`]) {
      const read = await call('GET', path);
      expect(read.text).toContain(`"precise_amount":${amount},`);
    }
    const listed = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'reference', operator: 'eq', value: reference }] },
    });
    expect(listed.text).toContain(`"precise_amount":${amount},`);
    expect((await call('GET', `/balances/${dest}`)).text).toContain(`"balance":${amount},`);
    // Twice is 2 × 10^40, still exact.
    await call('POST', '/transactions', {
      rawBody: `{"precise_amount":${amount},"currency":"${currency}","reference":"${ref('ten40')}","description":"1e40","source":"@World","destination":"${dest}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect((await call('GET', `/balances/${dest}`)).text).toContain(`"balance":2${'0'.repeat(40)},`);
  });
});

describe('acceptance: 200 concurrent transfers keep every balance exact', () => {
  let fresh: Sandbox;
  let c: Call;
  beforeAll(async () => {
    fresh = await startSandbox({ port: 0 });
    c = client(fresh.url);
  });
  afterAll(() => fresh.close());

  it('every balance equals its funding plus the transfers that succeeded, and all balances sum to zero', async () => {
    const FUNDING = 10_000n;
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await newBalance(c));
    for (const id of ids) await fund(c, id, FUNDING);

    // A small deterministic generator, so a failure can be replayed.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const transfers = Array.from({ length: 200 }, (_, i) => {
      const from = next(4);
      const to = (from + 1 + next(3)) % 4;
      // One transfer larger than all the money there is, so at least one must fail.
      const amount = i === 100 ? 50_000n : BigInt(1 + next(1500));
      return { from, to, amount, reference: ref(`conc${i}`), queued: i % 4 === 0 };
    });

    const responses = await Promise.all(
      transfers.map((t) =>
        transfer(c, {
          precise_amount: t.amount,
          reference: t.reference,
          source: ids[t.from],
          destination: ids[t.to],
          skip_queue: !t.queued,
        }),
      ),
    );
    await fresh.queue.idle();

    const succeeded: boolean[] = [];
    for (const [i, t] of transfers.entries()) {
      const res = responses[i]!;
      if (t.queued) {
        expect(res.status).toBe(201);
        expect(res.json.status).toBe('QUEUED');
        const child = await c('GET', `/transactions/reference/${t.reference}_q`);
        expect(child.status).toBe(200);
        expect(['APPLIED', 'REJECTED']).toContain(child.json.status);
        succeeded.push(child.json.status === 'APPLIED');
      } else if (res.status === 201) {
        expect(res.json.status).toBe('APPLIED');
        succeeded.push(true);
      } else {
        expectError(res, 400, 'TXN_INSUFFICIENT_FUNDS');
        succeeded.push(false);
      }
    }
    expect(succeeded.filter(Boolean).length).toBeGreaterThan(0);
    expect(succeeded.filter((s) => !s).length).toBeGreaterThan(0);
    expect(succeeded[100]).toBe(false);

    const credit = ids.map(() => FUNDING);
    const debit = ids.map(() => 0n);
    for (const [i, t] of transfers.entries()) {
      if (!succeeded[i]) continue;
      debit[t.from]! += t.amount;
      credit[t.to]! += t.amount;
    }
    for (const [i, id] of ids.entries()) {
      const b = await balance(c, id);
      expect(b.credit_balance).toBe(credit[i]);
      expect(b.debit_balance).toBe(debit[i]);
      expect(b.balance).toBe(credit[i]! - debit[i]!);
      expect(b.balance >= 0n).toBe(true);
    }

    const world = await c('GET', '/balances/indicator/@World/currency/USD');
    expect(world.json.balance).toBe(-4n * FUNDING);

    const all = await c('GET', '/balances?limit=1000');
    expect(all.status).toBe(200);
    expect(all.json).toHaveLength(5);
    const rows = all.json as any[];
    expect(rows.reduce((sum, r) => sum + r.balance, 0n)).toBe(0n);
    expect(rows.reduce((sum, r) => sum + r.credit_balance, 0n)).toBe(rows.reduce((sum, r) => sum + r.debit_balance, 0n));
  });
});

describe('GET /transactions (section 2.4, section 9)', () => {
  let fresh: Sandbox;
  let c: Call;
  beforeAll(async () => {
    fresh = await startSandbox({ port: 0 });
    c = client(fresh.url);
  });
  afterAll(() => fresh.close());

  it('is always an array, newest first, default limit 20; an invalid limit silently becomes 20 (§2.4)', async () => {
    const empty = await c('GET', '/transactions');
    expect(empty.status).toBe(200);
    expect(empty.text).toBe('[]');

    const references: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const reference = `list-${String(i).padStart(2, '0')}`;
      references.push(reference);
      const res = await transfer(c, {
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

    const page = await c('GET', '/transactions');
    expect(page.status).toBe(200);
    expect(page.json.map((t: any) => t.reference)).toEqual(newestFirst.slice(0, 20));
    // List rows select effective_date, never amount_string.
    expect(page.json[0]).toHaveProperty('effective_date');
    expect(page.json[0]).not.toHaveProperty('amount_string');

    for (const bad of ['abc', '0', '-5', '2.5']) {
      const res = await c('GET', `/transactions?limit=${bad}`);
      expect(res.status).toBe(200);
      expect(res.json).toHaveLength(20);
    }
    const five = await c('GET', '/transactions?limit=5');
    expect(five.json.map((t: any) => t.reference)).toEqual(newestFirst.slice(0, 5));
    const rest = await c('GET', '/transactions?offset=20');
    expect(rest.json.map((t: any) => t.reference)).toEqual(newestFirst.slice(20));
    // No upper cap without filters.
    const big = await c('GET', '/transactions?limit=1000');
    expect(big.json).toHaveLength(25);
  });
});

describe('bad input keeps the server up (section 8.2)', () => {
  it('malformed JSON and a JSON array body are 400 GEN_MALFORMED_REQUEST "Invalid input"', async () => {
    for (const rawBody of ['{"precise_amount": ', '[{"precise_amount":1}]', '', 'null']) {
      const res = await call('POST', '/transactions', { rawBody });
      expectError(res, 400, 'GEN_MALFORMED_REQUEST');
      expect(res.json.error).toBe('Invalid input');
    }
    expect((await call('GET', '/health')).status).toBe(200);
  });

  it('a body over 5 MB is 400 GEN_MALFORMED_REQUEST, not 413, and /health still answers (§8.2)', async () => {
    const huge = `{"description":"${'x'.repeat(5 * 1024 * 1024)}","precise_amount":1}`;
    expect(Buffer.byteLength(huge)).toBeGreaterThan(5 * 1024 * 1024);
    const res = await call('POST', '/transactions', { rawBody: huge });
    expectError(res, 400, 'GEN_MALFORMED_REQUEST');
    const health = await call('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.text).toBe('{"status":"UP"}');
  });
});

describe('fault injection and request recording', () => {
  let txnId: string;
  let reference: string;
  beforeAll(async () => {
    reference = ref('faults');
    const res = await transfer(call, {
      precise_amount: 1n,
      reference,
      source: '@World',
      destination: '@Faults',
      allow_overdraft: true,
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    txnId = res.json.transaction_id;
  });

  it('an error fault hits only its route and only `times` requests; count() counts them all', async () => {
    sandbox.resetRequests();
    try {
      sandbox.faults.add({ kind: 'error', method: 'GET', route: '/transactions/:id', status: 503, times: 2 });
      // Other routes are untouched, including GET /transactions/reference/:reference.
      const byRef = await call('GET', `/transactions/reference/${reference}`);
      expect(byRef.status).toBe(200);
      const list = await call('GET', '/transactions?limit=1');
      expect(list.status).toBe(200);

      for (let i = 0; i < 2; i += 1) {
        const res = await call('GET', `/transactions/${txnId}`);
        expectError(res, 503, 'GEN_INTERNAL');
        expect(res.json.error).toBe('internal server error');
      }
      const ok = await call('GET', `/transactions/${txnId}`);
      expect(ok.status).toBe(200);
      expect(ok.json.transaction_id).toBe(txnId);

      expect(sandbox.count('GET', '/transactions/:id')).toBe(3);
      expect(sandbox.count('GET', '/transactions/reference/:reference')).toBe(1);
      expect(sandbox.count('GET', '/transactions')).toBe(1);
      expect(sandbox.count('POST', '/transactions')).toBe(0);
      const statuses = sandbox.requests.filter((r) => r.route === '/transactions/:id').map((r) => r.status);
      expect(statuses).toEqual([503, 503, 200]);
      expect(sandbox.requests.find((r) => r.route === '/transactions/:id')!.path).toBe(`/transactions/${txnId}`);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('a fault with a method leaves other methods on the same pattern alone', async () => {
    try {
      sandbox.faults.add({ kind: 'error', method: 'POST', route: '/transactions', times: 1 });
      expect((await call('GET', '/transactions?limit=1')).status).toBe(200);
      const posted = await transfer(call, { precise_amount: 1n, source: '@World', destination: '@Faults', allow_overdraft: true, skip_queue: true });
      expectError(posted, 500, 'GEN_INTERNAL');
      const retried = await transfer(call, { precise_amount: 1n, source: '@World', destination: '@Faults', allow_overdraft: true, skip_queue: true });
      expect(retried.status).toBe(201);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('empty, non-json, truncate, reset and latency faults each take one request, then the route answers normally', async () => {
    const path = `/transactions/${txnId}`;
    const route = '/transactions/:id';
    sandbox.resetRequests();
    try {
      sandbox.faults.add({ kind: 'empty', route, status: 502, times: 1 });
      const empty = await call('GET', path);
      expect(empty.status).toBe(502);
      expect(empty.text).toBe('');

      sandbox.faults.add({ kind: 'non-json', route, times: 1 });
      const html = await call('GET', path);
      expect(html.status).toBe(200);
      expect(html.contentType).toMatch(/^text\/html/);
      expect(html.json).toBeUndefined();

      sandbox.faults.add({ kind: 'truncate', route, times: 1 });
      await expect(call('GET', path)).rejects.toThrow();

      sandbox.faults.add({ kind: 'reset', route, times: 1 });
      await expect(call('GET', path)).rejects.toThrow();

      sandbox.faults.add({ kind: 'latency', route, ms: 20, times: 1 });
      const slow = await call('GET', path);
      expect(slow.status).toBe(200);
      expect(slow.json.transaction_id).toBe(txnId);

      const normal = await call('GET', path);
      expect(normal.status).toBe(200);
      expect(normal.json.transaction_id).toBe(txnId);
      expect(sandbox.count('GET', route)).toBe(6);
    } finally {
      sandbox.faults.clear();
    }
  });
});
