import { isBulkId } from '../domain/ids.js';
import { ValidationError } from './errors.js';

/**
 * Metadata keys Blnk v0.15.2 writes itself into a transaction's metadata to run its queue: the
 * queued original a row came from, the lane and balance pair it was queued on, and a bulk item's
 * position in its batch. They are Blnk's bookkeeping, not the caller's metadata: hidden from
 * every answer, and refused in what a caller writes (Blnk reads QUEUED_PARENT_TRANSACTION back
 * when it refunds: a row claiming another transaction as its queued parent would be refunded
 * with it).
 */
export const QUEUE_KEYS = ['QUEUED_PARENT_TRANSACTION', 'queue_lane', 'queue_pair_key'] as const;

/** Only on a bulk item's rows (their parent, or queued parent, is a bulk_ batch id). */
const BATCH_KEYS = ['sequence'] as const;

/**
 * A transaction's metadata as clients see it: without Blnk's queue keys (and, on a bulk item's
 * rows, its `sequence`). Null when nothing of the caller's is left.
 */
export function clientMetaData(meta: Record<string, unknown> | null, batchRow: boolean): Record<string, unknown> | null {
  if (!meta) return null;
  const hidden: readonly string[] = batchRow ? [...QUEUE_KEYS, ...BATCH_KEYS] : QUEUE_KEYS;
  if (!hidden.some((key) => key in meta)) return meta;
  const kept = Object.fromEntries(Object.entries(meta).filter(([key]) => !hidden.includes(key)));
  return Object.keys(kept).length > 0 ? kept : null;
}

/** Whether a row belongs to a bulk batch, by its parent or its queued parent. */
export function isBatchRow(parentTransactionId: string | null, meta: Record<string, unknown> | null): boolean {
  const queued = meta?.QUEUED_PARENT_TRANSACTION;
  return isBulkId(parentTransactionId ?? '') || (typeof queued === 'string' && isBulkId(queued));
}

/** Refuses a caller's metadata that sets one of Blnk's queue keys. */
export function refuseQueueKeys(meta: Record<string, unknown> | undefined, field = 'metaData'): void {
  if (!meta) return;
  const key = QUEUE_KEYS.find((k) => k in meta);
  if (key) throw new ValidationError(`${key} is a key Blnk writes itself to run its queue: use another name`, `${field}.${key}`);
}
