import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/auth/authenticate.js';
import { Metrics } from '../../src/telemetry/metrics.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

const BLNK_KEY = 'blnk-master-key-9f8e7d';
const CLIENT_KEY = 'client-api-key-1a2b3c';

let h: Harness;
const lines: string[] = [];
let metrics: Metrics;

beforeAll(async () => {
  metrics = new Metrics();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  h = await startHarness({
    sandbox: { seed: true, apiKey: BLNK_KEY },
    apiKey: BLNK_KEY,
    metrics,
    logger: pino({ level: 'info' }, sink),
    auth: {
      mode: 'api-keys',
      keyPassthrough: false,
      identityClaim: 'blnk_identity_id',
      keys: [{ name: 'dashboard', sha256: sha256(CLIENT_KEY), scopes: ['ledger:read'] }],
    },
  });
});
afterAll(() => h.close());

async function scrape(): Promise<string> {
  const res = await h.gateway.fetch('http://gateway.test/metrics');
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('metrics and logs', () => {
  it('moves the upstream counters for a query, and logs one line for it without any secret', async () => {
    const series = 'blnk_upstream_requests_total{route="/balances/:id",method="GET",status="200"}';
    const before = value(await scrape(), series);
    const res = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': CLIENT_KEY, 'x-request-id': 'req-42' },
      body: JSON.stringify({
        query: `query Wallet { balance(id: "${SEED_IDS.balances.adaUsd}") { balance ledger { name } identity { firstName } } }`,
      }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    expect((await res.json()).errors).toBeUndefined();
    const after = await scrape();
    expect(value(after, series)).toBe(before + 1);
    expect(value(after, 'graphql_operations_total{operation="Wallet",type="query",outcome="ok"}')).toBe(1);
    expect(after).toMatch(/blnk_loader_batch_size_count\{loader="balance"\} [1-9]/);
    expect(after).toMatch(/graphql_operation_duration_seconds_count\{operation="Wallet",type="query"\} 1/);
    // The process's own figures beside the gateway's.
    expect(value(after, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(after).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect(after).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);

    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'graphql operation' && l.requestId === 'req-42');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ operation: 'Wallet', type: 'query', outcome: 'ok', upstreamCalls: 1, subject: 'dashboard' });
    expect(typeof logged[0].durationMs).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain(BLNK_KEY);
    expect(all).not.toContain(CLIENT_KEY);
  });

  it('labels an operation with an unruly name as anonymous, and counts errors', async () => {
    await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': CLIENT_KEY },
      body: JSON.stringify({ query: `{ balance(id: "bln_00000000-0000-4000-8000-00000000dead") { id } }` }),
    });
    const text = await scrape();
    expect(value(text, 'graphql_operations_total{operation="anonymous",type="query",outcome="partial"}')).toBe(1);
    const failed = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'wrong-key' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(failed.status).toBe(401);
    expect(lines.join('\n')).not.toContain('wrong-key');
  });
});
