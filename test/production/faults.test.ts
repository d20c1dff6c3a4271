import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CircuitState } from '../../src/blnk/http.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

const B = SEED_IDS.balances;
let h: Harness;
const states: CircuitState[] = [];

beforeAll(async () => {
  h = await startHarness({
    sandbox: { seed: true },
    timeoutMs: 400,
    breaker: { resetTimeoutMs: 300, volumeThreshold: 4, errorThresholdPercentage: 50, onStateChange: (s) => states.push(s) },
  });
});
afterAll(() => h.close());

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const codes = (body: any) => (body.errors ?? []).map((e: any) => e.extensions?.code);
const read = `{ balance(id: "${B.adaUsd}") { version } }`;

describe('faults and the circuit breaker', () => {
  it('recovers a read from a transient 5xx burst by retrying', async () => {
    h.sandbox.faults.add({ kind: 'error', status: 503, route: '/balances/:id', times: 2 });
    h.sandbox.resetRequests();
    const body = await gql(read);
    expect(body.errors).toBeUndefined();
    expect(h.sandbox.count('GET', '/balances/:id')).toBe(3);
  });

  it('never retries a write: a 503 on POST /transactions is sent once', async () => {
    h.sandbox.faults.add({ kind: 'error', status: 503, method: 'POST', route: '/transactions', times: 1 });
    h.sandbox.resetRequests();
    const body = await gql(
      `mutation { recordTransaction(input: { source: "@World", destination: "${B.floatUsd}", preciseAmount: "5", currency: "USD", description: "once", allowOverdraft: true, skipQueue: true }) { __typename } }`,
    );
    expect(codes(body)).toEqual(['UPSTREAM_ERROR']);
    expect(h.sandbox.count('POST', '/transactions')).toBe(1);
  });

  it('opens after repeated failures, fails fast without calling Blnk, then probes and closes', async () => {
    h.sandbox.faults.add({ kind: 'error', status: 503, route: '/balances/:id' });
    for (let i = 0; i < 10 && !states.includes('open'); i += 1) {
      expect(['UPSTREAM_ERROR', 'UPSTREAM_UNAVAILABLE']).toContain(codes(await gql(read))[0]);
    }
    expect(states).toContain('open');

    h.sandbox.resetRequests();
    const fast = await gql(read);
    expect(codes(fast)).toEqual(['UPSTREAM_UNAVAILABLE']);
    // Open: Blnk was not called at all, for reads or writes.
    expect(h.sandbox.requests).toHaveLength(0);
    const write = await gql(`mutation { createLedger(input: { name: "while open" }) { __typename } }`);
    expect(codes(write)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(h.sandbox.requests).toHaveLength(0);

    // Blnk recovers; after the reset timeout one probe goes through and closes the circuit.
    h.sandbox.faults.clear();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const probed = await gql(read);
    expect(probed.errors).toBeUndefined();
    expect(states.at(-1)).toBe('closed');
    expect(states).toContain('half-open');
    expect(h.http.circuitState).toBe('closed');
  });
});
