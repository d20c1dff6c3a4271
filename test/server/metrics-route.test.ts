import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/telemetry/metrics.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

// server/metrics-route.ts: GET /metrics, behind its own bearer token.
const TOKEN = 'metrics-route-token-0123456789';
let h: Harness;
let bare: Harness;
const lines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  h = await startHarness({ metrics: new Metrics({ bearerToken: TOKEN }), logger: pino({ level: 'info' }, sink) });
  bare = await startHarness();
});
afterAll(async () => {
  await h.close();
  await bare.close();
});

describe('/metrics', () => {
  it('refuses a scrape without the token, with a Bearer challenge', async () => {
    const res = await h.gateway.fetch('http://gateway.test/metrics');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await res.text()).toBe('Unauthorized\n');
  });

  it('answers a scrape with the token in the Prometheus text format, without a log line', async () => {
    const res = await h.gateway.fetch('http://gateway.test/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(lines.filter((l) => l.includes('graphql operation'))).toEqual([]);
  });

  it('is not served when the gateway has no metrics', async () => {
    const res = await bare.gateway.fetch('http://gateway.test/metrics');
    expect(res.status).toBe(404);
  });

  it('serves only GET', async () => {
    const res = await h.gateway.fetch('http://gateway.test/metrics', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).not.toBe(200);
  });
});
