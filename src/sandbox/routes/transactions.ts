import { ApiError, notFound } from '../errors.js';
import { newId } from '../ids.js';
import type { Json } from '../json.js';
import { toMinorUnits } from '../money.js';
import type { Deps, Router } from '../router.js';
import type { Leg, MetaData, TransactionRow } from '../store.js';
import { nowMicros } from '../time.js';
import { transactionJson } from '../wire.js';
import type { CreatedFlags } from '../wire.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { transactionReader } from './readers.js';
import { distribute, parseTransactionInput } from './transaction-input.js';
import type { TransactionInput } from './transaction-input.js';

export function transactionOr404(deps: Deps, id: string): TransactionRow {
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

function flagsOf(input: TransactionInput): CreatedFlags {
  return {
    allow_overdraft: input.allowOverdraft,
    inflight: input.inflight,
    skip_queue: input.skipQueue,
    atomic: input.atomic,
    source: input.source,
    destination: input.destination,
  };
}

/** Resolves `@indicators` (creating them) and applies now; throws on any refusal. */
function applyNow(deps: Deps, row: TransactionRow, input: TransactionInput): TransactionRow {
  if (deps.store.references.has(row.reference)) {
    throw new ApiError('TXN_DUPLICATE_REFERENCE', `transaction with reference '${row.reference}' already exists`);
  }
  resolveSides(deps, row);
  return deps.engine.apply(row, { inflight: input.inflight, allowOverdraft: input.allowOverdraft });
}

function resolveSides(deps: Deps, row: TransactionRow): void {
  const source = deps.engine.resolve(row.source, row.currency);
  const destination = deps.engine.resolve(row.destination, row.currency);
  if (source) row.source = source.balance_id;
  if (destination) row.destination = destination.balance_id;
}

/**
 * The queued path (section 4.4): the QUEUED row is written shortly after the answer, then a
 * worker applies it as a child with reference `<ref>_q`. A duplicate reference makes that
 * first write fail, so the QUEUED row never appears; refusals at apply time become a REJECTED
 * child. Nothing of this reaches the caller, who got a 201 already.
 */
function enqueue(deps: Deps, row: TransactionRow, input: TransactionInput): void {
  deps.queue.prepare(() => {
    resolveSides(deps, row);
    if (deps.store.references.has(row.reference)) return;
    // Preparing the queued write looks both balances up first (blnk transaction_queue): a
    // missing one fails it, so no QUEUED row, no child, nothing at all is written.
    if (!deps.store.balances.has(row.source) || !deps.store.balances.has(row.destination)) return;
    deps.store.insertTransaction(row);
    const settle = () => settleQueued(deps, row, input);
    const due = row.scheduled_for === null ? 0 : (row.scheduled_for - nowMicros()) / 1000;
    if (due > 0) deps.queue.later(due, settle);
    else deps.queue.enqueue(settle);
  });
}

function settleQueued(deps: Deps, parent: TransactionRow, input: TransactionInput): void {
  const child: TransactionRow = {
    ...parent,
    transaction_id: newId('txn'),
    parent_transaction: parent.transaction_id,
    reference: `${parent.reference}_q`,
    created_at: nowMicros(),
    meta_data: { ...parent.meta_data, QUEUED_PARENT_TRANSACTION: parent.transaction_id },
  };
  try {
    deps.engine.apply(child, { inflight: input.inflight, allowOverdraft: input.allowOverdraft });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    child.status = 'REJECTED';
    child.meta_data = { ...child.meta_data, blnk_rejection_reason: error.message };
    deps.store.insertTransaction(child);
  }
}

/** One transfer: applied now with skip_queue, queued (or scheduled) otherwise. */
function record(deps: Deps, input: TransactionInput, overrides: Partial<TransactionRow> = {}): TransactionRow {
  const scheduled = input.scheduledFor !== null && input.scheduledFor > nowMicros();
  if (input.skipQueue && !scheduled) return applyNow(deps, newRow(input, overrides), input);
  const row = newRow(input, { ...overrides, status: scheduled ? 'SCHEDULED' : 'QUEUED' });
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
  return { row, flags: { ...flagsOf(input), [side]: legs } };
}

/**
 * Blnk's rollback of an atomic batch or split (bulk: rollbackBatchTransactions): inflight
 * children are voided at once; APPLIED (and VOID) ones are refunded through the queue
 * (RefundWorker passes the stored skip_queue, always false), so the originals and their
 * refunds both stay. Only rows that exist during the request are found: a queued item is not
 * APPLIED yet, so it is never rolled back. Refusals are only logged by Blnk.
 */
function rollBack(deps: Deps, parentId: string, inflight: boolean): void {
  const children = [...deps.store.transactions.values()].filter((t) => t.parent_transaction === parentId);
  for (const child of children) {
    try {
      if (inflight && child.status === 'INFLIGHT' && child.hold && !child.hold.voided) deps.engine.void(child);
      else if (!inflight && (child.status === 'APPLIED' || child.status === 'VOID')) refund(deps, child.transaction_id, false);
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

/** The refusals an action on a hold meets, now or when the queued action runs. */
function checkHold(hold: TransactionRow, requested: bigint | undefined): bigint {
  const state = hold.hold;
  if (state?.voided) throw new ApiError('TXN_ALREADY_VOIDED', 'transaction has already been voided');
  const remaining = hold.precise_amount - (state?.committed ?? 0n);
  if (remaining === 0n) throw new ApiError('TXN_ALREADY_COMMITTED', 'transaction has already been committed');
  if (requested !== undefined && requested > remaining) {
    throw new ApiError('TXN_COMMIT_AMOUNT_EXCEEDED', 'commit amount exceeds the remaining inflight amount');
  }
  return requested ?? remaining;
}

/** A refund of an applied transaction (model.RefundReference: `<txn>_refund`, once). */
function refund(deps: Deps, id: string, skipQueue: boolean): { row: TransactionRow; input: TransactionInput } {
  let original = transactionOr404(deps, id);
  if (original.status === 'QUEUED') {
    original = deps.store.childrenOf(original.transaction_id).find((c) => c.status === 'APPLIED') ?? original;
  }
  if (original.status !== 'APPLIED') {
    throw new ApiError('TXN_INVALID_STATUS_ACTION', `transaction with status ${original.status} cannot be refunded`);
  }
  // Blnk names a refund `<txn>_refund` (model.RefundReference) and refuses a second one.
  const reference = `${original.transaction_id}_refund`;
  if (deps.store.references.has(reference)) {
    throw new ApiError('GEN_CONFLICT', `transaction '${original.transaction_id}' has already been refunded`);
  }
  const input: TransactionInput = {
    preciseAmount: original.precise_amount,
    precision: original.precision,
    source: original.destination,
    destination: original.source,
    reference,
    currency: original.currency,
    description: `Refund for ${original.transaction_id}`,
    allowOverdraft: original.meta_data?.allow_overdraft === true,
    overdraftLimit: original.overdraft_limit,
    inflight: false,
    skipQueue,
    atomic: false,
    metaData: null,
    effectiveDate: null,
    scheduledFor: null,
    inflightExpiryDate: null,
    inflightCommitDate: null,
  };
  return { row: record(deps, input, { parent_transaction: original.transaction_id }), input };
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
    const body = Binder.of(req.json(), 'model.InflightUpdate');
    const action = body.string('status');
    if (action !== 'commit' && action !== 'void') {
      throw new ApiError('TXN_INVALID_STATUS_ACTION', "status must be 'commit' or 'void'");
    }
    const preciseAmount = body.bigint('precise_amount');
    const amount = body.float('amount');
    const skipQueue = body.bool('skip_queue');
    const id = req.params.txID!;
    const target = inflightTarget(deps, id, skipQueue, action);
    let requested: bigint | undefined;
    if (action === 'commit' && (preciseAmount !== undefined || amount !== undefined)) {
      const value = preciseAmount ?? toMinorUnits(amount!, target.precision);
      if (value === null || value <= 0n) throw new ApiError('TXN_INVALID_AMOUNT', 'amount must be greater than zero');
      requested = value;
    }
    const pending = queuedActions.get(deps.store) ?? new Set<string>();
    queuedActions.set(deps.store, pending);
    if (pending.has(id)) throw new ApiError('GEN_CONFLICT', 'a commit or void is already queued for this transaction');
    const commitAmount = checkHold(target, requested);
    const act = (hold: TransactionRow, value: bigint) => (action === 'commit' ? deps.engine.commit(hold, value) : deps.engine.void(hold));
    if (skipQueue) return { status: 200, json: transactionJson(act(target, commitAmount), 'created') };
    // 0.15: queued by default; the answer is the row named (still INFLIGHT, or the QUEUED
    // parent) with queued: true. The worker (RunInflightActionByParent) acts on the INFLIGHT
    // row found then; finding none, or a hold already settled, it drops the action.
    pending.add(id);
    deps.queue.enqueue(() => {
      pending.delete(id);
      const hold = target.hold ? target : heldChild(deps, target);
      if (!hold) return;
      try {
        act(hold, checkHold(hold, requested));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      }
    });
    return { status: 200, json: { ...transactionJson(target, 'created'), queued: true } };
  });

  router.add('POST', '/refund-transaction/:id', (req, deps) => {
    const body = req.rawBody.trim() === '' ? Binder.of({}, 'model.Refund') : Binder.of(req.json(), 'model.Refund');
    const { row, input } = refund(deps, req.params.id!, body.bool('skip_queue'));
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
    if (items.length === 0) throw new ApiError('TXN_BULK_EMPTY', 'transactions list cannot be empty');
    if (items.length > 10_000) throw new ApiError('TXN_BULK_LIMIT_EXCEEDED', 'a bulk request takes at most 10000 transactions');
    const inflight = body.bool('inflight');
    const atomic = body.bool('atomic');
    const skipQueue = body.bool('skip_queue');
    const batchId = newId('bulk');
    const inputs = items.map((item, i): TransactionInput => {
      const parsed = parseTransactionInput(item);
      return { ...parsed, inflight, skipQueue, metaData: { ...parsed.metaData, sequence: i + 1 } };
    });
    const execute = () => {
      inputs.forEach((input, i) => {
        try {
          if (input.sources || input.destinations) recordSplit(deps, input);
          else record(deps, input, { parent_transaction: batchId });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          const failed = `failed to queue transaction ${i + 1} (Reference: ${input.reference}): ${error.message}`;
          let message = `${failed}. Previous transactions were not rolled back.`;
          if (atomic) {
            rollBack(deps, batchId, inflight);
            message = `${failed}. All transactions in this batch have been ${inflight ? 'voided' : 'refunded'}.`;
          }
          throw new ApiError(error.code, message, { ...error.options, extra: { batch_id: batchId }, details: { batch_id: batchId } });
        }
      });
    };
    const status = inflight ? 'inflight' : 'applied';
    if (body.bool('run_async')) {
      deps.queue.prepare(() => {
        try {
          execute();
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
        }
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
