import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { startTarget } from '../contract/target.js';
import type { Target } from '../contract/target.js';
import { fund, newBalance, post, ref, txn } from '../contract/money.js';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { openDoor, startLiveGateway } from '../helpers/live-gateway.js';
import type { LiveGateway } from '../helpers/live-gateway.js';
import { subscribeSse } from '../helpers/sse-subscriber.js';
import type { SseSubscription } from '../helpers/sse-subscriber.js';
import { subscribeWs } from '../helpers/ws-subscriber.js';
import type { WsSubscription } from '../helpers/ws-subscriber.js';
import { until } from './harness.js';

/**
 * Issue 19, Acceptance 1 and Build 6: the live ledger end to end, on the sandbox (`npm test`) and on
 * real Blnk Core v0.15.2 (`npm run test:blnk`), from one definition. The target runs in secure mode
 * and sends its webhooks to a gateway on a real loopback listener (`/webhooks/blnk`, the secret
 * being the target's key); every transfer is recorded directly on the upstream's REST API, never
 * through the gateway, so what subscribers receive came through the webhook door.
 *
 * Two gateways share one Redis bus (a random channel prefix): the target's webhooks reach the
 * first only, and subscribers on the second receive them too, as two processes would.
 *
 * Amounts beyond 2^53 (123456000000000000000789) arrive in a webhook body as a float
 * (`1.23456e+23`): a subscriber receiving them digit for digit shows the gateway read them from Blnk.
 */

const BIG = 123456000000000000000789n;
/** Real Blnk delivers 0.4–0.7 s after the row is written (6.7 s seen); its queue applies in up to 1.3 s. */
const WITHIN = 20_000;
const MISSING_BALANCE = 'bln_00000000-0000-4000-8000-00000000dead';

let t: Target;
let g: LiveGateway;
let other: LiveGateway;
let admin: Record<string, string>;
let adminToken: string;
/** Every event the first gateway's bus carried, in order (its own publications heard back). */
const published: LedgerEvent[] = [];

beforeAll(async () => {
  // The listener first: real Blnk reads BLNK_WEBHOOK_URL once, at start.
  const door = await openDoor();
  t = await startTarget({ secure: true, webhookUrl: door.webhookUrl });
  const prefix = `blnk-graphql-test:${randomUUID()}:`;
  g = await startLiveGateway({ door, upstream: t.url, apiKey: t.apiKey!, redisPrefix: prefix, auth: JWT_AUTH });
  other = await startLiveGateway({ upstream: t.url, apiKey: t.apiKey!, redisPrefix: prefix, auth: JWT_AUTH });
  g.bus.listen((event) => published.push(event));
  adminToken = await signToken({ scope: 'ledger:admin' });
  admin = bearer(adminToken);
});
afterAll(async () => {
  await other?.close();
  await g?.close();
  await t?.close();
});

const BALANCE_LIVE = `subscription LiveBalance($id: ID!) {
  balanceUpdated(id: $id) { id balance inflightBalance version }
}`;
const TRANSACTION_LIVE = `subscription LiveTransaction($reference: String) {
  transactionUpdated(reference: $reference) { id status reference parentTransactionId preciseAmount }
}`;
const ALERT_LIVE = `subscription LiveAlert($id: ID!) {
  balanceAlert(balanceId: $id) { monitor { id } balance { id balance version } }
}`;
const BULK_LIVE = `subscription LiveBulk($id: ID!) {
  bulkTransactionsUpdated(batchId: $id) { batchId status transactionCount transaction { id status } }
}`;

/** What Blnk holds now, read over REST: the truth the subscribers must match. */
async function restBalance(id: string): Promise<{ balance: bigint; inflight: bigint; version: number }> {
  const res = await t.call('GET', `/balances/${id}`);
  expect(res.status).toBe(200);
  return { balance: res.json.balance, inflight: res.json.inflight_balance, version: Number(res.json.version) };
}

type Received = { data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[];

/** The last balance a subscriber received. */
const lastBalance = (events: Received) =>
  events.at(-1)?.data?.balanceUpdated as { balance: string; inflightBalance: string; version: number } | undefined;

/** Versions a subscriber received only ever increase: never an older balance after a newer one. */
function expectIncreasingVersions(events: Received): void {
  const versions = events.map((e) => e.data?.balanceUpdated?.version as number);
  expect(
    versions.every((v, i) => i === 0 || v > versions[i - 1]!),
    JSON.stringify(versions),
  ).toBe(true);
}

/** Waits until subscribers registered with the hub (the subscription has started on the server). */
async function watching(gateway: LiveGateway, atLeast: number): Promise<void> {
  await until(
    'subscriptions registered with the hub',
    async () => gateway.hub.watching,
    (n) => n >= atLeast,
    WITHIN,
  );
}

/** A subscription over SSE whose answer has started (status 200) and is registered. */
async function sse(gateway: LiveGateway, query: string, variables: Record<string, unknown>, headers = admin): Promise<SseSubscription> {
  const before = gateway.hub.watching;
  const sub = subscribeSse(gateway.graphqlUrl, query, variables, headers);
  await sub.started;
  expect(sub.status).toBe(200);
  await watching(gateway, before + 1);
  return sub;
}

async function ws(gateway: LiveGateway, query: string, variables: Record<string, unknown>, token = adminToken): Promise<WsSubscription> {
  const before = gateway.hub.watching;
  const sub = subscribeWs(gateway.wsUrl, query, variables, { authorization: `Bearer ${token}` });
  await sub.connected;
  await watching(gateway, before + 1);
  return sub;
}

/** A funded payer with room for every transfer below. */
async function payer(): Promise<string> {
  const a = await newBalance(t);
  await fund(t, a, BIG * 100n);
  return a;
}

describe('balanceUpdated over SSE and graphql-ws (Acceptance 1, Build 6)', () => {
  it('each transfer made on the upstream (skipQueue, queued, a hold then its commit, a refund, a bulk) reaches both subscribers as the exact balance read from Blnk, versions only increasing', async () => {
    const a = await payer();
    const b = await newBalance(t);
    const overSse = await sse(g, BALANCE_LIVE, { id: b });
    const overWs = await ws(g, BALANCE_LIVE, { id: b });

    /** Blnk holds `balance` (and `inflight`) for b; both subscribers' last event says so, digit for digit. */
    const reached = async (what: string, balance: bigint, inflight = 0n) => {
      // Blnk holds it (a queued transfer applies a moment after its answer)...
      await until(
        `${what} in Blnk`,
        () => restBalance(b),
        (v) => v.balance === balance && v.inflight === inflight,
        WITHIN,
      );
      // ...and each subscriber was told so.
      for (const [transport, sub] of [
        ['SSE', overSse],
        ['graphql-ws', overWs],
      ] as const) {
        await until(
          `${what} over ${transport}`,
          async () => lastBalance(sub.events),
          (v) => v?.balance === String(balance) && v.inflightBalance === String(inflight),
          WITHIN,
        );
      }
    };

    // skipQueue: applied at once, one transaction.applied.
    const direct = await post(t, { precise_amount: BIG, source: a, destination: b, skip_queue: true });
    expect(direct.status).toBe(201);
    await reached('skipQueue transfer', BIG);

    // Queued: no event for the QUEUED row; its `_q` outcome's transaction.applied moves b.
    const queued = await post(t, { precise_amount: BIG + 1n, source: a, destination: b });
    expect(queued.status).toBe(201);
    await reached('queued transfer applied', 2n * BIG + 1n);

    // A hold (transaction.inflight), then its commit (transaction.applied).
    const hold = await post(t, { precise_amount: BIG + 2n, source: a, destination: b, inflight: true, skip_queue: true });
    expect(hold.json.status).toBe('INFLIGHT');
    await reached('hold', 2n * BIG + 1n, BIG + 2n);
    const commit = await t.call('PUT', `/transactions/inflight/${hold.json.transaction_id}`, {
      body: { status: 'commit', skip_queue: true },
    });
    expect(commit.status).toBe(200);
    await reached('hold committed', 3n * BIG + 3n);

    // A refund of the first transfer: b pays it back.
    const refund = await t.call('POST', `/refund-transaction/${direct.json.transaction_id}`, { body: { skip_queue: true } });
    expect(refund.status).toBe(201);
    await reached('refund', 2n * BIG + 3n);

    // A bulk of two items.
    const bulk = await t.call('POST', '/transactions/bulk', {
      body: {
        atomic: true,
        skip_queue: true,
        transactions: [txn({ precise_amount: 5n, source: a, destination: b }), txn({ precise_amount: 7n, source: a, destination: b })],
      },
    });
    expect(bulk.status).toBe(201);
    await reached('bulk', 2n * BIG + 15n);

    expectIncreasingVersions(overSse.events);
    expectIncreasingVersions(overWs.events);
    expect(overSse.events.every((e) => e.errors === undefined)).toBe(true);
    expect(overWs.events.every((e) => e.errors === undefined)).toBe(true);
    overSse.close();
    await overWs.close();
  });

  it('a webhook delivered to one gateway reaches subscribers on another sharing its Redis bus', async () => {
    const a = await payer();
    const b = await newBalance(t);
    const here = await sse(g, BALANCE_LIVE, { id: b });
    const there = await sse(other, BALANCE_LIVE, { id: b });
    const thereWs = await ws(other, BALANCE_LIVE, { id: b });
    const res = await post(t, { precise_amount: BIG, source: a, destination: b, skip_queue: true });
    expect(res.status).toBe(201);
    for (const sub of [here, there, thereWs]) {
      await until(
        'the balance on both gateways',
        async () => lastBalance(sub.events)?.balance,
        (v) => v === String(BIG),
        WITHIN,
      );
    }
    here.close();
    there.close();
    await thereWs.close();
  });
});

describe('transactionUpdated follows the chain (Build 7)', () => {
  it('a QUEUED transfer, for which Blnk sends no event, is seen becoming APPLIED through its `_q` row', async () => {
    const a = await payer();
    const b = await newBalance(t);
    const reference = ref('live-queued');
    // Followed by reference before any row has it: nothing is missed however fast the queue is.
    const sub = await sse(g, TRANSACTION_LIVE, { reference });
    const queued = await post(t, { precise_amount: BIG, source: a, destination: b, reference });
    expect(queued.status).toBe(201);
    expect(queued.json.status).toBe('QUEUED');
    const rows = await until(
      'the queued outcome',
      async () => sub.events.map((e) => e.data?.transactionUpdated),
      (r) => r.some((row) => row?.status === 'APPLIED'),
      WITHIN,
    );
    const outcome = rows.find((row) => row.status === 'APPLIED');
    expect(outcome).toMatchObject({
      reference: `${reference}_q`,
      parentTransactionId: queued.json.transaction_id,
      preciseAmount: String(BIG),
    });
    expect(rows.some((row) => row.status === 'QUEUED')).toBe(false);
    sub.close();
  });

  it('a hold is seen INFLIGHT, then its commit APPLIED', async () => {
    const a = await payer();
    const b = await newBalance(t);
    const reference = ref('live-hold');
    const sub = await sse(g, TRANSACTION_LIVE, { reference });
    const hold = await post(t, { precise_amount: BIG, source: a, destination: b, reference, inflight: true, skip_queue: true });
    expect(hold.json.status).toBe('INFLIGHT');
    await until(
      'the hold',
      async () => sub.events.map((e) => e.data?.transactionUpdated?.status),
      (s) => s.includes('INFLIGHT'),
      WITHIN,
    );
    const commit = await t.call('PUT', `/transactions/inflight/${hold.json.transaction_id}`, {
      body: { status: 'commit', skip_queue: true },
    });
    expect(commit.status).toBe(200);
    const rows = await until(
      'the commit',
      async () => sub.events.map((e) => e.data?.transactionUpdated),
      (r) => r.some((row) => row?.status === 'APPLIED'),
      WITHIN,
    );
    const statuses = rows.map((row) => row.status);
    expect(statuses.indexOf('INFLIGHT')).toBeLessThan(statuses.indexOf('APPLIED'));
    expect(rows.find((row) => row.status === 'INFLIGHT')).toMatchObject({ id: hold.json.transaction_id, preciseAmount: String(BIG) });
    expect(rows.find((row) => row.status === 'APPLIED')).toMatchObject({
      id: commit.json.transaction_id,
      parentTransactionId: hold.json.transaction_id,
      preciseAmount: String(BIG),
    });
    sub.close();
  });
});

describe('balanceAlert and bulkTransactionsUpdated', () => {
  it('a monitor whose condition holds over two transfers alerts once per balance version', async () => {
    const a = await payer();
    const c = await newBalance(t);
    const monitor = await t.call('POST', '/balance-monitors', {
      body: { balance_id: c, description: 'live alert', condition: { field: 'balance', operator: '>', value: 1, precision: 100 } },
    });
    expect(monitor.status).toBe(201);
    const alerts = await sse(g, ALERT_LIVE, { id: c });
    const balances = await sse(g, BALANCE_LIVE, { id: c });
    const alertsReceived = () => alerts.events.map((e) => e.data?.balanceAlert);

    expect((await post(t, { precise_amount: 500n, source: a, destination: c, skip_queue: true })).status).toBe(201);
    await until(
      'the first alert',
      async () => alertsReceived(),
      (r) => r.length >= 1,
      WITHIN,
    );
    expect((await post(t, { precise_amount: 500n, source: a, destination: c, skip_queue: true })).status).toBe(201);
    await until(
      'the second alert',
      async () => alertsReceived(),
      (r) => r.length >= 2,
      WITHIN,
    );
    await until(
      'the last version',
      async () => lastBalance(balances.events)?.balance,
      (v) => v === '1000',
      WITHIN,
    );

    const received = alertsReceived();
    expect(received.map((r) => r.monitor.id)).toEqual([monitor.json.monitor_id, monitor.json.monitor_id]);
    const versions = received.map((r) => r.balance.version);
    expect(new Set(versions).size, JSON.stringify(versions)).toBe(versions.length);
    expect(received.at(-1).balance.balance).toBe('1000');
    alerts.close();
    balances.close();
  });

  it('a runAsync batch: its items and the batch-wide `applied`', async () => {
    const a = await payer();
    const b = await newBalance(t);
    const res = await t.call('POST', '/transactions/bulk', {
      body: {
        run_async: true,
        atomic: true,
        skip_queue: true,
        transactions: [txn({ precise_amount: BIG, source: a, destination: b }), txn({ precise_amount: 1n, source: a, destination: b })],
      },
    });
    expect(res.status).toBe(202);
    const batchId = res.json.batch_id as string;
    const sub = await sse(g, BULK_LIVE, { id: batchId });
    const news = await until(
      'the batch applied',
      async () => sub.events.map((e) => e.data?.bulkTransactionsUpdated),
      (n) => n.some((x) => x?.status === 'applied'),
      WITHIN,
    );
    expect(news.find((x) => x.status === 'applied')).toEqual({ batchId, status: 'applied', transactionCount: 2, transaction: null });
    expect((await restBalance(b)).balance).toBe(BIG + 1n);
    sub.close();
  });
});

describe('the webhook door', () => {
  /** A delivery body as Blnk sends one: the envelope over a transaction row. */
  const transactionBody = (transactionId: string, source: string, destination: string) =>
    JSON.stringify({
      event: 'transaction.applied',
      data: {
        amount: 1.23456e23,
        currency: 'USD',
        destination,
        inflight: false,
        meta_data: null,
        parent_transaction: '',
        precise_amount: 1.23456e23,
        precision: 100,
        reference: `forged-${transactionId}`,
        source,
        status: 'APPLIED',
        transaction_id: transactionId,
      },
    });
  const sign = (secret: string, timestamp: number, body: string) =>
    createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  const deliver = (body: string, headers: Record<string, string>) =>
    fetch(g.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const signed = (body: string, at = Math.floor(Date.now() / 1000), secret = t.apiKey!) => ({
    'x-blnk-timestamp': String(at),
    'x-blnk-signature': sign(secret, at, body),
  });
  /** A delivery the door accepts, and then the bus carries: the point after which nothing earlier can still arrive. */
  async function sentinel(): Promise<string> {
    const identityId = `idt_${randomUUID()}`;
    const body = JSON.stringify({ event: 'identity.created', data: { identity_id: identityId, first_name: 'Sentinel' } });
    const res = await deliver(body, signed(body));
    expect(res.status).toBe(200);
    await until(
      'the sentinel on the bus',
      async () => published.some((e) => e.kind === 'identity.created' && e.identityId === identityId),
      (v) => v,
      WITHIN,
    );
    return identityId;
  }

  it('a forged, tampered, unsigned or replayed delivery is refused (401, with a code) and publishes nothing; a redelivery publishes once', async () => {
    const a = await newBalance(t);
    const b = await newBalance(t);
    const forgedId = `txn_${randomUUID()}`;
    const body = transactionBody(forgedId, a, b);
    const now = Math.floor(Date.now() / 1000);
    const refusals = [
      ['unsigned', await deliver(body, {})],
      ['signed with another key', await deliver(body, signed(body, now, 'not-the-key'))],
      ['tampered after signing', await deliver(body.replace(a, b), signed(body))],
      ['replayed an hour later', await deliver(body, signed(body, now - 3600))],
      ['dated an hour ahead', await deliver(body, signed(body, now + 3600))],
    ] as const;
    for (const [what, res] of refusals) {
      const text = await res.text();
      expect(res.status, what).toBe(401);
      expect(JSON.parse(text).code, what).toMatch(/^WEBHOOK_[A-Z_]+$/);
      // Nothing of the delivery or the secret comes back.
      expect(text, what).not.toContain(t.apiKey!);
      expect(text, what).not.toContain(forgedId);
    }
    await sentinel();
    expect(published.some((e) => e.kind === 'transaction' && e.transactionId === forgedId)).toBe(false);

    // A genuine delivery sent again (Blnk retries, signing afresh): one event on the bus.
    const once = `txn_${randomUUID()}`;
    const genuine = transactionBody(once, a, b);
    expect((await deliver(genuine, signed(genuine))).status).toBe(200);
    expect((await deliver(genuine, signed(genuine, now + 1))).status).toBe(200);
    await sentinel();
    expect(published.filter((e) => e.kind === 'transaction' && e.transactionId === once)).toHaveLength(1);
  });
});

describe('a confined principal', () => {
  it("cannot subscribe to another identity's balance: refused exactly like a missing one, on both transports", async () => {
    const identity = async (name: string) =>
      (await t.call('POST', '/identities', { body: { first_name: name, identity_type: 'individual' } })).json.identity_id as string;
    const ledger = (await t.call('POST', '/ledgers', { body: { name: ref('live-confined') } })).json.ledger_id as string;
    const [ada, grace] = [await identity('Ada'), await identity('Grace')];
    const balanceOf = async (identity_id: string) =>
      (await t.call('POST', '/balances', { body: { ledger_id: ledger, currency: 'USD', identity_id } })).json.balance_id as string;
    const [mine, theirs] = [await balanceOf(ada), await balanceOf(grace)];
    const adaToken = await signToken({ scope: 'ledger:read', blnk_identity_id: ada });

    const refusal = async (id: string) => {
      const overSse = subscribeSse(g.graphqlUrl, BALANCE_LIVE, { id }, bearer(adaToken));
      const overWs = subscribeWs(g.wsUrl, BALANCE_LIVE, { id }, { authorization: `Bearer ${adaToken}` });
      await until(
        'the SSE refusal',
        async () => overSse.ended && overSse.events.length > 0,
        (v) => v,
        WITHIN,
      );
      await until(
        'the graphql-ws refusal',
        async () => overWs.ended,
        (v) => v,
        WITHIN,
      );
      await overWs.close();
      // graphql-ws answers a subscription refused at its start as one `next` carrying the errors, then `complete`.
      const wsErrors =
        overWs.events[0]?.errors ?? (overWs.error as { message: string; extensions?: Record<string, unknown> }[] | null) ?? undefined;
      // The id is the only difference between the two refusals' words.
      const words = (errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined) =>
        JSON.stringify(errors?.map((e) => ({ message: e.message.replaceAll(id, '<id>'), code: e.extensions?.code })));
      return {
        sse: words(overSse.events[0]?.errors),
        ws: words(wsErrors),
        data: [overSse.events[0]?.data ?? null, overWs.events[0]?.data ?? null],
      };
    };
    const theirsRefused = await refusal(theirs);
    const missingRefused = await refusal(MISSING_BALANCE);
    expect(theirsRefused).toEqual(missingRefused);
    expect(theirsRefused.sse).toContain('NOT_FOUND');
    expect(theirsRefused.ws).toContain('NOT_FOUND');

    // Her own balance she follows.
    const a = await payer();
    const own = await sse(g, BALANCE_LIVE, { id: mine }, bearer(adaToken));
    expect((await post(t, { precise_amount: BIG, source: a, destination: mine, skip_queue: true })).status).toBe(201);
    await until(
      'her own balance',
      async () => lastBalance(own.events)?.balance,
      (v) => v === String(BIG),
      WITHIN,
    );
    own.close();
  });
});
