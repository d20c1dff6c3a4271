import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { create, expectEnvelope } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';

/**
 * Values PostgreSQL refuses, or takes, under Blnk's filters and historical balances (real Blnk
 * v0.15.2, measured): an integer beyond int64 for a BIGINT column fails the whole read with 500
 * (22003), while a NUMERIC column takes a decimal of any length; Go's zero time is refused by the
 * historical balance with 400. The sandbox answers the same (src/sandbox/filter.ts, routes/).
 */
let t: Target;
let call: Call;
let balanceId: string;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
  const ledgerId = (await create(call, '/ledgers', { name: 'filter-bounds' })).ledger_id;
  balanceId = (await create(call, '/balances', { ledger_id: ledgerId, currency: 'USD' })).balance_id;
  await create(call, '/transactions', {
    source: '@World',
    destination: balanceId,
    precise_amount: 250,
    precision: 100,
    currency: 'USD',
    reference: 'filter-bounds-1',
    description: 'bounds',
    allow_overdraft: true,
    skip_queue: true,
  });
});
afterAll(() => t.close());

const filter = (filters: unknown[]) => call('POST', '/transactions/filter', { body: { filters, limit: 5, offset: 0 } });

describe('transactions.precision is BIGINT', () => {
  it('a value beyond int64 fails the read with 500, naming the value and its statement parameter', async () => {
    const cases: [unknown[], string, number][] = [
      [[{ field: 'precision', operator: 'eq', value: '9223372036854775808' }], '9223372036854775808', 1],
      [[{ field: 'precision', operator: 'gt', value: '-9223372036854775809' }], '-9223372036854775809', 1],
      [[{ field: 'precision', operator: 'in', values: ['1', '99999999999999999999999'] }], '99999999999999999999999', 1],
      [
        [
          { field: 'currency', operator: 'eq', value: 'USD' },
          { field: 'precision', operator: 'eq', value: '9223372036854775808' },
        ],
        '9223372036854775808',
        2,
      ],
      [
        [
          { field: 'currency', operator: 'in', values: ['USD', 'EUR'] },
          { field: 'precision', operator: 'between', values: ['1', '9223372036854775808'] },
        ],
        '9223372036854775808',
        3,
      ],
    ];
    for (const [filters, value, parameter] of cases) {
      const detail = expectEnvelope(await filter(filters), 500, 'GEN_INTERNAL');
      expect(detail).toMatchObject({
        message: 'Failed to retrieve transactions',
        details: {
          Code: '22003',
          Message: `value "${value}" is out of range for type bigint`,
          Where: `unnamed portal parameter $${parameter} = '...'`,
          Routine: 'pg_strtoint64',
        },
      });
    }
  });

  it('the int64 bounds themselves are taken', async () => {
    for (const value of ['9223372036854775807', '-9223372036854775808']) {
      const res = await filter([{ field: 'precision', operator: 'eq', value }]);
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual([]);
    }
    const res = await filter([{ field: 'precision', operator: 'lte', value: '9223372036854775807' }]);
    expect(res.json.map((r: any) => r.reference)).toEqual(['filter-bounds-1']);
  });
});

describe('transactions.amount is NUMERIC', () => {
  it('decimals of 400 and 10,000 digits are compared, not refused', async () => {
    const huge = `1${'0'.repeat(400)}`;
    const above = await filter([{ field: 'amount', operator: 'gt', value: huge }]);
    expect(above.status, above.text).toBe(200);
    expect(above.json).toEqual([]);
    const below = await filter([{ field: 'amount', operator: 'lt', value: '9'.repeat(10_000) }]);
    expect(below.status).toBe(200);
    expect(below.json.map((r: any) => r.reference)).toEqual(['filter-bounds-1']);
    const negative = await filter([{ field: 'amount', operator: 'gt', value: `-${'9'.repeat(320)}.5` }]);
    expect(negative.json.map((r: any) => r.reference)).toEqual(['filter-bounds-1']);
  });
});

describe("a historical balance at Go's zero time", () => {
  it('is refused with 400 in any zone, before the balance is looked up', async () => {
    for (const [id, timestamp] of [
      [balanceId, '0001-01-01T00:00:00Z'],
      [balanceId, '0001-01-01T01:00:00+01:00'],
      ['bln_00000000-0000-4000-8000-000000000000', '0001-01-01T00:00:00.000Z'],
    ]) {
      const res = await call('GET', `/balances/${id}/at?timestamp=${encodeURIComponent(timestamp!)}`);
      expect(expectEnvelope(res, 400, 'GEN_BAD_REQUEST').message).toBe('Target time cannot be zero');
    }
  });

  it('a second after it is a time like any other', async () => {
    const res = await call('GET', `/balances/${balanceId}/at?timestamp=${encodeURIComponent('0001-01-01T00:00:01Z')}`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.balance).toMatchObject({ balance: 0n, credit_balance: 0n, debit_balance: 0n });
  });
});
