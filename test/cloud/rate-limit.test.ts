import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryAfter, retryAfterValue } from '../../src/blnk/http.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { gqlOn } from './auth-helpers.js';

/**
 * Issue 22, point 5: Cloud enforces rate limits (and Core has GEN_RATE_LIMITED). A 429 on a read
 * is waited out (Retry-After) and retried when the wait fits in the call's deadline and the
 * request's budget; otherwise, and always for a write, the client gets UPSTREAM_RATE_LIMITED with
 * extensions.retryAfterMs. A 429 never opens the circuit breaker.
 */
const CLOUD = { token: 'blnk_at_rate-limit-token', instanceId: 'inst_rl' };
const LEDGER = `query ($id: ID!) { ledger(id: $id) { id name } }`;
const PAY = `mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { status } } }`;

describe('429 from Blnk Cloud', () => {
  let h: Harness;
  let gql: ReturnType<typeof gqlOn>;
  let ledger: string;
  let balance: string;

  beforeAll(async () => {
    // Breaker set to open on the first failure it counts: a 429 must never be one.
    h = await startHarness({
      sandbox: { cloud: CLOUD },
      cloud: CLOUD,
      timeoutMs: 3_000,
      breaker: { volumeThreshold: 1, errorThresholdPercentage: 1 },
    });
    gql = gqlOn(h);
    const f = fixtures(h.sandbox, CLOUD);
    ledger = await f.ledger('Rates');
    balance = await f.balance(ledger);
  });
  afterAll(() => h.close());

  it('retries a read after Retry-After: 1 when that fits in the deadline, and answers it', async () => {
    h.sandbox.resetRequests();
    h.sandbox.faults.add({ kind: 'rate-limit', retryAfterS: 1, times: 1 });
    const started = performance.now();
    const res = await gql(LEDGER, { id: ledger });
    expect(res.errors).toBeUndefined();
    expect(res.data.ledger.name).toBe('Rates');
    // Waited the second Cloud asked for, then the same call again.
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(h.sandbox.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(h.http.circuitState).toBe('closed');
  });

  it('answers UPSTREAM_RATE_LIMITED with retryAfterMs after one call when Retry-After is beyond the deadline', async () => {
    h.sandbox.resetRequests();
    h.sandbox.faults.add({ kind: 'rate-limit', retryAfterS: 30, times: 1 });
    const res = await gql(LEDGER, { id: ledger });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterMs: 30_000 });
    expect(res.errors![0]!.message).toContain('retry after 30 s');
    expect(h.sandbox.requests.map((r) => r.status)).toEqual([429]);
  });

  it('never retries a write: UPSTREAM_RATE_LIMITED, one call, nothing applied', async () => {
    h.sandbox.resetRequests();
    h.sandbox.faults.add({ kind: 'rate-limit', method: 'POST', route: '/transactions', retryAfterS: 1, times: 1 });
    const reference = `ref-429-${Date.now()}`;
    const res = await gql(PAY, {
      input: {
        source: '@World',
        destination: balance,
        preciseAmount: '100',
        precision: '100',
        currency: 'USD',
        reference,
        description: 'rate limited',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_RATE_LIMITED']);
    expect(res.errors![0]!.extensions).toMatchObject({ retryAfterMs: 1000, writeSent: false });
    expect(res.errors![0]!.message).toContain('nothing was recorded');
    const writes = h.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/proxy/transactions');
    expect(writes.map((r) => r.status)).toEqual([429]);
    expect([...h.sandbox.store.transactions.values()].filter((t) => t.reference === reference)).toEqual([]);
  });

  it('keeps the breaker closed through a run of 429s', async () => {
    h.sandbox.faults.add({ kind: 'rate-limit', retryAfterS: 60, times: 6 });
    for (let i = 0; i < 6; i += 1) {
      const res = await gql(LEDGER, { id: ledger });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_RATE_LIMITED']);
    }
    expect(h.http.circuitState).toBe('closed');
    // And the next read is sent, not refused by an open circuit.
    const after = await gql(LEDGER, { id: ledger });
    expect(after.errors).toBeUndefined();
  });

  it('gives up after two retries when Cloud keeps answering 429 (each retry charged to the request budget)', async () => {
    h.sandbox.resetRequests();
    h.sandbox.faults.add({ kind: 'rate-limit', retryAfterS: 0, times: 3 });
    const res = await gql(LEDGER, { id: ledger });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_RATE_LIMITED']);
    expect(h.sandbox.requests.map((r) => r.status)).toEqual([429, 429, 429]);
  });
});

describe('429 from Blnk Core (GEN_RATE_LIMITED)', () => {
  it('is handled the same way: a read retried after Retry-After, UPSTREAM_RATE_LIMITED past the deadline', async () => {
    const h = await startHarness({ timeoutMs: 3_000 });
    try {
      const gql = gqlOn(h);
      const ledger = await fixtures(h.sandbox).ledger('Core rates');
      h.sandbox.resetRequests();
      h.sandbox.faults.add({ kind: 'rate-limit', retryAfterS: 1, times: 1 });
      const ok = await gql(LEDGER, { id: ledger });
      expect(ok.errors).toBeUndefined();
      expect(h.sandbox.requests.map((r) => r.status)).toEqual([429, 200]);

      h.sandbox.resetRequests();
      h.sandbox.faults.add({ kind: 'rate-limit', retryAfterS: 10, times: 1 });
      const refused = await gql(LEDGER, { id: ledger });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterMs: 10_000 });
      expect(h.sandbox.requests.map((r) => r.status)).toEqual([429]);
    } finally {
      await h.close();
    }
  });
});

describe('Retry-After', () => {
  it('reads delay-seconds and an HTTP date, from raw headers of any case', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterValue('120', now)).toBe(120_000);
    expect(retryAfterValue('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5_000);
    // A date already past is no wait at all.
    expect(retryAfterValue('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(retryAfterValue('soon', now)).toBeUndefined();
    expect(
      retryAfter([Buffer.from('Content-Type'), Buffer.from('application/json'), Buffer.from('Retry-After'), Buffer.from('3')], now),
    ).toBe(3_000);
    expect(retryAfter(['content-type', 'text/plain'], now)).toBeUndefined();
  });
});
