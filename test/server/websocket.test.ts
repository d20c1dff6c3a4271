import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { closeCodeOf, KEYS, startLiveGateway, wsSubscribe } from '../helpers/live.js';
import type { LiveGateway } from '../helpers/live.js';
import { JWT_AUTH, signToken } from '../helpers/jwt.js';
import { until } from '../scenarios/harness.js';

/**
 * GraphQL over WebSocket (server/websocket.ts) on a real loopback listener, with graphql-ws's own
 * client on `ws`: authentication in connection_init, the HTTP pipeline's rules that yoga's
 * envelop does not run (persisted operations, introspection), the connection bounds and a client
 * that never reads. Events are driven as Blnk's webhooks would be (test/helpers/live.ts).
 */
const opened: LiveGateway[] = [];
const raw: WebSocket[] = [];
const tcp: Socket[] = [];
afterEach(async () => {
  for (const socket of raw.splice(0)) socket.terminate();
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
const BALANCE = 'subscription Watch($id: ID!) { balanceUpdated(id: $id) { id version } }';
const codeOf = (s: ReturnType<typeof wsSubscribe>) => (s.error() ?? s.events[0]?.errors)?.[0]?.extensions?.code;
const answered = (s: ReturnType<typeof wsSubscribe>) => async () => s.events.length + (s.error() ? 1 : 0);
const active = (g: LiveGateway) => async () => g.metrics.registry.getSingleMetricAsString('graphql_subscriptions_active');

/** Transfers until the subscription has `n` events (the first waits for the hub's watch). */
async function eventsOn(g: LiveGateway, s: ReturnType<typeof wsSubscribe>, n: number): Promise<void> {
  await until(
    `${n} WebSocket events`,
    async () => {
      if (s.events.length < n) await g.transfer(GRACE, ADA);
      return s.events.length;
    },
    (count) => count >= n,
  );
}

describe('a WebSocket subscriber', () => {
  it('authenticates in connection_init, receives each change, and is logged once when it ends, without its key', async () => {
    const g = await gateway();
    for (const params of [{ 'x-api-key': KEYS.operator }, { Authorization: `Bearer ${KEYS.operator}` }]) {
      const client = g.wsClient(params);
      const s = wsSubscribe(client, { query: BALANCE, variables: { id: ADA } });
      await eventsOn(g, s, 2);
      const [first, second] = s.events as { data: { balanceUpdated: { id: string; version: number } } }[];
      expect(first!.data.balanceUpdated.id).toBe(ADA);
      expect(second!.data.balanceUpdated.version).toBeGreaterThan(first!.data.balanceUpdated.version);
      s.unsubscribe();
    }
    const ended = await until(
      'the stream lines',
      async () => g.lines.filter((l) => l.msg === 'graphql operation' && l.transport === 'ws'),
      (ls) => ls.length === 2,
    );
    for (const line of ended) {
      expect(line).toEqual(expect.objectContaining({ operation: 'Watch', type: 'subscription', outcome: 'ok', subject: 'operator' }));
      expect(line.events).toBeGreaterThanOrEqual(2);
    }
    expect(JSON.stringify(g.lines)).not.toContain(KEYS.operator);
  });

  it('outlives REQUEST_TIMEOUT_MS: events after it still read from Blnk, each with a deadline of its own', async () => {
    const g = await gateway({ limits: { requestTimeoutMs: 150 } });
    const client = g.wsClient({ 'x-api-key': KEYS.operator });
    const s = wsSubscribe(client, { query: `subscription { balanceUpdated(id: "${ADA}") { version ledger { name metaData } } }` });
    await until('subscribed', active(g), (t) => t.endsWith(' 1'));
    const since = Date.now();
    await until(
      'time past the request deadline',
      async () => Date.now() - since,
      (ms) => ms > 450,
    );
    await eventsOn(g, s, 2);
    const ledger = { name: 'Customer Wallets', metaData: { region: 'eu' } };
    expect(s.events.slice(0, 2)).toEqual([
      { data: { balanceUpdated: { version: expect.any(Number), ledger } } },
      { data: { balanceUpdated: { version: expect.any(Number), ledger } } },
    ]);
    expect(s.completed()).toBe(false);
  });

  it('is closed 4401 without credentials and 4403 with a wrong key', async () => {
    const g = await gateway();
    const missing = g.wsClient(undefined);
    const missingCode = closeCodeOf(missing);
    const wrong = g.wsClient({ 'x-api-key': 'not-a-key' });
    const wrongCode = closeCodeOf(wrong);
    await until(
      'both closed',
      async () => [missingCode(), wrongCode()],
      (codes) => codes.every((c) => c !== null),
    );
    expect([missingCode(), wrongCode()]).toEqual([4401, 4403]);
    expect(JSON.stringify(g.lines)).not.toContain('not-a-key');
  });

  it('is authenticated again at each subscribe: a token that expired since connection_init is refused', async () => {
    const g = await gateway({ auth: JWT_AUTH });
    const token = await signToken({ scope: 'ledger:read' }, { exp: '1s' });
    const client = g.wsClient({ authorization: `Bearer ${token}` });
    const before = wsSubscribe(client, { query: BALANCE, variables: { id: ADA } });
    await eventsOn(g, before, 1);
    // jose compares whole seconds: poll until a subscribe is refused (bounded), never sleep.
    const after = await until(
      'a subscribe after the expiry',
      async () => {
        const s = wsSubscribe(client, { query: BALANCE, variables: { id: ADA } });
        await until(
          'answered or open',
          async () => (await answered(s)()) + Number(await active(g)().then((t) => !t.endsWith(' 1'))),
          (n) => n >= 1,
        );
        if (!s.error()) s.unsubscribe();
        return s;
      },
      (s) => s.error() !== null,
      5_000,
    );
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(after.error())).not.toContain(token);
  });

  it("refuses a confined caller's subscription to another identity's balance exactly as a missing one", async () => {
    const g = await gateway();
    const client = g.wsClient({ 'x-api-key': KEYS.ada });
    const theirs = wsSubscribe(client, { query: BALANCE, variables: { id: GRACE } });
    const missing = wsSubscribe(client, { query: BALANCE, variables: { id: 'bln_00000000-0000-4000-8000-00000000ffff' } });
    await until(
      'both answered',
      async () => (await answered(theirs)()) + (await answered(missing)()),
      (n) => n >= 2,
    );
    const errorOf = (s: ReturnType<typeof wsSubscribe>) => (s.error() ?? s.events[0]?.errors)?.[0];
    expect(errorOf(theirs)?.extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(theirs)).toEqual(errorOf(missing));
    const mine = wsSubscribe(client, { query: BALANCE, variables: { id: ADA } });
    await eventsOn(g, mine, 1);
    expect(mine.events[0]!.errors).toBeUndefined();
  });

  it('answers only subscriptions, and applies the document limits and the introspection switch', async () => {
    const g = await gateway({ limits: { maxDepth: 3, introspection: false } });
    const client = g.wsClient({ 'x-api-key': KEYS.operator });
    const query = wsSubscribe(client, { query: '{ __typename }' });
    const deep = wsSubscribe(client, { query: `subscription { balanceUpdated(id: "${ADA}") { ledger { balances { nodes { id } } } } }` });
    const introspection = wsSubscribe(client, { query: 'subscription { balanceUpdated(id: "x") { __type(name: "Balance") { name } } }' });
    const broken = wsSubscribe(client, { query: 'subscription {' });
    for (const s of [query, deep, introspection, broken]) await until('answered', answered(s), (n) => n >= 1);
    expect(codeOf(query)).toBe('BAD_REQUEST');
    expect(codeOf(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(broken)).toBe('GRAPHQL_PARSE_FAILED');
    expect(await active(g)()).toMatch(/ 0$/);
  });

  it('with PERSISTED_OPERATIONS=enforce refuses a raw document as HTTP does, and runs a known hash', async () => {
    const hash = createHash('sha256').update(BALANCE).digest('hex');
    const g = await gateway({ persistedOperations: { mode: 'enforce', manifest: { [`sha256:${hash}`]: BALANCE } } });
    const client = g.wsClient({ 'x-api-key': KEYS.operator });
    const rawDoc = wsSubscribe(client, { query: BALANCE, variables: { id: ADA } });
    const unknown = wsSubscribe(client, {
      query: '',
      variables: { id: ADA },
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    await until(
      'refused',
      async () => (await answered(rawDoc)()) + (await answered(unknown)()),
      (n) => n >= 2,
    );
    expect(codeOf(rawDoc)).toBe('PERSISTED_QUERY_ONLY');
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const known = wsSubscribe(client, {
      query: '',
      variables: { id: ADA },
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    await eventsOn(g, known, 1);
    expect(known.events[0]!.errors).toBeUndefined();
  });
});

describe('WebSocket bounds', () => {
  it("closes a principal's connection past MAX_WS_CONNECTIONS_PER_PRINCIPAL with 4429, and refuses the upgrade past MAX_WS_CONNECTIONS", async () => {
    const g = await gateway({ streams: { maxWsConnectionsPerPrincipal: 1, maxWsConnections: 2 } });
    const first = g.wsClient({ 'x-api-key': KEYS.operator });
    const s = wsSubscribe(first, { query: BALANCE, variables: { id: ADA } });
    await until('subscribed', active(g), (t) => t.endsWith(' 1'));
    const second = g.wsClient({ 'x-api-key': KEYS.operator });
    const secondCode = closeCodeOf(second);
    await until(
      'the second closed',
      async () => secondCode(),
      (c) => c !== null,
    );
    expect(secondCode()).toBe(TOO_MANY);
    // Another caller still has a place; then the process is full.
    const ada = g.wsClient({ 'x-api-key': KEYS.ada });
    wsSubscribe(ada, { query: BALANCE, variables: { id: ADA } });
    await until(
      'two connections',
      async () => g.sockets.connections,
      (n) => n === 2,
    );
    const refused = new WebSocket(g.wsUrl, 'graphql-transport-ws');
    raw.push(refused);
    const answer = await new Promise<{ status: number; body: string }>((resolve) => {
      refused.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
    });
    refused.on('error', () => undefined);
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body)).toEqual(expect.objectContaining({ code: 'TOO_MANY_CONNECTIONS' }));
    s.unsubscribe();
  });

  it('closes a socket whose message is larger than WS_MAX_PAYLOAD_BYTES (1009), quietly', async () => {
    const g = await gateway({ streams: { wsMaxPayloadBytes: 1_000 } });
    const socket = new WebSocket(g.wsUrl, 'graphql-transport-ws');
    raw.push(socket);
    let code: number | null = null;
    socket.on('close', (c) => {
      code = c;
    });
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('open', () => resolve()));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { 'x-api-key': KEYS.operator, padding: 'x'.repeat(2_000) } }));
    await until(
      'closed',
      async () => code,
      (c) => c !== null,
    );
    expect(code).toBe(1009);
    await until(
      'forgotten',
      async () => g.sockets.connections,
      (n) => n === 0,
    );
  });

  it('closes a socket that sends no connection_init within WS_CONNECTION_INIT_TIMEOUT_MS (4408)', async () => {
    const g = await gateway({ streams: { connectionInitTimeoutMs: 200 } });
    const socket = new WebSocket(g.wsUrl, 'graphql-transport-ws');
    raw.push(socket);
    let code: number | null = null;
    socket.on('close', (c) => {
      code = c;
    });
    await until(
      'closed',
      async () => code,
      (c) => c !== null,
    );
    expect(code).toBe(4408);
    await until(
      'forgotten',
      async () => g.sockets.connections,
      (n) => n === 0,
    );
  });

  it('disconnects a client that never reads once its socket has held unsent data for STREAM_SLOW_CONSUMER_MS', async () => {
    const g = await gateway({
      streams: { slowConsumerBytes: 64_000, slowConsumerMs: 300, keepAliveMs: 600_000 },
      limits: { maxAliases: 1000, maxTokens: 100_000, maxCost: 1_000_000 },
    });
    // A large event (about 50 kB): one field under a thousand aliases.
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: ledgerId`).join(' ');
    const client = await stalledClient(g.wsUrl, [
      { type: 'connection_init', payload: { 'x-api-key': KEYS.operator } },
      { id: '1', type: 'subscribe', payload: { query: `subscription { balanceUpdated(id: "${ADA}") { ${fields} } }` } },
    ]);
    await until('subscribed', active(g), (t) => t.endsWith(' 1'));
    // From now on the client reads nothing: its receive window fills, then the server's buffer.
    client.pause();
    await until(
      'the server dropped the connection',
      async () => {
        for (let i = 0; i < 25 && g.sockets.connections > 0; i += 1) await g.transfer(GRACE, ADA);
        return g.sockets.connections;
      },
      (n) => n === 0,
      20_000,
    );
    await until('the subscription ended', active(g), (t) => t.endsWith(' 0'));
  });
});

const TOO_MANY = 4429;

/**
 * A WebSocket client on a bare TCP socket, so that it can stop reading for good (`ws`'s own
 * client resumes its socket by itself): the handshake, the given messages as masked text frames,
 * the server's answers until connection_ack; then `pause()` stops reading.
 */
async function stalledClient(url: string, messages: unknown[]): Promise<Socket> {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  tcp.push(socket);
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1');
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
  );
  await until(
    'the handshake',
    async () => received,
    (r) => r.includes('\r\n\r\n'),
  );
  for (const message of messages) socket.write(maskedFrame(JSON.stringify(message)));
  await until(
    'connection_ack',
    async () => received,
    (r) => r.includes('connection_ack'),
  );
  return socket;
}

function maskedFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = randomBytes(4);
  const length =
    payload.length < 126
      ? Buffer.from([0x80 | payload.length])
      : payload.length < 65_536
        ? Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff])
        : (() => {
            const b = Buffer.alloc(9);
            b[0] = 0x80 | 127;
            b.writeBigUInt64BE(BigInt(payload.length), 1);
            return b;
          })();
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([0x81]), length, mask, masked]);
}
