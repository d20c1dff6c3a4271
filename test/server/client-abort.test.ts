import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/telemetry/metrics.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { until } from '../scenarios/harness.js';

/**
 * A client that closes its connection while its request waits on Blnk (issue 17, item 9). Before,
 * the gateway logged it at error (50) as INTERNAL_SERVER_ERROR with an AbortError stack and an
 * upstream failure of status 0, and counted the cut call as a failed Blnk request: noise at the
 * end of every load run, and an alert on a healthy ledger. A client going away is the client's
 * business: one info line with its own outcome, and no upstream failure anywhere.
 */
interface Line {
  level: number;
  msg: string;
  [key: string]: unknown;
}

let h: Harness;
let metrics: Metrics;
let server: Server;
let port: number;
const written: string[] = [];

beforeAll(async () => {
  metrics = new Metrics();
  const sink = new Writable({
    write(chunk, _enc, done) {
      written.push(String(chunk));
      done();
    },
  });
  h = await startHarness({ sandbox: { seed: true }, metrics, logger: pino({ level: 'trace' }, sink) });
  // A real listener: the client's abort must travel as a closed socket, as it does in production.
  server = createServer(h.gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

const lines = () => written.map((l) => JSON.parse(l) as Line);
const scrape = async () => (await h.gateway.fetch('http://gateway.test/metrics')).text();
const sample = (text: string, prefix: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);

describe('a client that goes away mid-request', () => {
  it('is logged at info as client_aborted, with no error line and no upstream failure in the log or the metrics', async () => {
    // Blnk answers the balance read with half a body and then nothing: the call is held open.
    h.sandbox.faults.add({ kind: 'stall', method: 'GET', route: '/balances/:id', times: 1 });
    const body = JSON.stringify({ query: `query Held { balance(id: "${SEED_IDS.balances.adaUsd}") { id version } }` });
    const client = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': 'abort-1' },
    });
    client.on('error', () => undefined); // the abort below is ours
    client.end(body);
    // The upstream call has been answered with its stalled half: the request now waits on Blnk.
    await until(
      'the balance read reaches Blnk',
      async () => h.sandbox.count('GET', '/balances/:id'),
      (n) => n >= 1,
    );
    client.destroy();

    const line = await until(
      'the operation line',
      async () => lines().find((l) => l.msg === 'graphql operation' && l.requestId === 'abort-1'),
      (l) => l !== undefined,
    );
    expect(line).toMatchObject({ level: 30, operation: 'Held', type: 'query', outcome: 'client_aborted', upstreamCalls: 1 });
    expect(line).not.toHaveProperty('upstreamFailures');
    expect(line).not.toHaveProperty('errors');
    const all = written.join('');
    expect(lines().filter((l) => l.level >= 40)).toEqual([]);
    expect(all).not.toContain('INTERNAL_SERVER_ERROR');
    expect(all).not.toMatch(/AbortError|"stack"/);

    const text = await scrape();
    expect(sample(text, 'graphql_operations_total{operation="Held",type="query",outcome="client_aborted"}')).toBe(1);
    expect(sample(text, 'graphql_operations_total{operation="Held",type="query",outcome="error"}')).toBe(0);
    // The cut call is counted as the client's, not as a Blnk request that got no answer.
    expect(sample(text, 'blnk_upstream_requests_total{route="/balances/:id",method="GET",status="0"}')).toBe(0);
    expect(sample(text, 'blnk_upstream_requests_total{route="/balances/:id",method="GET",status="client_aborted"}')).toBe(1);
  });

  it('still counts and logs a Blnk that drops the connection while the client waits (control)', async () => {
    // Every attempt (the read and its retries) is reset by Blnk; the client stays to the end.
    h.sandbox.faults.add({ kind: 'reset' });
    try {
      const body = JSON.stringify({ query: `query Dropped { ledger(id: "${SEED_IDS.ledgers.wallets}") { id } }` });
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'dropped-1' },
        body,
      });
      expect((await res.json()).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      h.sandbox.faults.clear();
    }
    const line = lines().find((l) => l.msg === 'graphql operation' && l.requestId === 'dropped-1');
    // data: { ledger: null } beside the error: partial, as for any nullable field that failed.
    expect(line).toMatchObject({ level: 40, outcome: 'partial', errors: ['UPSTREAM_UNAVAILABLE'] });
    expect(line!.upstreamFailures).toEqual([expect.objectContaining({ status: 0 })]);
    const text = await scrape();
    const zero = text.split('\n').filter((l) => l.startsWith('blnk_upstream_requests_total{') && l.includes('status="0"'));
    expect(zero.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0)).toBeGreaterThanOrEqual(1);
    // Only the first test's cut call is the client's.
    const aborted = text.split('\n').filter((l) => l.startsWith('blnk_upstream_requests_total{') && l.includes('status="client_aborted"'));
    expect(aborted.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0)).toBe(1);
  });
});
