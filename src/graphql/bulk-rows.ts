/** The rows Blnk wrote for a bulk request's items, waited for briefly when queued. */
import { BlnkError } from '../blnk/errors.js';
import type { Transaction } from '../blnk/model.js';
import type { Context } from './context.js';

export type BulkPayload = { batchId: string; status: string; transactionCount: number | null; references: string[] };

/** Each waits longer; together about 0.4 s, for Blnk to write a queued item's row. */
const ITEM_WAITS_MS = [25, 50, 100, 200];

/**
 * The rows of a bulk request's items, by reference through the batched loader: one filter call
 * per 100 items. Blnk writes a queued item's row just after it answers (a goroutine), so a
 * missing item is looked up again a few times, briefly; a row with another parent is not this
 * batch's (Blnk dropped the item as a duplicate reference).
 */
export async function bulkRows(payload: BulkPayload, references: readonly string[], ctx: Context): Promise<(Transaction | null)[]> {
  const loader = ctx.loaders.transactionByReference;
  const read = async () =>
    (await loader.loadMany(references)).map((row, i) => {
      if (!(row instanceof Error)) return row.parentTransactionId === payload.batchId ? row : null;
      if (row instanceof BlnkError && row.isNotFound) {
        loader.clear(references[i]!);
        return undefined;
      }
      throw row;
    });
  let rows = await read();
  for (const ms of ITEM_WAITS_MS) {
    if (!rows.includes(undefined)) break;
    await new Promise((resolve) => setTimeout(resolve, ms));
    rows = await read();
  }
  return rows.map((row) => row ?? null);
}
