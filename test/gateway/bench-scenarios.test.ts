import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_LEDGER_ID } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * The benchmark's gateway operations (bench/run.ts), on the same 500-balance ledger, each with
 * the number of Blnk requests the benchmark reports: counts here, speed only in the harness.
 */
const BALANCE = 'bln_00000000-0000-4000-9000-000000000007';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sandbox: { benchBalances: 500 }, limits: { maxCost: 100_000 } });
});
afterAll(() => h.close());

async function upstreamFor(query: string): Promise<string[]> {
  h.sandbox.resetRequests();
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return h.sandbox.requests.map((r) => `${r.method} ${r.route}`);
}

describe('benchmark scenarios cost the upstream requests the benchmark reports', () => {
  it('1. one balance: 1 request', async () => {
    expect(await upstreamFor(`{ balance(id: "${BALANCE}") { id balance currency } }`)).toEqual(['POST /balances/filter']);
  });

  it('2. balance with ledger and identity: 1 request', async () => {
    expect(await upstreamFor(`{ balance(id: "${BALANCE}") { id balance ledger { name } identity { firstName } } }`)).toEqual([
      'GET /balances/:id',
    ]);
  });

  it('3. dashboard of 100 balances with identities and the ledger name: 3 requests', async () => {
    const calls = await upstreamFor(
      `{ ledger(id: "${BENCH_LEDGER_ID}") { name balances(first: 100) { edges { node { id balance identity { firstName } } } } } }`,
    );
    expect(calls.sort()).toEqual(['POST /balances/filter', 'POST /identities/filter', 'POST /ledgers/filter']);
  });

  it('4. recordTransaction with skipQueue: 1 request', async () => {
    expect(
      await upstreamFor(
        `mutation { recordTransaction(input: { source: "@World", destination: "${BALANCE}", preciseAmount: "1", precision: "100", currency: "USD", description: "bench", allowOverdraft: true, skipQueue: true }) { ... on Transaction { id status } } }`,
      ),
    ).toEqual(['POST /transactions']);
  });
});
