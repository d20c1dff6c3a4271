import type { TransferLeg } from '../blnk/inputs.js';
import { fromDecimal } from '../domain/money.js';
import { ValidationError } from './errors.js';

export interface LegShape {
  identifier: string;
  distribution?: string | null;
  preciseDistribution?: bigint | null;
}

/** Percentages as whole multiples of 10^-18 percent. */
export const SCALE = 10n ** 18n;

export function percentOf(text: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,18}))?%$/.exec(text.trim());
  if (!m) return null;
  return BigInt(m[1]!) * SCALE + BigInt((m[2] ?? '').padEnd(18, '0') || '0');
}

/**
 * A split's legs as Blnk is asked for them, refusing what Blnk v0.15.2 would silently mishandle
 * (model/transaction.go: CalculateDistributionsPrecise keys legs by identifier in a map):
 * - a second `left` leg is ignored by Blnk (that leg gets nothing);
 * - two legs with one identifier are merged (the later share wins);
 * - shares that do not cover the amount, with no `left` leg, leave the remainder to the largest
 *   leg; fixed and percentage shares above the amount are taken off the largest leg (only a
 *   percentage total over 100% is refused by Blnk).
 * So the gateway asks for shares that cover the amount exactly, or that leave something for one
 * `left` leg. Fixed decimal shares are sent as `preciseDistribution` (minor units, exact)
 * instead of Blnk's float64 parse of the decimal.
 */
export function splitLegs(list: readonly LegShape[], field: string, total: bigint, precision: bigint): TransferLeg[] {
  if (list.length < 2) throw new ValidationError(`${field} needs at least two legs; use the single form otherwise`, field);
  const seen = new Map<string, number>();
  let leftAt = -1;
  let fixed = 0n;
  let percent = 0n;
  const body = list.map((leg, i): TransferLeg => {
    const at = `${field}.${i}`;
    const first = seen.get(leg.identifier);
    if (first !== undefined) {
      throw new ValidationError(`Blnk merges legs with one identifier: ${field}.${first} and ${at} name the same one`, `${at}.identifier`);
    }
    seen.set(leg.identifier, i);
    const hasPrecise = leg.preciseDistribution !== null && leg.preciseDistribution !== undefined;
    if (hasPrecise === Boolean(leg.distribution)) {
      throw new ValidationError('Give each leg a distribution or a preciseDistribution, not both', `${at}.distribution`);
    }
    if (hasPrecise) {
      if (leg.preciseDistribution! <= 0n)
        throw new ValidationError('preciseDistribution must be greater than zero', `${at}.preciseDistribution`);
      fixed += leg.preciseDistribution!;
      return { identifier: leg.identifier, preciseDistribution: leg.preciseDistribution! };
    }
    const d = leg.distribution!.trim();
    if (d === 'left') {
      if (leftAt !== -1) {
        throw new ValidationError(`Only one leg may take "left": Blnk ignores ${at} (it would get nothing)`, `${at}.distribution`);
      }
      leftAt = i;
      return { identifier: leg.identifier, distribution: 'left' };
    }
    if (d.endsWith('%')) {
      const share = percentOf(d);
      if (share === null || share === 0n)
        throw new ValidationError('A percentage share is a positive decimal such as "12.5%"', `${at}.distribution`);
      percent += share;
      return { identifier: leg.identifier, distribution: d };
    }
    const minor = fromDecimal(d, precision);
    if (minor === null || minor <= 0n) {
      throw new ValidationError(
        `A fixed share is a positive decimal with no more places than precision ${precision} holds, such as "12.50"`,
        `${at}.distribution`,
      );
    }
    fixed += minor;
    return { identifier: leg.identifier, preciseDistribution: minor };
  });
  // In units of 10^-18 minor unit × 100: fixed × 100 + percent × total against total × 100.
  const covered = fixed * 100n * SCALE + percent * total;
  const whole = total * 100n * SCALE;
  if (covered > whole) {
    throw new ValidationError('The shares add up to more than the amount (Blnk would take the excess off the largest leg)', field);
  }
  if (leftAt === -1 && covered !== whole) {
    throw new ValidationError(
      'The shares do not add up to the amount: Blnk would give the rest to the largest leg. Make them add up, or give one leg "left"',
      field,
    );
  }
  if (leftAt !== -1 && covered === whole) {
    throw new ValidationError(
      'The other shares take the whole amount: nothing is left for the "left" leg',
      `${field}.${leftAt}.distribution`,
    );
  }
  return body;
}
