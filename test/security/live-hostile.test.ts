import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/blnk/client.js';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { memoryBus } from '../../src/live/bus.js';
import type { LedgerEventBus } from '../../src/live/bus.js';
import { memoryDedupe } from '../../src/live/dedupe.js';
import { LiveHub } from '../../src/live/hub.js';
import { redisBus } from '../../src/live/redis-bus.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { JWT_AUTH, signToken } from '../helpers/jwt.js';
import { deliver, until } from '../helpers/webhooks.js';
import { sseThrough } from '../helpers/sse.js';
import type { FetchedStream } from '../helpers/sse.js';

/**
 * A hostile review of the live ledger (issue 19): what a confined caller (a JWT with
 * blnk_identity_id) can learn about another identity through the Subscription fields, and what a
 * message on the Redis channel can do to a gateway process. Each test failed before its fix.
 * Deliveries go through POST /webhooks/blnk, signed as Blnk signs them; subscriptions over SSE.
 */
const SECRET = 'live-hostile-blnk-server-secret-key';
let h: Harness;
let bus: LedgerEventBus;
let hub: LiveHub;
let ada: { identity: string; balance: string };
let bob: { identity: string; balance: string };

beforeAll(async () => {
  bus = memoryBus();
  hub = new LiveHub({ bus, client: (blnkKey) => createClient(h.http, { blnkKey }), firstSeen: async () => true });
  h = await startHarness({
    auth: JWT_AUTH,
    live: hub,
    webhooks: { secret: SECRET, allowUnsigned: false, replayWindowSeconds: 300, maxBodyBytes: 100_000, bus, dedupe: memoryDedupe() },
  });
  const f = fixtures(h.sandbox);
  const ledger = await f.ledger('hostile');
  const adaId = await f.identity('Ada');
  const bobId = await f.identity('Bob');
  ada = { identity: adaId, balance: await f.balance(ledger, 'USD', adaId) };
  bob = { identity: bobId, balance: await f.balance(ledger, 'USD', bobId) };
});

afterAll(async () => {
  hub.close();
  await h.close();
});

/** Every stream a test opened is left after it, passed or failed, so the next starts from none. */
const opened: Stream[] = [];
afterEach(async () => {
  await leave(...opened.splice(0));
});

const adaToken = () => signToken({ scope: 'ledger:read', blnk_identity_id: ada.identity });

type Row = { transaction_id: string; reference: string; source: string; destination: string; status: string };

type Stream = FetchedStream;

/** A subscription over SSE as Ada or anyone, its `next` events collected as they come; left after the test. */
async function subscribe(query: string, variables: Record<string, unknown>, token: string): Promise<Stream> {
  const stream = await sseThrough(
    (url, init) => Promise.resolve(h.gateway.fetch(url, init)),
    { query, variables },
    { authorization: `Bearer ${token}` },
  );
  opened.push(stream);
  return stream;
}

async function leave(...streams: Stream[]): Promise<void> {
  for (const s of streams) s.close();
  await Promise.all(streams.map((s) => s.done));
  await until(() => hub.watching === 0, 'the hub to forget the streams');
}

/** Blnk's envelope for a transaction row (the sandbox's rows are Blnk's shape), with `data` overrides. */
async function deliverRow(row: Row, data: Record<string, unknown> = {}): Promise<void> {
  const body = JSON.stringify({
    event: 'transaction.applied',
    data: {
      transaction_id: row.transaction_id,
      reference: row.reference,
      source: row.source,
      destination: row.destination,
      status: row.status,
      parent_transaction: '',
      meta_data: null,
      precise_amount: 1.0e2,
      ...data,
    },
  });
  const res = await deliver(h.gateway, body, { secret: SECRET });
  expect(res.code).toBe('WEBHOOK_ACCEPTED');
}

/** Waits until the sandbox has served `GET /transactions/<id>` (the hub's read after an event). */
async function hubRead(id: string): Promise<void> {
  await until(() => h.sandbox.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/transactions/${id}`)), `the hub to read ${id}`);
}

const TXN_BY_ID = 'subscription($id: ID) { transactionUpdated(id: $id) { id status } }';
const TXN_BY_REF = 'subscription($r: String) { transactionUpdated(reference: $r) { id reference status } }';

describe('confinement: a caller confined to one identity learns nothing of another', () => {
  it("transactionUpdated(id:) refuses another identity's transaction in the time it takes to refuse a missing one", async () => {
    // Before: a missing id waited for its row (awaitRow, about 2.3 s) while another identity's
    // was refused at once: an existence oracle over every transaction id.
    const bobs = (await fixtures(h.sandbox).transfer('@World', bob.balance, 7n)) as Row;
    const token = await adaToken();
    const started = performance.now();
    const [other, missing] = await Promise.all([
      subscribe(TXN_BY_ID, { id: bobs.transaction_id }, token),
      subscribe(TXN_BY_ID, { id: `txn_${randomUUID()}` }, token),
    ]);
    await Promise.all([other.done, missing.done]);
    expect(other.events.map((e) => e.errors?.[0]?.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(missing.events.map((e) => e.errors?.[0]?.extensions?.code)).toEqual(['NOT_FOUND']);
    const otherMs = other.endedAt! - started;
    const missingMs = missing.endedAt! - started;
    expect(Math.abs(otherMs - missingMs)).toBeLessThan(Math.max(600, missingMs / 3));
  });

  it("transactionUpdated(reference:) answers another identity's existing reference as it answers one not used yet", async () => {
    // Before: an unused reference was accepted (followed until a row has it) and another
    // identity's existing one refused with NOT_FOUND: any reference could be probed.
    const bobs = (await fixtures(h.sandbox).transfer('@World', bob.balance, 7n)) as Row;
    const token = await adaToken();
    const other = await subscribe(TXN_BY_REF, { r: bobs.reference }, token);
    const unused = await subscribe(TXN_BY_REF, { r: `unused-${randomUUID()}` }, token);
    await until(() => hub.watching === 2 || other.endedAt !== null || unused.endedAt !== null, 'both streams to start or end');
    expect(other.events).toEqual(unused.events);
    expect(other.endedAt).toBe(unused.endedAt);
    expect(hub.watching).toBe(2);
  });

  it("transactionUpdated(reference:) never sends a row of another identity's chain, not even as an error", async () => {
    // Before: each row of the followed chain that was not the caller's came as a NOT_FOUND error
    // event: when another identity's transfer with a guessed reference happened, and each step of it.
    const reference = `guess-${randomUUID()}`;
    const s = await subscribe(TXN_BY_REF, { r: reference }, await adaToken());
    await until(() => hub.watching === 1, 'the stream to start');
    const f = fixtures(h.sandbox);
    const bobs = (await f.transfer('@World', bob.balance, 9n, { reference })) as Row;
    await deliverRow(bobs);
    await hubRead(bobs.transaction_id);
    // Then a row of Ada's that the chain also names (its queued outcome's reference): sent.
    const adas = (await f.transfer('@World', ada.balance, 4n, { reference: `${reference}_q` })) as Row;
    await deliverRow(adas);
    await until(() => s.events.some((e) => e.data?.transactionUpdated), "Ada's own row");
    expect(s.events).toEqual([
      { data: { transactionUpdated: { id: adas.transaction_id, reference: `${reference}_q`, status: 'APPLIED' } } },
    ]);
  });

  it("bulkTransactionsUpdated does not tell a confined caller that another identity's batch was applied, nor its size", async () => {
    // Before: Blnk's bulk_transaction.applied reached every subscriber of the batch id as
    // {status: applied, transactionCount}, whoever's batch it was (there is no row to check).
    const batchId = `bulk_${randomUUID()}`;
    const s = await subscribe(
      'subscription($b: ID!) { bulkTransactionsUpdated(batchId: $b) { batchId status transactionCount transaction { id } } }',
      { b: batchId },
      await adaToken(),
    );
    await until(() => hub.watching === 1, 'the stream to start');
    const applied = JSON.stringify({ event: 'bulk_transaction.applied', data: { batch_id: batchId, transaction_count: 3 } });
    expect((await deliver(h.gateway, applied, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    // A row of Ada's that a delivery says is the batch's (only to end the wait: it is hers to see).
    const adas = (await fixtures(h.sandbox).transfer('@World', ada.balance, 5n)) as Row;
    await deliverRow(adas, { parent_transaction: batchId });
    await until(() => s.events.some((e) => e.data?.bulkTransactionsUpdated?.transaction), "Ada's own row");
    expect(s.events).toEqual([
      {
        data: {
          bulkTransactionsUpdated: { batchId, status: 'APPLIED', transactionCount: null, transaction: { id: adas.transaction_id } },
        },
      },
    ]);
  });
});

describe('what a subscriber is sent', () => {
  it("each event's nested fields are read afresh, not from the loaders of the stream's start", async () => {
    // Before: ctx.renew (documented in graphql/context.ts, called before each event) was never
    // set, so a stream's loaders cached every row for its whole life: a transaction's
    // destinationBalance showed the balance as it was at the first event, on every later one.
    const reference = `fresh-${randomUUID()}`;
    const s = await subscribe(
      'subscription($r: String) { transactionUpdated(reference: $r) { id destinationBalance { balance version } } }',
      { r: reference },
      await signToken({ scope: 'ledger:read' }),
    );
    await until(() => hub.watching === 1, 'the stream to start');
    const f = fixtures(h.sandbox);
    const first = (await f.transfer('@World', ada.balance, 10n, { reference })) as Row;
    await deliverRow(first);
    await until(() => s.events.length >= 1, 'the first row');
    // A later row of the chain (as a commit names its hold) into the same balance.
    const second = (await f.transfer('@World', ada.balance, 5n)) as Row;
    await deliverRow(second, { parent_transaction: first.transaction_id });
    await until(() => s.events.length >= 2, 'the second row');
    const now = await createClient(h.http).getBalance(ada.balance);
    expect(s.events[1]).toEqual({
      data: {
        transactionUpdated: { id: second.transaction_id, destinationBalance: { balance: now.balance.toString(), version: now.version } },
      },
    });
    expect(s.events[0]!.data!.transactionUpdated.destinationBalance.version).toBeLessThan(now.version);
  });
});

describe('replays', () => {
  it('a balance.monitor delivery arriving after its condition stopped holding is no alert', async () => {
    // Before: Blnk's monitor delivery names no version, and has no redelivery key (two identical
    // ones can be two alerts): a late retry, or a captured delivery replayed within the window,
    // after the balance moved on, was an alert at the version read then, condition or not.
    const f = fixtures(h.sandbox);
    const carol = await f.balance(await f.ledger('alerts'));
    const created = await fetch(`${h.sandbox.url}/balance-monitors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ balance_id: carol, condition: { field: 'balance', operator: '>', value: 100, precision: 100 } }),
    });
    const monitorId = ((await created.json()) as { monitor_id: string }).monitor_id;
    const s = await subscribe(
      'subscription($b: ID!) { balanceAlert(balanceId: $b) { monitor { id } balance { balance version } } }',
      { b: carol },
      await signToken({ scope: 'ledger:read ledger:write ledger:admin' }),
    );
    await until(() => hub.watching === 1, 'the stream to start');
    const monitorDelivery = JSON.stringify({ event: 'balance.monitor', data: { monitor_id: monitorId, balance_id: carol } });
    // 5.00 is not over 100.00: the delivery (a late one, or a replay) is not an alert now.
    await f.transfer('@World', carol, 500n);
    const monitorReads = () =>
      h.sandbox.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/balance-monitors/${monitorId}`)).length;
    expect((await deliver(h.gateway, monitorDelivery, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    await until(() => monitorReads() >= 1, 'the monitor read after the delivery');
    // Then it holds (205.00), and Blnk's delivery of it is one.
    await f.transfer('@World', carol, 20_000n);
    const reads = monitorReads();
    expect((await deliver(h.gateway, monitorDelivery, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    await until(() => monitorReads() > reads && s.events.length >= 1, 'the alert');
    const now = await createClient(h.http).getBalance(carol);
    expect(s.events).toEqual([
      { data: { balanceAlert: { monitor: { id: monitorId }, balance: { balance: '20500', version: now.version } } } },
    ]);
  });
});

describe('the hub', () => {
  it("one watcher's exception neither keeps the others from hearing nor becomes an unhandled rejection", async () => {
    // Before: watchers were told in a loop that stopped at the first throw, and a throw in the
    // balance read's result callback (KeyedFetch) was an unhandled rejection.
    const ownBus = memoryBus();
    const reported: string[] = [];
    const own = new LiveHub({
      bus: ownBus,
      client: (blnkKey) => createClient(h.http, { blnkKey }),
      firstSeen: async () => true,
      onError: (_error, what) => reported.push(what),
    });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const heard: number[] = [];
      own.watchBalance(ada.balance, null, () => {
        throw new Error('a broken watcher');
      });
      own.watchBalance(ada.balance, null, (balance) => heard.push(balance.version));
      const row = (await fixtures(h.sandbox).transfer('@World', ada.balance, 3n)) as Row;
      ownBus.publish({
        kind: 'transaction',
        event: 'transaction.applied',
        transactionId: row.transaction_id,
        status: 'APPLIED',
        parentTransactionId: null,
        reference: row.reference,
        source: row.source,
        destination: row.destination,
        queuedParentId: null,
      });
      await until(() => heard.length === 1 && reported.length === 1, 'the second watcher, and the report of the first');
      expect(reported).toEqual(['a watcher']);
      // An unhandled rejection is reported on a later turn: one more read settles after it.
      await createClient(h.http).getBalance(ada.balance);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
      own.close();
    }
  });
});

describe('the Redis channel', () => {
  it('a message on the channel that is not JSON does not throw out of ioredis (an uncaught exception ends the process)', async () => {
    // Before: @graphql-yoga/redis-event-target parsed each message with JSON.parse inside
    // ioredis's 'message' event: anyone able to PUBLISH on the Redis (no AUTH on 127.0.0.1, or a
    // deployment sharing it) stopped every gateway process with one message.
    const prefix = `test-hostile-${randomUUID()}:`;
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    const errors: unknown[] = [];
    const b = redisBus({ url: 'redis://127.0.0.1:6379', prefix, onError: (error) => errors.push(error) });
    const raw = new Redis('redis://127.0.0.1:6379');
    try {
      await b.ready;
      const heard: LedgerEvent[] = [];
      b.listen((e) => heard.push(e));
      for (const message of ['{not json', 'null', '42', '"text"', '[]']) await raw.publish(`${prefix}ledger-events`, message);
      const event: LedgerEvent = { kind: 'ledger.created', ledgerId: 'ldg_after' };
      b.publish(event);
      await until(() => heard.length >= 1, 'the event after the bad messages');
      expect(heard).toEqual([event]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      raw.disconnect();
      await b.close();
    }
  });
});
