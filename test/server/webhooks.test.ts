import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { memoryBus } from '../../src/live/bus.js';
import type { LedgerEventBus } from '../../src/live/bus.js';
import { memoryDedupe } from '../../src/live/dedupe.js';
import type { DedupeStore } from '../../src/live/dedupe.js';
import type { WebhookIngressOptions } from '../../src/server/webhooks/route.js';
import { signWebhook } from '../../src/server/webhooks/signature.js';
import { Metrics } from '../../src/telemetry/metrics.js';
import { gatewayOver } from '../helpers/gateway.js';
import { RECORDED_EVENTS, deliver, nowSeconds, recorded } from '../helpers/webhooks.js';

// server/webhooks/: POST /webhooks/blnk, verified as Blnk v0.15.2 signs, read, de-duplicated, published.
const SECRET = 'blnk-server-secret-key-for-webhook-tests';
const applied = recorded('transaction.applied').body;
const TXN = 'txn_f9316ef7-bbd4-4afa-a7a8-50b1b97debcb';

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** A gateway with the ingress, and what it published, counted and logged. */
function ingress(options: Partial<WebhookIngressOptions> = {}) {
  const bus = memoryBus();
  const events: LedgerEvent[] = [];
  bus.listen((event) => events.push(event));
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const metrics = new Metrics();
  // Nothing here calls Blnk: the ingress only verifies and publishes.
  const { gateway, dispatcher, http } = gatewayOver('http://127.0.0.1:9', {
    metrics,
    logger: pino({ level: 'trace' }, sink),
    webhooks: {
      secret: SECRET,
      allowUnsigned: false,
      replayWindowSeconds: 300,
      maxBodyBytes: 8_000,
      bus,
      dedupe: memoryDedupe(),
      ...options,
    },
  });
  open.push(async () => {
    http.shutdown();
    await dispatcher.close();
  });
  const counted = async () => (await metrics.registry.getSingleMetricAsString('blnk_webhook_deliveries_total')).split('\n');
  return { gateway, events, lines, counted };
}

describe('POST /webhooks/blnk: accepted deliveries', () => {
  it('accepts a delivery signed with the secret and publishes exactly one LedgerEvent', async () => {
    const { gateway, events } = ingress();
    const res = await deliver(gateway, applied, { secret: SECRET });
    expect(res).toMatchObject({ status: 200, code: 'WEBHOOK_ACCEPTED' });
    expect(events).toEqual([
      {
        kind: 'transaction',
        event: 'transaction.applied',
        transactionId: TXN,
        status: 'APPLIED',
        parentTransactionId: 'txn_1220b98c-6273-400f-851a-17b1d6cea817',
        reference: 'gql_e5b89715-524e-44b4-9420-2a4c02b1518f_q',
        source: 'bln_2c115bda-6c3b-43a0-81ee-2937c2c167c0',
        destination: 'bln_c90c73a1-99e1-44b2-bb46-6a12ff1d0b3b',
        queuedParentId: 'txn_1220b98c-6273-400f-851a-17b1d6cea817',
      },
    ]);
  });

  it("accepts every recorded event type (Blnk's exact bytes, signed afresh) and publishes all but system.error", async () => {
    const { gateway, events } = ingress();
    for (const name of RECORDED_EVENTS) {
      const res = await deliver(gateway, recorded(name).body, { secret: SECRET });
      expect([name, res.status, res.code]).toEqual([name, 200, name === 'system.error' ? 'WEBHOOK_IGNORED' : 'WEBHOOK_ACCEPTED']);
    }
    expect(events.map((e) => e.kind).sort()).toEqual(
      [
        'balance.created',
        'bulk.applied',
        'identity.created',
        'ledger.created',
        'monitor',
        'transaction',
        'transaction',
        'transaction',
        'transaction',
      ].sort(),
    );
  });

  it('accepts a timestamp just inside the window, either side', async () => {
    const { gateway, events } = ingress();
    expect((await deliver(gateway, applied, { secret: SECRET, timestamp: nowSeconds() - 290 })).status).toBe(200);
    const voided = recorded('transaction.void').body;
    expect((await deliver(gateway, voided, { secret: SECRET, timestamp: nowSeconds() + 290 })).status).toBe(200);
    expect(events).toHaveLength(2);
  });
});

describe('POST /webhooks/blnk: refusals change nothing', () => {
  it.each([
    ['a forged signature (another secret)', { secret: 'not-the-secret-of-this-gateway' }, 'WEBHOOK_SIGNATURE_INVALID'],
    ['a signature that is not 64 hex digits', { headers: { 'x-blnk-signature': 'zz' } }, 'WEBHOOK_SIGNATURE_INVALID'],
    ['no signature headers', { secret: null }, 'WEBHOOK_UNSIGNED'],
    ['a timestamp without a signature', { secret: null, headers: { 'x-blnk-timestamp': String(nowSeconds()) } }, 'WEBHOOK_UNSIGNED'],
    ['a signature without a timestamp', { secret: null, headers: { 'x-blnk-signature': 'a'.repeat(64) } }, 'WEBHOOK_UNSIGNED'],
    ['a stale timestamp (older than the window)', { skewSeconds: -301 }, 'WEBHOOK_TIMESTAMP_OUT_OF_WINDOW'],
    ['a timestamp ahead of the window', { skewSeconds: 301 }, 'WEBHOOK_TIMESTAMP_OUT_OF_WINDOW'],
  ] as const)('%s → 401 with its code, nothing published', async (_what, how, code) => {
    const { gateway, events, counted } = ingress();
    const res = await deliver(gateway, applied, { secret: SECRET, ...how });
    expect(res).toMatchObject({ status: 401, code });
    expect(events).toEqual([]);
    expect((await counted()).some((l) => /event="unread",outcome="refused_\w+"} 1$/.test(l))).toBe(true);
  });

  it('a tampered body (signature of another body) → 401, nothing published', async () => {
    const { gateway, events } = ingress();
    const timestamp = String(nowSeconds());
    const tampered = applied.replace('"status":"APPLIED"', '"status":"VOID"');
    const res = await deliver(gateway, tampered, {
      secret: null,
      headers: { 'x-blnk-timestamp': timestamp, 'x-blnk-signature': signWebhook(SECRET, timestamp, applied) },
    });
    expect(res).toMatchObject({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
    // A timestamp changed after signing is a tampered delivery too: the signature covers it.
    const moved = await deliver(gateway, applied, {
      secret: null,
      headers: { 'x-blnk-timestamp': String(Number(timestamp) - 1), 'x-blnk-signature': signWebhook(SECRET, timestamp, applied) },
    });
    expect(moved).toMatchObject({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(events).toEqual([]);
  });

  it('without a secret: unsigned deliveries are refused unless allowed, signed ones cannot be verified', async () => {
    const closed = ingress({ secret: null });
    expect(await deliver(closed.gateway, applied, { secret: null })).toMatchObject({ status: 401, code: 'WEBHOOK_UNSIGNED' });
    expect(await deliver(closed.gateway, applied, { secret: SECRET })).toMatchObject({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(closed.events).toEqual([]);
    const development = ingress({ secret: null, allowUnsigned: true });
    expect(await deliver(development.gateway, applied, { secret: null })).toMatchObject({ status: 200, code: 'WEBHOOK_ACCEPTED' });
    expect(development.events).toHaveLength(1);
  });

  it('with a secret, WEBHOOK_ALLOW_UNSIGNED does not let an unsigned delivery through', async () => {
    const { gateway, events } = ingress({ allowUnsigned: true });
    expect(await deliver(gateway, applied, { secret: null })).toMatchObject({ status: 401, code: 'WEBHOOK_UNSIGNED' });
    expect(events).toEqual([]);
  });

  it('a body over the cap → 413, declared or streamed without a length', async () => {
    const { gateway, events } = ingress({ maxBodyBytes: 1_000 });
    const big = applied.replace('"description":"S1.fund"', `"description":"${'x'.repeat(2_000)}"`);
    expect(await deliver(gateway, big, { secret: SECRET, headers: { 'content-length': String(big.length) } })).toMatchObject({
      status: 413,
      code: 'WEBHOOK_TOO_LARGE',
    });
    const timestamp = String(nowSeconds());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new TextEncoder().encode(big.slice(i * 600, (i + 1) * 600)));
        controller.close();
      },
    });
    const res = await gateway.fetch('http://gateway.test/webhooks/blnk', {
      method: 'POST',
      headers: { 'x-blnk-timestamp': timestamp, 'x-blnk-signature': signWebhook(SECRET, timestamp, big) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'WEBHOOK_TOO_LARGE' });
    expect(events).toEqual([]);
  });

  it('a signed body that is not JSON, not UTF-8 or not an envelope → 400 WEBHOOK_MALFORMED', async () => {
    const { gateway, events } = ingress();
    for (const body of ['{"event":', '[]', '{"event":"transaction.applied","data":{"status":"APPLIED"}}']) {
      expect(await deliver(gateway, body, { secret: SECRET })).toMatchObject({ status: 400, code: 'WEBHOOK_MALFORMED' });
    }
    const timestamp = String(nowSeconds());
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const res = await gateway.fetch('http://gateway.test/webhooks/blnk', {
      method: 'POST',
      headers: { 'x-blnk-timestamp': timestamp, 'x-blnk-signature': signWebhook(SECRET, timestamp, bytes) },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'WEBHOOK_MALFORMED' });
    expect(events).toEqual([]);
  });

  it('other methods → 405 with Allow: POST', async () => {
    const { gateway } = ingress();
    const res = await gateway.fetch('http://gateway.test/webhooks/blnk');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await res.json()).toMatchObject({ code: 'WEBHOOK_METHOD_NOT_ALLOWED' });
  });

  it('is not served without the ingress (SUBSCRIPTIONS=false)', async () => {
    const { gateway, dispatcher, http } = gatewayOver('http://127.0.0.1:9');
    open.push(async () => {
      http.shutdown();
      await dispatcher.close();
    });
    const res = await deliver(gateway, applied, { secret: SECRET });
    expect(res.status).toBe(404);
  });
});

describe('POST /webhooks/blnk: redeliveries', () => {
  it('a redelivery (same event, signed afresh) → 200 WEBHOOK_DUPLICATE, published once', async () => {
    const { gateway, events, counted } = ingress();
    expect((await deliver(gateway, applied, { secret: SECRET, timestamp: nowSeconds() - 60 })).code).toBe('WEBHOOK_ACCEPTED');
    expect(await deliver(gateway, applied, { secret: SECRET })).toMatchObject({ status: 200, code: 'WEBHOOK_DUPLICATE' });
    expect(events).toHaveLength(1);
    expect(await counted()).toEqual(
      expect.arrayContaining([
        'blnk_webhook_deliveries_total{event="transaction.applied",outcome="accepted"} 1',
        'blnk_webhook_deliveries_total{event="transaction.applied",outcome="duplicate"} 1',
      ]),
    );
  });

  it('another status event of the same transaction is a change, not a redelivery', async () => {
    const { gateway, events } = ingress();
    const voided = applied
      .replace('"event":"transaction.applied"', '"event":"transaction.void"')
      .replace('"status":"APPLIED"', '"status":"VOID"');
    expect((await deliver(gateway, applied, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    expect((await deliver(gateway, voided, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    expect(events.map((e) => (e.kind === 'transaction' ? `${e.event}:${e.transactionId}` : e.kind))).toEqual([
      `transaction.applied:${TXN}`,
      `transaction.void:${TXN}`,
    ]);
  });

  it('two balance.monitor deliveries with identical bodies are both published (two alerts, decided by the hub)', async () => {
    const { gateway, events } = ingress();
    const monitor = recorded('balance.monitor').body;
    expect((await deliver(gateway, monitor, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    expect((await deliver(gateway, monitor, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual(events[1]);
  });

  it('system.error and unknown events → 200, dropped, counted, never published', async () => {
    const { gateway, events, counted } = ingress();
    expect(await deliver(gateway, recorded('system.error').body, { secret: SECRET })).toMatchObject({
      status: 200,
      code: 'WEBHOOK_IGNORED',
    });
    expect(await deliver(gateway, '{"event":"balance.updated","data":{}}', { secret: SECRET })).toMatchObject({
      status: 200,
      code: 'WEBHOOK_IGNORED',
    });
    expect(events).toEqual([]);
    expect(await counted()).toEqual(
      expect.arrayContaining([
        'blnk_webhook_deliveries_total{event="system.error",outcome="ignored"} 1',
        'blnk_webhook_deliveries_total{event="other",outcome="ignored"} 1',
      ]),
    );
  });

  it('when the redelivery check cannot answer (Redis away) → 503 so Blnk retries; nothing published until it can', async () => {
    let away = true;
    const store = memoryDedupe();
    const flaky: DedupeStore = {
      firstSeen: (key) => (away ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) : store.firstSeen(key)),
      forget: (key) => store.forget(key),
      close: () => store.close(),
    };
    const { gateway, events } = ingress({ dedupe: flaky });
    expect(await deliver(gateway, applied, { secret: SECRET })).toMatchObject({ status: 503, code: 'WEBHOOK_UNAVAILABLE' });
    expect(events).toEqual([]);
    away = false;
    expect(await deliver(gateway, applied, { secret: SECRET })).toMatchObject({ status: 200, code: 'WEBHOOK_ACCEPTED' });
    expect(events).toHaveLength(1);
  });
});

describe('POST /webhooks/blnk: a bus that cannot take the event', () => {
  it('when Redis refuses the publication → 503, un-marked, so that Blnk’s retry is taken (not answered as a duplicate)', async () => {
    let down = true;
    const real = memoryBus();
    const heard: LedgerEvent[] = [];
    real.listen((event) => heard.push(event));
    // The bus is the dependency here (Redis refusing PUBLISH): the route is what is under test.
    const refusing: LedgerEventBus = {
      publish: (event) => (down ? Promise.reject(new Error('Connection is closed.')) : real.publish(event)),
      listen: (listener) => real.listen(listener),
      close: () => real.close(),
    };
    const { gateway } = ingress({ bus: refusing });
    expect(await deliver(gateway, applied, { secret: SECRET })).toMatchObject({ status: 503, code: 'WEBHOOK_UNAVAILABLE' });
    expect(heard).toEqual([]);
    down = false;
    // Blnk's retry of the same delivery: accepted and passed on now, once.
    expect(await deliver(gateway, applied, { secret: SECRET })).toMatchObject({ status: 200, code: 'WEBHOOK_ACCEPTED' });
    expect(await deliver(gateway, applied, { secret: SECRET })).toMatchObject({ status: 200, code: 'WEBHOOK_DUPLICATE' });
    expect(heard).toHaveLength(1);
  });
});

describe('POST /webhooks/blnk: what it says', () => {
  it('no log line and no answer holds the body, the signature, the timestamp or the secret', async () => {
    const { gateway, lines } = ingress();
    const timestamp = nowSeconds() - 1;
    const answers: string[] = [];
    const say = async (body: string, how: Parameters<typeof deliver>[2]) => answers.push((await deliver(gateway, body, how)).text);
    await say(applied, { secret: SECRET, timestamp });
    await say(applied, { secret: SECRET, timestamp });
    await say(applied, { secret: 'forged-secret-of-an-attacker', timestamp });
    await say(applied, { secret: SECRET, timestamp: timestamp - 3_600 });
    await say(applied, { secret: null });
    await say('{"event":"transaction.applied","data":{"status":"APPLIED"}}', { secret: SECRET, timestamp });
    await say(recorded('system.error').body, { secret: SECRET, timestamp });
    const signature = signWebhook(SECRET, String(timestamp), applied);
    const forged = signWebhook('forged-secret-of-an-attacker', String(timestamp), applied);
    const said = [...lines, ...answers].join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const secretish of [
      SECRET,
      signature,
      forged,
      String(timestamp),
      String(timestamp - 3_600),
      TXN,
      'dup-sq',
      '"status":"APPLIED"',
    ]) {
      expect(said).not.toContain(secretish);
    }
    // Refusals are not errors of the gateway's: info at most.
    expect(lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
  });
});
