import type { Json } from '../json.js';
import type { Reader } from '../filter.js';
import { exactDecimal } from '../money.js';
import { balanceOf, inflightOf } from '../store.js';
import type { BalanceRow, IdentityRow, LedgerRow, MetaData, Store, TransactionRow } from '../store.js';

/**
 * How the filter engine reads a column of each table; undefined is SQL NULL. A row created without
 * meta_data holds the JSON `null` (Go marshals a nil map), never SQL NULL: `meta_data isnull`
 * finds nothing, while `meta_data.<key> isnull` finds it.
 */
function metaKey(meta: MetaData, field: string): Json | undefined {
  if (field === 'meta_data') return meta ?? 'null';
  return meta?.[field.slice('meta_data.'.length)] ?? undefined;
}

export const readLedger: Reader<LedgerRow> = (row, field) =>
  field.startsWith('meta_data') ? metaKey(row.meta_data, field) : (row as never)[field];

export const readBalance: Reader<BalanceRow> = (row, field) => {
  if (field.startsWith('meta_data')) return metaKey(row.meta_data, field);
  if (field === 'balance') return balanceOf(row);
  if (field === 'inflight_balance') return inflightOf(row);
  return (row as never)[field];
};

/** Go's zero time, which a DATE column stores for an identity created without dob. */
const ZERO_DOB = Date.parse('0001-01-01T00:00:00Z') * 1000;

export const readIdentity: Reader<IdentityRow> = (row, field) => {
  if (field.startsWith('meta_data')) return metaKey(row.meta_data, field);
  // No dob is stored as 0001-01-01, not NULL: `isnull` never finds it, `lt` and `between` do.
  if (field === 'dob') return row.dob ?? ZERO_DOB;
  const v = (row as never as Record<string, Json | undefined>)[field];
  return v === null ? undefined : v;
};

/** Transactions join their balances for the virtual indicator field. */
export const transactionReader =
  (store: Store): Reader<TransactionRow> =>
  (row, field) => {
    if (field.startsWith('meta_data')) return metaKey(row.meta_data, field);
    const side = /^(source|destination)_(identity|indicator)$/.exec(field);
    if (side) {
      const balance = store.balances.get(side[1] === 'source' ? row.source : row.destination);
      const value = side[2] === 'identity' ? balance?.identity_id : balance?.indicator;
      return value || undefined;
    }
    if (field === 'amount') return Number(exactDecimal(row.precise_amount, row.precision));
    if (field === 'precision') return Number(row.precision);
    const v = (row as never as Record<string, Json | undefined>)[field];
    return v === null ? undefined : v;
  };
