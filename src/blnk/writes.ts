import { type BlnkClient, FILTER_PAGE_MAX } from './client.js';
import { BlnkError } from './errors.js';
import type { BulkResult, Transaction } from './model.js';
import type { BulkTransfersInput, InflightUpdateInput, TransferInput } from './inputs.js';

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
  /** A batch commit or void: the holds whose children to read before retrying (in input order). */
  holdIds?: string[];
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

/**
 * How long the gateway waits for the row of a queued write it is about to answer with: Blnk
 * v0.15.2 writes the QUEUED row after its 201 (a goroutine resolves both balances first), so an
 * id answered at once may not be readable yet. Usually a few milliseconds; waited for up to about 2.3 s.
 */
const ROW_DELAYS_MS = [0, 10, 20, 40, 80, 160, 320, 640, 1000];

export async function poll<T>(attempt: () => Promise<T | null>): Promise<T | null> {
  for (const ms of LOOKUP_DELAYS_MS) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const found = await attempt();
    if (found) return found;
  }
  return null;
}

/** The transaction with this id, or null while Blnk has none. */
async function byId(client: BlnkClient, id: string): Promise<Transaction | null> {
  try {
    return await client.getTransaction(id);
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound) return null;
    throw error;
  }
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
export async function orUnknown<T>(work: () => Promise<T | null>): Promise<T | null> {
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
export async function recordTransactionOnce(client: BlnkClient, body: TransferInput): Promise<Transaction> {
  const unknown = (failure: BlnkError) =>
    new UnknownOutcome(
      failure,
      { reference: body.reference },
      'Blnk may have recorded the transaction: look it up by its reference (extensions.reference) before retrying, and retry only with that same reference',
    );
  try {
    const answered = await client.recordTransaction(body);
    return body.skipQueue ? answered : await settleQueued(client, answered, body.sources?.length ?? body.destinations?.length ?? 0);
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
  if (body.skipQueue) return retried;
  return (await orUnknown(() => poll(() => byReference(client, body.reference)))) ?? retried;
}

/**
 * A queued write's answer made usable at once. Blnk answers 201 before it writes the QUEUED row,
 * so the id it answers can be unknown to every read, commit, void and refund for a moment, and
 * never becomes known at all when the reference was already taken (Blnk drops the write
 * silently). The row is read back by reference, briefly: the answered id found means the row is
 * written; another id found means the reference belongs to another transaction, which is
 * answered as Blnk answers a duplicate reference with skip_queue (nothing was written). A split
 * has no row of its own: its legs (children, `<reference>_<n>`) are waited for instead. When
 * nothing shows within the bound, Blnk's answer is returned as it came.
 */
export async function settleQueued(client: BlnkClient, answered: Transaction, legs = 0): Promise<Transaction> {
  if (answered.status !== 'QUEUED' && answered.status !== 'SCHEDULED') return answered;
  for (const ms of ROW_DELAYS_MS) {
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    if (legs > 0) {
      const written = await orUnknown(() => childrenOf(client, answered.id));
      if (written && written.length >= legs) return answered;
      const taken = await orUnknown(() => byReference(client, `${answered.reference}_1`));
      if (taken && taken.parentTransactionId !== answered.id) throw duplicateReference(answered.reference);
      continue;
    }
    const row = await orUnknown(() => byReference(client, answered.reference));
    if (!row) continue;
    if (row.id === answered.id) return answered;
    throw duplicateReference(answered.reference);
  }
  return answered;
}

/** Blnk's own refusal of a taken reference, so that it maps as everywhere else. */
function duplicateReference(reference: string): BlnkError {
  return new BlnkError(
    409,
    'TXN_DUPLICATE_REFERENCE',
    `reference ${reference} is taken by another transaction (Blnk drops the queued write)`,
  );
}

/**
 * The row of a transaction that should exist, waited for briefly when Blnk does not know it yet
 * (a queued write whose row Blnk writes after answering). Null when it never shows.
 *
 * `accept`: a row it refuses counts as not there (and is waited for like a missing one), so a
 * caller who may not see a row cannot tell it from a missing id by how long the answer takes.
 */
export async function awaitRow(
  client: BlnkClient,
  id: string,
  accept: (row: Transaction) => boolean | Promise<boolean> = () => true,
): Promise<Transaction | null> {
  for (const ms of ROW_DELAYS_MS) {
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    let row: Transaction;
    try {
      row = await client.getTransaction(id);
    } catch (error) {
      if (!(error instanceof BlnkError && error.isNotFound)) throw error;
      continue;
    }
    if (await accept(row)) return row;
  }
  return null;
}

/**
 * A bulk request, sent once. Blnk names the batch only in its answer, so when that is lost the
 * batch is found through its first reference (the row's parent is the batch): the caller learns
 * whether it landed, and under which batch id, instead of sending it again.
 */
export async function recordBulkOnce(client: BlnkClient, body: BulkTransfersInput): Promise<BulkResult> {
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

/** How long a commit or void waits for a queued hold to be applied (real Blnk: 0.25–1.3 s). */
const HOLD_WAIT_MS = 5_000;

/** A commit or void of a queued hold that Blnk's queue has not made INFLIGHT: nothing was sent. */
export class HoldNotApplied extends Error {
  override readonly name = 'HoldNotApplied';
  constructor(
    /** QUEUED when the queue has not run within the wait; REJECTED when it refused the hold. */
    readonly status: string,
  ) {
    super(`the hold is ${status}, not INFLIGHT`);
  }
}

/** A QUEUED hold's outcome (`<reference>_q`), waited for up to HOLD_WAIT_MS; null if none by then. */
async function holdOutcome(client: BlnkClient, row: Transaction): Promise<Transaction | null> {
  const deadline = Date.now() + HOLD_WAIT_MS;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    const outcome = await byReference(client, `${row.reference}_q`);
    if (outcome || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Whether a commit or void refused as early (an id Blnk did not know yet) can now be sent: the
 * row has appeared, and is an INFLIGHT hold, or a QUEUED one its queue has since applied.
 */
async function holdReady(client: BlnkClient, id: string): Promise<boolean> {
  const row = await awaitRow(client, id);
  if (!row) return false;
  if (row.status === 'INFLIGHT') return true;
  if (row.status !== 'QUEUED' || !row.inflight) return false;
  return (await holdOutcome(client, row))?.status === 'INFLIGHT';
}

async function childrenOf(client: BlnkClient, id: string): Promise<Transaction[]> {
  const page = await client.filterTransactions({
    filters: [{ field: 'parentTransactionId', operator: 'eq', value: id }],
    limit: FILTER_PAGE_MAX,
  });
  return page.rows;
}

/**
 * Committing or voiding a hold, sent once. Blnk gives these no reference, so the hold's children
 * are read first; when the answer is lost, a child that was not there before (APPLIED for a
 * commit, VOID for a void) is this action, and is the answer. Otherwise the caller is told to
 * read the hold's children before trying again: a blind retry of a partial commit commits twice.
 */
export async function updateInflightOnce(client: BlnkClient, id: string, body: InflightUpdateInput): Promise<Transaction> {
  let { holdId, children: before } = await holdState(client, id);
  const row = holdId === id ? await byId(client, id) : null;
  if (row && row.status === 'QUEUED' && row.inflight) {
    // A queued hold Blnk's queue has not applied yet. Blnk v0.15.2 would drop a queued action
    // (its worker finds no INFLIGHT row and gives up, after answering success), and refuse one
    // with skip_queue (400, "insufficient inflight debit balance"): the hold is waited for first.
    const outcome = await holdOutcome(client, row);
    if (outcome?.status !== 'INFLIGHT') throw new HoldNotApplied(outcome?.status ?? 'QUEUED');
    ({ holdId, children: before } = await holdState(client, id));
  }
  try {
    try {
      return await client.updateInflight(id, body);
    } catch (error) {
      // Refused without effect: perhaps the hold is not written or not applied yet (a queued
      // hold answered a moment ago). Once it is, the action is sent once more.
      const early = error instanceof BlnkError && (error.isNotFound || error.code === 'TXN_NOT_INFLIGHT');
      if (!early || !(await holdReady(client, id))) throw error;
      return await client.updateInflight(id, body);
    }
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

/** A transaction's refund Blnk already wrote, if any: Blnk names it `<refunded row id>_refund`. */
export interface RefundState {
  /**
   * The transaction asked about; null when Blnk has no row under the id (a split's id, a typo),
   * and when a refund was found first (it is not read then).
   */
  original: Transaction | null;
  /** The refund found, or null when none of the rows Blnk would refund has been refunded. */
  refund: Transaction | null;
  /** A queued original's outcome (`<reference>_q`) once its queue has run. */
  outcome?: Transaction | null;
}

/**
 * What Blnk v0.15.2 has already refunded under this id. Blnk refunds the transaction itself
 * and every APPLIED or VOID row whose parent it is (its queued outcome `<ref>_q`, a hold's
 * commits, a split's legs, and its own earlier refund): so a second refund request, refused with
 * 409 for the original, still refunds the first refund and pays the original again. The gateway
 * therefore never sends a refund when `<id>_refund`, or the refund of one of its children, exists.
 * One lookup by reference, one page of children, one batched lookup of their refunds.
 */
export async function refundState(client: BlnkClient, id: string): Promise<RefundState> {
  const direct = await byReference(client, `${id}_refund`);
  if (direct) return { original: null, refund: direct };
  // Blnk's refundable rows: children by parent, and rows whose QUEUED_PARENT_TRANSACTION names
  // the id (a split's or bulk's applied rows; a refund copies it from the row it refunds).
  const [row, byParent, byQueue] = await Promise.all([
    byId(client, id),
    childrenOf(client, id),
    client
      .filterTransactions({
        filters: [{ field: 'metaData.QUEUED_PARENT_TRANSACTION', operator: 'in', values: [id] }],
        limit: FILTER_PAGE_MAX,
      })
      .then((page) => page.rows),
  ]);
  const children = [...new Map([...byParent, ...byQueue].filter((c) => c.id !== id).map((c) => [c.id, c])).values()];
  // Nothing under the id at all: perhaps a queued row Blnk has not written yet.
  const original = row ?? (children.length === 0 ? await awaitRow(client, id) : null);
  const outcome = original ? (children.find((c) => c.reference === `${original.reference}_q`) ?? null) : null;
  const refundable = children.filter((c) => (c.status === 'APPLIED' || c.status === 'VOID') && !c.reference.endsWith('_refund'));
  // A child that is itself a refund (reference <something>_refund) is a refund already made.
  const made = children.find((c) => c.reference.endsWith('_refund'));
  if (made) return { original, outcome, refund: made };
  if (refundable.length === 0) return { original, outcome, refund: null };
  const page = await client.filterTransactions({
    filters: [{ field: 'reference', operator: 'in', values: refundable.map((c) => `${c.id}_refund`) }],
    limit: FILTER_PAGE_MAX,
  });
  return { original, outcome, refund: page.rows[0] ?? null };
}

/** Why Blnk found nothing to refund under an id that exists, for the caller. */
export class NothingToRefund extends Error {
  override readonly name = 'NothingToRefund';
  constructor(
    readonly original: Transaction,
    /** Where it stands: its own status, or its queued outcome's once the queue has run. */
    readonly status: string,
  ) {
    super(`transaction ${original.id} is ${status}: Blnk has nothing to refund`);
  }
}

/**
 * Refunding once. Blnk gives a refund the reference `<txn>_refund` (for a QUEUED original, the
 * refund of the row its queue applied, `<outcome id>_refund`). A transaction already refunded is
 * answered with that refund and nothing is sent (see refundState: Blnk would pay it back again).
 * When the answer is lost, the refund is looked up by that reference. Two refunds of one
 * transaction sent at the same moment can still both reach Blnk (nothing to look up yet for
 * either); Blnk refuses the second with 409 and, v0.15.2, refunds the first refund too: the
 * gateway then answers with the first refund, whose children show the reversal.
 */
export async function refundOnce(client: BlnkClient, id: string, skipQueue: boolean): Promise<Transaction> {
  const before = await refundState(client, id);
  if (before.refund) return before.refund;
  try {
    const answered = await client.refundTransaction(id, skipQueue);
    return skipQueue ? answered : await settleQueued(client, answered);
  } catch (error) {
    if (error instanceof BlnkError && error.code === 'GEN_CONFLICT') {
      const after = await orUnknown(() => refundState(client, id));
      if (after?.refund) return after.refund;
      throw error;
    }
    if (error instanceof BlnkError && error.isNotFound && before.original) {
      throw new NothingToRefund(before.original, before.outcome?.status ?? before.original.status);
    }
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
