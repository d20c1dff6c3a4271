import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/blnk/client.js';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { memoryBus } from '../../src/live/bus.js';
import type { LedgerEventBus } from '../../src/live/bus.js';
import { LiveHub } from '../../src/live/hub.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { JWT_AUTH, signToken } from '../helpers/jwt.js';
import { sseThrough } from '../helpers/sse.js';
import type { FetchedStream } from '../helpers/sse.js';
import { until } from '../scenarios/harness.js';

/**
 * The Subscription fields over GraphQL over SSE, through the gateway's whole HTTP handling
 * (`yoga.fetch`), driven by events published on the bus as the webhook ingress would.
 */
let h: Harness;
let bus: LedgerEventBus;
let hub: LiveHub;
let ada: { identity: string; balance: string };
let bob: { identity: string; balance: string };

beforeAll(async () => {
  bus = memoryBus();
  // The hub reads through the harness's transport, made with the gateway it is given to.
  hub = new LiveHub({ bus, client: (blnkKey) => createClient(h.http, { blnkKey }), firstSeen: async () => true });
  h = await startHarness({ auth: JWT_AUTH, live: hub });
  const f = fixtures(h.sandbox);
  const ledger = await f.ledger('subs');
  const adaId = await f.identity('Ada');
  const bobId = await f.identity('Bob');
  ada = { identity: adaId, balance: await f.balance(ledger, 'USD', adaId) };
  bob = { identity: bobId, balance: await f.balance(ledger, 'USD', bobId) };
});

afterAll(async () => {
  hub.close();
  await h.close();
});

const admin = () => signToken({ scope: 'ledger:read ledger:write ledger:admin' });

type Stream = FetchedStream;

/** A subscription over SSE through the gateway's own fetch, its `next` events collected as they come. */
function subscribe(query: string, variables: Record<string, unknown>, token: string): Promise<Stream> {
  return sseThrough((url, init) => Promise.resolve(h.gateway.fetch(url, init)), { query, variables }, { authorization: `Bearer ${token}` });
}

async function fund(balance: string, amount: bigint): Promise<LedgerEvent> {
  const row = (await fixtures(h.sandbox).transfer('@World', balance, amount)) as Record<string, string>;
  return {
    kind: 'transaction',
    event: 'transaction.applied',
    transactionId: row.transaction_id!,
    status: 'APPLIED',
    parentTransactionId: null,
    reference: row.reference!,
    source: row.source!,
    destination: row.destination!,
    queuedParentId: null,
  };
}

const BALANCE =
  'subscription($id: ID!, $current: Boolean) { balanceUpdated(id: $id, current: $current) { id balance version identity { id } } }';

describe('subscriptions over SSE', () => {
  it('balanceUpdated sends the exact balance read from Blnk after a change, beyond 2^53', async () => {
    const s = await subscribe(BALANCE, { id: ada.balance }, await admin());
    expect(s.status).toBe(200);
    // The subscription is registered once its first read is done: wait for the hub to watch it.
    await until(
      'watching',
      async () => hub.watching,
      (n) => n >= 1,
    );
    bus.publish(await fund(ada.balance, 123456000000000000000789n));
    await until(
      'one event',
      async () => s.events.length,
      (n) => n >= 1,
    );
    const expected = await createClient(h.http).getBalance(ada.balance);
    expect(s.events[0]!.data!.balanceUpdated).toEqual({
      id: ada.balance,
      balance: expected.balance.toString(),
      version: expected.version,
      identity: { id: ada.identity },
    });
    expect(expected.balance.toString()).toBe('123456000000000000000789');
    await end(s);
  });

  it('current: true sends the balance as it stands first', async () => {
    const s = await subscribe(BALANCE, { id: ada.balance, current: true }, await admin());
    await until(
      'the current balance',
      async () => s.events.length,
      (n) => n >= 1,
    );
    const now = await createClient(h.http).getBalance(ada.balance);
    expect(s.events[0]!.data!.balanceUpdated.version).toBe(now.version);
    await end(s);
  });

  it("refuses a confined caller another identity's balance exactly as a missing one, and reads nothing for it", async () => {
    const token = await signToken({ scope: 'ledger:read', blnk_identity_id: ada.identity });
    const other = await subscribe(BALANCE, { id: bob.balance }, token);
    const missing = await subscribe(BALANCE, { id: 'bln_00000000-0000-0000-0000-000000000000' }, token);
    await Promise.all([other.done, missing.done]);
    const strip = (s: Stream) =>
      JSON.stringify(s.events).replaceAll(bob.balance, 'ID').replaceAll('bln_00000000-0000-0000-0000-000000000000', 'ID');
    expect(other.events[0]!.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(strip(other)).toBe(strip(missing));
    expect(hub.watching).toBe(0);
  });

  it('a confined caller follows its own balance', async () => {
    const token = await signToken({ scope: 'ledger:read', blnk_identity_id: ada.identity });
    const s = await subscribe(BALANCE, { id: ada.balance }, token);
    await until(
      'watching',
      async () => hub.watching,
      (n) => n >= 1,
    );
    bus.publish(await fund(ada.balance, 5n));
    await until(
      'one event',
      async () => s.events.length,
      (n) => n >= 1,
    );
    expect(s.events[0]!.errors).toBeUndefined();
    expect(s.events[0]!.data!.balanceUpdated.id).toBe(ada.balance);
    await end(s);
  });

  it('needs ledger:read, and a valid credential', async () => {
    const noScope = await subscribe(BALANCE, { id: ada.balance }, await signToken({ scope: 'profile' }));
    await noScope.done;
    expect(JSON.stringify(noScope.events)).toContain('FORBIDDEN');
    const bad = await subscribe(BALANCE, { id: ada.balance }, 'not-a-token');
    expect(bad.status).toBe(401);
    expect(hub.watching).toBe(0);
  });

  it('transactionUpdated follows a transaction by reference before its row exists, then by parent', async () => {
    const reference = `live-${Math.random().toString(36).slice(2)}`;
    const s = await subscribe(
      'subscription($r: String) { transactionUpdated(reference: $r) { id reference status preciseAmount parentTransactionId } }',
      { r: reference },
      await admin(),
    );
    await until(
      'watching',
      async () => hub.watching,
      (n) => n >= 1,
    );
    const row = (await fixtures(h.sandbox).transfer('@World', ada.balance, 250n, { reference })) as Record<string, string>;
    bus.publish({ ...(await asEvent(row)) });
    await until(
      'the row',
      async () => s.events.length,
      (n) => n >= 1,
    );
    expect(s.events[0]!.data!.transactionUpdated).toMatchObject({
      id: row.transaction_id,
      reference,
      status: 'APPLIED',
      preciseAmount: '250',
    });
    // A later row naming it as its parent (as a commit names its hold) is followed too.
    const child = (await fixtures(h.sandbox).transfer('@World', ada.balance, 3n)) as Record<string, string>;
    bus.publish({ ...(await asEvent(child)), parentTransactionId: row.transaction_id! });
    await until(
      'the child',
      async () => s.events.length,
      (n) => n >= 2,
    );
    expect(s.events[1]!.data!.transactionUpdated.id).toBe(child.transaction_id);
    await end(s);
  });

  it('transactionUpdated on a QUEUED transfer sees its outcome (Blnk sends no event for the QUEUED row itself)', async () => {
    const f = fixtures(h.sandbox);
    const queued = (await f.transfer('@World', ada.balance, 40n, { skip_queue: false })) as Record<string, string>;
    expect(queued.status).toBe('QUEUED');
    // Subscribed at once: the QUEUED row may not be written yet, and is waited for.
    const s = await subscribe(
      'subscription($id: ID) { transactionUpdated(id: $id) { id status preciseAmount parentTransactionId } }',
      { id: queued.transaction_id },
      await admin(),
    );
    await until(
      'watching',
      async () => hub.watching,
      (n) => n >= 1,
    );
    const outcome = await until(
      'the queue applied it',
      async () => (await fetch(`${h.sandbox.url}/transactions/reference/${queued.reference}_q`)).json() as Promise<Record<string, string>>,
      (row) => row.status === 'APPLIED',
    );
    bus.publish({ ...(await asEvent(outcome)), parentTransactionId: queued.transaction_id!, queuedParentId: queued.transaction_id! });
    await until(
      'the outcome',
      async () => s.events.length,
      (n) => n >= 1,
    );
    expect(s.events[0]!.data!.transactionUpdated).toEqual({
      id: outcome.transaction_id,
      status: 'APPLIED',
      preciseAmount: '40',
      parentTransactionId: queued.transaction_id,
    });
    await end(s);
  });

  it('transactionUpdated needs exactly one of id and reference', async () => {
    const s = await subscribe('subscription { transactionUpdated { id } }', {}, await admin());
    await s.done;
    expect(JSON.stringify(s.events)).toContain('BAD_USER_INPUT');
  });
});

/** Leaves the stream, and waits until the hub has forgotten it. */
async function end(s: Stream): Promise<void> {
  s.close();
  await s.done;
  await until(
    'unwatched',
    async () => hub.watching,
    (n) => n === 0,
  );
}

async function asEvent(row: Record<string, string>): Promise<Extract<LedgerEvent, { kind: 'transaction' }>> {
  return {
    kind: 'transaction',
    event: 'transaction.applied',
    transactionId: row.transaction_id!,
    status: 'APPLIED',
    parentTransactionId: null,
    reference: row.reference!,
    source: row.source!,
    destination: row.destination!,
    queuedParentId: null,
  };
}
