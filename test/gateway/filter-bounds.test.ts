import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { post } from '../helpers/jwt.js';

/**
 * Values Blnk refuses with a 500 or a 400 the gateway could only report as UPSTREAM_ERROR or "an
 * unexpected answer" (test/contract/filter-bounds.test.ts shows Blnk's answers): a precision
 * filter beyond int64 (Blnk's BIGINT column) and Balance.at at Go's zero time are refused with
 * BAD_USER_INPUT naming the argument, before anything is sent. An amount filter of any length is
 * Blnk's NUMERIC and goes through.
 */
const B = SEED_IDS.balances;
const transactions = (filter: string, type = 'BigInt') =>
  `query ($v: ${type}) { transactions(first: 5, filter: ${filter}) { edges { node { id } } } }`;

describe('filter values past what Blnk stores, and the zero time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  it.each([
    ['eq 2^63', '{ precision: { eq: $v } }', '9223372036854775808', 'precision.eq'],
    ['gt -2^63-1', '{ precision: { gt: $v } }', '-9223372036854775809', 'precision.gt'],
    ['in with 10^23', '{ precision: { in: ["1", $v] } }', '99999999999999999999999', 'precision.in'],
    ['between up to 2^63', '{ precision: { between: ["1", $v] } }', '9223372036854775808', 'precision.between'],
  ])('a precision filter %s is refused naming the filter path, never the value', async (_name, filter, v, path) => {
    const res = await post(h, transactions(filter, 'BigInt!'), { v });
    expect(res.body.data?.transactions ?? null).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter', path });
    expect(res.body.errors[0].message).toContain('integers from -2^63 to 2^63-1');
    expect(res.text).not.toContain(v);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('the int64 bounds themselves reach Blnk', async () => {
    const res = await post(h, transactions('{ precision: { in: ["9223372036854775807", $v] } }', 'BigInt!'), { v: '-9223372036854775808' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.transactions.edges).toEqual([]);
    expect(h.sandbox.requests.map((r) => r.path)).toEqual(['/transactions/filter']);
  });

  it('an amount filter of 400 or 10,000 digits is answered, as Blnk answers it', async () => {
    const res = await post(
      h,
      'query ($a: String, $b: String) { x: transactions(first: 5, filter: { amount: { gt: $a } }) { edges { node { id } } } y: transactions(first: 1, filter: { amount: { lt: $b } }) { edges { node { id } } } }',
      {
        a: `1${'0'.repeat(400)}`,
        b: '9'.repeat(10_000),
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.x.edges).toEqual([]);
    expect(res.body.data.y.edges).toHaveLength(1);
  });

  it('Balance.at at 0001-01-01T00:00:00Z is BAD_USER_INPUT on at(timestamp), with no call for it', async () => {
    const res = await post(h, `{ balance(id: "${B.graceUsd}") { id at(timestamp: "0001-01-01T00:00:00Z") { balance } } }`);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'at(timestamp)' });
    expect(res.body.errors[0].path).toEqual(['balance', 'at']);
    expect(res.body.data.balance).toEqual({ id: B.graceUsd, at: null });
    expect(h.sandbox.requests.filter((r) => r.path.endsWith('/at'))).toEqual([]);
  });

  it('a moment after the zero time is asked of Blnk', async () => {
    const res = await post(h, `{ balance(id: "${B.graceUsd}") { at(timestamp: "0001-01-01T00:00:01Z") { balance } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.balance.at.balance).toBe('0');
  });
});
