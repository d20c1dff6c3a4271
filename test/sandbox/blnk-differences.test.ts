import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { ZERO_TIME, create, expectEnvelope } from '../helpers/entities.js';
import { client } from '../helpers/http.js';
import type { Call } from '../helpers/http.js';

/*
 * Contract points read from Blnk v0.15.2's source (docs/blnk-differences.md) where the sandbox
 * used to be kinder than Blnk. Written against the REST contract only, so that they can run
 * against real Blnk as well; queued work is awaited with the sandbox's queue, bounded.
 */
let sandbox: Sandbox;
let call: Call;
let ledgerId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  call = client(sandbox.url);
  ledgerId = (await create(call, '/ledgers', { name: 'Differences' })).ledger_id;
});
afterAll(() => sandbox.close());

const balance = async (currency = 'USD'): Promise<string> =>
  (await create(call, '/balances', { ledger_id: ledgerId, currency })).balance_id;

const transfer = (body: Record<string, unknown>) =>
  call('POST', '/transactions', {
    body: {
      precise_amount: 100n,
      precision: 100n,
      currency: 'USD',
      reference: `diff-${randomUUID()}`,
      description: 'difference',
      source: '@World',
      allow_overdraft: true,
      ...body,
    },
  });

describe('transactions', () => {
  it('precise_distribution is a string of minor units; a JSON number fails to bind (400)', async () => {
    const [a, b] = [await balance(), await balance()];
    const legs = (d: unknown) => [
      { identifier: a, precise_distribution: d },
      { identifier: b, distribution: 'left' },
    ];
    expectEnvelope(await transfer({ destinations: legs(40n), skip_queue: true }), 400, 'GEN_MALFORMED_REQUEST');
    const ok = await transfer({ destinations: legs('40'), skip_queue: true });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.text).toContain('"precise_distribution":"40"');
    expect((await call('GET', `/balances/${a}`)).json.balance).toBe(40n);
  });

  it('a root transaction reads back with parent_transaction "" and scheduled_for and the inflight dates as the zero time', async () => {
    const later = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const res = await transfer({ destination: await balance(), skip_queue: true, inflight: true, inflight_expiry_date: later });
    expect(res.status, res.text).toBe(201);
    expect(res.json.inflight_expiry_date).not.toBe(ZERO_TIME);
    for (const read of [
      await call('GET', `/transactions/${res.json.transaction_id}`),
      await call('POST', '/transactions/filter', {
        body: { filters: [{ field: 'transaction_id', operator: 'eq', value: res.json.transaction_id }] },
      }),
    ]) {
      const row = Array.isArray(read.json) ? read.json[0] : read.json;
      expect(row.parent_transaction).toBe('');
      expect([row.scheduled_for, row.inflight_expiry_date, row.inflight_commit_date]).toEqual([ZERO_TIME, ZERO_TIME, ZERO_TIME]);
    }
  });

  it('Blnk never compares the transaction currency with the balances\' currencies', async () => {
    const euros = await balance('EUR');
    const res = await transfer({ destination: euros, currency: 'USD', skip_queue: true });
    expect(res.status, res.text).toBe(201);
    expect((await call('GET', `/balances/${euros}`)).json.balance).toBe(100n);
  });

  it('a queued transfer to a missing balance answers 201 QUEUED and writes nothing at all', async () => {
    const reference = `ghost-${randomUUID()}`;
    const res = await transfer({ reference, destination: `bln_${randomUUID()}` });
    expect(res.status, res.text).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    expectEnvelope(await call('GET', `/transactions/${res.json.transaction_id}`), 404, 'TXN_NOT_FOUND');
    const rows = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'reference', operator: 'in', values: [reference, `${reference}_q`] }] },
    });
    expect(rows.json ?? []).toEqual([]);
  });

  it('metadata eq is JSONB containment: "42" does not match a stored 42', async () => {
    const tag = randomUUID();
    const res = await transfer({ destination: await balance(), skip_queue: true, meta_data: { tag, n: 42n } });
    expect(res.status).toBe(201);
    const find = async (value: unknown) =>
      (await call('POST', '/transactions/filter', {
        body: { filters: [{ field: 'meta_data.tag', operator: 'eq', value: tag }, { field: 'meta_data.n', operator: 'eq', value }] },
      })).json ?? [];
    expect(await find(42n)).toHaveLength(1);
    expect(await find('42')).toHaveLength(0);
  });

  it('metadata on a txn_ id answers only the patch and is merged into the transaction\'s children too', async () => {
    const res = await transfer({ destination: await balance(), meta_data: { order: 'A-1' } });
    await sandbox.queue.idle();
    const id = res.json.transaction_id;
    const patch = await call('POST', `/${id}/metadata`, { body: { meta_data: { settled: true } } });
    expect(patch.status).toBe(200);
    expect(patch.json).toEqual({ meta_data: { settled: true } });
    const children = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: id }] },
    });
    expect(children.json).toHaveLength(1);
    expect(children.json[0].meta_data).toMatchObject({ order: 'A-1', settled: true });
    expect((await call('GET', `/transactions/${id}`)).json.meta_data).toMatchObject({ order: 'A-1', settled: true });
  });
});

describe('identities and balances', () => {
  it('a duplicate caller-chosen identity id is 400 IDT_VALIDATION_ERROR', async () => {
    const identity_id = `idt_${randomUUID()}`;
    expect((await call('POST', '/identities', { body: { identity_id, first_name: 'Ada' } })).status).toBe(201);
    expectEnvelope(await call('POST', '/identities', { body: { identity_id, first_name: 'Ada' } }), 400, 'IDT_VALIDATION_ERROR');
  });

  it('an empty identity update is a 400', async () => {
    const identity = await create(call, '/identities', { first_name: 'Grace' });
    const res = await call('PUT', `/identities/${identity.identity_id}`, { body: {} });
    expect(res.status).toBe(400);
  });

  it('deleting an identity that has balances fails on the foreign key: 500', async () => {
    const identity = await create(call, '/identities', { first_name: 'Owner' });
    await create(call, '/balances', { ledger_id: ledgerId, currency: 'USD', identity_id: identity.identity_id });
    expectEnvelope(await call('DELETE', `/identities/${identity.identity_id}`), 500, 'GEN_INTERNAL');
    expect((await call('GET', `/identities/${identity.identity_id}`)).status).toBe(200);
  });

  it('a balance with an unknown identity_id is reported as "Invalid ledger ID" (400)', async () => {
    const res = await call('POST', '/balances', { body: { ledger_id: ledgerId, currency: 'USD', identity_id: `idt_${randomUUID()}` } });
    expect(res.status).toBe(400);
    expect(res.json.error_detail.message).toBe('Invalid ledger ID');
  });
});

describe('balance monitors', () => {
  it('refuses a zero threshold as blank, `==` in the table, and ignores a description on create', async () => {
    const balance_id = await balance();
    const body = (condition: Record<string, unknown>) => ({
      balance_id,
      description: 'dropped',
      condition: { field: 'balance', operator: '>', value: 10, precision: 100, ...condition },
    });
    const zero = await call('POST', '/balance-monitors', { body: body({ value: 0 }) });
    expect(zero.status).toBe(400);
    expect(zero.json).toHaveProperty('errors');
    expectEnvelope(await call('POST', '/balance-monitors', { body: body({ operator: '==' }) }), 500, 'GEN_INTERNAL');
    const made = await call('POST', '/balance-monitors', { body: body({ operator: '=' }) });
    expect(made.status).toBe(201);
    expect(made.json).not.toHaveProperty('description');
  });

  it('PUT replaces the whole row: without balance_id it fails; a new value leaves precise_value as it was', async () => {
    const balance_id = await balance();
    const m = await create(call, '/balance-monitors', { balance_id, condition: { field: 'balance', operator: '>', value: 10, precision: 100 } });
    const partial = await call('PUT', `/balance-monitors/${m.monitor_id}`, { body: { description: 'only this' } });
    expect(partial.status).toBe(500);
    const full = await call('PUT', `/balance-monitors/${m.monitor_id}`, {
      body: { balance_id, description: 'whole', condition: { field: 'balance', operator: '<', value: 50, precision: 100 } },
    });
    expect(full.status).toBe(200);
    const read = (await call('GET', `/balance-monitors/${m.monitor_id}`)).json;
    expect(read.description).toBe('whole');
    expect(read.condition).toMatchObject({ operator: '<', value: 50n, precise_value: 1000n });
  });
});
