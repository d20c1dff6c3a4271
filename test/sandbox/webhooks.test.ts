import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/index.js';
import { client, parseLossless } from '../helpers/http.js';
import type { Call } from '../helpers/http.js';

/*
 * The sandbox's webhooks against the deliveries real Blnk v0.15.2 sent (test/fixtures/blnk-webhooks,
 * one per event type): the same event for the same write, the same data keys in the same order,
 * the same JSON types, the same headers, a signature that verifies with the key (computed here
 * with node:crypto), retries of a failed delivery, and nothing for a QUEUED row.
 */

const KEY = 'sandbox-webhook-key';

interface Recorded {
  headers: Record<string, string>;
  body: string;
  json: { event: string; data: Record<string, unknown> };
}

function fixture(event: string): Recorded {
  return JSON.parse(readFileSync(new URL(`../fixtures/blnk-webhooks/${event}.json`, import.meta.url), 'utf8')) as Recorded;
}

interface Delivery {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { event: string; data: Record<string, any> };
  status: number;
}

/** A loopback receiver that keeps every delivery and answers what `answer` says (200 by default). */
class Receiver {
  readonly deliveries: Delivery[] = [];
  answer: (body: string) => number = () => 200;
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = this.answer(body);
        this.deliveries.push({ path: req.url ?? '', headers: req.headers, body, json: JSON.parse(body), status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  of(event: string, where: (data: Record<string, any>) => boolean = () => true): Delivery[] {
    return this.deliveries.filter((d) => d.json.event === event && where(d.json.data));
  }

  /** Bounded polling until `count` deliveries of the event match. */
  async await(event: string, where: (data: Record<string, any>) => boolean, count = 1): Promise<Delivery[]> {
    await vi.waitFor(
      () => {
        if (this.of(event, where).length < count) throw new Error(`waiting for ${count} ${event}`);
      },
      { timeout: 10_000, interval: 20 },
    );
    return this.of(event, where);
  }
}

/** A value's JSON type, all the way down: object keys in order, each with its type. */
function shape(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object') return Object.entries(value as object).map(([k, v]) => [k, shape(v)]);
  return typeof value;
}

/**
 * The delivery has the recorded one's event, data keys in order and types; meta_data's own keys
 * too when `meta` is 'exact' (the same kind of write), else only that it is an object.
 */
function expectLikeRecorded(delivery: Delivery, event: string, { meta = 'exact' }: { meta?: 'exact' | 'object' } = {}): void {
  const recorded = fixture(event);
  expect(delivery.json.event).toBe(recorded.json.event);
  const strip = (data: Record<string, unknown>) =>
    meta === 'exact' || !('meta_data' in data) ? data : { ...data, meta_data: typeof data.meta_data };
  expect(shape(strip(delivery.json.data))).toEqual(shape(strip(recorded.json.data)));
  // The envelope as Go writes it: event first, then data, no spaces.
  expect(delivery.body.startsWith(`{"event":"${event}","data":{`)).toBe(true);
  expectSignedLikeBlnk(delivery);
}

function expectSignedLikeBlnk(delivery: Delivery): void {
  const recorded = fixture('ledger.created');
  for (const name of Object.keys(recorded.headers)) expect(delivery.headers).toHaveProperty(name);
  expect(delivery.headers['content-type']).toBe('application/json');
  expect(delivery.path).toBe('/hooks/blnk?x=1');
  const timestamp = delivery.headers['x-blnk-timestamp'] as string;
  expect(timestamp).toMatch(/^\d{10}$/);
  expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
  const expected = createHmac('sha256', KEY).update(`${timestamp}.${delivery.body}`).digest('hex');
  expect(delivery.headers['x-blnk-signature']).toBe(expected);
}

async function world(sandbox: Sandbox): Promise<{ call: Call; ledger: string; balance: () => Promise<string> }> {
  const base = client(sandbox.url);
  const call: Call = (method, path, options = {}) => base(method, path, { ...options, headers: { 'x-blnk-key': KEY, ...options.headers } });
  const ledger = await call('POST', '/ledgers', { body: { name: 'hooks' } });
  expect(ledger.status).toBe(201);
  const balance = async () => {
    const res = await call('POST', '/balances', { body: { ledger_id: ledger.json.ledger_id, currency: 'USD' } });
    expect(res.status).toBe(201);
    return res.json.balance_id as string;
  };
  return { call, ledger: ledger.json.ledger_id, balance };
}

function transfer(fields: Record<string, unknown>): Record<string, unknown> {
  return { precision: 100, currency: 'USD', reference: `ref-${randomUUID()}`, description: 'hook', ...fields };
}

describe('sandbox webhooks: what Blnk v0.15.2 sends, for each write', () => {
  const receiver = new Receiver();
  let sandbox: Sandbox;
  let call: Call;
  let ledgerId: string;
  let newBalance: () => Promise<string>;
  /** A balance with 1,000.00 USD in it, funded with skip_queue. */
  let funded: () => Promise<string>;

  beforeAll(async () => {
    await receiver.start();
    sandbox = await startSandbox({
      port: 0,
      apiKey: KEY,
      webhook: { url: `${receiver.url}/hooks/blnk?x=1`, retry: { baseDelayMs: 20, maxDelayMs: 100, attempts: 5 } },
    });
    ({ call, ledger: ledgerId, balance: newBalance } = await world(sandbox));
    funded = async () => {
      const id = await newBalance();
      const res = await call('POST', '/transactions', {
        body: transfer({ precise_amount: 100_000, source: '@World', destination: id, allow_overdraft: true, skip_queue: true }),
      });
      expect(res.status).toBe(201);
      return id;
    };
  });

  afterAll(async () => {
    await sandbox?.close();
    await receiver.close();
  });

  it('creating a ledger, a balance and an identity: ledger.created, balance.created, identity.created as recorded', async () => {
    const [ledger] = await receiver.await('ledger.created', (d) => d.ledger_id === ledgerId);
    expectLikeRecorded(ledger!, 'ledger.created');
    expect(ledger!.json.data.name).toBe('hooks');

    const id = await newBalance();
    const [balance] = await receiver.await('balance.created', (d) => d.balance_id === id);
    expectLikeRecorded(balance!, 'balance.created');
    expect(balance!.json.data).toMatchObject({ ledger_id: ledgerId, balance: 0, version: 0, inflight_expires_at: '0001-01-01T00:00:00Z' });

    const made = await call('POST', '/identities', { body: { first_name: 'Bob', last_name: 'Other' } });
    expect(made.status).toBe(201);
    const [identity] = await receiver.await('identity.created', (d) => d.identity_id === made.json.identity_id);
    expectLikeRecorded(identity!, 'identity.created');
    expect(identity!.json.data.dob).toBe('0001-01-01T00:00:00Z');
  });

  it('a queued transfer: one transaction.applied for its _q row, none for the QUEUED row', async () => {
    const from = await funded();
    const to = await newBalance();
    const body = transfer({ precise_amount: 10_000, source: from, destination: to, allow_overdraft: true });
    const res = await call('POST', '/transactions', { body });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    const queuedId = res.json.transaction_id as string;
    const [applied] = await receiver.await('transaction.applied', (d) => d.parent_transaction === queuedId);
    expectLikeRecorded(applied!, 'transaction.applied');
    expect(applied!.json.data).toMatchObject({
      reference: `${body.reference}_q`,
      status: 'APPLIED',
      precise_amount: 10000,
      amount: 100,
      amount_string: '100',
      skip_queue: false,
      allow_overdraft: true,
      meta_data: { QUEUED_PARENT_TRANSACTION: queuedId, queue_lane: 'normal', queue_pair_key: `${from}|${to}|USD` },
    });
    await vi.waitFor(() => expect(sandbox.webhooksPending()).toBe(0), { timeout: 10_000, interval: 20 });
    expect(receiver.deliveries.filter((d) => d.json.data.transaction_id === queuedId)).toEqual([]);
    expect(receiver.deliveries.filter((d) => d.json.data.status === 'QUEUED' || d.json.event === 'transaction.queued')).toEqual([]);
  });

  it('a queued transfer without the funds: transaction.rejected with the reason, as recorded', async () => {
    const from = await newBalance();
    const to = await newBalance();
    const res = await call('POST', '/transactions', { body: transfer({ precise_amount: 100_000, source: from, destination: to }) });
    expect(res.status).toBe(201);
    const [rejected] = await receiver.await('transaction.rejected', (d) => d.parent_transaction === res.json.transaction_id);
    expectLikeRecorded(rejected!, 'transaction.rejected');
    expect(rejected!.json.data.meta_data.blnk_rejection_reason).toBe(
      'failed to apply transaction to balances: insufficient funds in source balance',
    );
  });

  it('skip_queue: transaction.applied for the row itself', async () => {
    const to = await newBalance();
    const res = await call('POST', '/transactions', {
      body: transfer({ precise_amount: 250, source: '@World', destination: to, allow_overdraft: true, skip_queue: true }),
    });
    expect(res.status).toBe(201);
    const [applied] = await receiver.await('transaction.applied', (d) => d.transaction_id === res.json.transaction_id);
    expectLikeRecorded(applied!, 'transaction.applied', { meta: 'object' });
    expect(applied!.json.data).toMatchObject({ skip_queue: true, parent_transaction: '', status: 'APPLIED', amount_string: '2.5' });
  });

  it('an inflight hold, then commit: transaction.inflight, then transaction.applied for the commit leg', async () => {
    const from = await funded();
    const to = await newBalance();
    const hold = await call('POST', '/transactions', {
      body: transfer({ precise_amount: 5_000, source: from, destination: to, inflight: true, skip_queue: true }),
    });
    expect(hold.status).toBe(201);
    const holdId = hold.json.transaction_id as string;
    const [inflight] = await receiver.await('transaction.inflight', (d) => d.transaction_id === holdId);
    expectLikeRecorded(inflight!, 'transaction.inflight');
    expect(inflight!.json.data).toMatchObject({ inflight: true, skip_queue: true, meta_data: { inflight: true } });

    const commit = await call('PUT', `/transactions/inflight/${holdId}`, { body: { status: 'commit', skip_queue: true } });
    expect(commit.status).toBe(200);
    const [applied] = await receiver.await('transaction.applied', (d) => d.parent_transaction === holdId);
    expectLikeRecorded(applied!, 'transaction.applied', { meta: 'object' });
    expect(applied!.json.data).toMatchObject({ transaction_id: commit.json.transaction_id, status: 'APPLIED', inflight: false });
  });

  it('an inflight hold, then void: transaction.void, as recorded', async () => {
    const from = await funded();
    const to = await newBalance();
    const hold = await call('POST', '/transactions', {
      body: transfer({ precise_amount: 1_000, source: from, destination: to, inflight: true, skip_queue: true }),
    });
    const holdId = hold.json.transaction_id as string;
    const voided = await call('PUT', `/transactions/inflight/${holdId}`, { body: { status: 'void', skip_queue: true } });
    expect(voided.status).toBe(200);
    const [delivery] = await receiver.await('transaction.void', (d) => d.parent_transaction === holdId);
    expectLikeRecorded(delivery!, 'transaction.void');
    expect(delivery!.json.data).toMatchObject({ status: 'VOID', skip_queue: false, inflight: false, precise_amount: 1000 });
  });

  it('a refund: transaction.applied for the refund applied by the queue', async () => {
    const to = await newBalance();
    const original = await call('POST', '/transactions', {
      body: transfer({ precise_amount: 700, source: '@World', destination: to, allow_overdraft: true, skip_queue: true }),
    });
    const refund = await call('POST', `/refund-transaction/${original.json.transaction_id}`);
    expect(refund.status).toBe(201);
    const [applied] = await receiver.await('transaction.applied', (d) => d.parent_transaction === refund.json.transaction_id);
    expectLikeRecorded(applied!, 'transaction.applied', { meta: 'object' });
    expect(applied!.json.data).toMatchObject({
      reference: `${original.json.transaction_id}_refund_q`,
      source: to,
      allow_overdraft: true,
    });
  });

  it('a bulk, atomic: each item announced as it applies, and no batch event (only run_async sends one)', async () => {
    const from = await funded();
    const to = await newBalance();
    const res = await call('POST', '/transactions/bulk', {
      body: {
        atomic: true,
        transactions: [
          transfer({ precise_amount: 100, source: from, destination: to }),
          transfer({ precise_amount: 200, source: from, destination: to }),
        ],
      },
    });
    expect(res.status).toBe(201);
    const batchId = res.json.batch_id as string;
    const items = await receiver.await('transaction.applied', (d) => d.meta_data?.QUEUED_PARENT_TRANSACTION === batchId, 2);
    for (const item of items) expectLikeRecorded(item, 'transaction.applied', { meta: 'object' });
    expect(items.map((d) => d.json.data.meta_data.sequence).sort()).toEqual([1, 2]);
    await vi.waitFor(() => expect(sandbox.webhooksPending()).toBe(0), { timeout: 10_000, interval: 20 });
    expect(receiver.deliveries.filter((d) => d.json.data.batch_id === batchId)).toEqual([]);
  });

  it('a bulk with run_async: bulk_transaction.applied with the count, as recorded', async () => {
    const from = await funded();
    const to = await newBalance();
    const res = await call('POST', '/transactions/bulk', {
      body: {
        run_async: true,
        skip_queue: true,
        transactions: [
          transfer({ precise_amount: 100, source: from, destination: to }),
          transfer({ precise_amount: 200, source: from, destination: to }),
        ],
      },
    });
    expect(res.status).toBe(202);
    const [batch] = await receiver.await('bulk_transaction.applied', (d) => d.batch_id === res.json.batch_id);
    expectLikeRecorded(batch!, 'bulk_transaction.applied');
    expect(batch!.json.data).toMatchObject({ status: 'applied', transaction_count: 2 });
  });

  it('a monitor whose condition holds over two transfers: balance.monitor twice (not edge-triggered), the monitor only', async () => {
    const id = await newBalance();
    const monitor = await call('POST', '/balance-monitors', {
      body: { balance_id: id, condition: { field: 'balance', operator: '>', value: 1, precision: 100 } },
    });
    expect(monitor.status).toBe(201);
    for (const amount of [500, 600]) {
      const res = await call('POST', '/transactions', {
        body: transfer({ precise_amount: amount, source: '@World', destination: id, allow_overdraft: true, skip_queue: true }),
      });
      expect(res.status).toBe(201);
    }
    const fired = await receiver.await('balance.monitor', (d) => d.monitor_id === monitor.json.monitor_id, 2);
    for (const delivery of fired) expectLikeRecorded(delivery, 'balance.monitor');
    expect(fired[0]!.body).toContain('"operator":"\\u003e"');
    await vi.waitFor(() => expect(sandbox.webhooksPending()).toBe(0), { timeout: 10_000, interval: 20 });
    expect(receiver.of('balance.monitor', (d) => d.monitor_id === monitor.json.monitor_id)).toHaveLength(2);
  });

  it('a queued transfer whose reference was used: system.error, as recorded', async () => {
    const to = await newBalance();
    const reference = `dup-${randomUUID()}`;
    const first = await call('POST', '/transactions', {
      body: transfer({ reference, precise_amount: 100, source: '@World', destination: to, allow_overdraft: true, skip_queue: true }),
    });
    expect(first.status).toBe(201);
    const again = await call('POST', '/transactions', {
      body: transfer({ reference, precise_amount: 100, source: '@World', destination: to, allow_overdraft: true }),
    });
    expect(again.status).toBe(201);
    const [error] = await receiver.await('system.error', (d) => d.error === `reference ${reference} has already been used`);
    expectLikeRecorded(error!, 'system.error');
  });

  it('an @indicator balance made by a transfer: balance.created for it too (Blnk creates it through CreateBalance)', async () => {
    const to = await newBalance();
    const indicator = `@Hooks${randomUUID().slice(0, 8)}`;
    const res = await call('POST', '/transactions', {
      body: transfer({ precise_amount: 100, source: indicator, destination: to, allow_overdraft: true, skip_queue: true }),
    });
    expect(res.status).toBe(201);
    const [created] = await receiver.await('balance.created', (d) => d.balance_id === res.json.source);
    const { indicator: shown, ...rest } = created!.json.data;
    expect(shown).toBe(indicator);
    expect(created!.json.data).toMatchObject({ ledger_id: 'general_ledger_id', currency: 'USD' });
    expectLikeRecorded({ ...created!, json: { ...created!.json, data: rest } }, 'balance.created');
  });

  it('an amount past 2^53 arrives as a float64, as Blnk sends it, while REST answers it exactly', async () => {
    const to = await newBalance();
    const res = await call('POST', '/transactions', {
      rawBody: `{"precise_amount":123456000000000000000789,"precision":100,"currency":"USD","description":"big","reference":"big-${randomUUID()}","source":"@World","destination":"${to}","allow_overdraft":true,"skip_queue":true}`,
    });
    expect(res.status, res.text).toBe(201);
    const [applied] = await receiver.await('transaction.applied', (d) => d.transaction_id === res.json.transaction_id);
    expect(applied!.body).toContain('"precise_amount":1.23456e+23,');
    expect(applied!.body).not.toContain('123456000000000000000789');
    const read = await call('GET', `/transactions/${res.json.transaction_id}`);
    expect(parseLossless(read.text).precise_amount).toBe(123456000000000000000789n);
  });
});

describe('sandbox webhooks: delivery', () => {
  const receiver = new Receiver();
  let sandbox: Sandbox | null = null;
  const start = async (options: Partial<SandboxOptions> = {}) => {
    sandbox = await startSandbox({ port: 0, apiKey: KEY, ...options });
    return world(sandbox);
  };

  beforeAll(() => receiver.start());
  afterAll(async () => {
    await sandbox?.close();
    await receiver.close();
  });

  it('a delivery answered 500 comes again, signed anew with a fresh timestamp', async () => {
    let failures = 1;
    receiver.answer = (body) => (body.includes('"event":"ledger.created"') && failures-- > 0 ? 500 : 200);
    // A retry more than a second later, so its timestamp (unix seconds) must differ.
    const { ledger } = await start({
      webhook: { url: `${receiver.url}/hooks/blnk?x=1`, retry: { baseDelayMs: 1_100, attempts: 3 } },
    });
    const [first, second] = await receiver.await('ledger.created', (d) => d.ledger_id === ledger, 2);
    expect(first!.status).toBe(500);
    expect(second!.status).toBe(200);
    expect(second!.body).toBe(first!.body);
    expect(Number(second!.headers['x-blnk-timestamp'])).toBeGreaterThan(Number(first!.headers['x-blnk-timestamp']));
    expectSignedLikeBlnk(first!);
    expectSignedLikeBlnk(second!);
    await sandbox!.close();
    sandbox = null;
  });

  it('gives up after the bounded attempts, and setWebhookUrl(null) drops what still waits for a retry', async () => {
    receiver.answer = () => 503;
    const { ledger } = await start({
      webhook: { url: `${receiver.url}/hooks/blnk?x=1`, retry: { baseDelayMs: 10, maxDelayMs: 20, attempts: 3 } },
    });
    await receiver.await('ledger.created', (d) => d.ledger_id === ledger, 3);
    await vi.waitFor(() => expect(sandbox!.webhooksPending()).toBe(0), { timeout: 10_000, interval: 20 });
    expect(receiver.of('ledger.created', (d) => d.ledger_id === ledger)).toHaveLength(3);

    await sandbox!.close();

    // A retry a minute away: still pending until the URL is taken away.
    const next = await start({ webhook: { url: `${receiver.url}/hooks/blnk?x=1`, retry: { baseDelayMs: 60_000 } } });
    await receiver.await('ledger.created', (d) => d.ledger_id === next.ledger);
    await vi.waitFor(() => expect(sandbox!.webhooksPending()).toBe(1), { timeout: 10_000, interval: 20 });
    sandbox!.setWebhookUrl(null);
    expect(sandbox!.webhooksPending()).toBe(0);
    await sandbox!.close();
    sandbox = null;
  });

  it('sends nothing without a URL; setWebhookUrl starts (and null stops) deliveries, with the extra headers', async () => {
    receiver.answer = () => 200;
    const { call, ledger } = await start();
    await call('POST', '/ledgers', { body: { name: 'silent' } });
    expect(sandbox!.webhooksPending()).toBe(0);
    sandbox!.setWebhookUrl(`${receiver.url}/hooks/blnk?x=1`);
    const named = await call('POST', '/ledgers', { body: { name: 'heard' } });
    await receiver.await('ledger.created', (d) => d.ledger_id === named.json.ledger_id);
    sandbox!.setWebhookUrl(null);
    const quiet = await call('POST', '/ledgers', { body: { name: 'quiet' } });
    expect(sandbox!.webhooksPending()).toBe(0);
    expect(receiver.of('ledger.created', (d) => [ledger, quiet.json.ledger_id].includes(d.ledger_id))).toEqual([]);
    await sandbox!.close();

    sandbox = await startSandbox({ port: 0, webhook: { url: `${receiver.url}/plain`, headers: { 'X-Receiver-Token': 'abc' } } });
    const plain = await client(sandbox.url)('POST', '/ledgers', { body: { name: 'unsigned' } });
    const [unsigned] = await receiver.await('ledger.created', (d) => d.ledger_id === plain.json.ledger_id);
    // No key, no signature: Blnk sends unsigned when server.secret_key is empty.
    expect(unsigned!.headers).not.toHaveProperty('x-blnk-signature');
    expect(unsigned!.headers).not.toHaveProperty('x-blnk-timestamp');
    expect(unsigned!.headers['x-receiver-token']).toBe('abc');
  });
});
