import { hashOf } from '../engine.js';
import { ApiError, holdsNul, notFound, nulInParams, nulRefused } from '../errors.js';
import { newId } from '../ids.js';
import { NotifyRefused, tooLong, transactionPayloadBytes } from '../notify.js';
import { toJson } from '../json.js';
import type { Json } from '../json.js';
import { exactDecimal, toMinorUnits } from '../money.js';
import type { Deps, Router } from '../router.js';
import type { Leg, MetaData, TransactionRow } from '../store.js';
import { nowMicros } from '../time.js';
import { bulkData, systemErrorData, transactionData } from '../webhook-data.js';
import { sortedJson, transactionJson } from '../wire.js';
import type { CreatedFlags } from '../wire.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { transactionReader } from './readers.js';
import { distribute, parseTransactionInput } from './transaction-input.js';
import type { TransactionInput } from './transaction-input.js';

export function transactionOr404(deps: Deps, id: string): TransactionRow {
  if (id.includes('\u0000')) throw nulRefused('Failed to retrieve transaction');
  const row = deps.store.transactions.get(id);
  if (!row) throw notFound('TXN_NOT_FOUND', `Transaction with ID '${id}' not found`);
  return row;
}

/** The row a transaction input describes, before it is resolved or applied. */
function newRow(input: TransactionInput, overrides: Partial<TransactionRow> = {}): TransactionRow {
  const now = nowMicros();
  return {
    transaction_id: newId('txn'),
    parent_transaction: '',
    source: input.source,
    destination: input.destination,
    reference: input.reference,
    currency: input.currency,
    description: input.description,
    status: 'QUEUED',
    precise_amount: input.preciseAmount,
    precision: input.precision,
    overdraft_limit: input.overdraftLimit,
    hash: '',
    created_at: now,
    effective_date: input.effectiveDate ?? now,
    scheduled_for: input.scheduledFor,
    inflight_expiry_date: input.inflightExpiryDate,
    inflight_commit_date: input.inflightCommitDate,
    meta_data: systemMeta(input),
    ...overrides,
  };
}

/** allow_overdraft, inflight and atomic are not columns: Blnk keeps them in meta_data. */
function systemMeta(input: TransactionInput): MetaData {
  const meta: Record<string, Json> = { ...input.metaData };
  if (input.allowOverdraft) meta.allow_overdraft = true;
  if (input.inflight) meta.inflight = true;
  if (input.atomic) meta.atomic = true;
  return Object.keys(meta).length > 0 ? meta : input.metaData;
}

/**
 * The create answer's flags. A queued answer echoes source and destination as sent (`@World`);
 * with skip_queue Blnk answers the struct it recorded, whose sides are the resolved balance ids.
 */
function flagsOf(input: TransactionInput): CreatedFlags {
  return {
    allow_overdraft: input.allowOverdraft,
    inflight: input.inflight,
    skip_queue: input.skipQueue,
    atomic: input.atomic,
    ...(input.skipQueue ? {} : { source: input.source, destination: input.destination }),
    ...(input.fromAmount ? { noAmountString: true } : {}),
  };
}

/**
 * Resolves `@indicators` (creating them) and applies now; throws on any refusal. U+0000 fails
 * where PostgreSQL meets it, in Blnk's order (real Blnk v0.15.2): the reference's existence
 * check, then each side's balance read (an @indicator's insert, whose 8th parameter it is), then
 * the transaction's insert (currency $8, description $10, meta_data $13). The sandbox checks the
 * insert before the funds, which Blnk checks first.
 */
function applyNow(deps: Deps, row: TransactionRow, input: TransactionInput): TransactionRow {
  if (row.reference.includes('\u0000')) throw nulRefused('Failed to check if transaction exists');
  if (deps.store.references.has(row.reference)) {
    throw new ApiError('TXN_DUPLICATE_REFERENCE', `transaction validation failed: reference ${row.reference} has already been used`);
  }
  for (const side of [row.source, row.destination]) {
    if (side.includes('\u0000'))
      throw side.startsWith('@') ? nulRefused('Database error occurred', 8) : nulRefused('Failed to scan balance data');
  }
  resolveSides(deps, row);
  const meta = row.meta_data ? { json: toJson(sortedJson(row.meta_data)) } : null;
  const nul = nulInParams('Failed to record transaction', [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    row.currency,
    null,
    row.description,
    null,
    null,
    meta,
  ]);
  if (nul) throw nul;
  return deps.engine.apply(row, { inflight: input.inflight, allowOverdraft: input.allowOverdraft, skipQueue: true });
}

function resolveSides(deps: Deps, row: TransactionRow): void {
  const source = deps.engine.resolve(row.source, row.currency);
  const destination = deps.engine.resolve(row.destination, row.currency);
  if (source) row.source = source.balance_id;
  if (destination) row.destination = destination.balance_id;
}

/**
 * The queued path (section 4.4): the QUEUED row is written after the answer (Blnk prepares it in
 * a goroutine: an immediate GET, commit or void misses it), then a worker applies it as a child
 * with reference `<ref>_q`. A duplicate reference makes that first write fail, so the QUEUED row
 * never appears; refusals at apply time become a REJECTED child. Nothing of this reaches the
 * caller, who got a 201 already. Preparing assigns the hot-pair lane (internal/hotpairs:
 * AssignQueueLane): `queue_lane` ("normal" unless hot-pair routing is on, which it is not by
 * default) and `queue_pair_key` `<source>|<destination>|<CURRENCY>` of the resolved balances.
 * The row's created_at is the time of that write, which the child copies.
 */
function enqueue(deps: Deps, row: TransactionRow, input: TransactionInput): void {
  deps.queue.prepare(() => {
    // U+0000 anywhere fails the queued write in PostgreSQL after the 201: real Blnk v0.15.2
    // writes no row at all (and creates no @indicator balance).
    if (holdsNul([row.reference, row.source, row.destination, row.currency, row.description]) || holdsNul(row.meta_data)) return;
    try {
      resolveSides(deps, row);
    } catch (error) {
      // An @indicator balance whose insert is too long to announce (notify.ts): nothing written.
      if (error instanceof NotifyRefused) return;
      throw error;
    }
    if (deps.store.references.has(row.reference)) {
      // The worker's duplicate-reference failure goes to notification.NotifyError: system.error.
      deps.webhooks.send('system.error', () => systemErrorData(`reference ${row.reference} has already been used`));
      return;
    }
    // Preparing the queued write looks both balances up first (blnk transaction_queue): a
    // missing one fails it, so no QUEUED row, no child, nothing at all is written.
    if (!deps.store.balances.has(row.source) || !deps.store.balances.has(row.destination)) return;
    row.meta_data = {
      ...row.meta_data,
      queue_lane: 'normal',
      queue_pair_key: `${row.source}|${row.destination}|${row.currency.toUpperCase()}`,
    };
    row.created_at = nowMicros();
    // A QUEUED row too long to announce (notify.ts) fails its insert after the 201: real Blnk
    // v0.15.2 writes nothing at all, ever.
    if (tooLong(transactionPayloadBytes(deps.store, row))) return;
    deps.store.insertTransaction(row);
    const settle = () => settleQueued(deps, row, input);
    const due = row.scheduled_for === null ? 0 : (row.scheduled_for - nowMicros()) / 1000;
    if (due > 0) deps.queue.later(due, settle);
    else deps.queue.enqueue(settle);
  });
}

/**
 * The worker's copy of a QUEUED row (createQueueCopy): a new id and `<ref>_q`, the parent's
 * meta_data (QUEUED_PARENT_TRANSACTION, queue_lane, queue_pair_key and, in a bulk, sequence) and
 * its created_at to the microsecond, so the two tie on every created_at order.
 */
function settleQueued(deps: Deps, parent: TransactionRow, input: TransactionInput): void {
  const child: TransactionRow = {
    ...parent,
    transaction_id: newId('txn'),
    parent_transaction: parent.transaction_id,
    reference: `${parent.reference}_q`,
    meta_data: { ...parent.meta_data },
  };
  try {
    deps.engine.apply(child, { inflight: input.inflight, allowOverdraft: input.allowOverdraft });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A row (the child, or a balance it updates) too long to announce (notify.ts) fails the
    // worker's write: Blnk's worker retries it, and the QUEUED row stays QUEUED meanwhile.
    if (error instanceof NotifyRefused) return;
    child.status = 'REJECTED';
    child.meta_data = { ...child.meta_data, blnk_rejection_reason: error.message };
    deps.store.insertTransaction(child);
    deps.webhooks.send('transaction.rejected', () =>
      transactionData(child, {
        allow_overdraft: input.allowOverdraft,
        inflight: input.inflight,
        skip_queue: false,
        atomic: child.meta_data?.atomic === true,
      }),
    );
  }
}

/** One transfer: applied now with skip_queue, queued (or scheduled) otherwise. */
function record(deps: Deps, input: TransactionInput, overrides: Partial<TransactionRow> = {}): TransactionRow {
  const scheduled = input.scheduledFor !== null && input.scheduledFor > nowMicros();
  if (input.skipQueue && !scheduled) return applyNow(deps, newRow(input, overrides), input);
  const row = newRow(input, { ...overrides, status: scheduled ? 'SCHEDULED' : 'QUEUED' });
  // QueueTransaction: the queued row names its parent in meta_data, itself or, in a bulk, the batch.
  row.meta_data = {
    ...row.meta_data,
    QUEUED_PARENT_TRANSACTION: row.parent_transaction.includes('bulk') ? row.parent_transaction : row.transaction_id,
  };
  row.hash = hashOf(row);
  const answer = { ...row };
  enqueue(deps, row, input);
  return answer;
}

/**
 * A split transaction, as Blnk v0.15.2 records one (transaction_queue.go: QueueTransaction,
 * processTxns; model/transaction.go: SplitTransactionPrecise): one transfer per entry of the
 * computed distribution, whose parent_transaction is the split's id (the split itself is not a
 * row). The entries come out of a Go map, so their order is not the input's: the sandbox starts
 * at the second entry so that nothing can rely on input order. `legs[k].transaction_id` is the
 * k-th transfer created, whichever identifier that transfer went to. References are
 * `<ref>-<n>` with skip_queue and `<ref>_<n>` on the queue. With skip_queue a failing transfer
 * leaves the earlier ones applied; with atomic they are then reversed by queued refunds.
 */
function recordSplit(deps: Deps, input: TransactionInput): { row: TransactionRow; flags: CreatedFlags } {
  const parentId = newId('txn');
  const side = input.sources ? 'sources' : 'destinations';
  const legsIn = input.sources ?? input.destinations!;
  const amounts = distribute(input.preciseAmount, input.precision, legsIn);
  const entries = [...amounts];
  const order = [...entries.slice(1), ...entries.slice(0, 1)];
  const legs: Leg[] = legsIn.map((leg) => {
    const out: Leg = { identifier: leg.identifier, distribution: leg.distribution, transaction_id: '' };
    if (leg.preciseDistribution !== undefined) out.precise_distribution = leg.preciseDistribution;
    return out;
  });
  const planned = order.map(([identifier, amount], k) => {
    const transactionId = newId('txn');
    if (k < legs.length) legs[k]!.transaction_id = transactionId;
    const legInput: TransactionInput = {
      ...input,
      preciseAmount: amount,
      reference: input.skipQueue ? `${input.reference}-${k + 1}` : `${input.reference}_${k + 1}`,
      source: side === 'sources' ? identifier : input.source,
      destination: side === 'destinations' ? identifier : input.destination,
    };
    delete legInput.sources;
    delete legInput.destinations;
    return { transactionId, legInput };
  });
  for (const { transactionId, legInput } of planned) {
    try {
      record(deps, legInput, { transaction_id: transactionId, parent_transaction: parentId });
    } catch (error) {
      if (error instanceof ApiError && input.atomic) rollBack(deps, parentId, input.inflight);
      throw error;
    }
  }
  const row = newRow(input, {
    transaction_id: parentId,
    status: input.skipQueue ? (input.inflight ? 'INFLIGHT' : 'APPLIED') : 'QUEUED',
  });
  if (!input.skipQueue) row.meta_data = { ...row.meta_data, QUEUED_PARENT_TRANSACTION: parentId };
  row.hash = hashOf(row);
  return { row, flags: { ...flagsOf(input), [side]: legs } };
}

/**
 * Blnk's rollback of an atomic batch or split (bulk: rollbackBatchTransactions): inflight
 * children are voided at once; otherwise the batch is refunded as POST /refund-transaction would
 * refund it (RefundWorker passes each row's stored skip_queue, always false, so the refunds go
 * through the queue and the originals and their refunds both stay). Only rows that exist during
 * the request are found: a queued item is not APPLIED yet, so it is never rolled back. Refusals
 * are only logged by Blnk.
 */
function rollBack(deps: Deps, parentId: string, inflight: boolean): void {
  if (!inflight) {
    refundAll(deps, parentId, false);
    return;
  }
  for (const child of deps.store.childrenOf(parentId)) {
    try {
      if (child.status === 'INFLIGHT' && child.hold && !child.hold.voided) deps.engine.void(child);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  }
}

const source = (deps: Deps) => ({
  table: 'transactions' as const,
  rows: deps.store.transactions.values(),
  read: transactionReader(deps.store),
  render: (t: TransactionRow) => transactionJson(t, 'row'),
  nullWhenEmpty: false,
});

/** Ids with a queued commit or void not yet run (Blnk: ErrInflightActionQueued), per store. */
const queuedActions = new WeakMap<object, Set<string>>();

/**
 * What an inflight commit or void names (api/transactions.go: UpdateInflightStatus).
 * With skip_queue Blnk looks for INFLIGHT rows that are the id or its children
 * (GetInflightTransactionsByParentID) and answers 400 TXN_NOT_INFLIGHT when there is none, an
 * unknown id included. On the queue (fetchAndValidateInflightTransaction) an unknown id is 404,
 * and IsInflightTransaction also accepts a QUEUED row marked inflight: the action is then
 * queued against that row, and the worker applies it to its INFLIGHT child.
 */
function inflightTarget(deps: Deps, id: string, skipQueue: boolean, action: string): TransactionRow {
  const row = deps.store.transactions.get(id);
  if (skipQueue) {
    const hold = row?.status === 'INFLIGHT' && row.hold ? row : row ? heldChild(deps, row) : undefined;
    if (!hold) throw new ApiError('TXN_NOT_INFLIGHT', `no transaction to ${action}`);
    return hold;
  }
  if (!row) throw notFound('TXN_NOT_FOUND', `Transaction with ID '${id}' not found`);
  if (row.status === 'INFLIGHT' && row.hold) return row;
  if (row.status === 'QUEUED' && row.meta_data?.inflight === true) return row;
  throw new ApiError('TXN_NOT_INFLIGHT', `transaction '${id}' is not in inflight status`);
}

function heldChild(deps: Deps, row: TransactionRow): TransactionRow | undefined {
  return deps.store.childrenOf(row.transaction_id).find((c) => c.status === 'INFLIGHT' && c.hold);
}

/**
 * The refusals an action on a hold meets, now or when the queued action runs, in Blnk's words
 * (transaction_inflight.go); amounts as `%s%.2f`, the currency then the major units.
 */
function checkHold(hold: TransactionRow, requested: bigint | undefined, action: 'commit' | 'void'): bigint {
  const state = hold.hold;
  if (state?.voided) throw new ApiError('TXN_ALREADY_VOIDED', 'transaction has already been voided');
  const remaining = hold.precise_amount - (state?.committed ?? 0n);
  if (remaining === 0n) throw new ApiError('TXN_ALREADY_COMMITTED', `cannot ${action}. Transaction already committed`);
  const major = (v: bigint) => `${hold.currency}${Number(exactDecimal(v, hold.precision)).toFixed(2)}`;
  if (requested !== undefined && requested > hold.precise_amount) {
    throw new ApiError(
      'TXN_COMMIT_AMOUNT_EXCEEDED',
      `cannot commit more than the original transaction amount. Original: ${major(hold.precise_amount)}, Requested: ${major(requested)}`,
    );
  }
  if (requested !== undefined && requested > remaining) {
    throw new ApiError(
      'TXN_COMMIT_AMOUNT_EXCEEDED',
      `cannot commit more than the remaining amount. Available: ${major(remaining)}, Requested: ${major(requested)}`,
    );
  }
  return requested ?? remaining;
}

/** classifyInflightError's stable code for a refusal of a commit or void. */
function inflightCode(error: ApiError): string {
  if (error.code === 'TXN_ALREADY_VOIDED') return 'ALREADY_VOIDED';
  if (error.code === 'TXN_ALREADY_COMMITTED') return 'ALREADY_COMMITTED';
  if (error.code === 'TXN_COMMIT_AMOUNT_EXCEEDED') return 'INVALID_AMOUNT';
  return 'INTERNAL_ERROR';
}

/** ProcessTransactionInBatches wraps what its workers refused: "error occurred during processing: [...]". */
function inBatch(error: ApiError): ApiError {
  return new ApiError(error.code, `error occurred during processing: [${error.message}]`, error.options);
}

/**
 * What POST /refund-transaction/:id refunds (GetRefundableTransactionsByParentID): the row itself
 * if APPLIED, its children that are APPLIED or VOID, and every APPLIED row whose
 * meta_data.QUEUED_PARENT_TRANSACTION names it; newest first. A refund is itself a child of
 * what it refunds, so a second refund of the same id finds the first refund too.
 */
function refundable(deps: Deps, id: string): TransactionRow[] {
  const rows = [...deps.store.transactions.values()].filter(
    (t) =>
      (t.transaction_id === id && t.status === 'APPLIED') ||
      (t.parent_transaction === id && (t.status === 'APPLIED' || t.status === 'VOID')) ||
      (t.status === 'APPLIED' && t.meta_data?.QUEUED_PARENT_TRANSACTION === id),
  );
  return rows.sort((a, b) => b.created_at - a.created_at);
}

/** Blnk's default transaction.batch_size, the page ProcessTransactionInBatches fetches. */
const REFUND_BATCH = 1000;

/** IsTransactionRefunded: a row under it with the sides swapped. */
function isRefunded(deps: Deps, row: TransactionRow): boolean {
  return deps.store.childrenOf(row.transaction_id).some((c) => c.source === row.destination && c.destination === row.source);
}

/**
 * One refund (RefundTransaction, prepareRefundTransaction): a copy of the row, description and
 * meta_data included, named `<txn>_refund`, child of it, sides swapped, allow_overdraft always
 * true; a VOID row's refund is inflight. It goes through the queue unless skip_queue.
 */
function refundOne(deps: Deps, original: TransactionRow, skipQueue: boolean): { row: TransactionRow; input: TransactionInput } {
  if (isRefunded(deps, original)) {
    throw new ApiError('GEN_CONFLICT', `transaction ${original.transaction_id} has already been refunded`);
  }
  const input: TransactionInput = {
    preciseAmount: original.precise_amount,
    precision: original.precision,
    source: original.destination,
    destination: original.source,
    reference: `${original.transaction_id}_refund`,
    currency: original.currency,
    description: original.description,
    allowOverdraft: true,
    overdraftLimit: original.overdraft_limit,
    inflight: original.status === 'VOID',
    skipQueue,
    atomic: false,
    metaData: original.meta_data ? { ...original.meta_data } : null,
    effectiveDate: null,
    scheduledFor: null,
    inflightExpiryDate: null,
    inflightCommitDate: null,
  };
  // The refund's own id, which Blnk names when its write fails.
  const transactionId = newId('txn');
  try {
    return { row: record(deps, input, { parent_transaction: original.transaction_id, transaction_id: transactionId }), input };
  } catch (error) {
    if (!(error instanceof NotifyRefused)) throw error;
    throw new ApiError('GEN_BAD_REQUEST', `failed to queue refund transaction ${transactionId}: ${persistFailure(error)}`);
  }
}

/** A write that failed in the database, as Blnk's transfer path wraps it (transaction_execution.go). */
function persistFailure(error: ApiError): string {
  return `failed to persist transaction with balances: INTERNAL_SERVER_ERROR: ${error.message}`;
}

/**
 * Refunds everything refundable under an id (ProcessTransactionInBatches with RefundWorker): what
 * can be refunded is, even when another row fails; any failure makes the whole answer an error,
 * "error occurred during processing: [<each error>]". Nothing refundable: 404 "no transaction to
 * refund". So a second refund answers 409 GEN_CONFLICT for the original, and yet refunds the
 * first refund (money moves twice).
 */
function refundAll(deps: Deps, id: string, skipQueue: boolean): { row: TransactionRow; input: TransactionInput } {
  const done: { row: TransactionRow; input: TransactionInput }[] = [];
  const errors: ApiError[] = [];
  const one = (row: TransactionRow) => {
    try {
      done.push(refundOne(deps, row, skipQueue));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.push(error);
    }
  };
  // fetchTransactions pages by offset over a query that the refunds themselves change, running
  // one job ahead of the worker: the next page is read once every row of this one but the last
  // has been refunded. So a refund of a row that carries the id as QUEUED_PARENT_TRANSACTION
  // (it copies the key) lands first in the next page's order and pushes a row already refused
  // back into it: refused twice, as real Blnk answers.
  let page = refundable(deps, id).slice(0, REFUND_BATCH);
  let offset = page.length;
  while (page.length > 0) {
    page.slice(0, -1).forEach(one);
    const next = refundable(deps, id).slice(offset, offset + REFUND_BATCH);
    offset += next.length;
    one(page[page.length - 1]!);
    page = next;
  }
  if (done.length === 0 && errors.length === 0) throw new ApiError('TXN_NOT_FOUND', 'no transaction to refund');
  if (errors.length > 0) {
    const message = `error occurred during processing: [${errors.map((e) => e.message).join(' ')}]`;
    // api/errors.go classifyMessage, first match wins; GEN_BAD_REQUEST otherwise.
    const code = /transaction.*not found/.test(message)
      ? 'TXN_NOT_FOUND'
      : message.includes('has already been refunded')
        ? 'GEN_CONFLICT'
        : message.includes('insufficient funds')
          ? 'TXN_INSUFFICIENT_FUNDS'
          : 'GEN_BAD_REQUEST';
    throw new ApiError(code, message);
  }
  return done[0]!;
}

export function transactionRoutes(router: Router): void {
  router.add('POST', '/transactions', (req, deps) => {
    const input = parseTransactionInput(req.json('GEN_MALFORMED_REQUEST', 'Invalid input'));
    if (input.sources || input.destinations) {
      const { row, flags } = recordSplit(deps, input);
      return { status: 201, json: transactionJson(row, 'created', flags) };
    }
    const row = record(deps, input);
    return { status: 201, json: transactionJson(row, 'created', flagsOf(input)) };
  });

  router.add('GET', '/transactions/:id', (req, deps) => ({
    status: 200,
    json: transactionJson(transactionOr404(deps, req.params.id!), 'get'),
  }));

  router.add('GET', '/transactions/reference/:reference', (req, deps) => {
    if (req.params.reference!.includes('\u0000')) throw nulRefused('Failed to retrieve transaction');
    const id = deps.store.references.get(req.params.reference!);
    if (!id) throw notFound('TXN_NOT_FOUND', `Transaction with reference '${req.params.reference}' not found`);
    return { status: 200, json: transactionJson(deps.store.transactions.get(id)!, 'reference') };
  });

  router.add('GET', '/transactions', (req, deps) =>
    getList(req, source(deps), {
      defaultLimit: 20,
      invalidLimit: 'default',
      over100: null,
      capFiltered: 1000,
      capUnfiltered: Number.MAX_SAFE_INTEGER,
    }),
  );

  router.add('POST', '/transactions/filter', (req, deps) => filterList(req, source(deps)));

  router.add('PUT', '/transactions/inflight/:txID', (req, deps) => {
    let raw: Json;
    try {
      raw = req.json();
    } catch (error) {
      // gin's c.BindJSON aborts with a text/plain content type before Blnk writes its JSON
      // envelope, which carries encoding/json's own message.
      const at = /position (\d+)/.exec((error as Error).message);
      const message =
        req.rawBody.trim() === ''
          ? 'EOF'
          : at && Number(at[1]) >= req.rawBody.trimEnd().length
            ? 'unexpected EOF'
            : (error as Error).message;
      return { status: 400, text: toJson(new ApiError('GEN_MALFORMED_REQUEST', message).body()) };
    }
    const body = Binder.of(raw, 'model.InflightUpdate');
    const action = body.string('status');
    const preciseAmount = body.bigint('precise_amount');
    // api/transactions.go UpdateInflightStatus: the amount is checked before the status.
    if (preciseAmount !== undefined && preciseAmount <= 0n) throw new ApiError('TXN_INVALID_AMOUNT', 'precise_amount must be positive');
    if (action !== 'commit' && action !== 'void') {
      throw new ApiError('TXN_INVALID_STATUS_ACTION', 'status not supported. use either commit or void');
    }
    const amount = body.float('amount');
    const skipQueue = body.bool('skip_queue');
    const id = req.params.txID!;
    // Measured on the queue's path only (its lookup of the id).
    if (!skipQueue && id.includes('\u0000')) throw nulRefused('Failed to retrieve transaction');
    const target = inflightTarget(deps, id, skipQueue, action);
    let requested: bigint | undefined;
    if (action === 'commit' && (preciseAmount !== undefined || amount !== undefined)) {
      const value = preciseAmount ?? toMinorUnits(amount!, target.precision);
      if (value === null || value < 0n) throw new ApiError('TXN_INVALID_AMOUNT', 'commit amount cannot be negative');
      // Zero is Blnk's sentinel for "the whole remaining hold".
      if (value > 0n) requested = value;
    }
    const pending = queuedActions.get(deps.store) ?? new Set<string>();
    queuedActions.set(deps.store, pending);
    const act = (hold: TransactionRow, value: bigint, reference?: string) =>
      action === 'commit' ? deps.engine.commit(hold, value, reference) : deps.engine.void(hold, reference);
    if (skipQueue) {
      let commitAmount: bigint;
      try {
        commitAmount = checkHold(target, requested, action);
      } catch (error) {
        throw error instanceof ApiError ? inBatch(error) : error;
      }
      try {
        return { status: 200, json: transactionJson(act(target, commitAmount), 'created') };
      } catch (error) {
        // The leg's write failed in the database (notify.ts): wrapped as the hold's batch wraps it.
        if (!(error instanceof NotifyRefused)) throw error;
        throw inBatch(new ApiError('GEN_BAD_REQUEST', `saving transaction to db error: ${persistFailure(error)}`));
      }
    }
    // Only the queued path asks whether an action is already queued (api/transactions.go).
    if (pending.has(id)) throw new ApiError('GEN_CONFLICT', 'a commit or void is already queued for this transaction');
    checkHold(target, requested, action);
    // The leg a queued action writes is named after it (inflightActionReference).
    const reference = (hold: TransactionRow) => `${hold.transaction_id}_${action}_${newId('act')}`;
    // 0.15: queued by default; the answer is the row named (still INFLIGHT, or the QUEUED
    // parent) with queued: true. The worker (RunInflightActionByParent) acts on the INFLIGHT
    // row found then; finding none, or a hold already settled, it drops the action.
    pending.add(id);
    deps.queue.enqueue(() => {
      pending.delete(id);
      const hold = target.hold ? target : heldChild(deps, target);
      if (!hold) return;
      try {
        act(hold, checkHold(hold, requested, action), reference(hold));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // A leg too long to announce (notify.ts) fails the worker's write, which Blnk retries:
        // the hold stays as it was, and its action stays queued.
        if (error instanceof NotifyRefused) pending.add(id);
      }
    });
    // The answer is the row as read back (transformTransaction of the stored parent): no
    // amount_string, no effective_date.
    return { status: 200, json: { ...transactionJson(target, 'get'), queued: true } };
  });

  /**
   * Blnk v0.15.2's bulk commit and void (api/transactions.go BulkCommitInflight, BulkVoidInflight):
   * at most 100 ids, 200 with a result per id in input order. With skip_queue each id is
   * committed or voided at once (BulkInflightUpdate) and a refusal is reported by a stable code
   * (classifyInflightError); otherwise each is pre-checked and queued (queueBulkInflight).
   */
  const bulkInflight = (action: 'commit' | 'void') => (req: Parameters<Parameters<Router['add']>[2]>[0], deps: Deps) => {
    const body = Binder.of(
      req.json('GEN_MALFORMED_REQUEST'),
      action === 'commit' ? 'model.BulkInflightCommitRequest' : 'model.BulkInflightVoidRequest',
    );
    const items: { id: string; amount: bigint | undefined }[] = [];
    if (action === 'commit') {
      for (const raw of body.array('transactions') ?? []) {
        const item = Binder.of(raw, 'model.BulkInflightCommitItem');
        const precise = item.bigint('precise_amount');
        items.push({ id: item.string('transaction_id'), amount: precise !== undefined && precise > 0n ? precise : undefined });
      }
    } else {
      for (const raw of body.array('transaction_ids') ?? []) {
        if (typeof raw !== 'string')
          throw new ApiError(
            'GEN_MALFORMED_REQUEST',
            `json: cannot unmarshal ${typeof raw} into Go struct field BulkInflightVoidRequest.transaction_ids of type string`,
          );
        items.push({ id: raw, amount: undefined });
      }
    }
    const what = action === 'commit' ? 'transactions' : 'transaction_ids';
    if (items.length === 0) throw new ApiError('TXN_BULK_EMPTY', `${what} cannot be empty`);
    if (items.length > 100) throw new ApiError('TXN_BULK_LIMIT_EXCEEDED', `too many ${what}; max is 100`);
    const skipQueue = body.bool('skip_queue');
    const pending = queuedActions.get(deps.store) ?? new Set<string>();
    queuedActions.set(deps.store, pending);
    const results: Record<string, Json>[] = [];
    let succeeded = 0;
    let failed = 0;
    const fail = (id: string, code: string, message: string) => {
      results.push({ transaction_id: id, status: 'failed', code, message });
      failed += 1;
    };
    for (const { id, amount } of items) {
      const row = deps.store.transactions.get(id);
      if (!row) {
        fail(id, 'NOT_FOUND', `NOT_FOUND: Transaction with ID '${id}' not found`);
        continue;
      }
      const hold =
        row.status === 'INFLIGHT' && row.hold
          ? row
          : row.status === 'QUEUED' && row.meta_data?.inflight === true
            ? heldChild(deps, row)
            : undefined;
      if (!hold && !(row.status === 'QUEUED' && row.meta_data?.inflight === true)) {
        fail(id, 'NOT_INFLIGHT', 'transaction is not in inflight status');
        continue;
      }
      try {
        if (skipQueue) {
          // Not verified on real Blnk: a queued hold its queue has not applied.
          if (!hold) throw new ApiError('GEN_BAD_REQUEST', 'insufficient inflight debit balance');
          const value = checkHold(hold, amount, action);
          if (action === 'commit') deps.engine.commit(hold, value);
          else deps.engine.void(hold);
          results.push({ transaction_id: id, status: 'succeeded' });
          succeeded += 1;
          continue;
        }
        if (pending.has(id)) {
          results.push({
            transaction_id: id,
            status: 'queued',
            code: 'ALREADY_QUEUED',
            message: 'inflight action already queued for this transaction',
          });
          succeeded += 1;
          continue;
        }
        // preValidateInflightAction words a settled hold as a commit, whatever the action.
        if (hold) checkHold(hold, amount, 'commit');
        pending.add(id);
        const reference = (h: TransactionRow) => `${h.transaction_id}_${action}_${newId('act')}`;
        deps.queue.enqueue(() => {
          pending.delete(id);
          const target = row.hold ? row : heldChild(deps, row);
          if (!target) return;
          try {
            const value = checkHold(target, amount, action);
            if (action === 'commit') deps.engine.commit(target, value, reference(target));
            else deps.engine.void(target, reference(target));
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
          }
        });
        results.push({ transaction_id: id, status: 'queued', code: 'QUEUED' });
        succeeded += 1;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        fail(id, inflightCode(error), error.message);
      }
    }
    return { status: 200, json: { succeeded, failed, results } };
  };
  router.add('POST', '/transactions/inflight/bulk/commit', bulkInflight('commit'));
  router.add('POST', '/transactions/inflight/bulk/void', bulkInflight('void'));

  router.add('POST', '/refund-transaction/:id', (req, deps) => {
    if (req.params.id!.includes('\u0000')) throw nulRefused('Failed to retrieve refundable transactions');
    const body = req.rawBody.trim() === '' ? Binder.of({}, 'model.Refund') : Binder.of(req.json(), 'model.Refund');
    const { row, input } = refundAll(deps, req.params.id!, body.bool('skip_queue'));
    return { status: 201, json: transactionJson(row, 'created', flagsOf(input)) };
  });

  /**
   * Blnk v0.15.2 (transaction_bulk / transaction.go: CreateBulkTransactions,
   * processBulkTransactions): every item takes `inflight` and `skip_queue` from the request
   * (default false: queued), its parent_transaction is the batch id, and `meta_data.sequence`
   * its 1-based position; items go through QueueTransaction one by one. Queued, nothing can
   * fail during the request, so the answer is 201 `{status: "applied"}` before anything moves:
   * insufficient funds surface later as REJECTED children, a duplicate reference as a row that
   * is never written. An error during the request (with skip_queue) stops the batch; with
   * `atomic` what was applied is then voided or refunded through the queue.
   */
  router.add('POST', '/transactions/bulk', (req, deps) => {
    const body = Binder.of(req.json(), 'model.BulkTransactionRequest');
    const items = body.array('transactions') ?? [];
    if (items.length === 0) throw new ApiError('TXN_BULK_EMPTY', 'transactions cannot be empty');
    if (items.length > 10_000) throw new ApiError('TXN_BULK_LIMIT_EXCEEDED', 'a bulk request takes at most 10000 transactions');
    const inflight = body.bool('inflight');
    const atomic = body.bool('atomic');
    const skipQueue = body.bool('skip_queue');
    const batchId = newId('bulk');
    const inputs = items.map((item, i): TransactionInput => {
      let parsed: TransactionInput;
      try {
        parsed = parseTransactionInput(item);
      } catch (error) {
        // transaction_bulk.go: an item's validation failure names the item, and its index.
        if (!(error instanceof ApiError) || error.code !== 'TXN_VALIDATION_ERROR') throw error;
        throw new ApiError(error.code, `transactions[${i}]: ${error.message}`, { ...error.options, details: { index: i } });
      }
      return { ...parsed, inflight, skipQueue, metaData: { ...parsed.metaData, sequence: i + 1 } };
    });
    const execute = () => {
      inputs.forEach((input, i) => {
        try {
          if (input.sources || input.destinations) recordSplit(deps, input);
          else record(deps, input, { parent_transaction: batchId });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          // transaction_bulk.go: the item, then Go's chain of wrapped errors.
          const amount = Number(exactDecimal(input.preciseAmount, input.precision)).toFixed(2);
          // A failed write (U+0000 in the item, a row too long to announce) is wrapped, and
          // becomes a 400 GEN_BAD_REQUEST.
          const persist =
            error.code === 'GEN_INTERNAL' &&
            (error.message === 'Failed to record transaction' || error.message === 'Failed to update balance');
          const cause = error.message.startsWith('Balance with ID ')
            ? `failed to get source and destination balances: NOT_FOUND: ${error.message}`
            : persist
              ? persistFailure(error)
              : error.message;
          // By the time a write fails, Blnk has resolved an @indicator to its balance id.
          const side = (identifier: string) =>
            persist && identifier.startsWith('@')
              ? (deps.store.balanceByIndicator(identifier, input.currency)?.balance_id ?? identifier)
              : identifier;
          const failed =
            `failed to queue transaction ${i + 1} (Reference: ${input.reference}, Source: ${side(input.source)}, ` +
            `Destination: ${side(input.destination)}, Amount: ${amount}): ${cause}`;
          let message = `${failed}. Previous transactions were not rolled back.`;
          if (atomic) {
            rollBack(deps, batchId, inflight);
            message = `${failed}. All transactions in this batch have been ${inflight ? 'voided' : 'refunded'}.`;
          }
          throw new ApiError(persist ? 'GEN_BAD_REQUEST' : error.code, message, {
            ...error.options,
            extra: { batch_id: batchId },
            details: { batch_id: batchId },
          });
        }
      });
    };
    const status = inflight ? 'inflight' : 'applied';
    if (body.bool('run_async')) {
      deps.queue.prepare(() => {
        // Only the asynchronous path announces the batch (sendBulkTransactionWebhook).
        try {
          execute();
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          const message = error.message;
          deps.webhooks.send('bulk_transaction.failed', () => bulkData(batchId, { error: message }));
          return;
        }
        deps.webhooks.send(`bulk_transaction.${status}`, () => bulkData(batchId, { status, count: inputs.length }));
      });
      return {
        status: 202,
        json: { message: 'Bulk transaction processing started', batch_id: batchId, status: 'processing' },
      };
    }
    execute();
    return { status: 201, json: { batch_id: batchId, status, transaction_count: inputs.length } };
  });
}
