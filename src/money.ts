/**
 * Exact conversions between minor units and decimals. Blnk's `amount` is a float64 and
 * display-only; the gateway computes its decimals from precise_amount and precision instead.
 */

/** minor / precision as an exact decimal string; 16 places, rounded half up, if it never ends. */
export function toDecimal(minor: bigint, precision: bigint): string {
  const p = precision <= 0n ? 1n : precision;
  const negative = minor < 0n;
  const a = negative ? -minor : minor;
  // A fraction x/p terminates iff p has no prime factors but 2 and 5.
  let rest = p;
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
  const places = rest === 1n ? Math.max(twos, fives) : 16;
  const scale = 10n ** BigInt(places);
  const scaled = rest === 1n ? (a * scale) / p : (a * scale * 2n + p) / (2n * p);
  const digits = scaled.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  const sign = negative && scaled !== 0n ? '-' : '';
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
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
