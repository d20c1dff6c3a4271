/**
 * Exact conversions between minor units and decimals. Blnk's `amount` is a float64 and
 * display-only; the gateway computes its decimals from precise_amount and precision instead.
 */

/** Places shown for a precision whose fractions never end in decimal (3, 7, 12): rounded half up. */
export const REPEATING_PLACES = 16;

/**
 * The number of decimal places an amount at this precision is written with: the fewest that
 * write every multiple of 1/precision exactly. 10^k gives k (100 → 2, so 12.30, never 12.3; 1 →
 * 0); other precisions made only of 2s and 5s give the places of 1/precision (4 → 2, as 0.25;
 * 8 → 3); any other factor (3, 7, 12) never ends, and gets REPEATING_PLACES.
 */
export function scaleOf(precision: bigint): number {
  let rest = precision <= 0n ? 1n : precision;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos += 1;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives += 1;
  }
  return rest === 1n ? Math.max(twos, fives) : REPEATING_PLACES;
}

/**
 * minor / precision as a decimal string at the precision's scale (scaleOf): exact, trailing
 * zeros kept ("12.30" at 100, "5" at 1), so amounts of one precision always have the same
 * number of places; rounded half up to REPEATING_PLACES only when the fraction never ends.
 */
export function toDecimal(minor: bigint, precision: bigint): string {
  const p = precision <= 0n ? 1n : precision;
  const negative = minor < 0n;
  const a = negative ? -minor : minor;
  const places = scaleOf(p);
  const scale = 10n ** BigInt(places);
  const exact = (a * scale) % p === 0n;
  const scaled = exact ? (a * scale) / p : (a * scale * 2n + p) / (2n * p);
  const digits = scaled.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const sign = negative && scaled !== 0n ? '-' : '';
  return `${sign}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/**
 * minor / precision for a precision that is a decimal fraction (`2.5`, which Blnk's float64 may
 * hold when another client wrote it), at the scale of that precision (2.5 = 5/2: amounts are
 * multiples of 0.4, one place), exact when it terminates, else 16 places, as toDecimal.
 */
export function toDecimalOver(minor: bigint, precision: string): string | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(precision);
  if (!m) return null;
  const fraction = m[2] ?? '';
  const units = BigInt(`${m[1]}${fraction}`);
  if (units <= 0n) return null;
  // minor / (units / 10^f) = minor × 10^f / units, reduced so the scale is the precision's own
  // (2.5 = 5/2: amounts are multiples of 0.4, written with one place).
  const tens = 10n ** BigInt(fraction.length);
  const common = gcd(tens, units);
  return toDecimal(minor * (tens / common), units / common);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * An exact decimal string in major units → minor units at a precision. Null when the text is
 * not a plain decimal or holds more places than the precision can represent: money is never
 * rounded on the way in.
 */
export function fromDecimal(text: string, precision: bigint): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m || precision <= 0n) return null;
  const fraction = m[3] ?? '';
  const scale = 10n ** BigInt(fraction.length);
  const product = BigInt(`${m[2]}${fraction}`) * precision;
  if (product % scale !== 0n) return null;
  const minor = product / scale;
  return m[1] === '-' ? -minor : minor;
}

/** The largest amount the gateway accepts, in minor units: 10^78, beyond any real token supply. */
export const MAX_MINOR_UNITS = 10n ** 78n;

/** Go's encoding/json writes a float64 of 10^21 or more in exponent form (`1e+21`). */
export const PRECISION_LIMIT = 10n ** 21n;

/** PostgreSQL's BIGINT, the type of Blnk's precision column. */
const PRECISION_COLUMN_MAX = 2n ** 63n - 1n;

/**
 * Why Blnk cannot keep this precision exactly, or null when it can. Blnk holds precision as a
 * float64 and echoes it through encoding/json, which writes a float's shortest decimal form:
 * plain digits below 10^21, exponent form (`1e+21`) from there. A precision reads back as the
 * digits that were sent only when that shortest form is those digits (10^18 is; 2^60, which Go
 * prints as 1152921504606847000, is not). Its column is a BIGINT, which is the tighter bound; the
 * 10^21 message stays for the precisions that read back in exponent form, the poison of old.
 */
export function precisionProblem(precision: bigint): string | null {
  if (precision <= 0n) return 'precision must be a positive integer';
  if (precision >= PRECISION_LIMIT) {
    return 'precision must be below 10^21: Blnk keeps precision as a float64 and writes 10^21 and above in exponent form';
  }
  // Blnk's migrations add transactions.precision as BIGINT: a larger one fails the insert.
  if (precision > PRECISION_COLUMN_MAX) {
    return `precision must be at most ${PRECISION_COLUMN_MAX}: Blnk stores it in a BIGINT column`;
  }
  const echoed = String(Number(precision));
  if (echoed !== precision.toString()) {
    return "precision must be an integer Blnk's float64 keeps digit for digit (every integer up to 2^53, and larger ones only when a float64 holds them exactly)";
  }
  return null;
}

/** Go's int64, where Blnk v0.15.2 puts the overdraft limit in minor units (decimal.IntPart). */
const INT64_MAX = 2n ** 63n - 1n;

/** The shortest decimal a float64 prints as (JS and Go agree on it), written without an exponent. */
function shortestDecimal(value: number): string {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return '';
  const digits = `${m[1]}${m[2] ?? ''}`;
  const point = m[1]!.length + Number(m[3] ?? 0);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A decimal's value as numerator over a power of ten, for comparing two spellings. */
function sameDecimal(a: string, b: string): boolean {
  const norm = (text: string) => {
    const [whole = '0', fraction = ''] = text.split('.');
    const trimmed = fraction.replace(/0+$/, '');
    return `${BigInt(whole)}.${trimmed}`;
  };
  return norm(a) === norm(b);
}

/**
 * An overdraft limit in minor units as the decimal of major units Blnk v0.15.2 is sent
 * (`overdraft_limit`, a float64): Blnk turns it back into minor units as
 * decimal(float) × decimal(precision), rounded, in an int64. Null when that does not give back
 * exactly `minor`: a limit that is not a whole number of minor units' decimal (precision 3), one
 * a float64 does not hold digit for digit, or one past int64.
 */
export function overdraftLimitDecimal(minor: bigint, precision: bigint): string | null {
  if (minor <= 0n || precision <= 0n || minor > INT64_MAX) return null;
  const text = toDecimal(minor, precision);
  if (fromDecimal(text, precision) !== minor) return null;
  const float = Number(text);
  if (!Number.isFinite(float) || !sameDecimal(shortestDecimal(float), text)) return null;
  return text;
}
