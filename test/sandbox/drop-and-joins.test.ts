import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { client } from '../helpers/http.js';
import type { Call } from '../helpers/http.js';
import { create } from '../helpers/entities.js';

let sandbox: Sandbox;
let call: Call;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  call = client(sandbox.url);
});
afterAll(() => sandbox.close());

describe('the drop-after fault', () => {
  it('does the work, then closes the connection without an answer', async () => {
    const ledger = await create(call, '/ledgers', { name: 'L' });
    const b = await create(call, '/balances', { ledger_id: ledger.ledger_id, currency: 'USD' });
    sandbox.faults.add({ kind: 'drop-after', method: 'POST', route: '/transactions', times: 1 });
    const body = { source: '@World', destination: b.balance_id, precise_amount: 42n, currency: 'USD', reference: 'dropped', description: 'd', skip_queue: true, allow_overdraft: true };
    await expect(call('POST', '/transactions', { body })).rejects.toThrow();
    const after = await call('GET', `/balances/${b.balance_id}`);
    expect(after.json.balance).toBe(42n);
    // The rule was used up: the same request now answers, as a duplicate.
    expect((await call('POST', '/transactions', { body })).status).toBe(409);
  });
});

describe('transaction filter fields joined from balances (internal/filter/validation.go)', () => {
  it('filters on source_identity, destination_identity and the virtual indicator; precise_amount is not a filter field', async () => {
    const ledger = await create(call, '/ledgers', { name: 'J' });
    const ann = await create(call, '/identities', { first_name: 'Ann' });
    const wallet = await create(call, '/balances', { ledger_id: ledger.ledger_id, currency: 'USD', identity_id: ann.identity_id });
    const plain = await create(call, '/balances', { ledger_id: ledger.ledger_id, currency: 'USD' });
    const toAnn = await create(call, '/transactions', { source: '@Cash', destination: wallet.balance_id, precise_amount: 5n, currency: 'USD', reference: 'j1', description: 'd', skip_queue: true, allow_overdraft: true });
    const fromAnn = await create(call, '/transactions', { source: wallet.balance_id, destination: plain.balance_id, precise_amount: 2n, currency: 'USD', reference: 'j2', description: 'd', skip_queue: true });
    const ids = async (filters: unknown[]) =>
      ((await call('POST', '/transactions/filter', { body: { filters } })).json as { transaction_id: string }[]).map((t) => t.transaction_id);
    expect(await ids([{ field: 'destination_identity', operator: 'eq', value: ann.identity_id }])).toEqual([toAnn.transaction_id]);
    expect(await ids([{ field: 'source_identity', operator: 'eq', value: ann.identity_id }])).toEqual([fromAnn.transaction_id]);
    expect(await ids([{ field: 'indicator', operator: 'eq', value: '@Cash' }])).toEqual([toAnn.transaction_id]);
    const refused = await call('POST', '/transactions/filter', { body: { filters: [{ field: 'precise_amount', operator: 'gt', value: 1 }] } });
    expect(refused.status).toBe(400);
    expect(refused.json.error_detail.code).toBe('GEN_BAD_REQUEST');
  });
});
