import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { client } from '../helpers/http.js';
import type { Call } from '../helpers/http.js';
import { create } from '../helpers/entities.js';

/*
 * Sandbox-only: fault injection (sandbox.faults). The joined filter fields run on both targets in
 * test/contract/drop-and-joins.test.ts.
 */
let sandbox: Sandbox;
let call: Call;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  call = client(sandbox.url);
});
afterAll(() => sandbox.close());

describe('sandbox-only: the drop-after fault', () => {
  it('does the work, then closes the connection without an answer', async () => {
    const ledger = await create(call, '/ledgers', { name: 'L' });
    const b = await create(call, '/balances', { ledger_id: ledger.ledger_id, currency: 'USD' });
    sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/transactions', times: 1 });
    const body = {
      source: '@World',
      destination: b.balance_id,
      precise_amount: 42n,
      currency: 'USD',
      reference: 'dropped',
      description: 'd',
      skip_queue: true,
      allow_overdraft: true,
    };
    await expect(call('POST', '/transactions', { body })).rejects.toThrow();
    const after = await call('GET', `/balances/${b.balance_id}`);
    expect(after.json.balance).toBe(42n);
    // The rule was used up: the same request now answers, as a duplicate.
    expect((await call('POST', '/transactions', { body })).status).toBe(409);
  });
});
