import type { Json } from './json.js';
import { balanceOf, inflightOf } from './store.js';
import type { BalanceRow, MonitorRow, Store, TransactionRow } from './store.js';
import { formatTime, nowMicros } from './time.js';
import { sortedJson, transactionJson } from './wire.js';

/**
 * The `data` of Blnk's webhooks, before asynq's round trip (webhooks.ts) sorts and floats it.
 * Each is the Go value SendWebhook was handed where the row was written.
 */

/** The struct's booleans as the code path that wrote the row left them (not columns). */
export interface TransactionFlags {
  allow_overdraft: boolean;
  inflight: boolean;
  skip_queue: boolean;
  atomic: boolean;
}

/**
 * postTransactionActions' `*model.Transaction`: the create answer's fields (amount_string always
 * filled: UpdateBalances ran ApplyPrecision), the resolved balance ids, and meta_data whole, the
 * `inflight` key included (only the REST answers lift it out); no sources or destinations (each
 * leg is its own row).
 */
export function transactionData(row: TransactionRow, flags: TransactionFlags): Json {
  const out = transactionJson(row, 'created', flags);
  delete out.meta_data;
  if (row.meta_data && Object.keys(row.meta_data).length > 0) out.meta_data = sortedJson(row.meta_data);
  return out;
}

/** commit and void legs: a new struct whose booleans are all false. */
export const SETTLED_FLAGS: TransactionFlags = { allow_overdraft: false, inflight: false, skip_queue: false, atomic: false };

/** sendBulkTransactionWebhook: the count only on success, the error only on failure. */
export function bulkData(batchId: string, outcome: { status: string; count: number } | { error: string }): Json {
  const out: { [key: string]: Json } = {
    batch_id: batchId,
    status: 'error' in outcome ? 'failed' : outcome.status,
    timestamp: formatTime(nowMicros()),
  };
  if ('error' in outcome) out.error = outcome.error;
  else out.transaction_count = outcome.count;
  return out;
}

/** notification.NotifyError's payload. */
export function systemErrorData(message: string): Json {
  return { error: message, time: formatTime(nowMicros()) };
}

const FIELDS: Record<string, (b: BalanceRow) => bigint> = {
  balance: balanceOf,
  credit_balance: (b) => b.credit_balance,
  debit_balance: (b) => b.debit_balance,
  inflight_balance: inflightOf,
  inflight_credit_balance: (b) => b.inflight_credit_balance,
  inflight_debit_balance: (b) => b.inflight_debit_balance,
};

/**
 * checkBalanceMonitors after each transfer's commit, for each balance it moved: every monitor of
 * that balance whose condition holds now, whether or not it held before (not edge-triggered).
 * model.compare knows `==` (which the table refuses) but not `=` (which it stores): `=` never fires.
 */
export function firedMonitors(store: Store, balance: BalanceRow): MonitorRow[] {
  const fired: MonitorRow[] = [];
  for (const monitor of store.monitors.values()) {
    if (monitor.balance_id !== balance.balance_id) continue;
    const read = FIELDS[monitor.condition.field];
    if (read && holds(read(balance), monitor.condition.operator, monitor.condition.precise_value)) fired.push(monitor);
  }
  return fired;
}

function holds(value: bigint, operator: string, against: bigint): boolean {
  switch (operator) {
    case '>':
      return value > against;
    case '<':
      return value < against;
    case '>=':
      return value >= against;
    case '<=':
      return value <= against;
    case '!=':
      return value !== against;
    case '==':
      return value === against;
    default:
      return false;
  }
}
