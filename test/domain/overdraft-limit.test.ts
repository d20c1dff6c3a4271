import { describe, expect, it } from 'vitest';
import { overdraftLimitDecimal } from '../../src/domain/money.js';

/**
 * The overdraft limit in minor units as the decimal of major units Blnk v0.15.2 is sent: it must
 * come back exactly through Blnk's float64 (decimal(limit) × decimal(precision), rounded).
 * Expected values worked out by hand.
 */
describe('overdraftLimitDecimal', () => {
  it('writes minor units as major units at the precision, when they come back exactly', () => {
    expect(overdraftLimitDecimal(5050n, 100n)).toBe('50.50');
    expect(overdraftLimitDecimal(29n, 100n)).toBe('0.29');
    expect(overdraftLimitDecimal(7n, 1n)).toBe('7');
    // 1 wei at 10^18: 0.000000000000000001, which a float64 prints as 1e-18 and Blnk reads back as 1.
    expect(overdraftLimitDecimal(1n, 10n ** 18n)).toBe('0.000000000000000001');
    // A precision of 2s and 5s: 1/4 = 0.25.
    expect(overdraftLimitDecimal(1n, 4n)).toBe('0.25');
  });

  it('refuses what a float64 or a finite decimal cannot carry, and limits that are not above zero', () => {
    // 1/3 has no finite decimal.
    expect(overdraftLimitDecimal(1n, 3n)).toBeNull();
    // 12345678901234567.89: 19 significant digits; a float64 prints 12345678901234568.
    expect(overdraftLimitDecimal(1234567890123456789n, 100n)).toBeNull();
    // 2^53 + 1 whole units: the float is 2^53.
    expect(overdraftLimitDecimal(9007199254740993n, 1n)).toBeNull();
    // Past int64, where Blnk keeps the limit in minor units.
    expect(overdraftLimitDecimal(2n ** 63n, 10n ** 10n)).toBeNull();
    expect(overdraftLimitDecimal(0n, 100n)).toBeNull();
    expect(overdraftLimitDecimal(-5n, 100n)).toBeNull();
  });
});
