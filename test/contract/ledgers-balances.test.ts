import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { expectSameRow } from './rows.js';
import { RFC3339_UTC, ZERO_TIME, create, expectEnvelope, idPattern } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';

let t: Target;
let call: Call;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
});
afterAll(() => t.close());

const newLedger = (name = 'Ledger', meta_data?: unknown) =>
  create(call, '/ledgers', meta_data === undefined ? { name } : { name, meta_data });
const newBalance = (ledger_id: string, extra: Record<string, unknown> = {}) =>
  create(call, '/balances', { ledger_id, currency: 'USD', ...extra });

/** A synchronous transfer (skip_queue), placed in time by effective_date when given. */
async function transfer(source: string, destination: string, precise_amount: bigint, effective_date?: string) {
  const res = await call('POST', '/transactions', {
    body: {
      precise_amount,
      precision: 100,
      currency: 'USD',
      reference: `ref-${randomUUID()}`,
      description: 'test transfer',
      source,
      destination,
      allow_overdraft: true,
      skip_queue: true,
      ...(effective_date ? { effective_date } : {}),
    },
  });
  expect(res.status, res.text).toBe(201);
  expect(res.json.status).toBe('APPLIED');
  return res.json;
}

describe('ledgers (sections 2.1, 4.2)', () => {
  it('POST /ledgers answers 201 {ledger_id, name, created_at, meta_data}, meta_data null when not given (§4.2)', async () => {
    const before = Date.now();
    const res = await call('POST', '/ledgers', { body: { name: 'Customer Wallets' } });
    expect(res.status).toBe(201);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(Object.keys(res.json)).toEqual(['ledger_id', 'name', 'created_at', 'meta_data']);
    expect(res.json.ledger_id).toMatch(idPattern('ldg'));
    expect(res.json.ledger_id).toHaveLength(40);
    expect(res.json.name).toBe('Customer Wallets');
    expect(res.json.meta_data).toBeNull();
    expect(res.text).toContain('"meta_data":null');
    expect(res.json.created_at).toMatch(RFC3339_UTC);
    expect(Math.abs(Date.parse(res.json.created_at) - before)).toBeLessThan(60_000);
  });

  it('keeps meta_data as sent, and GET /ledgers/:id reads the same ledger back (§2.1)', async () => {
    const created = await newLedger('Treasury', { region: 'eu', tier: 2 });
    expect(created.meta_data).toEqual({ region: 'eu', tier: 2n });
    const res = await call('GET', `/ledgers/${created.ledger_id}`);
    expect(res.status).toBe(200);
    expectSameRow(res.json, created);
  });

  it('POST /ledgers without a name is a 400 with the legacy key `errors` (§8.2)', async () => {
    const res = await call('POST', '/ledgers', { body: { meta_data: { a: 'b' } } });
    const detail = expectEnvelope(res, 400, 'GEN_VALIDATION_ERROR', { legacyKey: 'errors' });
    expect(detail.message).toBe('name: cannot be blank.');
  });

  it('GET /ledgers/:id of an unknown id is 404 LGR_NOT_FOUND with details {} (§8.2, §14 #7)', async () => {
    const id = `ldg_${randomUUID()}`;
    const res = await call('GET', `/ledgers/${id}`);
    const detail = expectEnvelope(res, 404, 'LGR_NOT_FOUND');
    expect(detail.details).toEqual({});
    // The message does not name the id (database/ledger.go), unlike the other entities' 404s.
    expect(detail.message).toBe('Ledger not found');
  });

  it('PUT /ledgers/:id renames the ledger and answers the ledger (§2.1)', async () => {
    const created = await newLedger('Old name', { keep: 'me' });
    const res = await call('PUT', `/ledgers/${created.ledger_id}`, { body: { name: 'New name' } });
    expect(res.status).toBe(200);
    expectSameRow(res.json, { ...created, name: 'New name' });
    const read = await call('GET', `/ledgers/${created.ledger_id}`);
    expect(read.json.name).toBe('New name');
    expect(read.json.meta_data).toEqual({ keep: 'me' });
    expectSameRow(read.json, { ...created, name: 'New name' });
  });

  it('PUT /ledgers/:id of an unknown id is 404 LGR_NOT_FOUND', async () => {
    const res = await call('PUT', `/ledgers/ldg_${randomUUID()}`, { body: { name: 'x' } });
    expectEnvelope(res, 404, 'LGR_NOT_FOUND');
  });

  it('has the built-in ledger general_ledger_id, "General Ledger", meta_data {} (§1)', async () => {
    const res = await call('GET', '/ledgers/general_ledger_id');
    expect(res.status).toBe(200);
    expect(res.json.ledger_id).toBe('general_ledger_id');
    expect(res.json.name).toBe('General Ledger');
    expect(res.text).toContain('"meta_data":{}');
    expect(res.json.created_at).toMatch(RFC3339_UTC);
  });

  it('answers a body that is not JSON with 400 GEN_MALFORMED_REQUEST and stays up (§8.2)', async () => {
    for (const rawBody of ['{"name":', 'not json', '']) {
      const res = await call('POST', '/ledgers', { rawBody });
      // The ledger handler writes a bind failure under the legacy key `errors`.
      expectEnvelope(res, 400, 'GEN_MALFORMED_REQUEST', { legacyKey: 'errors' });
    }
    const wrongType = await call('POST', '/ledgers', { body: { name: 42 } });
    expectEnvelope(wrongType, 400, 'GEN_MALFORMED_REQUEST', { legacyKey: 'errors' });
    const health = await call('GET', '/health');
    expect(health.status).toBe(200);
    expect((await newLedger('after the bad bodies')).name).toBe('after the bad bodies');
  });
});

describe('balances (sections 2.2, 4.1, 6, 7, 4.6)', () => {
  let ledgerId: string;
  beforeAll(async () => {
    ledgerId = (await newLedger('Balances', { team: 'payments' })).ledger_id;
  });

  it('POST /balances answers 201 with version 0, identity_id "", FIFO, no queued fields (§4.1)', async () => {
    const res = await call('POST', '/balances', { body: { ledger_id: ledgerId, currency: 'USD', precision: 100 } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual([
      'balance',
      'version',
      'inflight_balance',
      'credit_balance',
      'inflight_credit_balance',
      'debit_balance',
      'inflight_debit_balance',
      'ledger_id',
      'identity_id',
      'balance_id',
      'currency',
      'created_at',
      'inflight_expires_at',
      'meta_data',
      'track_fund_lineage',
      'allocation_strategy',
    ]);
    const b = res.json;
    for (const key of ['balance', 'inflight_balance', 'credit_balance', 'inflight_credit_balance', 'debit_balance']) {
      expect(b[key]).toBe(0n);
    }
    expect(b.version).toBe(0n);
    expect(b.identity_id).toBe('');
    expect(b.balance_id).toMatch(idPattern('bln'));
    expect(b.ledger_id).toBe(ledgerId);
    expect(b.currency).toBe('USD');
    expect(b.meta_data).toBeNull();
    expect(b.track_fund_lineage).toBe(false);
    expect(b.allocation_strategy).toBe('FIFO');
    expect(b.inflight_expires_at).toBe(ZERO_TIME);
    expect(b.created_at).toMatch(RFC3339_UTC);
    // Amounts are bare integers, and balances carry no precision (section 4.1).
    expect(res.text).toMatch(/^\{"balance":0,"version":0,/);
    expect(res.text).not.toContain('precision');
  });

  it('POST /balances keeps allocation_strategy, meta_data and an identity as sent (§2.2)', async () => {
    const identity = await create(call, '/identities', { first_name: 'Ada' });
    const b = await newBalance(ledgerId, {
      identity_id: identity.identity_id,
      track_fund_lineage: true,
      allocation_strategy: 'LIFO',
      meta_data: { purpose: 'savings' },
    });
    expect(b.identity_id).toBe(identity.identity_id);
    expect(b.track_fund_lineage).toBe(true);
    expect(b.allocation_strategy).toBe('LIFO');
    expect(b.meta_data).toEqual({ purpose: 'savings' });
  });

  it('divergence: POST /balances without ledger_id and currency is 400 GEN_VALIDATION_ERROR (not BAL_VALIDATION_ERROR) with legacy `errors`', async () => {
    const res = await call('POST', '/balances', { body: {} });
    const detail = expectEnvelope(res, 400, 'GEN_VALIDATION_ERROR', { legacyKey: 'errors' });
    expect(detail.message).toBe('currency: cannot be blank; ledger_id: cannot be blank.');
    const noCurrency = await call('POST', '/balances', { body: { ledger_id: ledgerId } });
    expect(expectEnvelope(noCurrency, 400, 'GEN_VALIDATION_ERROR', { legacyKey: 'errors' }).message).toBe('currency: cannot be blank.');
  });

  it('POST /balances with track_fund_lineage and no identity_id is a 400 (§2.2)', async () => {
    const res = await call('POST', '/balances', {
      body: { ledger_id: ledgerId, currency: 'USD', track_fund_lineage: true },
    });
    expect(res.status).toBe(400);
    expect(res.json.error_detail.code).toBe('GEN_VALIDATION_ERROR');
    expect(res.json.error_detail.message).toContain('identity_id');
  });

  it('POST /balances on an unknown ledger is 400 "Invalid ledger ID" with Postgres details (§8.2)', async () => {
    const res = await call('POST', '/balances', { body: { ledger_id: `ldg_${randomUUID()}`, currency: 'USD' } });
    expect(res.status).toBe(400);
    expect(res.json.error_detail.message).toBe('Invalid ledger ID');
    const details = res.json.error_detail.details;
    expect(typeof details).toBe('object');
    expect(Object.keys(details).length).toBeGreaterThan(0);
    for (const key of Object.keys(details)) expect(key).toMatch(/^[A-Z]/);
  });

  it('GET /balances/:id of an unknown id is 404 BAL_NOT_FOUND with details {} (§8.2)', async () => {
    const id = `bln_${randomUUID()}`;
    const detail = expectEnvelope(await call('GET', `/balances/${id}`), 404, 'BAL_NOT_FOUND');
    expect(detail).toEqual({ code: 'BAL_NOT_FOUND', message: `Balance with ID '${id}' not found`, details: {} });
  });

  describe('include and with_queued (§6)', () => {
    let identityId: string;
    let withIdentity: any;
    let withoutIdentity: any;
    let ledger: any;

    beforeAll(async () => {
      ledger = await call('GET', `/ledgers/${ledgerId}`).then((r) => r.json);
      const identity = await create(call, '/identities', {
        identity_type: 'individual',
        first_name: 'Grace',
        last_name: 'Hopper',
        email_address: 'grace@example.com',
        dob: '1906-12-09T00:00:00Z',
        meta_data: { vip: true },
      });
      identityId = identity.identity_id;
      withIdentity = await newBalance(ledgerId, { identity_id: identityId });
      withoutIdentity = await newBalance(ledgerId);
    });

    it('repeated include=ledger&include=identity nests both; ledger keeps ledger_id, identity lacks identity_type and meta_data (§6)', async () => {
      const res = await call('GET', `/balances/${withIdentity.balance_id}?include=ledger&include=identity`);
      expect(res.status).toBe(200);
      const keys = Object.keys(res.json);
      // identity and ledger sit between currency and created_at, in that order (section 4.1).
      expect(keys.slice(keys.indexOf('currency'), keys.indexOf('created_at') + 1)).toEqual([
        'currency',
        'identity',
        'ledger',
        'created_at',
      ]);
      expect(res.json.ledger).toEqual({
        ledger_id: ledgerId,
        name: 'Balances',
        created_at: ledger.created_at,
        // Only ledger_id, name and created_at are selected (section 6).
        meta_data: null,
      });
      expect(res.json.ledger).not.toHaveProperty('id');
      const identity = res.json.identity;
      expect(identity.identity_id).toBe(identityId);
      expect(identity.first_name).toBe('Grace');
      expect(identity.last_name).toBe('Hopper');
      expect(identity.email_address).toBe('grace@example.com');
      expect(identity.dob).toBe('1906-12-09T00:00:00Z');
      expect(identity.identity_type).toBe('');
      expect(identity.meta_data).toBeNull();
      expect(res.text).toContain('"identity_type":""');
    });

    it('include=ledger alone nests only the ledger, and works on a balance without identity (§6)', async () => {
      const res = await call('GET', `/balances/${withoutIdentity.balance_id}?include=ledger`);
      expect(res.status).toBe(200);
      expect(res.json.ledger.ledger_id).toBe(ledgerId);
      expect(res.json).not.toHaveProperty('identity');
    });

    it('a comma list include=identity,ledger matches nothing: no nesting (§6)', async () => {
      for (const id of [withIdentity.balance_id, withoutIdentity.balance_id]) {
        const res = await call('GET', `/balances/${id}?include=identity,ledger`);
        expect(res.status).toBe(200);
        expect(res.json).not.toHaveProperty('identity');
        expect(res.json).not.toHaveProperty('ledger');
      }
    });

    it('include=identity on a balance without identity is 500 GEN_INTERNAL "Failed to scan balance data" (§6)', async () => {
      const res = await call('GET', `/balances/${withoutIdentity.balance_id}?include=identity`);
      const detail = expectEnvelope(res, 500, 'GEN_INTERNAL');
      expect(detail.message).toBe('Failed to scan balance data');
    });

    it('with_queued=true adds queued_debit_balance and queued_credit_balance = 0 when nothing is queued (§6)', async () => {
      const res = await call('GET', `/balances/${withoutIdentity.balance_id}?with_queued=true`);
      expect(res.status).toBe(200);
      expect(res.json.queued_debit_balance).toBe(0n);
      expect(res.json.queued_credit_balance).toBe(0n);
      const keys = Object.keys(res.json);
      expect(keys.slice(keys.indexOf('inflight_debit_balance'), keys.indexOf('ledger_id') + 1)).toEqual([
        'inflight_debit_balance',
        'queued_debit_balance',
        'queued_credit_balance',
        'ledger_id',
      ]);
    });

    it('without with_queued, or with any value but exactly "true", the queued fields are absent (§6)', async () => {
      for (const query of ['', '?with_queued=false', '?with_queued=1', '?with_queued=TRUE']) {
        const res = await call('GET', `/balances/${withoutIdentity.balance_id}${query}`);
        expect(res.status).toBe(200);
        expect(res.json).not.toHaveProperty('queued_debit_balance');
        expect(res.json).not.toHaveProperty('queued_credit_balance');
      }
    });

    it('divergence: GET /balances/:id reads version 1 right after creation, where the create answer says 0', async () => {
      expect(withIdentity.version).toBe(0n);
      const res = await call('GET', `/balances/${withIdentity.balance_id}`);
      expect(res.status).toBe(200);
      // track_fund_lineage and allocation_strategy as created; version one higher.
      expectSameRow(res.json, { ...withIdentity, version: 1n });
    });
  });

  describe('GET /balances/indicator/:indicator/currency/:currency (§7)', () => {
    let fees: any;
    beforeAll(async () => {
      const b = await newBalance(ledgerId);
      await transfer(b.balance_id, '@Fees', 4_321n);
      fees = (await call('GET', '/balances/indicator/@Fees/currency/USD')).json;
    });

    it('finds the @ balance created by a transfer: general ledger, identity_id "", meta_data null (§7)', async () => {
      expect(fees.indicator).toBe('@Fees');
      expect(fees.ledger_id).toBe('general_ledger_id');
      expect(fees.identity_id).toBe('');
      expect(fees.currency).toBe('USD');
      expect(fees.balance).toBe(4_321n);
      expect(fees.credit_balance).toBe(4_321n);
      expect(fees.meta_data).toBeNull();
      expect(fees.version).toBeGreaterThan(0n);
      expect(fees.allocation_strategy).toBe('FIFO');
      // The indicator follows balance_id and precedes currency (section 4.1).
      const keys = Object.keys(fees);
      expect(keys.slice(keys.indexOf('balance_id'), keys.indexOf('currency') + 1)).toEqual(['balance_id', 'indicator', 'currency']);
    });

    it('answers meta_data null and no queued fields even when the balance has metadata and with_queued=true (§7, §14 #6)', async () => {
      const meta = await call('POST', `/${fees.balance_id}/metadata`, { body: { meta_data: { owner: 'ops' } } });
      expect(meta.status).toBe(200);
      const byId = await call('GET', `/balances/${fees.balance_id}`);
      expect(byId.json.meta_data).toEqual({ owner: 'ops' });
      const res = await call('GET', '/balances/indicator/@Fees/currency/USD?with_queued=true');
      expect(res.status).toBe(200);
      expect(res.json.meta_data).toBeNull();
      expect(res.text).toContain('"meta_data":null');
      expect(res.json).not.toHaveProperty('queued_debit_balance');
      expect(res.json).not.toHaveProperty('queued_credit_balance');
    });

    it('matches indicator and currency exactly; a miss is 404 BAL_NOT_FOUND without details, and creates nothing (§7)', async () => {
      for (const path of [
        '/balances/indicator/@Fees/currency/usd',
        '/balances/indicator/@fees/currency/USD',
        '/balances/indicator/@Fees/currency/EUR',
      ]) {
        const res = await call('GET', path);
        const detail = expectEnvelope(res, 404, 'BAL_NOT_FOUND');
        expect(detail).not.toHaveProperty('details');
      }
      const detail = expectEnvelope(await call('GET', '/balances/indicator/@Nope/currency/USD'), 404, 'BAL_NOT_FOUND');
      expect(detail.message).toBe("balance with indicator '@Nope' not found");
      const again = await call('GET', '/balances/indicator/@Nope/currency/USD');
      expect(again.status).toBe(404);
      const filtered = await call('POST', '/balances/filter', {
        body: { filters: [{ field: 'indicator', operator: 'eq', value: '@Nope' }] },
      });
      expect(filtered.status).toBe(200);
      expect(filtered.json).toBeNull();
    });
  });

  describe('GET /balances/:id/at (§4.6)', () => {
    let balanceId: string;
    beforeAll(async () => {
      balanceId = (await newBalance(ledgerId)).balance_id;
      // Posted out of order on purpose: replay goes by effective_date, not by insertion.
      await transfer('@World', balanceId, 25_000n, '2020-06-01T00:00:00Z');
      await transfer('@World', balanceId, 10_000n, '2020-01-01T00:00:00Z');
      await transfer(balanceId, '@World', 3_000n, '2020-09-01T12:30:00.5Z');
    });

    const at = (timestamp?: string, extra = '') =>
      call('GET', `/balances/${balanceId}/at${timestamp === undefined ? '' : `?timestamp=${timestamp}`}${extra}`);

    it('replays history by effective date: between t1 and t2 only the first transfer counts', async () => {
      const res = await at('2020-03-01T00:00:00Z');
      expect(res.status).toBe(200);
      expect(res.json).toEqual({
        balance: { balance: 10_000n, debit_balance: 0n, credit_balance: 10_000n, currency: 'USD', balance_id: balanceId },
        timestamp: '2020-03-01T00:00:00Z',
        from_source: false,
      });
    });

    it('before t1 the balance is zero; at t1 exactly it counts; after the debit it is net', async () => {
      expect((await at('2019-12-31T23:59:59Z')).json.balance).toMatchObject({ balance: 0n, credit_balance: 0n });
      expect((await at('2020-01-01T00:00:00Z')).json.balance.balance).toBe(10_000n);
      expect((await at('2020-07-01T00:00:00Z')).json.balance).toMatchObject({
        balance: 35_000n,
        credit_balance: 35_000n,
        debit_balance: 0n,
      });
      expect((await at('2020-10-01T00:00:00Z')).json.balance).toMatchObject({
        balance: 32_000n,
        credit_balance: 35_000n,
        debit_balance: 3_000n,
      });
    });

    it('defaults to now and reads from_source=true or 1', async () => {
      const now = await at();
      expect(now.status).toBe(200);
      expect(now.json.balance.balance).toBe(32_000n);
      expect(now.json.timestamp).toMatch(/Z$/);
      expect((await at('2020-03-01T00:00:00Z', '&from_source=1')).json.from_source).toBe(true);
      expect((await at('2020-03-01T00:00:00Z', '&from_source=true')).json.from_source).toBe(true);
      expect((await at('2020-03-01T00:00:00Z', '&from_source=yes')).json.from_source).toBe(false);
    });

    it('takes an offset only when its + is URL-encoded (§4.6)', async () => {
      // 01:00+01:00 is midnight UTC on 2020-01-01: the first transfer counts.
      const encoded = await at('2020-01-01T01:00:00%2B01:00');
      expect(encoded.status).toBe(200);
      expect(encoded.json.balance.balance).toBe(10_000n);
      // A raw + decodes to a space, which is not RFC 3339.
      expectEnvelope(await at('2020-01-01T01:00:00+01:00'), 400, 'BAL_INVALID_TIMESTAMP');
    });

    it('a timestamp that is not RFC 3339 is 400 BAL_INVALID_TIMESTAMP', async () => {
      for (const bad of ['2020-03-01', 'yesterday', '1583020800', '2020-03-01T00:00:00']) {
        expectEnvelope(await at(bad), 400, 'BAL_INVALID_TIMESTAMP');
      }
    });

    it('an unknown balance is 404 BAL_NOT_FOUND', async () => {
      const res = await call('GET', `/balances/bln_${randomUUID()}/at?timestamp=2020-03-01T00:00:00Z`);
      expectEnvelope(res, 404, 'BAL_NOT_FOUND');
    });
  });
});
