import { connect } from 'node:net';
import type { Socket } from 'node:net';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createHttpServer } from '../../src/server/http-server.js';
import type { HttpServerBounds } from '../../src/server/http-server.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { until } from '../scenarios/harness.js';

/**
 * Slow and numerous clients on a real loopback listener (issue 17, item 7). Node's defaults let
 * a client trickle a body for 300 s and open connections without end; the gateway's server cuts
 * a request that has not fully arrived within HTTP_RECEIVE_TIMEOUT_MS (408, connection closed)
 * and holds at most HTTP_MAX_CONNECTIONS. The bounds are short here; no time is asserted, the
 * cut is awaited by bounded polling.
 */
const opened: { close(): Promise<void> }[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

async function listening(bounds: HttpServerBounds): Promise<{ h: Harness; port: number }> {
  const h = await startHarness({ sandbox: { seed: true } });
  const server: Server = createHttpServer(h.gateway, bounds);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  opened.push({
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await h.close();
    },
  });
  return { h, port: (server.address() as AddressInfo).port };
}

/** A raw client: what it received, and whether the server closed it. */
function client(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  const state = { received: '', closed: false };
  socket.on('data', (chunk) => (state.received += chunk.toString()));
  socket.on('close', () => (state.closed = true));
  socket.on('error', () => undefined);
  return { socket, state };
}

describe('a slow request body', () => {
  it('is cut with 408 and a closed connection once the receive timeout passes, however it trickles', async () => {
    const { port } = await listening({ headersTimeoutMs: 200, receiveTimeoutMs: 400, maxConnections: 100 });
    const body = JSON.stringify({ query: '{ __typename }' });
    const { socket, state } = client(port);
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    // One byte of the body every 50 ms: never all of it, never idle long.
    let sent = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed && sent < body.length - 1) socket.write(body[sent++]!);
    }, 50);
    try {
      await until(
        'the server closes the trickling connection',
        async () => state.closed,
        (closed) => closed,
        20_000,
      );
    } finally {
      clearInterval(trickle);
    }
    expect(state.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(state.received).not.toContain('__typename');
  });

  it('does not cut a request that arrives whole', async () => {
    const { port } = await listening({ headersTimeoutMs: 200, receiveTimeoutMs: 400, maxConnections: 100 });
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('connections', () => {
  it('beyond HTTP_MAX_CONNECTIONS are closed at once, and those held still answer', async () => {
    const { port } = await listening({ headersTimeoutMs: 10_000, receiveTimeoutMs: 10_000, maxConnections: 2 });
    const held = [client(port), client(port)];
    await Promise.all(held.map((c) => new Promise((resolve) => c.socket.once('connect', resolve))));
    // Node counts a connection once it is accepted: wait until both are, by asking on each.
    const get = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    for (const c of held) c.socket.write(get);
    await until(
      'both held connections answer',
      async () => held.map((c) => c.state.received),
      (r) => r.every((t) => t.startsWith('HTTP/1.1 200')),
    );

    const third = client(port);
    third.socket.on('connect', () => third.socket.write(get));
    await until(
      'the third connection is closed',
      async () => third.state.closed,
      (closed) => closed,
    );
    expect(third.state.received).toBe('');
    expect(held.every((c) => !c.state.closed)).toBe(true);
  });
});

describe('settings', () => {
  it('have bounded defaults and refuse a headers timeout longer than the receive timeout', () => {
    expect(loadConfig({}).http).toEqual({ headersTimeoutMs: 10_000, receiveTimeoutMs: 30_000, maxConnections: 900 });
    expect(loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_RECEIVE_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS: '10' }).http).toEqual({
      headersTimeoutMs: 500,
      receiveTimeoutMs: 1_000,
      maxConnections: 10,
    });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_RECEIVE_TIMEOUT_MS: '1000' })).toThrow(ConfigError);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_RECEIVE_TIMEOUT_MS: '1000' })).toThrow(
      /^HTTP_HEADERS_TIMEOUT_MS \(5000\) must not exceed HTTP_RECEIVE_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: '0' })).toThrow(/^HTTP_MAX_CONNECTIONS must be a whole number/);
  });
});
