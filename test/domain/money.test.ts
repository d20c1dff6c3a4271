import { describe, expect, it } from 'vitest';
import { fromDecimal, MAX_MINOR_UNITS, precisionProblem, scaleOf, toDecimal, toDecimalOver } from '../../src/domain/money.js';

/**
 * The exact conversions between minor units and decimals, as pure functions. Every expected value
 * is worked out by hand beside it (minor ÷ precision, written at the precision's own scale).
 */

describe('scaleOf: the places an amount at a precision is written with', () => {
  it.each([
    [1n, 0], // whole units
    [100n, 2], // cents: 1/100 = 0.01
    [10n ** 18n, 18], // wei
    [4n, 2], // 1/4 = 0.25
    [8n, 3], // 1/8 = 0.125
    [20n, 2], // 1/20 = 0.05
    [3n, 16], // 1/3 never ends
    [12n, 16], // 1/12 never ends (a factor 3)
  ])('precision %s → %i places', (precision, places) => {
    expect(scaleOf(precision)).toBe(places);
  });
});

describe('toDecimal: minor units ÷ precision, exact, zeros kept', () => {
  it.each([
    [1230n, 100n, '12.30'], // trailing zero kept, never 12.3
    [5n, 1n, '5'],
    [0n, 100n, '0.00'],
    [-1n, 100n, '-0.01'],
    [1n, 4n, '0.25'],
    [1n, 8n, '0.125'],
    [123456000000000000000789n, 10n ** 18n, '123456.000000000000000789'], // past 2^53, every digit
    [10n ** 40n, 10n ** 18n, `1${'0'.repeat(22)}.${'0'.repeat(18)}`], // 10^40 wei = 10^22 whole
  ])('%s at %s is %s', (minor, precision, decimal) => {
    expect(toDecimal(minor, precision)).toBe(decimal);
  });

  it('rounds half up to 16 places only where the fraction never ends', () => {
    expect(toDecimal(1n, 3n)).toBe('0.3333333333333333'); // 0.333…, next digit 3: down
    expect(toDecimal(2n, 3n)).toBe('0.6666666666666667'); // 0.666…, next digit 6: up
    expect(toDecimal(-2n, 3n)).toBe('-0.6666666666666667'); // the sign apart, the same digits
  });
});

describe('toDecimalOver: a precision held as a decimal fraction', () => {
  it('writes minor ÷ 2.5 at that precision’s own scale (multiples of 0.4: one place)', () => {
    expect(toDecimalOver(5n, '2.5')).toBe('2.0'); // 5 ÷ 2.5 = 2
    expect(toDecimalOver(1n, '2.5')).toBe('0.4');
    expect(toDecimalOver(7n, '100')).toBe('0.07'); // an integer precision as toDecimal
  });

  it('answers null for what is not a positive decimal', () => {
    expect(toDecimalOver(1n, '0')).toBeNull();
    expect(toDecimalOver(1n, '-2')).toBeNull();
    expect(toDecimalOver(1n, '1e3')).toBeNull();
  });
});

describe('fromDecimal: never rounds money on the way in', () => {
  it.each([
    ['12.30', 100n, 1230n],
    ['12.3', 100n, 1230n],
    ['-0.01', 100n, -1n],
    ['0.25', 4n, 1n], // a quarter at precision 4 is one minor unit
    ['123456.000000000000000789', 10n ** 18n, 123456000000000000000789n],
    [' 7 ', 1n, 7n], // surrounding spaces are not part of the number
  ])('%s at %s is %s minor units', (text, precision, minor) => {
    expect(fromDecimal(text, precision)).toBe(minor);
  });

  it.each([
    ['0.001', 100n], // a tenth of a cent cannot be held
    ['0.1', 4n], // 0.1 × 4 = 0.4 minor units
    ['1e3', 100n],
    ['1,000', 100n],
    ['.5', 100n],
    ['', 100n],
    ['1', 0n], // no precision to scale by
  ])('%j at %s is refused (null)', (text, precision) => {
    expect(fromDecimal(text, precision)).toBeNull();
  });
});

describe('precisionProblem: the precisions Blnk keeps exactly', () => {
  it('takes powers of ten up to 10^18 and any integer up to 2^53', () => {
    expect(precisionProblem(1n)).toBeNull();
    expect(precisionProblem(10n ** 18n)).toBeNull(); // a float64 holds it and Go prints its digits
    expect(precisionProblem(2n ** 53n)).toBeNull();
  });

  it('refuses zero and below, 10^21 and above, and integers a float64 rounds', () => {
    expect(precisionProblem(0n)).toMatch(/positive integer/);
    expect(precisionProblem(10n ** 21n)).toMatch(/below 10\^21/);
    expect(precisionProblem(2n ** 53n + 1n)).toMatch(/float64/); // rounds to 2^53
    expect(precisionProblem(2n ** 60n)).toMatch(/float64/); // Go prints 1152921504606847000
  });

  it('refuses what fits a float64 but not the BIGINT column (2^63 and up, below 10^21)', () => {
    expect(precisionProblem(2n ** 63n)).toMatch(/BIGINT/);
    expect(precisionProblem(10n ** 20n)).toMatch(/BIGINT/);
  });
});

it('the largest amount the gateway accepts is 10^78 minor units', () => {
  expect(MAX_MINOR_UNITS.toString()).toBe(`1${'0'.repeat(78)}`);
});
