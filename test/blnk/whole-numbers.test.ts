import { describe, expect, it } from 'vitest';
import { parseUpstreamJson } from '../../src/blnk/json.js';
import { INT32_MAX, toBalance, toBulkResult, toMonitor, toPage, toTransaction, wholeNumber } from '../../src/blnk/map.js';

/**
 * Every integer Blnk sends that is not an amount (counts, versions, precisions, thresholds) is
 * read the same whether the body went through JSON.parse (numbers) or, because one number in it
 * has 16 or more digits, through lossless parsing (every integer a bigint). Issue 16: a counted
 * page holding a wei-scale amount answered totalCount null with no error.
 */
const E40 = '10000000000000000000000000000000000000000';

const balanceRow = (balance: string, extra = '') =>
  `{"balance_id":"bln_1","balance":${balance},"credit_balance":${balance},"debit_balance":0,"inflight_balance":0,` +
  `"inflight_credit_balance":0,"inflight_debit_balance":0,"ledger_id":"ldg_1","identity_id":"","currency":"WEI",` +
  `"created_at":"2026-12-01T00:00:00Z","meta_data":null${extra}}`;

describe('wholeNumber', () => {
  it('takes a number or a bigint, in range, and refuses anything else loudly', () => {
    expect(wholeNumber(7, 'total_count')).toBe(7);
    expect(wholeNumber(7n, 'total_count')).toBe(7);
    expect(wholeNumber(0n, 'version')).toBe(0);
    expect(wholeNumber(BigInt(INT32_MAX), 'version')).toBe(2147483647);
    expect(wholeNumber(2 ** 40, 'n', Number.MAX_SAFE_INTEGER)).toBe(1099511627776);
    for (const bad of [2 ** 31, 2n ** 31n, -1, -1n, 1.5, '7', null, undefined, true]) {
      expect(() => wholeNumber(bad, 'total_count'), String(bad)).toThrow(/total_count/);
    }
  });
});

describe('counts and versions in a body that holds a 16-digit number', () => {
  it('totalCount reads the same in a counted page of small numbers and one of 10^40', () => {
    const small = parseUpstreamJson(`{"data":[${balanceRow('5')}],"total_count":3}`);
    const wide = parseUpstreamJson(`{"data":[${balanceRow(E40)}],"total_count":3}`);
    expect(typeof (wide as { total_count: unknown }).total_count).toBe('bigint');
    expect(toPage(small, (r) => toBalance(r, false), true).totalCount).toBe(3);
    expect(toPage(wide, (r) => toBalance(r, false), true).totalCount).toBe(3);
    // Nothing matched: Blnk sends data null and no count.
    expect(toPage(parseUpstreamJson('{"data":null}'), (r) => r, true)).toEqual({ rows: [], totalCount: 0, totalCountIsEstimate: false });
  });

  it('a count out of range fails the page instead of reading null', () => {
    const body = parseUpstreamJson(`{"data":[${balanceRow(E40)}],"total_count":99999999999999999999}`);
    expect(() => toPage(body, (r) => toBalance(r, false), true)).toThrow(/total_count out of range/);
  });

  it("a full balance's version, a transaction's precision, a bulk's count and a monitor's precision and threshold", () => {
    expect(toBalance(parseUpstreamJson(balanceRow(E40, ',"version":12')), true).version).toBe(12);
    expect(toBalance(parseUpstreamJson(balanceRow('5', ',"version":12')), true).version).toBe(12);
    const txn = (amount: string) =>
      toTransaction(
        parseUpstreamJson(
          `{"transaction_id":"txn_1","precise_amount":${amount},"amount":1,"precision":1000000000000000000,"parent_transaction":"",` +
            `"reference":"r","currency":"WEI","status":"APPLIED","hash":"h","created_at":"2026-12-01T00:00:00Z","meta_data":null}`,
        ),
      );
    expect(txn(E40).precision).toBe(10n ** 18n);
    expect(txn(E40).preciseAmount).toBe(10n ** 40n);
    expect(
      toBulkResult(parseUpstreamJson('{"batch_id":"bulk_1","status":"applied","transaction_count":3,"x":12345678901234567}'))
        .transactionCount,
    ).toBe(3);
    expect(toBulkResult(parseUpstreamJson('{"batch_id":"bulk_1","status":"applied","transaction_count":3}')).transactionCount).toBe(3);
    const monitor = toMonitor(
      parseUpstreamJson(
        '{"monitor_id":"mon_1","balance_id":"bln_1","condition":{"value":12,"precision":100,"precise_value":1000000000000000000000,"field":"balance","operator":">"}}',
      ),
    );
    expect(monitor.condition).toMatchObject({ value: '12', precision: 100n, preciseValue: 10n ** 21n });
  });
});
