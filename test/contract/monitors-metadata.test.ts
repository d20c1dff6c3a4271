import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { expectSameRow } from './rows.js';
import { RFC3339_UTC, create, expectEnvelope, idPattern } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';

let t: Target;
let call: Call;
let ledgerId: string;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
  ledgerId = (await create(call, '/ledgers', { name: 'Monitors' })).ledger_id;
});
afterAll(() => t.close());

const newBalance = async (): Promise<string> => (await create(call, '/balances', { ledger_id: ledgerId, currency: 'USD' })).balance_id;

const CALLBACK = 'https://hooks.example/never-returned-callback';

const monitorBody = (balance_id: string, condition: Record<string, unknown>) => ({
  balance_id,
  description: 'low balance alert',
  call_back_url: CALLBACK,
  condition: { field: 'balance', operator: '<', value: 1000, precision: 100, ...condition },
});

describe('balance monitors (sections 2.3, 4.5)', () => {
  let balanceId: string;
  let monitor: any;
  let monitorText: string;

  beforeAll(async () => {
    balanceId = await newBalance();
    const res = await call('POST', '/balance-monitors', { body: monitorBody(balanceId, {}) });
    expect(res.status, res.text).toBe(201);
    monitor = res.json;
    monitorText = res.text;
  });

  it('POST /balance-monitors answers 201 with precise_value = value × precision and no call_back_url (§4.5)', () => {
    // model.CreateBalanceMonitor has no description: it is dropped, and omitempty hides the key.
    expect(Object.keys(monitor)).toEqual(['monitor_id', 'balance_id', 'created_at', 'condition']);
    expect(monitor.monitor_id).toMatch(idPattern('mon'));
    expect(monitor.balance_id).toBe(balanceId);
    expect(monitorText).not.toContain('low balance alert');
    expect(monitor.created_at).toMatch(RFC3339_UTC);
    expect(Object.keys(monitor.condition)).toEqual(['value', 'precision', 'precise_value', 'field', 'operator']);
    expect(monitor.condition).toEqual({
      value: 1000n,
      precision: 100n,
      precise_value: 100_000n,
      field: 'balance',
      operator: '<',
    });
    expect(monitorText).not.toContain('call_back_url');
    expect(monitorText).not.toContain(CALLBACK);
  });

  it('value is a BIGINT column: a fractional threshold fails in the database with a 500 (sql/1708676327.sql)', async () => {
    for (const value of [12.5, 0.75]) {
      expectEnvelope(
        await call('POST', '/balance-monitors', { body: monitorBody(balanceId, { value, precision: 100 }) }),
        500,
        'GEN_INTERNAL',
      );
    }
    // A whole value is stored, and precise_value = value × precision.
    const res = await call('POST', '/balance-monitors', { body: monitorBody(balanceId, { value: 25, precision: 1000 }) });
    expect(res.status).toBe(201);
    expect(res.json.condition.precise_value).toBe(25_000n);
  });

  it('GET /balance-monitors/:id reads the monitor back, call_back_url still hidden (§2.3)', async () => {
    const res = await call('GET', `/balance-monitors/${monitor.monitor_id}`);
    expect(res.status).toBe(200);
    expectSameRow(res.json, monitor);
    expect(res.text).not.toContain(CALLBACK);
  });

  it('GET /balance-monitors lists monitors with precision 0 and precise_value null (§4.5)', async () => {
    const res = await call('GET', '/balance-monitors');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.json)).toBe(true);
    const listed = res.json.find((m: any) => m.monitor_id === monitor.monitor_id);
    expectSameRow(listed, { ...monitor, condition: { ...monitor.condition, precision: 0n, precise_value: null } });
    for (const m of res.json) {
      expect(m.condition.precision).toBe(0n);
      expect(m.condition.precise_value).toBeNull();
    }
    expect(res.text).toContain('"precise_value":null');
    expect(res.text).not.toContain(CALLBACK);
  });

  it("divergence: GET /balance-monitors/balances/:balance_id works: 200, that balance's monitors with precision; null when none", async () => {
    const other = await newBalance();
    expect((await call('GET', `/balance-monitors/balances/${other}`)).text).toBe('null');
    const made = await create(call, '/balance-monitors', monitorBody(other, { value: 5 }));
    await create(call, '/balance-monitors', monitorBody(balanceId, { value: 7 }));
    const res = await call('GET', `/balance-monitors/balances/${other}`);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toHaveLength(1);
    // The full row, as GET /balance-monitors/:id reads it (unlike the list's precision 0).
    expectSameRow(res.json[0], made);
    expect(res.json[0].condition).toMatchObject({ value: 5n, precision: 100n, precise_value: 500n });
    // A balance that does not exist has no monitors: null, not a 404.
    expect((await call('GET', `/balance-monitors/balances/bln_${randomUUID()}`)).text).toBe('null');
  });

  it('POST /balance-monitors without balance_id or condition is a 400 with the legacy key `errors` (§8.2)', async () => {
    const res = await call('POST', '/balance-monitors', { body: { call_back_url: CALLBACK } });
    expect(res.status).toBe(400);
    expect(res.json).toHaveProperty('errors');
    expect(res.json).not.toHaveProperty('error');
    expect(res.json.error_detail.message).toContain('balance_id');
    expect(res.text).not.toContain(CALLBACK);
  });

  it('PUT /balance-monitors/:id answers 200 {"message":"BalanceMonitor updated successfully"} and updates (§2.3)', async () => {
    const target = await create(call, '/balance-monitors', monitorBody(balanceId, {}));
    const res = await call('PUT', `/balance-monitors/${target.monitor_id}`, {
      body: {
        balance_id: balanceId,
        description: 'high balance alert',
        condition: { field: 'credit_balance', operator: '>', value: 50, precision: 100 },
      },
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"message":"BalanceMonitor updated successfully"}');
    const read = await call('GET', `/balance-monitors/${target.monitor_id}`);
    expect(read.json.description).toBe('high balance alert');
    expect(read.json.condition).toMatchObject({ field: 'credit_balance', operator: '>', value: 50n });
    expectSameRow({ created_at: read.json.created_at }, { created_at: target.created_at });
  });

  it('DELETE /balance-monitors/:id answers 200 {"message":"BalanceMonitor deleted successfully"}, then GET is 404 (§2.3)', async () => {
    const target = await create(call, '/balance-monitors', monitorBody(balanceId, {}));
    const res = await call('DELETE', `/balance-monitors/${target.monitor_id}`);
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"message":"BalanceMonitor deleted successfully"}');
    expectEnvelope(await call('GET', `/balance-monitors/${target.monitor_id}`), 404, 'BAL_MONITOR_NOT_FOUND');
    const list = await call('GET', '/balance-monitors');
    expect(list.json.map((m: any) => m.monitor_id)).not.toContain(target.monitor_id);
  });

  it('an unknown monitor is 404 BAL_MONITOR_NOT_FOUND on GET, PUT and DELETE (§2.3)', async () => {
    const id = `mon_${randomUUID()}`;
    expectEnvelope(await call('GET', `/balance-monitors/${id}`), 404, 'BAL_MONITOR_NOT_FOUND');
    expectEnvelope(await call('PUT', `/balance-monitors/${id}`, { body: { description: 'x' } }), 404, 'BAL_MONITOR_NOT_FOUND');
    expectEnvelope(await call('DELETE', `/balance-monitors/${id}`), 404, 'BAL_MONITOR_NOT_FOUND');
  });
});

describe('POST /:id/metadata (section 2.6)', () => {
  const update = (id: string, body: unknown) => call('POST', `/${id}/metadata`, { body });

  it('merges into a ledger\'s meta_data and answers 200 {"meta_data": merged} (§2.6)', async () => {
    const ledger = await create(call, '/ledgers', { name: 'meta', meta_data: { a: 'one', b: 'two' } });
    const res = await update(ledger.ledger_id, { meta_data: { b: 'TWO', c: { nested: ['x'] } } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"meta_data":{"a":"one","b":"TWO","c":{"nested":["x"]}}}');
    const read = await call('GET', `/ledgers/${ledger.ledger_id}`);
    expect(read.json.meta_data).toEqual({ a: 'one', b: 'TWO', c: { nested: ['x'] } });
    // A second update merges again, into the merged result.
    const again = await update(ledger.ledger_id, { meta_data: { d: 'four' } });
    expect(again.json).toEqual({ meta_data: { a: 'one', b: 'TWO', c: { nested: ['x'] }, d: 'four' } });
  });

  it('merges into a balance whose meta_data was null (§2.6)', async () => {
    const balanceId = await newBalance();
    const res = await update(balanceId, { meta_data: { purpose: 'escrow' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ meta_data: { purpose: 'escrow' } });
    expect((await call('GET', `/balances/${balanceId}`)).json.meta_data).toEqual({ purpose: 'escrow' });
  });

  it('merges into an identity (§2.6)', async () => {
    const identity = await create(call, '/identities', { first_name: 'Ada', meta_data: { tier: 'gold' } });
    const res = await update(identity.identity_id, { meta_data: { kyc: 'passed' } });
    expect(res.json).toEqual({ meta_data: { tier: 'gold', kyc: 'passed' } });
    const read = await call('GET', `/identities/${identity.identity_id}`);
    expect(read.json.meta_data).toEqual({ tier: 'gold', kyc: 'passed' });
    expect(read.json.first_name).toBe('Ada');
  });

  it('merges into a transaction, keeping what it had (§2.6)', async () => {
    const destination = await newBalance();
    const txn = await create(call, '/transactions', {
      precise_amount: 500,
      precision: 100,
      currency: 'USD',
      reference: `meta-${randomUUID()}`,
      description: 'metadata target',
      source: '@World',
      destination,
      allow_overdraft: true,
      skip_queue: true,
      meta_data: { order: 'A-42', channel: 'web' },
    });
    const res = await update(txn.transaction_id, { meta_data: { channel: 'app', settled: true } });
    expect(res.status).toBe(200);
    // For a transaction Blnk answers the patch alone; the stored metadata is merged.
    expect(res.json.meta_data).toEqual({ channel: 'app', settled: true });
    const read = await call('GET', `/transactions/${txn.transaction_id}`);
    expect(read.json.meta_data).toMatchObject({ order: 'A-42', channel: 'app', settled: true });
  });

  it('answers with the key meta_data, never the pre-0.14 key metadata (§10)', async () => {
    const balanceId = await newBalance();
    const res = await update(balanceId, { meta_data: { k: 'v' } });
    expect(Object.keys(res.json)).toEqual(['meta_data']);
  });

  it('a body without meta_data is a 400, and nothing changes (§2.6)', async () => {
    const ledger = await create(call, '/ledgers', { name: 'meta-400', meta_data: { keep: 'yes' } });
    for (const body of [{}, { meta_data: null }, { metadata: { k: 'v' } }]) {
      const res = await update(ledger.ledger_id, body);
      expect(res.status).toBe(400);
      expect(res.json.error_detail.code).toMatch(/^GEN_/);
    }
    expectEnvelope(await update(ledger.ledger_id, { meta_data: 'x' }), 400, 'GEN_MALFORMED_REQUEST');
    expect((await call('GET', `/ledgers/${ledger.ledger_id}`)).json.meta_data).toEqual({ keep: 'yes' });
  });

  it('divergence: an id with an unsupported prefix is 400 META_INVALID_ENTITY_ID "invalid entity ID format: <id>"', async () => {
    for (const id of [`mon_${randomUUID()}`, `acc_${randomUUID()}`, 'general_ledger_id', 'whatever']) {
      const detail = expectEnvelope(await update(id, { meta_data: { k: 'v' } }), 400, 'META_INVALID_ENTITY_ID');
      expect(detail.message).toBe(`invalid entity ID format: ${id}`);
    }
  });

  it('an unknown id of a supported prefix is a 404 (§2.6)', async () => {
    for (const prefix of ['ldg', 'bln', 'idt', 'txn']) {
      const res = await update(`${prefix}_${randomUUID()}`, { meta_data: { k: 'v' } });
      expect(res.status, prefix).toBe(404);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.json.error_detail.code).toMatch(/NOT_FOUND$/);
    }
  });
});
