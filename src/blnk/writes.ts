import type { BlnkClient } from './client.js';
import { BlnkError } from './errors.js';
import type { BulkResult, Transaction } from './model.js';
import type { BulkTransactionsBody, InflightUpdateBody, RecordTransactionBody } from './wire.js';

/**
 * Writes whose answer may be lost. Blnk has no idempotency keys: a transaction is unique by its
 * reference, a refund by `<txn>_refund`, and a commit or void by nothing at all. So when a write
 * fails in a way that leaves its outcome unknown, the gateway looks at Blnk's state (never
 * resending blindly) and either answers with what landed, or fails with an `UnknownOutcome` that
 * says what the caller must look up before it tries again.
 */

/**
 * A failure after which the write may have happened: no answer (the connection dropped, the
 * deadline passed), an answer that could not be read, or any 5xx (a proxy's 502, a panic's
 * empty 500). None of them proves that Blnk did nothing.
 */
export function outcomeUnknown(error: unknown): error is BlnkError {
  return error instanceof BlnkError && (error.isTransport || error.status >= 500);
}

/** What a caller looks up to learn what became of a write the gateway could not confirm. */
export interface Lookup {
  /** The transaction's reference (transactionByReference). */
  reference?: string;
  /** A bulk request's references, in input order. */
  references?: string[];
  /** The bulk batch, when one of its transactions was found: every row's parentTransactionId. */
  batchId?: string;
  /** The hold whose children show a commit or void (transaction(id) { children }). */
  holdId?: string;
}

/** A write that may or may not have reached Blnk, with what to look up and how to proceed. */
export class UnknownOutcome extends Error {
  override readonly name = 'UnknownOutcome';

  constructor(
    /** The failure, for its client code (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_ERROR). */
    readonly failure: BlnkError,
    readonly lookup: Lookup,
    /** For people: what to look up and when a retry is safe. */
    readonly advice: string,
  ) {
    super(advice, { cause: failure });
  }
}

/** Bounded polling for rows Blnk writes asynchronously (a queued transaction, a queued commit). */
const LOOKUP_DELAYS_MS = [20, 50, 100, 200];

async function poll<T>(attempt: () => Promise<T | null>): Promise<T | null> {
  for (const ms of LOOKUP_DELAYS_MS) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const found = await attempt();
    if (found) return found;
  }
  return null;
}

/** The transaction with this reference, or null while Blnk has none. */
async function byReference(client: BlnkClient, reference: string): Promise<Transaction | null> {
  try {
    return await client.getTransactionByReference(reference);
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound) return null;
    throw error;
  }
}

/** A lookup that itself fails leaves the outcome as unknown as before: the caller still gets the lookup. */
async function orUnknown<T>(work: () => Promise<T | null>): Promise<T | null> {
  try {
    return await work();
  } catch {
    return null;
  }
}

/**
 * Worth sending again with the same reference: no answer at all. A 5xx is Blnk's (or a proxy's)
 * answer, and a write is never sent twice on an answer: the caller gets the reference instead.
 */
function resendable(error: unknown): boolean {
  return error instanceof BlnkError && error.code === 'UPSTREAM_UNAVAILABLE';
}

/**
 * Recording a transaction exactly once. Every transaction carries a reference, which Blnk keeps
 * unique. When the request may have been sent and no usable answer came back, it is sent once
 * more with the same reference (after a connection failure only; a 5xx answers with the reference):
 * - with skip_queue, a duplicate-reference answer means the first attempt landed, and the
 *   transaction is read back by reference;
 * - queued, Blnk answers 201 either way and only drops the duplicate later, so the row is looked
 *   up by reference (briefly, since Blnk writes it asynchronously) and that one is returned.
 * Either way the caller sees one transaction and the balances move once. When even that fails,
 * the UnknownOutcome names the reference.
 */
export async function recordTransactionOnce(client: BlnkClient, body: RecordTransactionBody): Promise<Transaction> {
  const unknown = (failure: BlnkError) =>
    new UnknownOutcome(
      failure,
      { reference: body.reference },
      'Blnk may have recorded the transaction: look it up by its reference (extensions.reference) before retrying, and retry only with that same reference',
    );
  try {
    return await client.recordTransaction(body);
  } catch (error) {
    if (!resendable(error)) throw outcomeUnknown(error) ? unknown(error) : error;
  }
  let retried: Transaction;
  try {
    retried = await client.recordTransaction(body);
  } catch (error) {
    if (error instanceof BlnkError && error.code === 'TXN_DUPLICATE_REFERENCE') {
      try {
        return await client.getTransactionByReference(body.reference);
      } catch (lookupError) {
        throw outcomeUnknown(lookupError) ? unknown(lookupError) : lookupError;
      }
    }
    throw outcomeUnknown(error) ? unknown(error) : error;
  }
  if (body.skip_queue) return retried;
  return (await orUnknown(() => poll(() => byReference(client, body.reference)))) ?? retried;
}

/**
 * A bulk request, sent once. Blnk names the batch only in its answer, so when that is lost the
 * batch is found through its first reference (the row's parent is the batch): the caller learns
 * whether it landed, and under which batch id, instead of sending it again.
 */
export async function recordBulkOnce(client: BlnkClient, body: BulkTransactionsBody): Promise<BulkResult> {
  try {
    return await client.recordBulkTransactions(body);
  } catch (error) {
    if (!outcomeUnknown(error)) throw error;
    const references = body.transactions.map((txn) => txn.reference);
    const first = await orUnknown(() => poll(() => byReference(client, references[0]!)));
    const batchId = first?.parentTransactionId ?? undefined;
    if (batchId) {
      throw new UnknownOutcome(
        error,
        { references, batchId },
        `Blnk recorded the batch (extensions.batchId) but its answer was lost: do not send it again; its transactions carry the references in extensions.references`,
      );
    }
    throw new UnknownOutcome(
      error,
      { references },
      'Blnk may have recorded the batch: look its transactions up by the references in extensions.references (in input order) before retrying, and retry only with those same references',
    );
  }
}

/**
 * The hold an inflight action applies to (the id itself, or the INFLIGHT row a QUEUED one
 * became), with the ids of its children now.
 */
async function holdState(client: BlnkClient, id: string): Promise<{ holdId: string; children: Set<string> }> {
  const children = await childrenOf(client, id);
  const queuedOutcome = children.find((c) => c.status === 'INFLIGHT');
  if (!queuedOutcome) return { holdId: id, children: new Set(children.map((c) => c.id)) };
  const ofHold = await childrenOf(client, queuedOutcome.id);
  return { holdId: queuedOutcome.id, children: new Set(ofHold.map((c) => c.id)) };
}

async function childrenOf(client: BlnkClient, id: string): Promise<Transaction[]> {
  const page = await client.filterTransactions({
    filters: [{ field: 'parent_transaction', operator: 'eq', value: id }],
    limit: 100,
  });
  return page.rows;
}

/**
 * Committing or voiding a hold, sent once. Blnk gives these no reference, so the hold's children
 * are read first; when the answer is lost, a child that was not there before (APPLIED for a
 * commit, VOID for a void) is this action, and is the answer. Otherwise the caller is told to
 * read the hold's children before trying again: a blind retry of a partial commit commits twice.
 */
export async function updateInflightOnce(client: BlnkClient, id: string, body: InflightUpdateBody): Promise<Transaction> {
  const { holdId, children: before } = await holdState(client, id);
  try {
    return await client.updateInflight(id, body);
  } catch (error) {
    if (!outcomeUnknown(error)) throw error;
    const wanted = body.status === 'commit' ? 'APPLIED' : 'VOID';
    const landed = await orUnknown(() =>
      poll(async () => (await childrenOf(client, holdId)).find((c) => !before.has(c.id) && c.status === wanted) ?? null),
    );
    if (landed) return landed;
    throw new UnknownOutcome(
      error,
      { holdId },
      `Blnk may still ${body.status} the hold: read its children (transaction(id: extensions.holdId) { children }) before retrying; a new ${wanted} child is this ${body.status}`,
    );
  }
}

/**
 * Refunding once. Blnk gives a refund the reference `<txn>_refund` and refuses a second refund
 * of the same transaction, so when the answer is lost the refund is looked up by that reference
 * (for a QUEUED original, Blnk refunds the row its queue applied, `<ref>_q`).
 */
export async function refundOnce(client: BlnkClient, id: string, skipQueue: boolean): Promise<Transaction> {
  try {
    return await client.refundTransaction(id, skipQueue);
  } catch (error) {
    if (!outcomeUnknown(error)) throw error;
    let reference = `${id}_refund`;
    const found = await orUnknown(() =>
      poll(async () => {
        const direct = await byReference(client, reference);
        if (direct) return direct;
        const original = await client.getTransaction(id);
        if (original.status !== 'QUEUED') return null;
        const applied = await byReference(client, `${original.reference}_q`);
        if (!applied) return null;
        reference = `${applied.id}_refund`;
        return byReference(client, reference);
      }),
    );
    if (found) return found;
    throw new UnknownOutcome(
      error,
      { reference },
      'Blnk may have recorded the refund: look it up by its reference (extensions.reference, Blnk names refunds <transaction id>_refund) before retrying',
    );
  }
}
