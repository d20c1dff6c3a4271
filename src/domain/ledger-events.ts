/**
 * What changed at Blnk, as the gateway passes it on: the ids and states a webhook names, never an
 * amount. Blnk's webhook bodies carry amounts as floats (`1.23456e+23` for
 * 123456000000000000000789), so a delivery is a trigger only: whoever acts on one of these reads
 * the row itself from Blnk. Small and JSON-safe, because it crosses processes through Redis.
 *
 * Made by server/webhooks/ from a verified delivery; carried by live/bus.ts; consumed by
 * live/hub.ts, which fetches the truth once per process and hands it to the subscriptions.
 */

/** Blnk's transaction events (it sends none for QUEUED or SCHEDULED rows). */
export type TransactionEventName = 'transaction.applied' | 'transaction.inflight' | 'transaction.rejected' | 'transaction.void';

export const TRANSACTION_EVENTS: readonly TransactionEventName[] = [
  'transaction.applied',
  'transaction.inflight',
  'transaction.rejected',
  'transaction.void',
];

export type LedgerEvent =
  /** A transaction row written: a queued outcome (`<ref>_q`), a skipQueue row, a commit, a void, a refund, a bulk item. */
  | {
      kind: 'transaction';
      event: TransactionEventName;
      transactionId: string;
      /** APPLIED, INFLIGHT, REJECTED, VOID, as Blnk wrote it. */
      status: string;
      /** The queued original for a `_q` row, the hold for a commit or void, the batch for a bulk item; null when none. */
      parentTransactionId: string | null;
      reference: string;
      /** The balances it moves between: each may have changed. */
      source: string;
      destination: string;
      /** `meta_data.QUEUED_PARENT_TRANSACTION` when Blnk set it (a queued row's outcome, a queued bulk item's). */
      queuedParentId: string | null;
    }
  | { kind: 'balance.created'; balanceId: string; ledgerId: string; identityId: string | null }
  | { kind: 'ledger.created'; ledgerId: string }
  | { kind: 'identity.created'; identityId: string }
  /** `bulk_transaction.applied`: Blnk sends it for runAsync batches only. */
  | { kind: 'bulk.applied'; batchId: string; transactionCount: number | null }
  /**
   * `balance.monitor`: the monitor's condition holds after an applied transaction. Blnk fires it
   * again on every applied transaction while it holds; the hub emits once per (monitor, balance version).
   */
  | { kind: 'monitor'; monitorId: string; balanceId: string }
  /**
   * A monitor's alert, decided once for every process: the process that first marks
   * (monitor, balance version) (live/alert-marks, in Redis when REDIS_URL is set) publishes it, and
   * every process hands it to its `balanceAlert` subscribers with the balance read at that version or later.
   */
  | { kind: 'alert'; monitorId: string; balanceId: string; balanceVersion: number };

export type LedgerEventKind = LedgerEvent['kind'];
