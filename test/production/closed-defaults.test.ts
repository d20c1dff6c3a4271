import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { spawnBuilt } from '../helpers/process.js';
import { until } from '../scenarios/harness.js';

/**
 * The closed defaults of issue 17 (items 5, 7, 8) as the built gateway applies them, in its own
 * process: production refuses to serve /metrics to anyone, the sandbox `npm start` launches takes
 * a key nobody else knows, and the listener cuts a request that trickles in.
 */
/** Bounds for a loaded 2-core machine (the gateway loads in seconds when idle). */
const SLOW_MS = 120_000;
const JWT_SECRET = 'closed-defaults-secret-of-32-chars!!';
const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_MODE: 'jwt',
  JWT_SECRET,
  JWT_ISSUER: 'https://id.example',
  JWT_AUDIENCE: 'ledger',
  BLNK_URL: 'http://127.0.0.1:9',
  HOST: '127.0.0.1',
  PORT: '0',
};

describe('metrics in production', () => {
  it(
    'refuses to start with metrics on and no METRICS_BEARER_TOKEN, naming the variable',
    async () => {
      const refused = await spawnBuilt('main.js', [], PRODUCTION);
      expect(await refused.exited()).toBe(1);
      expect(refused.output()).toContain(
        'Configuration error: METRICS_BEARER_TOKEN must be set when NODE_ENV=production and metrics are on',
      );
      expect(refused.output()).not.toMatch(/gateway on/);

      // With the token it starts, and /metrics answers only the scraper that holds it.
      const token = 'scraper-token-5c1e9a7b3d';
      const app = await spawnBuilt('main.js', [], { ...PRODUCTION, METRICS_BEARER_TOKEN: token });
      const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      // GraphiQL (about 9 MB) is off in production unless GRAPHIQL=true.
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      expect((await page.arrayBuffer()).byteLength).toBeLessThan(10_000);
      expect(app.output()).not.toContain(token);
    },
    SLOW_MS,
  );

  it('is refused by loadConfig too, and allowed with METRICS=false or a token', () => {
    const env = { NODE_ENV: 'production', AUTH_MODE: 'jwt', JWT_SECRET, JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'ledger' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/^METRICS_BEARER_TOKEN must be set when NODE_ENV=production/);
    expect(loadConfig({ ...env, METRICS: 'false' }).metrics).toBe(false);
    expect(loadConfig({ ...env, METRICS_BEARER_TOKEN: 'x'.repeat(16) }).metrics).toBe(true);
    // Development keeps /metrics open, as before.
    expect(loadConfig({}).metrics).toBe(true);
  });
});

describe('npm start', () => {
  it(
    'gives its sandbox a random key, never printed, and cuts a request body that trickles in',
    async () => {
      const app = await spawnBuilt('main.js', [], {
        HOST: '127.0.0.1',
        PORT: '0',
        HTTP_HEADERS_TIMEOUT_MS: '300',
        HTTP_RECEIVE_TIMEOUT_MS: '600',
      });
      const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
      const sandbox = /started the Blnk sandbox .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(app.output())![1]!;

      // Any local process could reach the sandbox's port: without the key it gets nothing.
      const keyless = await fetch(`${sandbox}/ledgers`);
      expect(keyless.status).toBe(401);
      expect((await fetch(`${sandbox}/ledgers`, { headers: { 'x-blnk-key': 'guess' } })).status).toBe(401);
      // The gateway holds the key.
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ledgers(first: 1) { edges { node { id } } } }' }),
      });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.ledgers.edges).toHaveLength(1);
      // The key (32 random bytes, base64url: 43 characters) appears nowhere in what it printed.
      expect(app.output()).not.toMatch(/[A-Za-z0-9_-]{43}/);

      // A body trickled a byte at a time is cut with 408 once HTTP_RECEIVE_TIMEOUT_MS passes.
      const { port } = new URL(url);
      const socket = connect(Number(port), '127.0.0.1');
      const state = { received: '', closed: false };
      socket.on('data', (chunk) => (state.received += chunk.toString()));
      socket.on('close', () => (state.closed = true));
      socket.on('error', () => undefined);
      const payload = JSON.stringify({ query: '{ __typename }' });
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n\r\n`,
      );
      let sent = 0;
      const trickle = setInterval(() => {
        if (!socket.destroyed && sent < payload.length - 1) socket.write(payload[sent++]!);
      }, 50);
      try {
        await until(
          'the gateway closes the trickling connection',
          async () => state.closed,
          (closed) => closed,
          20_000,
        );
      } finally {
        clearInterval(trickle);
        socket.destroy();
      }
      expect(state.received).toMatch(/^HTTP\/1\.1 408 /);

      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);
    },
    SLOW_MS,
  );
});
