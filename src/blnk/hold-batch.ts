import { type BlnkClient, FILTER_PAGE_MAX } from './client.js';
import type { BlnkError } from './errors.js';
import type { BulkInflightOutcome, Transaction } from './model.js';
import { orUnknown, outcomeUnknown, poll, UnknownOutcome } from './writes.js';

/**
 * Committing or voiding many holds at once (POST /transactions/inflight/bulk/commit|void, at
 * most 100), sent once. Only whole commits and voids: Blnk refuses a second full commit
 * (ALREADY_COMMITTED) and a second void (ALREADY_VOIDED), so the batch, sent again, never moves
 * money twice. What is read around the one POST:
 * - before: the holds (one filter by id) and their children (one filter by parent, per 100):
 *   an id Blnk does not know is answered as missing, and a QUEUED hold its queue has not applied
 *   (or rejected) as not ready, neither of them sent (Blnk v0.15.2 would drop a queued action on
 *   it, or refuse it with skip_queue); a QUEUED hold its queue has applied is settled through the
 *   INFLIGHT row its queue wrote (`<reference>_q`), whose children then show the commit or void;
 * - after, with skip_queue: the holds' children again, where each succeeded id's new APPLIED
 *   (commit) or VOID (void) child is its answer; queued, the hold itself is (still INFLIGHT);
 * - when the answer is lost: the children, polled briefly; a hold with a new child is answered
 *   with it, and the others are named (UnknownOutcome.lookup.holdIds) for the caller to read.
 */

export type HoldAction = 'commit' | 'void';

export interface HoldSettlement {
  id: string;
  /** The commit or void row (skip_queue), the hold (queued), or null when it failed. */
  transaction: Transaction | null;
  /**
   * Why it failed: Blnk's code (NOT_FOUND, ALREADY_COMMITTED, ALREADY_VOIDED, NOT_INFLIGHT,
   * LOCKED, ALREADY_QUEUED, INTERNAL_ERROR), or NOT_APPLIED for a queued hold not yet INFLIGHT
   * (not sent); null when it succeeded.
   */
  failure: string | null;
  /** Whether Blnk was asked: false for the ids answered from the read before. */
  sent: boolean;
}

/** Blnk's limit per bulk commit or void (api/model MaxBulkInflightItems). */
export const MAX_BULK_HOLDS = 100;

async function rowsById(client: BlnkClient, ids: readonly string[]): Promise<Map<string, Transaction>> {
  const page = await client.filterTransactions({ filters: [{ field: 'id', operator: 'in', values: [...ids] }], limit: FILTER_PAGE_MAX });
  return new Map(page.rows.map((row) => [row.id, row]));
}

/** Every child of the holds, by parent: pages of 100 until one comes back short. */
async function childrenOfAll(client: BlnkClient, ids: readonly string[]): Promise<Map<string, Transaction[]>> {
  const byParent = new Map<string, Transaction[]>(ids.map((id) => [id, []]));
  for (let offset = 0; ; offset += FILTER_PAGE_MAX) {
    const page = await client.filterTransactions({
      filters: [{ field: 'parentTransactionId', operator: 'in', values: [...ids] }],
      limit: FILTER_PAGE_MAX,
      offset,
    });
    for (const row of page.rows) byParent.get(row.parentTransactionId ?? '')?.push(row);
    if (page.rows.length < FILTER_PAGE_MAX) return byParent;
  }
}

export async function settleHoldsOnce(
  client: BlnkClient,
  action: HoldAction,
  ids: readonly string[],
  skipQueue: boolean,
): Promise<HoldSettlement[]> {
  const wanted = action === 'commit' ? 'APPLIED' : 'VOID';
  const [rows, before] = await Promise.all([rowsById(client, ids), childrenOfAll(client, ids)]);
  const answers = new Map<string, HoldSettlement>();
  /** The hold each given id names: itself, or for a queued hold the INFLIGHT row its queue wrote. */
  const holdOf = new Map<string, string>();
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) {
      answers.set(id, { id, transaction: null, failure: 'NOT_FOUND', sent: false });
    } else if (row.status === 'QUEUED' && row.inflight) {
      // Blnk keeps a queued hold QUEUED and writes what its queue made of it as `<reference>_q`.
      const applied = before.get(id)?.find((c) => c.reference === `${row.reference}_q`);
      if (applied?.status === 'INFLIGHT') holdOf.set(id, applied.id);
      else answers.set(id, { id, transaction: null, failure: applied ? 'REJECTED' : 'NOT_APPLIED', sent: false });
    } else {
      holdOf.set(id, id);
    }
  }
  const appliedHolds = [...holdOf.values()].filter((hold) => !before.has(hold));
  if (appliedHolds.length > 0) {
    for (const [hold, children] of await childrenOfAll(client, appliedHolds)) before.set(hold, children);
  }
  const seen = new Map([...before].map(([hold, children]) => [hold, new Set(children.map((c) => c.id))]));
  const toSend = [...holdOf.values()];
  const givenFor = new Map([...holdOf].map(([given, hold]) => [hold, given]));
  const newChild = (after: Map<string, Transaction[]>, hold: string) =>
    after.get(hold)?.find((c) => !seen.get(hold)?.has(c.id) && c.status === wanted) ?? null;
  if (toSend.length > 0) {
    let answered: BulkInflightOutcome[];
    try {
      answered =
        action === 'commit' ? await client.bulkCommitInflight(toSend, skipQueue) : await client.bulkVoidInflight(toSend, skipQueue);
    } catch (error) {
      if (!outcomeUnknown(error)) throw error;
      return lostAnswer(client, error, action, ids, toSend, givenFor, answers, newChild);
    }
    const after = skipQueue && answered.some((o) => o.status === 'succeeded') ? await childrenOfAll(client, toSend) : null;
    for (const o of answered) {
      const id = givenFor.get(o.id) ?? o.id;
      if (o.status === 'failed') {
        answers.set(id, { id, transaction: null, failure: o.code ?? 'INTERNAL_ERROR', sent: true });
      } else if (o.status === 'queued') {
        // ALREADY_QUEUED counts as accepted for Blnk; here it is said, so no one waits for a second action.
        const again = o.code === 'ALREADY_QUEUED';
        answers.set(id, { id, transaction: again ? null : (rows.get(id) ?? null), failure: again ? 'ALREADY_QUEUED' : null, sent: true });
      } else {
        answers.set(id, { id, transaction: (after && newChild(after, o.id)) ?? rows.get(id) ?? null, failure: null, sent: true });
      }
    }
  }
  return ids.map((id) => answers.get(id) ?? { id, transaction: null, failure: 'INTERNAL_ERROR', sent: true });
}

async function lostAnswer(
  client: BlnkClient,
  error: BlnkError,
  action: HoldAction,
  ids: readonly string[],
  sent: readonly string[],
  givenFor: Map<string, string>,
  answers: Map<string, HoldSettlement>,
  newChild: (after: Map<string, Transaction[]>, hold: string) => Transaction | null,
): Promise<HoldSettlement[]> {
  const landed = new Map<string, Transaction>();
  await orUnknown(() =>
    poll(async () => {
      const after = await childrenOfAll(client, sent);
      for (const id of sent) {
        const child = newChild(after, id);
        if (child) landed.set(id, child);
      }
      return landed.size === sent.length ? true : null;
    }),
  );
  const unknown = sent.filter((hold) => !landed.has(hold));
  if (unknown.length > 0) {
    throw new UnknownOutcome(
      error,
      { holdIds: unknown },
      `Blnk may still ${action} these holds: read their children (transaction(id) { children }) for each of extensions.holdIds before retrying; a new ${action === 'commit' ? 'APPLIED' : 'VOID'} child is this ${action}. Sending the same ids again is safe: Blnk refuses a second full ${action} of a hold`,
    );
  }
  for (const [hold, child] of landed) {
    const id = givenFor.get(hold) ?? hold;
    answers.set(id, { id, transaction: child, failure: null, sent: true });
  }
  return ids.map((id) => answers.get(id)!);
}
