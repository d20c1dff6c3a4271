import { decimalOfFloat, precision } from './map.js';

/**
 * The unit rules of Blnk Cloud's read surfaces, from its documents (README, "Blnk Cloud"): the
 * same balance bln_5ce86029… reads `"balance": 100.50` on the Data API detail (seed 000) and
 * `"balance": 10050` on the Filters API (cloud/proxy/filters-api.mdx), so the Data API's balance
 * amounts are major units and the Filters API's minor units. Balances carry no precision since
 * Core 0.15, so a major-unit balance amount can never be converted exactly: it is absent (never
 * rounded, never shown). A transaction's `amount` is Core's float of major units everywhere, with
 * `precision` beside it on the Data API rows and `precise_amount` (minor units) on Core's rows.
 */

/**
 * An amount from a surface documented in minor units: the integer, or null (absent) for anything
 * else (a decimal there is not minor units, so it is not taken, and never rounded).
 */
export function minorOrAbsent(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value === 0 && Object.is(value, -0) ? 0n : BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  return null;
}

/** At most 15 significant digits: any decimal text that short is what its float64 prints back. */
const EXACT_DIGITS = 15;

/**
 * The exact decimal a JSON number of Cloud's stood for, as [digits, scale] (value = digits ×
 * 10^-scale), or null when the text it came from cannot be known exactly. The body was parsed
 * losslessly when a long digit run was present (json.ts: integers then arrive as bigints); a
 * number arrives as a float64 otherwise, whose shortest form is the text that was sent whenever
 * that text had at most 15 significant digits (`100.50` → 100.5, the same decimal). A float that
 * needs more digits may not be the text that was sent: null, never a guess.
 */
export function exactDecimal(value: unknown): { digits: bigint; scale: number } | null {
  if (typeof value === 'bigint') return { digits: value, scale: 0 };
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const text = decimalOfFloat(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const fraction = m[3] ?? '';
  const significant = `${m[2]}${fraction}`.replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > EXACT_DIGITS) return null;
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  return { digits, scale: fraction.length };
}

/**
 * A transaction's amount in minor units: `precise_amount` when the row holds it as an integer;
 * else `amount` × `precision` when the row holds both and the product is an exact integer
 * (decimal arithmetic, never floats: 100.50 × 100 = 10050); else null (absent).
 */
export function preciseAmountOf(row: Record<string, unknown>): bigint | null {
  if ('precise_amount' in row) {
    const exact = minorOrAbsent(row.precise_amount);
    if (exact !== null) return exact;
  }
  if (!('amount' in row) || !('precision' in row)) return null;
  const p = precision(row.precision);
  if (p === null || p <= 0n) return null;
  const amount = exactDecimal(row.amount);
  if (amount === null) return null;
  const scaled = amount.digits * p;
  const unit = 10n ** BigInt(amount.scale);
  if (scaled % unit !== 0n) return null;
  const minor = scaled / unit;
  // `amount` is Core's float64 of precise_amount / precision. Below 10^15 minor units its error,
  // times the precision, stays far under one unit, so a whole product is the true amount; above,
  // the float may already have lost units (100000000000000001 / 100 prints as 1e15): absent.
  return minor < EXACT_PRODUCT && minor > -EXACT_PRODUCT ? minor : null;
}

/** The largest amount (exclusive) in minor units that amount × precision gives back exactly. */
const EXACT_PRODUCT = 10n ** 15n;
