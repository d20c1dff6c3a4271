import { describe, expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';

/*
 * Sandbox-only: fault injection (sandbox.faults). The joined filter fields run on both targets in
 * test/contract/drop-and-joins.test.ts.
 */
const { sandbox, call, newBalance } = useSandbox();

describe('sandbox-only: the drop-after fault', () => {
  it('does the work, then closes the connection without an answer', async () => {
    const b = await newBalance();
    sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/transactions', times: 1 });
    const body = {
      source: '@World',
      destination: b,
      precise_amount: 42n,
      currency: 'USD',
      reference: 'dropped',
      description: 'd',
      skip_queue: true,
      allow_overdraft: true,
    };
    await expect(call('POST', '/transactions', { body })).rejects.toThrow();
    const after = await call('GET', `/balances/${b}`);
    expect(after.json.balance).toBe(42n);
    // The rule was used up: the same request now answers, as a duplicate.
    expect((await call('POST', '/transactions', { body })).status).toBe(409);
  });
});
