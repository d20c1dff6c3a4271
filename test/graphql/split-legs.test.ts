import { describe, expect, it } from 'vitest';
import { legBody } from '../../src/blnk/map-write.js';
import { ValidationError } from '../../src/graphql/errors.js';
import { percentOf, SCALE, splitLegs } from '../../src/graphql/split-legs.js';

/**
 * A split's legs as Blnk's body, refusing what Blnk v0.15.2 would silently mishandle. The amount
 * is 100.00 at precision 100 (10,000 minor units) throughout; each expectation is worked out by hand.
 */
const TOTAL = 10_000n;
const PRECISION = 100n;

function refusal(run: () => unknown): { message: string; field: string | null } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return { message: (e as ValidationError).message, field: (e as ValidationError).field };
  }
  throw new Error('expected a ValidationError');
}

describe('percentOf: a percentage as whole 10^-18 percent', () => {
  it('reads whole and fractional percentages exactly', () => {
    expect(percentOf('50%')).toBe(50n * SCALE);
    expect(percentOf('12.5%')).toBe(12n * SCALE + 500_000_000_000_000_000n);
    expect(percentOf('0.000000000000000001%')).toBe(1n); // the smallest step
  });

  it('refuses what is not a plain percentage', () => {
    expect(percentOf('50')).toBeNull();
    expect(percentOf('-5%')).toBeNull();
    expect(percentOf('1.0000000000000000001%')).toBeNull(); // 19 places
  });
});

describe('splitLegs: the body Blnk receives', () => {
  it('sends percentages as given and fixed decimals as exact minor units', () => {
    const body = splitLegs(
      [
        { identifier: 'bln_a', distribution: '30.00' }, // 30.00 → 3000 minor units
        { identifier: 'bln_b', distribution: '70%' }, // 70% of 100.00 = 70.00: 30 + 70 covers it
      ],
      'destinations',
      TOTAL,
      PRECISION,
    ).map(legBody);
    expect(body).toEqual([
      { identifier: 'bln_a', precise_distribution: '3000' },
      { identifier: 'bln_b', distribution: '70%' },
    ]);
  });

  it('takes one "left" leg for what the others leave', () => {
    const body = splitLegs(
      [
        { identifier: 'bln_a', preciseDistribution: 2500n },
        { identifier: 'bln_b', distribution: 'left' },
      ],
      'sources',
      TOTAL,
      PRECISION,
    ).map(legBody);
    expect(body).toEqual([
      { identifier: 'bln_a', precise_distribution: '2500' },
      { identifier: 'bln_b', distribution: 'left' },
    ]);
  });
});

describe('splitLegs: what Blnk would mishandle is refused, naming the leg', () => {
  it('one leg only', () => {
    expect(refusal(() => splitLegs([{ identifier: 'bln_a', distribution: '100%' }], 'destinations', TOTAL, PRECISION)).field).toBe(
      'destinations',
    );
  });

  it('two legs with one identifier (Blnk merges them)', () => {
    const r = refusal(() =>
      splitLegs(
        [
          { identifier: 'bln_a', distribution: '50%' },
          { identifier: 'bln_a', distribution: '50%' },
        ],
        'destinations',
        TOTAL,
        PRECISION,
      ),
    );
    expect(r.field).toBe('destinations.1.identifier');
    expect(r.message).toMatch(/destinations\.0 and destinations\.1/);
  });

  it('a second "left" leg (Blnk ignores it)', () => {
    const r = refusal(() =>
      splitLegs(
        [
          { identifier: 'bln_a', distribution: '10%' },
          { identifier: 'bln_b', distribution: 'left' },
          { identifier: 'bln_c', distribution: 'left' },
        ],
        'destinations',
        TOTAL,
        PRECISION,
      ),
    );
    expect(r.field).toBe('destinations.2.distribution');
  });

  it('shares under the amount with no "left" leg (Blnk gives the rest to the largest)', () => {
    const r = refusal(() =>
      splitLegs(
        [
          { identifier: 'bln_a', distribution: '40%' },
          { identifier: 'bln_b', distribution: '59.99' }, // 40.00 + 59.99 = 99.99: a cent short
        ],
        'destinations',
        TOTAL,
        PRECISION,
      ),
    );
    expect(r.field).toBe('destinations');
    expect(r.message).toMatch(/do not add up/);
  });

  it('shares over the amount (Blnk takes the excess off the largest)', () => {
    const r = refusal(() =>
      splitLegs(
        [
          { identifier: 'bln_a', distribution: '50%' },
          { identifier: 'bln_b', preciseDistribution: 5001n }, // 50.00 + 50.01
        ],
        'destinations',
        TOTAL,
        PRECISION,
      ),
    );
    expect(r.message).toMatch(/more than the amount/);
  });

  it('a "left" leg with nothing left', () => {
    const r = refusal(() =>
      splitLegs(
        [
          { identifier: 'bln_a', distribution: '100%' },
          { identifier: 'bln_b', distribution: 'left' },
        ],
        'destinations',
        TOTAL,
        PRECISION,
      ),
    );
    expect(r.field).toBe('destinations.1.distribution');
  });

  it('a fixed share finer than the precision, a zero share, and both forms on one leg', () => {
    const legs = (first: { distribution?: string; preciseDistribution?: bigint }) => [
      { identifier: 'bln_a', ...first },
      { identifier: 'bln_b', distribution: 'left' },
    ];
    expect(refusal(() => splitLegs(legs({ distribution: '0.001' }), 'd', TOTAL, PRECISION)).field).toBe('d.0.distribution');
    expect(refusal(() => splitLegs(legs({ distribution: '0%' }), 'd', TOTAL, PRECISION)).field).toBe('d.0.distribution');
    expect(refusal(() => splitLegs(legs({ preciseDistribution: 0n }), 'd', TOTAL, PRECISION)).field).toBe('d.0.preciseDistribution');
    expect(refusal(() => splitLegs(legs({ distribution: '1.00', preciseDistribution: 100n }), 'd', TOTAL, PRECISION)).field).toBe(
      'd.0.distribution',
    );
  });
});
