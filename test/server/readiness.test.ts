import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { until } from '../scenarios/harness.js';

/**
 * /readyz answers anyone, and each answer used to cost one Blnk call: a flood of unauthenticated
 * probes was a flood on Blnk (issue 17, item 8). Now probes share one call while it is in flight
 * and reuse its answer for READYZ_CACHE_MS; calls are counted in the sandbox's request log.
 */
const opened: Harness[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => h.close()));
});

async function over(readinessCacheMs: number) {
  const h = await startHarness({ readinessCacheMs });
  opened.push(h);
  const probe = async () => (await h.gateway.fetch('http://gateway.test/readyz')).status;
  const healthCalls = () => h.sandbox.count('GET', '/health');
  return { h, probe, healthCalls };
}

describe('/readyz', () => {
  it('answers 50 concurrent probes and 20 more after them with one Blnk call', async () => {
    // A cache far longer than the test: what is asserted is the sharing, not a time.
    const { probe, healthCalls } = await over(600_000);
    expect(await Promise.all(Array.from({ length: 50 }, probe))).toEqual(Array(50).fill(200));
    for (let i = 0; i < 20; i += 1) expect(await probe()).toBe(200);
    expect(healthCalls()).toBe(1);
  });

  it('reuses a not-ready answer too, so a failing Blnk is not asked by every probe', async () => {
    const { h, probe, healthCalls } = await over(600_000);
    h.sandbox.faults.add({ kind: 'error', route: '/health', status: 500 });
    expect(await Promise.all(Array.from({ length: 10 }, probe))).toEqual(Array(10).fill(503));
    // A GET is retried on a 5xx (blnk/http.ts): one probe's worth of calls, not ten.
    const calls = healthCalls();
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(calls).toBeLessThanOrEqual(3);
    expect(await probe()).toBe(503);
    expect(healthCalls()).toBe(calls);
  });

  it('asks Blnk again once the answer is older than the setting', async () => {
    const { probe, healthCalls } = await over(20);
    expect(await probe()).toBe(200);
    expect(healthCalls()).toBe(1);
    await until(
      'a later probe asks Blnk again',
      async () => {
        await probe();
        return healthCalls();
      },
      (n) => n >= 2,
    );
  });

  it('is answered only at its path (with an empty body), leaving GraphQL and other routes alone', async () => {
    const { h, healthCalls } = await over(600_000);
    const ready = await h.gateway.fetch('http://gateway.test/readyz?probe=1');
    expect([ready.status, await ready.text()]).toEqual([200, '']);
    const query = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await h.gateway.fetch('http://gateway.test/readyzz')).status).toBe(404);
    expect(healthCalls()).toBe(1);
  });

  it('is 2 s unless READYZ_CACHE_MS says otherwise', () => {
    expect(loadConfig({}).readinessCacheMs).toBe(2_000);
    expect(loadConfig({ READYZ_CACHE_MS: '0' }).readinessCacheMs).toBe(0);
    expect(() => loadConfig({ READYZ_CACHE_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ READYZ_CACHE_MS: 'soon' })).toThrow(/^READYZ_CACHE_MS must be a whole number/);
  });
});
