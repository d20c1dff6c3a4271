import type { Json } from '../json.js';

/**
 * How Blnk Cloud's read surfaces render a row: only the keys its documents show, amounts in the
 * documents' units, from the Core row the sandbox would answer (wire.ts). Core's own routes behind
 * /proxy keep Core's full rows; these are the Data API and Filters API shapes.
 *
 * - Data API balance (detail and list): the twelve keys of seed 000
 *   (guide.cloud.blnkfinance.com, GET /data/balances/{balance_id}), amounts as decimals in major
 *   units: amount / 100, as that example shows `100.50` for USD.
 * - Data API transactions (cloud/proxy/data-api.mdx, "Example — List all transactions"): amount
 *   is Core's float of major units, with precision and meta_data; the detail route adds the
 *   reference, description and parent (the document shows no detail body and no precise_amount).
 * - Filters API (cloud/proxy/filters-api.mdx, "Response format"): balances are
 *   balance_id, currency, balance (minor units, an integer), ledger_id; transactions
 *   transaction_id, amount (major units), currency, status, created_at; ledgers ledger_id, name,
 *   created_at. Identities carry their filterable fields, which are all of them.
 */
export type CloudShape =
  | 'data-balance'
  | 'data-transaction-row'
  | 'data-transaction-detail'
  | 'filters-balance'
  | 'filters-transaction'
  | 'ledger'
  | 'identity';

const KEYS: Record<CloudShape, readonly string[] | null> = {
  'data-balance': [
    'balance',
    'inflight_balance',
    'credit_balance',
    'inflight_credit_balance',
    'debit_balance',
    'inflight_debit_balance',
    'ledger_id',
    'identity_id',
    'balance_id',
    'currency',
    'created_at',
    'meta_data',
  ],
  'data-transaction-row': [
    'transaction_id',
    'amount',
    'currency',
    'source',
    'destination',
    'status',
    'created_at',
    'precision',
    'meta_data',
  ],
  'data-transaction-detail': [
    'transaction_id',
    'amount',
    'currency',
    'source',
    'destination',
    'reference',
    'description',
    'parent_transaction',
    'status',
    'created_at',
    'precision',
    'meta_data',
  ],
  'filters-balance': ['balance_id', 'currency', 'balance', 'ledger_id'],
  'filters-transaction': ['transaction_id', 'amount', 'currency', 'status', 'created_at'],
  ledger: ['ledger_id', 'name', 'created_at'],
  identity: null,
};

/** The Data API's balance amounts: major units, as the seed's example shows them (amount / 100). */
const MAJOR_AMOUNTS = new Set([
  'balance',
  'credit_balance',
  'debit_balance',
  'inflight_balance',
  'inflight_credit_balance',
  'inflight_debit_balance',
]);

export function cloudRow(shape: CloudShape, core: Record<string, Json>): Record<string, Json> {
  const keys = KEYS[shape];
  if (keys === null) return core;
  const out: Record<string, Json> = {};
  for (const key of keys) {
    if (!(key in core)) continue;
    const value = core[key]!;
    const amount = shape === 'data-balance' && MAJOR_AMOUNTS.has(key) && (typeof value === 'bigint' || typeof value === 'number');
    out[key] = amount ? Number(value) / 100 : value;
  }
  return out;
}
