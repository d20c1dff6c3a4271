import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import type { Call } from '../helpers/http.js';
import { create } from '../helpers/entities.js';

let t: Target;
let call: Call;
beforeAll(async () => {
  t = await startTarget();
  call = t.call;
});
afterAll(() => t.close());

describe('transaction filter fields joined from balances (internal/filter/validation.go)', () => {
  it('divergence: source_identity and destination_identity are not transaction filter fields (400 "invalid field"); the virtual indicator is', async () => {
    const ledger = await create(call, '/ledgers', { name: 'J' });
    const ann = await create(call, '/identities', { first_name: 'Ann' });
    const wallet = await create(call, '/balances', { ledger_id: ledger.ledger_id, currency: 'USD', identity_id: ann.identity_id });
    const plain = await create(call, '/balances', { ledger_id: ledger.ledger_id, currency: 'USD' });
    const toAnn = await create(call, '/transactions', {
      source: '@Cash',
      destination: wallet.balance_id,
      precise_amount: 5n,
      currency: 'USD',
      reference: 'j1',
      description: 'd',
      skip_queue: true,
      allow_overdraft: true,
    });
    await create(call, '/transactions', {
      source: wallet.balance_id,
      destination: plain.balance_id,
      precise_amount: 2n,
      currency: 'USD',
      reference: 'j2',
      description: 'd',
      skip_queue: true,
    });
    for (const field of ['destination_identity', 'source_identity']) {
      const res = await call('POST', '/transactions/filter', { body: { filters: [{ field, operator: 'eq', value: ann.identity_id }] } });
      expect(res.status, field).toBe(400);
      expect(res.json.error_detail.code).toBe('GEN_BAD_REQUEST');
      expect(res.json.error_detail.message).toBe(`Invalid filter: invalid field '${field}' for table 'transactions'`);
    }
    const byIndicator = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'indicator', operator: 'eq', value: '@Cash' }] },
    });
    expect((byIndicator.json as { transaction_id: string }[]).map((t) => t.transaction_id)).toEqual([toAnn.transaction_id]);
    const refused = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'precise_amount', operator: 'gt', value: 1 }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error_detail.code).toBe('GEN_BAD_REQUEST');
  });
});
