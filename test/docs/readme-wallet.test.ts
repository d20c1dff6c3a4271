import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * The README's `query Wallet` example, taken from the README itself and run against the seeded
 * sandbox: it answers what its comments say, and costs the number of Blnk requests the README
 * states. Edit the example or its sentence and this test checks the edit.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const wallet = /```graphql\n(query Wallet \{[\s\S]*?)```/.exec(readme)?.[1];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true }, logger: pino({ level: 'silent' }) });
});
afterAll(() => h.close());

async function run(query: string) {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

describe('README: the Wallet example', () => {
  it('is in the README', () => {
    expect(wallet).toBeDefined();
  });

  it('returns the values its comments show', async () => {
    const res = await run(wallet!);
    expect(res.errors).toBeUndefined();
    // Seed (src/sandbox/seed.ts): 500000 in, 12500 out, applied; 2000 out still queued.
    expect(res.data.balance).toMatchObject({
      balance: '487500',
      available: '485500',
      currency: 'USD',
      ledger: { name: 'Customer Wallets' },
      identity: { firstName: 'Ada', lastName: 'Lovelace' },
    });
    // seed-5: 123456 ETH and 789 wei from @World, whose ETH balance only ever paid this out.
    expect(res.data.transaction).toMatchObject({
      preciseAmount: '123456000000000000000789',
      precision: '1000000000000000000',
      amount: '123456.000000000000000789',
      sourceBalance: { indicator: '@World', balance: '-123456000000000000000789' },
    });
    for (const shown of ['"487500"', '"123456000000000000000789"', '"1000000000000000000"', '"123456.000000000000000789"']) {
      expect(wallet).toContain(shown);
    }
  });

  it('costs three Blnk requests, as the README says', async () => {
    h.sandbox.resetRequests();
    await run(wallet!);
    const calls = h
      .upstream()
      .map((c) => `${c.method} ${c.route}`)
      .sort();
    // The balance with both includes; the transaction by id; its source balance (@World in ETH,
    // not the balance already fetched) as a filter row.
    expect(calls).toEqual(['GET /balances/:id', 'POST /balances/filter', 'POST /transactions/filter']);
    expect(/This one query costs (\w+) Blnk requests/.exec(readme)?.[1]).toBe('three');
  });
});
