import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { Metrics, operationNamesOf } from '../../src/telemetry/metrics.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { spawnBuilt } from '../helpers/process.js';

/**
 * /metrics stays bounded however many operation names clients invent, and can be closed with a
 * bearer token (issue 11, item 10). Before, 3,000 made-up names made 45,000 series.
 */

/** The series of one metric in a scrape: `name{labels} value` lines. */
function series(text: string, metric: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(`${metric}{`));
}

/** The distinct values of `label` over a metric's series. */
function labelValues(text: string, metric: string, label: string): Set<string> {
  const re = new RegExp(`[{,]${label}="([^"]*)"`);
  return new Set(series(text, metric).map((l) => re.exec(l)?.[1] ?? ''));
}

function value(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.split(' ').pop()) : 0;
}

describe('operation names as labels', () => {
  let h: Harness;
  let metrics: Metrics;
  beforeAll(async () => {
    // The default bound (100), and one persisted operation's name known ahead.
    metrics = new Metrics({ knownOperations: operationNamesOf(['query Dashboard { __typename }']) });
    h = await startHarness({ metrics });
  });
  afterAll(() => h.close());

  const ask = (query: string, operationName?: string) =>
    h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, ...(operationName ? { operationName } : {}) }),
    });
  const scrape = async () => (await h.gateway.fetch('http://gateway.test/metrics')).text();

  it('gives the first 100 distinct names their own series and counts the thousands after them as other', async () => {
    for (let i = 0; i < 150; i += 1) expect((await ask(`query Op${i} { __typename }`)).status).toBe(200);
    const early = await scrape();
    const names = labelValues(early, 'graphql_operations_total', 'operation');
    expect(names.size).toBe(101);
    expect(names.has('Op0') && names.has('Op99') && names.has('other')).toBe(true);
    expect(names.has('Op100')).toBe(false);
    expect(value(early, 'graphql_operations_total{operation="other",type="query",outcome="ok"}')).toBe(50);

    for (let i = 150; i < 2_000; i += 1) await ask(`query Op${i} { __typename }`);
    const late = await scrape();
    // Nearly two thousand names more, and not one series more: the scrape keeps its size.
    expect(series(late, 'graphql_operations_total')).toHaveLength(series(early, 'graphql_operations_total').length);
    expect(series(late, 'graphql_operation_duration_seconds_bucket')).toHaveLength(
      series(early, 'graphql_operation_duration_seconds_bucket').length,
    );
    expect(value(late, 'graphql_operations_total{operation="other",type="query",outcome="ok"}')).toBe(1_900);
    expect(late.length).toBeLessThan(early.length + 2_000);
  });

  it('still gives a known (persisted) operation its own series once the bound is full', async () => {
    await ask('query Dashboard { __typename }');
    const text = await scrape();
    expect(value(text, 'graphql_operations_total{operation="Dashboard",type="query",outcome="ok"}')).toBe(1);
  });

  it('counts requests refused before execution too, under bounded labels', async () => {
    const invalid = await ask('query Broken { nosuchfield }');
    expect(invalid.status).toBe(400);
    const unparsed = await ask('query {');
    expect(unparsed.status).toBe(400);
    const text = await scrape();
    expect(value(text, 'graphql_operations_total{operation="other",type="query",outcome="error"}')).toBe(1);
    expect(value(text, 'graphql_operations_total{operation="anonymous",type="unknown",outcome="error"}')).toBe(1);
    expect(labelValues(text, 'graphql_operations_total', 'type')).toEqual(new Set(['query', 'unknown']));
  });

  it('bounds upstream routes and statuses as well', () => {
    const m = new Metrics({ maxOperations: 1 });
    for (let i = 0; i < 500; i += 1) m.upstreamCall({ method: 'GET', route: `/made-up/${i}`, status: 1_000 + i, durationMs: 1 });
    m.upstreamCall({ method: 'BREW', route: '/balances/:id', status: 200, durationMs: 1 });
    return m.registry.metrics().then((text) => {
      expect(labelValues(text, 'blnk_upstream_requests_total', 'route').size).toBe(201);
      expect(labelValues(text, 'blnk_upstream_requests_total', 'status')).toEqual(new Set(['other', '200']));
      expect(labelValues(text, 'blnk_upstream_requests_total', 'method')).toEqual(new Set(['GET', 'other']));
      expect(value(text, 'blnk_upstream_requests_total{route="other",method="GET",status="other"}')).toBe(300);
    });
  });
});

describe('METRICS_BEARER_TOKEN', () => {
  const TOKEN = 'scrape-token-7c1d9e2f4a6b8c0d';
  let h: Harness;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    h = await startHarness({ metrics: new Metrics({ bearerToken: TOKEN }), logger: pino({ level: 'trace' }, sink) });
  });
  afterAll(() => h.close());

  const scrape = (authorization?: string) =>
    h.gateway.fetch('http://gateway.test/metrics', { headers: authorization ? { authorization } : {} });

  it('answers 401 without the token, with a wrong one or another scheme, and the metrics with it', async () => {
    for (const auth of [
      undefined,
      'Bearer wrong-token',
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Basic ${TOKEN}`,
      TOKEN,
      'Bearer ',
    ]) {
      const res = await scrape(auth);
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = await res.text();
      expect(body).not.toContain('graphql_operations_total');
      expect(body).not.toContain(TOKEN);
    }
    for (const auth of [`Bearer ${TOKEN}`, `bearer ${TOKEN}`]) {
      const res = await scrape(auth);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/^process_resident_memory_bytes \d+/m);
    }
    // GraphQL itself is not behind the scrape token.
    const graphql = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('is validated at start without echoing it, and so is the bound', () => {
    expect(loadConfig({ METRICS_BEARER_TOKEN: TOKEN }).metricsBearerToken).toBe(TOKEN);
    expect(loadConfig({}).metricsBearerToken).toBeNull();
    expect(loadConfig({}).metricsMaxOperations).toBe(100);
    expect(loadConfig({ METRICS_MAX_OPERATIONS: '7' }).metricsMaxOperations).toBe(7);
    for (const bad of ['short-secret', 'has a space in it ok', 'tab\tseparated-token-value']) {
      expect(() => loadConfig({ METRICS_BEARER_TOKEN: bad })).toThrow(ConfigError);
      try {
        loadConfig({ METRICS_BEARER_TOKEN: bad });
      } catch (error) {
        expect((error as Error).message).toMatch(/^METRICS_BEARER_TOKEN /);
        expect((error as Error).message).not.toContain(bad);
      }
    }
    for (const bad of ['0', '-1', 'lots', '100001'])
      expect(() => loadConfig({ METRICS_MAX_OPERATIONS: bad })).toThrow(/METRICS_MAX_OPERATIONS/);
  });
});

describe('the process (src/main.ts) with METRICS_BEARER_TOKEN and METRICS_MAX_OPERATIONS', () => {
  it('closes /metrics to a scrape without the token and bounds the names it counts', async () => {
    const token = 'process-scrape-token-0a1b2c3d4e';
    const gateway = await spawnBuilt('main.js', [], {
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_BEARER_TOKEN: token,
      METRICS_MAX_OPERATIONS: '2',
    });
    const base = await gateway.line(/gateway on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    for (const name of ['First', 'Second', 'Third', 'Fourth']) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query ${name} { __typename }` }),
      });
      expect(res.status).toBe(200);
    }
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(labelValues(text, 'graphql_operations_total', 'operation')).toEqual(new Set(['First', 'Second', 'other']));
    expect(value(text, 'graphql_operations_total{operation="other",type="query",outcome="ok"}')).toBe(2);
    expect(gateway.output()).not.toContain(token);
  }, 60_000);
});
