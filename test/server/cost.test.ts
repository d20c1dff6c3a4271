import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

// server/cost.ts: the limit is the plugin's option (MAX_COST), not a field of the context.
let small: Harness;
let large: Harness;
const query = '{ balances(first: 5) { edges { node { id } } } }';

beforeAll(async () => {
  small = await startHarness({ sandbox: { seed: true }, limits: { maxCost: 3 } });
  large = await startHarness({ sandbox: { seed: true }, limits: { maxCost: 1_000 } });
});
afterAll(async () => {
  await small.close();
  await large.close();
});

async function post(h: Harness) {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

describe('the cost limit', () => {
  it('refuses, before anything runs, an operation above the limit it was given', async () => {
    small.sandbox.requests.length = 0;
    const body = await post(small);
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'COST_LIMIT_EXCEEDED', maxCost: 3 }) }),
    ]);
    expect(body.data).toBeUndefined();
    expect(small.sandbox.requests).toEqual([]);
  });

  it('runs the same operation under a higher limit', async () => {
    const body = await post(large);
    expect(body.errors).toBeUndefined();
    expect(body.data.balances.edges.length).toBeGreaterThan(0);
  });
});
