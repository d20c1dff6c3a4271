/**
 * How Blnk Cloud's read surfaces render a row. Cloud's docs disagree on how numbers look, so the
 * sandbox can send amounts as integers, digit strings, or decimals in major units as the Cloud
 * guide's example shows (amount / 100).
 */
export type CloudNumbers = 'integer' | 'string' | 'decimal';

const AMOUNT_KEYS = new Set([
  'balance',
  'credit_balance',
  'debit_balance',
  'inflight_balance',
  'inflight_credit_balance',
  'inflight_debit_balance',
  'precise_amount',
]);

export function styleAmounts(value: Record<string, unknown>, style: CloudNumbers): Record<string, unknown> {
  if (style === 'integer') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'bigint' && AMOUNT_KEYS.has(key)) out[key] = style === 'string' ? v.toString() : Number(v) / 100;
    else out[key] = v;
  }
  return out;
}
