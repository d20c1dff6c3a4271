import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { KEYS, startLiveGateway, wsSubscribe } from '../helpers/live.js';
import type { LiveGateway } from '../helpers/live.js';
import { sse } from '../helpers/sse.js';
import { until } from '../scenarios/harness.js';

/**
 * Subscriptions as long-lived streams (server/streams.ts, request-life.ts, context.ts renew) over
 * GraphQL over SSE on a real loopback listener, and the places they hold over both transports.
 * Events are driven as Blnk's webhooks would: a transfer written in the sandbox, then its event
 * published on the bus; the hub reads the balance from the sandbox.
 */
const opened: LiveGateway[] = [];
const tcp: Socket[] = [];
afterEach(async () => {
  for (const socket of tcp.splice(0)) socket.destroy();
  await Promise.all(opened.splice(0).map((g) => g.close()));
});

async function gateway(options: Parameters<typeof startLiveGateway>[0] = {}): Promise<LiveGateway> {
  const g = await startLiveGateway(options);
  opened.push(g);
  return g;
}

const ADA = SEED_IDS.balances.adaUsd;
const GRACE = SEED_IDS.balances.graceUsd;
const BALANCE = 'subscription Watch($id: ID!) { balanceUpdated(id: $id) { id version balance } }';
const operator = { 'x-api-key': KEYS.operator };
const active = (g: LiveGateway) => async () => g.metrics.registry.getSingleMetricAsString('graphql_subscriptions_active');

describe('GraphQL over SSE', () => {
  it('authenticates, streams each change of the balance read from Blnk, and logs one line when the stream ends', async () => {
    const g = await gateway();
    const stream = await sse(g.url, { query: BALANCE, variables: { id: ADA } }, operator);
    expect(stream.status).toBe(200);
    // The stream is open once the hub watches the balance: publish until the first event arrives.
    await until(
      'first event',
      async () => {
        if (stream.events.length === 0) await g.transfer(GRACE, ADA, 5);
        return stream.events.length;
      },
      (n) => n >= 1,
    );
    const first = stream.events[0]!.data as { balanceUpdated: { id: string; version: number } };
    expect(first.balanceUpdated.id).toBe(ADA);
    await g.transfer(GRACE, ADA, 7);
    await stream.waitFor(2);
    const second = stream.events[1]!.data as { balanceUpdated: { version: number } };
    expect(second.balanceUpdated.version).toBeGreaterThan(first.balanceUpdated.version);
    expect(g.lines.filter((l) => l.type === 'subscription')).toEqual([]);
    stream.close();
    const [line] = await until(
      'the stream line',
      async () => g.lines.filter((l) => l.msg === 'graphql operation' && l.type === 'subscription'),
      (ls) => ls.length === 1,
    );
    expect(line).toEqual(expect.objectContaining({ operation: 'Watch', transport: 'sse', outcome: 'ok', events: 2, subject: 'operator' }));
    expect(JSON.stringify(g.lines)).not.toContain(KEYS.operator);
  });

  it('refuses a request without credentials, or with a wrong key, with 401 and UNAUTHENTICATED', async () => {
    const g = await gateway();
    for (const headers of [{}, { 'x-api-key': 'not-a-key' }] as Record<string, string>[]) {
      const res = await fetch(g.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query: BALANCE, variables: { id: ADA } }),
      });
      expect(res.status).toBe(401);
      const text = await res.text();
      expect(text).toContain('UNAUTHENTICATED');
      expect(text).not.toContain('not-a-key');
    }
  });

  it("refuses a confined caller's subscription to another identity's balance as a missing one", async () => {
    const g = await gateway();
    const mine = await sse(g.url, { query: BALANCE, variables: { id: ADA } }, { 'x-api-key': KEYS.ada });
    const theirs = await sse(g.url, { query: BALANCE, variables: { id: GRACE } }, { 'x-api-key': KEYS.ada });
    const missing = await sse(
      g.url,
      { query: BALANCE, variables: { id: 'bln_00000000-0000-4000-8000-00000000ffff' } },
      { 'x-api-key': KEYS.ada },
    );
    await theirs.waitFor(1);
    await missing.waitFor(1);
    expect(theirs.events[0]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.events[0]!.errors?.[0]?.message).toBe(missing.events[0]!.errors?.[0]?.message);
    expect(mine.events).toEqual([]);
    mine.close();
  });

  it('outlives REQUEST_TIMEOUT_MS and still delivers, each event resolving with a deadline of its own', async () => {
    const g = await gateway({ limits: { requestTimeoutMs: 150 } });
    // `ledger` is read from Blnk for each event: with the request's deadline it would fail once past it.
    const query = `subscription { balanceUpdated(id: "${ADA}") { version ledger { name metaData } } }`;
    const stream = await sse(g.url, { query }, operator);
    // Three deadlines' worth after the subscription started (bounded polling on a clock, not a
    // sleep asserted on), then the events: each is resolved with a client and loaders of its own.
    const since = Date.now();
    await until(
      'time past the request deadline',
      async () => Date.now() - since,
      (ms) => ms > 450,
    );
    await until(
      'first event',
      async () => {
        if (stream.events.length === 0) await g.transfer(GRACE, ADA);
        return stream.events.length;
      },
      (n) => n >= 1,
    );
    await g.transfer(GRACE, ADA);
    await stream.waitFor(2);
    const ledger = { name: 'Customer Wallets', metaData: { region: 'eu' } };
    expect(stream.events.slice(0, 2)).toEqual([
      { data: { balanceUpdated: { version: expect.any(Number), ledger } } },
      { data: { balanceUpdated: { version: expect.any(Number), ledger } } },
    ]);
    expect(stream.ended()).toBe(false);
    stream.close();
  });
});

describe('an SSE client that never reads', () => {
  it('has its stream ended once its response has held unsent data for STREAM_SLOW_CONSUMER_MS', async () => {
    const g = await gateway({
      streams: { slowConsumerMs: 300 },
      limits: { maxAliases: 1000, maxTokens: 100_000, maxCost: 1_000_000 },
    });
    // A large event (about 50 kB): one field under a thousand aliases.
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: ledgerId`).join(' ');
    const body = JSON.stringify({ query: `subscription { balanceUpdated(id: "${ADA}") { ${fields} } }` });
    const { hostname, port } = new URL(g.url);
    const socket = connect(Number(port), hostname);
    tcp.push(socket);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n` +
        `X-Api-Key: ${KEYS.operator}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    await until(
      'the stream open',
      async () => received,
      (r) => r.includes('text/event-stream'),
    );
    await until('subscribed', active(g), (t) => t.endsWith(' 1'));
    // From now on the client reads nothing: its receive window fills, then the response's buffer.
    socket.pause();
    await until(
      'the stream ended',
      async () => {
        for (let i = 0; i < 25; i += 1) await g.transfer(GRACE, ADA);
        return active(g)();
      },
      (t) => t.endsWith(' 0'),
      20_000,
    );
    const [line] = await until(
      'the stream line',
      async () => g.lines.filter((l) => l.msg === 'graphql operation' && l.type === 'subscription'),
      (ls) => ls.length === 1,
    );
    expect(line).toEqual(expect.objectContaining({ transport: 'sse' }));
  });
});

describe('the upstream budget', () => {
  it('bounds each event, not the stream: more events than MAX_UPSTREAM_CALLS each still read from Blnk', async () => {
    const g = await gateway({ limits: { maxUpstreamCalls: 3 } });
    const query = `subscription { balanceUpdated(id: "${ADA}") { version ledger { name metaData } } }`;
    const stream = await sse(g.url, { query }, operator);
    await until(
      'five events',
      async () => {
        if (stream.events.length < 5) await g.transfer(GRACE, ADA);
        return stream.events.length;
      },
      (n) => n >= 5,
    );
    for (const event of stream.events) expect(event.errors).toBeUndefined();
    stream.close();
    const [line] = await until(
      'the stream line',
      async () => g.lines.filter((l) => l.msg === 'graphql operation' && l.type === 'subscription'),
      (ls) => ls.length === 1,
    );
    // The first read (the balance), then one ledger read per event, each on an event's own budget.
    expect(line!.upstreamCalls).toBeGreaterThanOrEqual(1 + stream.events.length);
  });
});

describe('subscription places', () => {
  it('refuses the principal past MAX_SUBSCRIPTIONS_PER_PRINCIPAL on both transports, and frees a place when one ends', async () => {
    const g = await gateway({ streams: { maxSubscriptionsPerPrincipal: 2 } });
    const a = await sse(g.url, { query: BALANCE, variables: { id: ADA } }, operator);
    const ws = g.wsClient({ 'x-api-key': KEYS.operator });
    const b = wsSubscribe(ws, { query: BALANCE, variables: { id: GRACE } });
    await until(
      'two places taken',
      async () => g.metrics.registry.getSingleMetricAsString('graphql_subscriptions_active'),
      (t) => t.endsWith(' 2'),
    );

    const overSse = await sse(g.url, { query: BALANCE, variables: { id: ADA } }, operator);
    await overSse.waitFor(1);
    expect(overSse.events[0]!.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    const overWs = wsSubscribe(ws, { query: BALANCE, variables: { id: ADA } });
    await until(
      'the WebSocket refusal',
      async () => overWs.events.length + (overWs.error() ? 1 : 0),
      (n) => n >= 1,
    );
    const refusal = overWs.error() ?? overWs.events[0]!.errors;
    expect(refusal?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');

    // Another principal is not counted against this one.
    const other = await sse(g.url, { query: BALANCE, variables: { id: ADA } }, { 'x-api-key': KEYS.ada });

    b.unsubscribe();
    await until(
      'a place given back',
      async () => g.metrics.registry.getSingleMetricAsString('graphql_subscriptions_active'),
      (t) => t.endsWith(' 2'),
    );
    const again = await sse(g.url, { query: BALANCE, variables: { id: ADA } }, operator);
    await until(
      'an event on the new subscription',
      async () => {
        if (again.events.length === 0) await g.transfer(GRACE, ADA);
        return again.events.length;
      },
      (n) => n >= 1,
    );
    expect(again.events[0]!.errors).toBeUndefined();
    a.close();
    other.close();
    again.close();
    await until(
      'every place given back',
      async () => g.metrics.registry.getSingleMetricAsString('graphql_subscriptions_active'),
      (t) => t.endsWith(' 0'),
    );
  });
});
