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
 * A split transaction: one leg per source or destination, each an ordinary transfer whose
 * parent_transaction is the split's id. The split itself is not a row.
 */
function recordSplit(deps: Deps, input: TransactionInput): { row: TransactionRow; flags: CreatedFlags } {
  const parentId = newId('txn');
  const side = input.sources ? 'sources' : 'destinations';
  const legsIn = input.sources ?? input.destinations!;
  const amounts = distribute(input.preciseAmount, input.precision, legsIn);
  const legs: Leg[] = [];
  const run = () =>
    legsIn.forEach((leg, i) => {
      const legInput: TransactionInput = {
        ...input,
        preciseAmount: amounts[i]!,
        reference: `${input.reference}_${i + 1}`,
        source: side === 'sources' ? leg.identifier : input.source,
        destination: side === 'destinations' ? leg.identifier : input.destination,
      };
      delete legInput.sources;
      delete legInput.destinations;
      const row = record(deps, legInput, { parent_transaction: parentId });
      const out: Leg = { identifier: leg.identifier, distribution: leg.distribution, transaction_id: row.transaction_id };
      if (leg.preciseDistribution !== undefined) out.precise_distribution = leg.preciseDistribution.toString();
      legs.push(out);
    });
  if (input.skipQueue) deps.engine.atomically(run);
  else run();
  const row = newRow(input, {
    transaction_id: parentId,
    status: input.skipQueue ? (input.inflight ? 'INFLIGHT' : 'APPLIED') : 'QUEUED',
  });
  return { row, flags: { ...flagsOf(input), [side]: legs } };
}

const source = (deps: Deps) => ({
  table: 'transactions' as const,
  rows: deps.store.transactions.values(),
  read: transactionReader(deps.store),
  render: (t: TransactionRow) => transactionJson(t, 'row'),
  nullWhenEmpty: false,
});

/** An inflight commit or void may name the QUEUED parent; the hold is its INFLIGHT child. */
function holdOf(deps: Deps, id: string): TransactionRow {
  const row = transactionOr404(deps, id);
  if (row.status === 'QUEUED') {
    const child = deps.store.childrenOf(row.transaction_id).find((c) => c.status === 'INFLIGHT');
    if (child) return child;
  }
  if (row.status !== 'INFLIGHT' || !row.hold) {
    throw new ApiError('TXN_NOT_INFLIGHT', `transaction '${id}' is not in inflight status`);
  }
  return row;
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
    const hold = holdOf(deps, req.params.txID!);
    const state = hold.hold!;
    if (state.voided) throw new ApiError('TXN_ALREADY_VOIDED', 'transaction has already been voided');
    const remaining = hold.precise_amount - state.committed;
    if (remaining === 0n) throw new ApiError('TXN_ALREADY_COMMITTED', 'transaction has already been committed');
    if (state.pending) throw new ApiError('GEN_CONFLICT', 'an action on this inflight transaction is already queued');

    let commitAmount = remaining;
    if (action === 'commit' && (preciseAmount !== undefined || amount !== undefined)) {
      const requested = preciseAmount ?? toMinorUnits(amount!, hold.precision);
      if (requested === null || requested <= 0n) throw new ApiError('TXN_INVALID_AMOUNT', 'amount must be greater than zero');
      if (requested > remaining) {
        throw new ApiError('TXN_COMMIT_AMOUNT_EXCEEDED', 'commit amount exceeds the remaining inflight amount');
      }
      commitAmount = requested;
    }
    const act = () => (action === 'commit' ? deps.engine.commit(hold, commitAmount) : deps.engine.void(hold));
    if (skipQueue) return { status: 200, json: transactionJson(act(), 'created') };
    // 0.15: queued by default; the answer is the still-INFLIGHT hold with queued: true.
    state.pending = true;
    deps.queue.enqueue(() => {
      state.pending = false;
      act();
    });
    return { status: 200, json: { ...transactionJson(hold, 'created'), queued: true } };
  });

  router.add('POST', '/refund-transaction/:id', (req, deps) => {
    const body = req.rawBody.trim() === '' ? Binder.of({}, 'model.Refund') : Binder.of(req.json(), 'model.Refund');
    let original = transactionOr404(deps, req.params.id!);
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
      skipQueue: body.bool('skip_queue'),
      atomic: false,
      metaData: null,
      effectiveDate: null,
      scheduledFor: null,
      inflightExpiryDate: null,
      inflightCommitDate: null,
    };
    const row = record(deps, input, { parent_transaction: original.transaction_id });
    return { status: 201, json: transactionJson(row, 'created', flagsOf(input)) };
  });

  router.add('POST', '/transactions/bulk', (req, deps) => {
    const body = Binder.of(req.json(), 'model.BulkTransactionRequest');
    const items = body.array('transactions') ?? [];
    if (items.length === 0) throw new ApiError('TXN_BULK_EMPTY', 'transactions list cannot be empty');
    if (items.length > 10_000) throw new ApiError('TXN_BULK_LIMIT_EXCEEDED', 'a bulk request takes at most 10000 transactions');
    const inflight = body.bool('inflight');
    const atomic = body.bool('atomic');
    const batchId = newId('bulk');
    const inputs = items.map((item) => ({ ...parseTransactionInput(item), inflight, skipQueue: true }));
    const run = () => {
      for (const input of inputs) applyNow(deps, newRow(input, { parent_transaction: batchId }), input);
    };
    const execute = () => (atomic ? deps.engine.atomically(run) : run());
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
    try {
      execute();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(error.code, error.message, { ...error.options, extra: { batch_id: batchId }, details: { batch_id: batchId } });
    }
    return { status: 201, json: { batch_id: batchId, status, transaction_count: inputs.length } };
  });
}
