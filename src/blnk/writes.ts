import type { BlnkClient } from './client.js';
import { BlnkError } from './errors.js';
import type { Transaction } from './model.js';
import type { RecordTransactionBody } from './wire.js';

/**
 * Recording a transaction exactly once. Every transaction carries a reference, which Blnk keeps
 * unique. When the connection fails after the request may have been sent, nobody knows whether
 * Blnk recorded it, so it is sent once more with the same reference:
 * - with skip_queue, a duplicate-reference answer means the first attempt landed, and the
 *   transaction is read back by reference;
 * - queued, Blnk answers 201 either way and only drops the duplicate later, so the row is looked
 *   up by reference (briefly, since Blnk writes it asynchronously) and that one is returned.
 * Either way the caller sees one transaction and the balances move once.
 */
export async function recordTransactionOnce(client: BlnkClient, body: RecordTransactionBody): Promise<Transaction> {
  try {
    return await client.recordTransaction(body);
  } catch (error) {
    if (!(error instanceof BlnkError) || error.code !== 'UPSTREAM_UNAVAILABLE') throw error;
  }
  let retried: Transaction;
  try {
    retried = await client.recordTransaction(body);
  } catch (error) {
    if (error instanceof BlnkError && error.code === 'TXN_DUPLICATE_REFERENCE') {
      return client.getTransactionByReference(body.reference);
    }
    throw error;
  }
  if (body.skip_queue) return retried;
  return (await findByReference(client, body.reference)) ?? retried;
}

const LOOKUP_DELAYS_MS = [20, 50, 100, 200];

async function findByReference(client: BlnkClient, reference: string): Promise<Transaction | null> {
  for (const ms of LOOKUP_DELAYS_MS) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    try {
      return await client.getTransactionByReference(reference);
    } catch (error) {
      if (!(error instanceof BlnkError) || !error.isNotFound) throw error;
    }
  }
  return null;
}
