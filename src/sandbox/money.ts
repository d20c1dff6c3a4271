/**
 * Exact decimal arithmetic for the few places Blnk converts between major units (a float64
 * `amount`, a distribution) and minor units (`precise_amount`). Blnk uses shopspring/decimal on
 * the float's shortest decimal form, which is what String(number) gives in JS.
 */

/** A decimal as an integer scaled by 10^scale. */
interface Scaled {
  digits: bigint;
  scale: number;
}

function toScaled(value: number | bigint | string): Scaled | null {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const fraction = m[3] ?? '';
  let digits = BigInt(`${m[2] || '0'}${fraction}`);
  let scale = fraction.length - Number(m[4] ?? 0);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: m[1] === '-' ? -digits : digits, scale };
}

/** Significant digits of a decimal, as ozzo's 15-digit rule on `amount` counts them. */
export function significantDigits(value: number | bigint): number {
  const s = toScaled(value);
  if (!s) return 0;
  return (s.digits < 0n ? -s.digits : s.digits).toString().replace(/0+$/, '').length || 1;
}

/** round(value × precision) half away from zero, as decimal.Mul(...).Round(0) does. */
export function toMinorUnits(value: number | bigint | string, precision: bigint): bigint | null {
  const s = toScaled(value);
  if (!s) return null;
  const product = s.digits * precision;
  const divisor = 10n ** BigInt(s.scale);
  const quotient = product / divisor;
  const remainder = product % divisor;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= divisor && divisor !== 1n) return quotient + (product < 0n ? -1n : 1n);
  return quotient;
}

/**
 * The exact decimal of minor / precision (Blnk's amount_string). For a precision that is not a
 * power of ten, shopspring divides to 16 decimal places, so the sandbox does the same.
 */
export function exactDecimal(minor: bigint, precision: bigint): string {
  const p = precision === 0n ? 1n : precision;
  const negative = minor < 0n !== p < 0n && minor !== 0n;
  const a = minor < 0n ? -minor : minor;
  const b = p < 0n ? -p : p;
  let places = 0;
  let pow = 1n;
  while (pow < b) {
    pow *= 10n;
    places += 1;
  }
  const exact = pow === b;
  const scale = exact ? places : 16;
  const scaled = exact ? a : (a * 10n ** 16n * 2n + b) / (2n * b);
  const text = scaled.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
