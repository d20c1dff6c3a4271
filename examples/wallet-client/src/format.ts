/**
 * Exact amounts for display. The API sends every amount as a string of minor units (`"487500"`)
 * beside the precision that scales it (`100`, or `1000000000000000000` for wei). Neither may pass
 * through `Number`: above 2^53 it rounds, and `487500 / 100` is binary floating point. The
 * decimal is built from the digits instead, then laid out by Intl.NumberFormat, which formats a
 * decimal string exactly where the runtime supports it (Node 20, current browsers), or by plain
 * string grouping where it does not.
 */

/** `precision` as the number of decimal places it stands for: "100" → 2. */
export function scaleOf(precision: string): number {
  if (!/^10*$/.test(precision)) {
    throw new RangeError(`precision ${precision} is not a power of ten, so the amount has no exact decimal form`);
  }
  return precision.length - 1;
}

/** Minor units as an exact decimal string at the precision's scale: ("-1230", "100") → "-12.30". */
export function toDecimal(minor: string, precision: string): string {
  const m = /^(-?)(\d+)$/.exec(minor);
  if (!m) throw new RangeError(`not an amount in minor units: ${JSON.stringify(minor)}`);
  const sign = m[1] === '-' && /[1-9]/.test(m[2]!) ? '-' : '';
  const scale = scaleOf(precision);
  // BigInt drops leading zeros; padStart gives the integer part at least one digit.
  const digits = BigInt(m[2]!)
    .toString()
    .padStart(scale + 1, '0');
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Whether Intl.NumberFormat formats a decimal string exactly (ECMA-402's NumberFormat v3). */
export function intlFormatsStrings(): boolean {
  const probe = '0.10000000000000000001';
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format(probe as `${number}`) === probe;
}

/** The English grouping without Intl: "-1234567.50" → "-1,234,567.50". */
export function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * An amount laid out for people, every digit kept: ("12345678", "100", "en-US") → "123,456.78".
 * Intl allows at most 100 fraction digits; beyond that, and on runtimes whose Intl would round
 * the string through a float, the English grouping is used.
 */
export function formatAmount(minor: string, precision: string, locale = 'en-US'): string {
  const decimal = toDecimal(minor, precision);
  const scale = scaleOf(precision);
  if (scale > 100 || !intlFormatsStrings()) return groupThousands(decimal);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: scale, maximumFractionDigits: scale }).format(decimal as `${number}`);
}
