import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { post } from '../helpers/jwt.js';

/**
 * A caller's value never comes back in an error: a secret pasted in the wrong field would be
 * copied into responses and whatever logs or screens show them. Each place that built its message
 * from the value now names the argument and what is allowed. One test per place, each with a value
 * that could only appear in the answer by being echoed; nothing reaches Blnk.
 */
const B = SEED_IDS.balances;

describe('errors name the argument, never the value', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  it('an amount filter that is not a decimal (filters.ts)', async () => {
    const secret = 'sk_live_0123456789abcdef';
    const res = await post(h, 'query ($v: String) { transactions(first: 1, filter: { amount: { gt: $v } }) { edges { node { id } } } }', {
      v: secret,
    });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter', path: 'amount.gt' });
    expect(res.body.errors[0].message).toContain('decimals such as "10.50"');
    expect(res.text).not.toContain(secret);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('a precision a float64 would change (money.ts precisionProblem)', async () => {
    // 2^53 + 1: Number() reads it as 2^53, so the old message quoted both numbers.
    const precision = '9007199254740993';
    const res = await post(
      h,
      'mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on ValidationError { path message } } }',
      {
        input: {
          source: '@World',
          destination: B.graceUsd,
          preciseAmount: '1',
          precision,
          currency: 'USD',
          description: 'x',
          allowOverdraft: true,
          skipQueue: true,
        },
      },
    );
    expect(res.body.data.recordTransaction).toMatchObject({ __typename: 'ValidationError', path: ['precision'] });
    expect(res.body.data.recordTransaction.message).toContain('float64 keeps digit for digit');
    expect(res.text).not.toContain(precision);
    expect(res.text).not.toContain('9007199254740992');
    expect(h.sandbox.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('a monitor threshold whose float64 product is not exact (monitor.ts)', async () => {
    const value = '9007199254740993';
    const res = await post(
      h,
      'mutation ($input: CreateBalanceMonitorInput!) { createBalanceMonitor(input: $input) { __typename ... on ValidationError { path message } } }',
      { input: { balanceId: B.graceUsd, condition: { field: 'BALANCE', operator: 'GT', value, precision: '1' } } },
    );
    expect(res.body.data.createBalanceMonitor).toMatchObject({ __typename: 'ValidationError', path: ['value'] });
    expect(res.body.data.createBalanceMonitor.message).toContain('value × precision must be an integer within ±(2^53−1)');
    expect(res.text).not.toContain(value);
    expect(res.text).not.toContain('9007199254740992');
    expect(h.sandbox.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it("a metadata number Blnk cannot keep (scalars.ts JSON): the keys on its path are the caller's", async () => {
    const key = 'sk_live_fedcba9876543210';
    const res = await post(h, 'mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename } }', {
      input: {
        source: '@World',
        destination: B.graceUsd,
        preciseAmount: '1',
        precision: '100',
        currency: 'USD',
        description: 'x',
        allowOverdraft: true,
        skipQueue: true,
        metaData: { outer: { [key]: 1e300 } },
      },
    });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: '$input' });
    expect(res.body.errors[0].message).toContain('A JSON number 2 levels deep is not a finite number within ±(2^53−1)');
    expect(res.text).not.toContain(key);
    expect(res.text).not.toContain('outer');
    expect(h.sandbox.requests).toEqual([]);
  });
});
