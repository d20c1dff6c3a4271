import type { Json } from '../json.js';
import type { Reader } from '../filter.js';
import { exactDecimal } from '../money.js';
import { balanceOf, inflightOf } from '../store.js';
import type { BalanceRow, IdentityRow, LedgerRow, MetaData, Store, TransactionRow } from '../store.js';

/** How the filter engine reads a column of each table; undefined is SQL NULL. */
function metaKey(meta: MetaData, field: string): Json | undefined {
  if (field === 'meta_data') return meta ?? undefined;
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

export const readIdentity: Reader<IdentityRow> = (row, field) => {
  if (field.startsWith('meta_data')) return metaKey(row.meta_data, field);
  const v = (row as never as Record<string, Json | undefined>)[field];
  return v === null ? undefined : v;
};

/** Transactions join their balances for source_identity, destination_identity and indicator. */
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
