import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import type { Balance, Page, Transaction } from '../blnk/model.js';
import type { FilterCondition, LegBody, RecordTransactionBody } from '../blnk/wire.js';
import { outcomeUnknown, recordBulkOnce, recordTransactionOnce, refundOnce, UnknownOutcome, updateInflightOnce } from '../blnk/writes.js';
import type { Context } from '../context.js';
import { fromDecimal, MAX_MINOR_UNITS, precisionProblem, toDecimal, toDecimalOver } from '../money.js';
import { BalanceRef, loadBalance } from './balance.js';
import { builder } from './builder.js';
import { assertMayActOn, canSeeTransaction, transactionScope, visibleAs } from './policy.js';
import { identityConditions, MAX_IDENTITY_BALANCES } from './identity-filter.js';
import { assertCustomerBulk, assertCustomerTransfers, assertUnconfined } from './confined-writes.js';
import { filterBody, OrderBy, resolveOffsetConnection } from './connection.js';
import type { PageArgs } from './connection.js';
import { clientError, mutate, HOLD_ERRORS, REFUND_ERRORS, TRANSFER_ERRORS, ValidationError } from './errors.js';
import {
  BalanceIdFilter,
  BigIntFilter,
  DateTimeFilter,
  DecimalFilter,
  IdFilter,
  MetaDataFilter,
  StringFilter,
  toConditions,
  TransactionStatusFilter,
  TransactionStatusRef,
} from './filters.js';
import { metaObject } from './ledger.js';
import { typeOfId } from './node-id.js';

export const TransactionRef = builder.objectRef<Transaction>('Transaction');

/**
 * GET /transactions/reference/{ref} does not select precision or hash (they come back as 0 and
 * ""), so a transaction read that way is completed by id when one of them is asked for.
 */
async function complete(t: Transaction, ctx: Context): Promise<Transaction> {
  return t.precision !== 0n ? t : ctx.loaders.transaction.load(t.id);
}

/**
 * A side of a transaction. Reads carry balance ids; a create response echoes `@World` as sent,
 * which names the indicator balance of the transaction's currency.
 */
function side(ctx: Context, t: Transaction, id: string | null, info: GraphQLResolveInfo): Promise<Balance> | null {
  if (!id) return null;
  if (id.startsWith('@')) return ctx.client.getBalanceByIndicator(id, t.currency);
  return loadBalance(ctx, id, info, false);
}

const SETTLED = new Set(['APPLIED', 'REJECTED', 'INFLIGHT', 'VOID']);

builder.node(TransactionRef, {
  authScopes: async (txn, ctx) => visibleAs('Transaction', ctx, await canSeeTransaction(ctx, txn)),
  description: 'A movement of money from a source balance to a destination balance.',
  id: { resolve: (t) => t.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Transaction',
  fields: (t) => ({
    preciseAmount: t.expose('preciseAmount', {
      type: 'BigInt',
      nullable: false,
      description: 'The amount in minor units: amount × precision.',
    }),
    precision: t.field({
      type: 'BigInt',
      nullable: true,
      description:
        "Minor units per major unit, such as 100 for cents or 10^18 for wei. Blnk keeps it as a float64: one written in exponent form by another client (1e+21) reads as the integer it names; null when Blnk holds a precision that is not a whole number.",
      resolve: async (txn, _args, ctx) => (await complete(txn, ctx)).precision,
    }),
    amount: t.string({
      nullable: false,
      description:
        "The exact decimal preciseAmount / precision, in major units (not Blnk's float); also when Blnk holds a precision that is not a whole number (precision is then null).",
      resolve: async (txn, _args, ctx) => {
        const full = await complete(txn, ctx);
        if (full.precision !== null) return toDecimal(full.preciseAmount, full.precision);
        return (full.fractionalPrecision && toDecimalOver(full.preciseAmount, full.fractionalPrecision)) ?? toDecimal(full.preciseAmount, 1n);
      },
    }),
    reference: t.exposeString('reference', { nullable: false }),
    currency: t.exposeString('currency', { nullable: false }),
    description: t.exposeString('description'),
    status: t.expose('status', { type: TransactionStatusRef, nullable: false }),
    hash: t.string({ resolve: async (txn, _args, ctx) => (await complete(txn, ctx)).hash }),
    inflight: t.exposeBoolean('inflight', { nullable: false }),
    allowOverdraft: t.exposeBoolean('allowOverdraft', { nullable: false }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    effectiveDate: t.expose('effectiveDate', { type: 'DateTime' }),
    scheduledFor: t.expose('scheduledFor', {
      type: 'DateTime',
      description:
        "Only on the answer of the mutation that recorded the transaction: Blnk v0.15.2's reads never select it, so a transaction read back has null here, scheduled or not.",
    }),
    inflightExpiryDate: t.expose('inflightExpiryDate', {
      type: 'DateTime',
      description: 'Only on the answer of the mutation that recorded the hold: Blnk v0.15.2 neither stores nor reads it back (null on reads).',
    }),
    inflightCommitDate: t.expose('inflightCommitDate', {
      type: 'DateTime',
      description: "Only on a mutation's answer: Blnk v0.15.2's reads never select it (null on reads).",
    }),
    metaData: t.expose('metaData', { type: 'JSON' }),
    sourceBalance: t.field({
      type: BalanceRef,
      resolve: (txn, _args, ctx, info) => side(ctx, txn, txn.sourceId, info),
    }),
    destinationBalance: t.field({
      type: BalanceRef,
      resolve: (txn, _args, ctx, info) => side(ctx, txn, txn.destinationId, info),
    }),
    parentTransaction: t.field({
      type: TransactionRef,
      description: 'The transaction this one came from: the queued original, the inflight hold, the refunded one.',
      // A bulk batch id (bulk_…) is a parent too, but names no transaction.
      resolve: (txn, _args, ctx) =>
        txn.parentTransactionId && typeOfId(txn.parentTransactionId) === 'Transaction'
          ? ctx.loaders.transaction.load(txn.parentTransactionId)
          : null,
    }),
    outcome: t.field({
      type: TransactionRef,
      description:
        'For a QUEUED or SCHEDULED transaction: what Blnk made of it once applied, an APPLIED, INFLIGHT or REJECTED transaction; null until then, and for other transactions.',
      resolve: async (txn, _args, ctx) => {
        if (txn.status !== 'QUEUED' && txn.status !== 'SCHEDULED') return null;
        // Blnk's queue writes the outcome as a new row with reference `<ref>_q`.
        try {
          const child = await ctx.loaders.transactionByReference.load(`${txn.reference}_q`);
          return SETTLED.has(child.status) ? child : null;
        } catch (error) {
          if (error instanceof BlnkError && error.isNotFound) return null;
          throw error;
        }
      },
    }),
  }),
});

export const TransactionFilter = builder.inputType('TransactionFilter', {
  fields: (t) => ({
    id: t.field({ type: IdFilter }),
    parentTransactionId: t.field({ type: IdFilter }),
    reference: t.field({ type: StringFilter }),
    currency: t.field({ type: StringFilter }),
    description: t.field({ type: StringFilter }),
    status: t.field({ type: TransactionStatusFilter }),
    sourceId: t.field({ type: IdFilter }),
    destinationId: t.field({ type: IdFilter }),
    balanceId: t.field({ type: BalanceIdFilter, description: 'The source or the destination.' }),
    sourceIdentityId: t.field({
      type: IdFilter,
      description: `The identity owning the source balance. Blnk has no such filter: the gateway resolves the identity to its balances first (at most ${MAX_IDENTITY_BALANCES}; isNull is not supported).`,
    }),
    destinationIdentityId: t.field({
      type: IdFilter,
      description: `The identity owning the destination balance; resolved to its balances like sourceIdentityId.`,
    }),
    indicator: t.field({ type: StringFilter, description: 'The indicator of the source or destination balance.' }),
    amount: t.field({ type: DecimalFilter, description: 'In major units.' }),
    precision: t.field({ type: BigIntFilter }),
    createdAt: t.field({ type: DateTimeFilter }),
    effectiveDate: t.field({ type: DateTimeFilter }),
    metaData: t.field({ type: [MetaDataFilter] }),
  }),
});

const TRANSACTION_COLUMNS = {
  id: 'transaction_id',
  parentTransactionId: 'parent_transaction',
  reference: 'reference',
  currency: 'currency',
  description: 'description',
  status: 'status',
  sourceId: 'source',
  destinationId: 'destination',
  balanceId: 'balance_id',
  indicator: 'indicator',
  amount: 'amount',
  precision: 'precision',
  createdAt: 'created_at',
  effectiveDate: 'effective_date',
};

const TransactionConnection = builder.connectionObject(
  { type: TransactionRef, name: 'TransactionConnection' },
  { name: 'TransactionEdge' },
);

function transactionPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null },
  scope: FilterCondition[] = [],
) {
  return resolveOffsetConnection(args, args.orderBy, info, async (request): Promise<Page<Transaction>> => {
    const { rest, conditions } = await identityConditions(ctx, args.filter);
    const filters = [...(await transactionScope(ctx)), ...scope, ...conditions, ...toConditions(rest, TRANSACTION_COLUMNS)];
    const page = await ctx.client.filterTransactions(filterBody(filters, request));
    for (const txn of page.rows) ctx.loaders.transaction.prime(txn.id, txn);
    return page;
  });
}

builder.queryFields((t) => ({
  transaction: t.field({
    type: TransactionRef,
    description: 'A transaction by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.transaction.load(String(id)),
  }),
  transactionByReference: t.field({
    type: TransactionRef,
    description: 'A transaction by its unique reference.',
    args: { reference: t.arg.string({ required: true }) },
    resolve: (_root, { reference }, ctx) => ctx.client.getTransactionByReference(reference),
  }),
  transactions: t.connection(
    {
      type: TransactionRef,
      description: 'Transactions, newest first unless ordered otherwise.',
      args: { filter: t.arg({ type: TransactionFilter }), orderBy: t.arg({ type: OrderBy }) },
      resolve: (_root, args, ctx, info) => transactionPage(ctx, info, args),
    },
    TransactionConnection,
  ),
}));

builder.objectField(BalanceRef, 'transactions', (t) =>
  t.connection(
    {
      type: TransactionRef,
      description: 'Transactions in which this balance is the source or the destination.',
      args: { filter: t.arg({ type: TransactionFilter }), orderBy: t.arg({ type: OrderBy }) },
      resolve: (balance, args, ctx, info) =>
        transactionPage(ctx, info, args, [{ field: 'balance_id', operator: 'eq', value: balance.id }]),
    },
    TransactionConnection,
  ),
);

builder.objectField(TransactionRef, 'children', (t) =>
  t.connection(
    {
      type: TransactionRef,
      description: "Transactions whose parent is this one: a queued transaction's outcome, an inflight hold's commits and voids, refunds.",
      args: { filter: t.arg({ type: TransactionFilter }), orderBy: t.arg({ type: OrderBy }) },
      resolve: (txn, args, ctx, info) =>
        transactionPage(ctx, info, args, [{ field: 'parent_transaction', operator: 'eq', value: txn.id }]),
    },
    TransactionConnection,
  ),
);

// ---------------------------------------------------------------------------------------------
// Writes

/**
 * An amount as minor units: `preciseAmount`, or the exact decimal `amount`, at `precision`
 * (1 when absent, as in Blnk). More decimals than the precision holds is refused, never rounded.
 */
function minorUnits(input: { preciseAmount?: bigint | null; amount?: string | null; precision?: bigint | null }): {
  preciseAmount: bigint;
  precision: bigint;
} {
  const precision = input.precision ?? 1n;
  const problem = precisionProblem(precision);
  if (problem) throw new ValidationError(problem, 'precision');
  const hasPrecise = input.preciseAmount !== null && input.preciseAmount !== undefined;
  const hasDecimal = input.amount !== null && input.amount !== undefined;
  if (hasPrecise === hasDecimal) throw new ValidationError('Give exactly one of preciseAmount and amount', 'amount');
  let preciseAmount: bigint;
  if (hasPrecise) {
    preciseAmount = input.preciseAmount!;
  } else {
    const converted = fromDecimal(input.amount!, precision);
    if (converted === null) {
      throw new ValidationError(`amount must be a decimal with at most as many places as precision ${precision} holds`, 'amount');
    }
    preciseAmount = converted;
  }
  if (preciseAmount <= 0n) throw new ValidationError('The amount must be greater than zero', 'amount');
  if (preciseAmount > MAX_MINOR_UNITS) throw new ValidationError('The amount is too large', 'amount');
  return { preciseAmount, precision };
}

/** Blnk takes scheduled_for and the inflight dates only in whole seconds. */
function wholeSeconds(date: Date | null | undefined, field: string): string | undefined {
  if (!date) return undefined;
  if (date.getUTCMilliseconds() !== 0) throw new ValidationError(`${field} must be in whole seconds`, field);
  return date.toISOString().replace('.000Z', 'Z');
}

const LegInput = builder.inputType('TransactionLegInput', {
  description: 'One of several sources or destinations, with its share of the amount.',
  fields: (t) => ({
    identifier: t.string({ required: true, description: 'A balance id or an @indicator.' }),
    distribution: t.string({ description: 'A share: "50%", a fixed decimal amount such as "12.50", or "left" for the rest.' }),
    preciseDistribution: t.field({ type: 'BigInt', description: 'A fixed share in minor units.' }),
  }),
});

const transactionInputFields = (t: PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>) => ({
  source: t.string({ description: 'A balance id or an @indicator such as @World (created on first use).' }),
  destination: t.string({ description: 'A balance id or an @indicator.' }),
  sources: t.field({ type: [LegInput], description: 'Several sources instead of one.' }),
  destinations: t.field({ type: [LegInput], description: 'Several destinations instead of one.' }),
  preciseAmount: t.field({ type: 'BigInt', description: 'The amount in minor units.' }),
  amount: t.string({ description: 'The amount as an exact decimal in major units, such as "12.34".' }),
  precision: t.field({
    type: 'BigInt',
    description: 'Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it.',
  }),
  currency: t.string({ required: true }),
  description: t.string({ required: true }),
  reference: t.string({ description: 'Unique per transaction; generated (and returned) when absent.' }),
  allowOverdraft: t.boolean(),
  inflight: t.boolean({ description: 'Hold the amount until committed or voided.' }),
  inflightExpiryDate: t.field({ type: 'DateTime' }),
  scheduledFor: t.field({ type: 'DateTime' }),
  effectiveDate: t.field({ type: 'DateTime' }),
  metaData: t.field({ type: 'JSON' }),
});

const RecordTransactionInput = builder.inputType('RecordTransactionInput', {
  fields: (t) => ({
    ...transactionInputFields(t),
    skipQueue: t.boolean({ description: "Apply now and answer with the final transaction, instead of Blnk's queue." }),
  }),
});

const BulkTransactionInput = builder.inputType('BulkTransactionInput', {
  fields: (t) => transactionInputFields(t),
});

type TransactionInputShape = {
  source?: string | null;
  destination?: string | null;
  sources?: readonly { identifier: string; distribution?: string | null; preciseDistribution?: bigint | null }[] | null;
  destinations?: readonly { identifier: string; distribution?: string | null; preciseDistribution?: bigint | null }[] | null;
  preciseAmount?: bigint | null;
  amount?: string | null;
  precision?: bigint | null;
  currency: string;
  description: string;
  reference?: string | null;
  allowOverdraft?: boolean | null;
  inflight?: boolean | null;
  inflightExpiryDate?: Date | null;
  scheduledFor?: Date | null;
  effectiveDate?: Date | null;
  metaData?: unknown;
};

function legs(list: TransactionInputShape['sources'], field: string): LegBody[] | undefined {
  if (!list) return undefined;
  if (list.length < 2) throw new ValidationError(`${field} needs at least two legs; use the single form otherwise`, field);
  return list.map((leg) => {
    if (leg.preciseDistribution === null || leg.preciseDistribution === undefined) {
      if (!leg.distribution) throw new ValidationError('Each leg needs a distribution or a preciseDistribution', field);
      return { identifier: leg.identifier, distribution: leg.distribution };
    }
    return { identifier: leg.identifier, precise_distribution: leg.preciseDistribution.toString() };
  });
}

/** A transaction input as Blnk's request body, checked before anything is sent. */
function transactionBody(input: TransactionInputShape): RecordTransactionBody {
  const { preciseAmount, precision } = minorUnits(input);
  if (input.currency.trim() === '') throw new ValidationError('currency cannot be blank', 'currency');
  const sources = legs(input.sources, 'sources');
  const destinations = legs(input.destinations, 'destinations');
  if (!input.source === !sources) throw new ValidationError('Give exactly one of source and sources', 'source');
  if (!input.destination === !destinations) {
    throw new ValidationError('Give exactly one of destination and destinations', 'destination');
  }
  if (input.reference !== null && input.reference !== undefined && input.reference.trim() === '') {
    throw new ValidationError('reference cannot be blank', 'reference');
  }
  const meta = metaObject(input.metaData);
  const scheduledFor = wholeSeconds(input.scheduledFor, 'scheduledFor');
  const inflightExpiryDate = wholeSeconds(input.inflightExpiryDate, 'inflightExpiryDate');
  return {
    precise_amount: preciseAmount,
    precision,
    ...(input.source ? { source: input.source } : {}),
    ...(input.destination ? { destination: input.destination } : {}),
    ...(sources ? { sources } : {}),
    ...(destinations ? { destinations } : {}),
    reference: input.reference ?? `gql_${randomUUID()}`,
    currency: input.currency,
    description: input.description,
    ...(input.allowOverdraft ? { allow_overdraft: true } : {}),
    ...(input.inflight ? { inflight: true } : {}),
    ...(inflightExpiryDate ? { inflight_expiry_date: inflightExpiryDate } : {}),
    ...(scheduledFor ? { scheduled_for: scheduledFor } : {}),
    ...(input.effectiveDate ? { effective_date: input.effectiveDate.toISOString() } : {}),
    ...(meta ? { meta_data: meta } : {}),
  };
}


/**
 * A write whose outcome is unknown answers with what to look up (a reference, a bulk request's
 * references and batch id, a hold's id) in the error's extensions, beside the failure's code, so
 * the caller never has to guess whether a retry would move money twice.
 */
function unknownOutcome(error: unknown, reference?: string): unknown {
  if (error instanceof UnknownOutcome) {
    const { message, code } = clientError(error.failure);
    return new GraphQLError(`${message}. ${error.advice}`, { extensions: { code, ...error.lookup } });
  }
  if (reference !== undefined && outcomeUnknown(error)) {
    const { message, code } = clientError(error);
    return new GraphQLError(`${message}; look the transaction up by its reference before retrying`, {
      extensions: { code, reference },
    });
  }
  return error;
}

const BulkTransactionsPayload = builder
  .objectRef<{ batchId: string; status: string; transactionCount: number | null; references: string[] }>(
    'BulkTransactionsPayload',
  )
  .implement({
    fields: (t) => ({
      batchId: t.exposeID('batchId', { nullable: false, description: "Every transaction's parentTransactionId." }),
      status: t.exposeString('status', { nullable: false, description: 'applied, inflight, or processing when run asynchronously.' }),
      transactionCount: t.exposeInt('transactionCount'),
      references: t.exposeStringList('references', { nullable: false, description: 'The references, in input order.' }),
    }),
  });

const RecordBulkTransactionsInput = builder.inputType('RecordBulkTransactionsInput', {
  fields: (t) => ({
    transactions: t.field({ type: [BulkTransactionInput], required: true, description: 'At most 10000.' }),
    atomic: t.boolean({ description: 'All or nothing.' }),
    inflight: t.boolean({ description: 'Record every transaction as an inflight hold.' }),
    runAsync: t.boolean({ description: 'Answer at once; Blnk records them in the background.' }),
  }),
});

const CommitInflightInput = builder.inputType('CommitInflightTransactionInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The inflight transaction (or the queued one that became it).' }),
    preciseAmount: t.field({ type: 'BigInt', description: 'Part of the hold, in minor units; all that is left when absent.' }),
    amount: t.string({ description: "Part of the hold as an exact decimal at the hold's precision." }),
    skipQueue: t.boolean({ description: 'Commit now and answer with the committed transaction.' }),
  }),
});

const VoidInflightInput = builder.inputType('VoidInflightTransactionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    skipQueue: t.boolean({ description: 'Void now and answer with the void transaction.' }),
  }),
});

const RefundInput = builder.inputType('RefundTransactionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    skipQueue: t.boolean({ description: 'Refund now and answer with the applied refund.' }),
  }),
});

const MAX_BULK = 10_000;

builder.mutationFields((t) => ({
  recordTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: TRANSFER_ERRORS },
    description:
      "Moves money. Queued by default (the answer is QUEUED; see `outcome`); `skipQueue` answers with the final transaction. Sent with a reference, so a retry never records it twice.",
    args: { input: t.arg({ type: RecordTransactionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const body = { ...transactionBody(input), ...(input.skipQueue ? { skip_queue: true } : {}) };
      await assertCustomerTransfers(ctx, [{ input, body, path: '' }]);
      try {
        return await mutate(TRANSFER_ERRORS, () => recordTransactionOnce(ctx.client, body), { reference: body.reference });
      } catch (error) {
        throw unknownOutcome(error, body.reference);
      }
    },
  }),
  recordBulkTransactions: t.field({
    authScopes: { write: true },
    type: BulkTransactionsPayload,
    errors: { types: TRANSFER_ERRORS },
    description:
      "Records several transactions in one batch. When Blnk's answer is lost (or is a 5xx), the top-level error's extensions hold every reference, in input order, and the batch id once one of them is found: look them up before retrying, and retry only with those references.",
    args: { input: t.arg({ type: RecordBulkTransactionsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const count = input.transactions.length;
      if (count === 0 || count > MAX_BULK) throw new ValidationError(`Give 1 to ${MAX_BULK} transactions`, 'transactions');
      assertCustomerBulk(ctx, input);
      const transactions = input.transactions.map((txn) => transactionBody(txn));
      await assertCustomerTransfers(ctx, transactions.map((body, i) => ({ input: input.transactions[i]!, body, path: `transactions.${i}.` })));
      const bulk = {
        transactions,
        ...(input.atomic ? { atomic: true } : {}),
        ...(input.inflight ? { inflight: true } : {}),
        ...(input.runAsync ? { run_async: true } : {}),
      };
      try {
        const result = await mutate(TRANSFER_ERRORS, () => recordBulkOnce(ctx.client, bulk));
        return { ...result, references: transactions.map((txn) => txn.reference) };
      } catch (error) {
        throw unknownOutcome(error);
      }
    },
  }),
  commitInflightTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: HOLD_ERRORS },
    description:
      "Commits all or part of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a commit found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold whose children to read before retrying.",
    args: { input: t.arg({ type: CommitInflightInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      await assertMayActOn(ctx, id, 'source');
      let preciseAmount = input.preciseAmount ?? undefined;
      if (preciseAmount === undefined && input.amount !== null && input.amount !== undefined) {
        const hold = await mutate(HOLD_ERRORS, () => ctx.loaders.transaction.load(id), { id });
        if (hold.precision === null) {
          throw new ValidationError("The hold's precision is not a whole number: give preciseAmount instead", 'amount');
        }
        const converted = fromDecimal(input.amount, hold.precision);
        if (converted === null) {
          throw new ValidationError(`amount must be a decimal with at most as many places as precision ${hold.precision} holds`, 'amount');
        }
        preciseAmount = converted;
      }
      if (preciseAmount !== undefined && preciseAmount <= 0n) throw new ValidationError('The amount must be greater than zero', 'amount');
      const commit = {
        status: 'commit' as const,
        ...(preciseAmount !== undefined ? { precise_amount: preciseAmount } : {}),
        ...(input.skipQueue ? { skip_queue: true } : {}),
      };
      try {
        return await mutate(HOLD_ERRORS, () => updateInflightOnce(ctx.client, id, commit), { id });
      } catch (error) {
        throw unknownOutcome(error);
      }
    },
  }),
  voidInflightTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: HOLD_ERRORS },
    description:
      "Releases what is left of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a void found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold to read.",
    args: { input: t.arg({ type: VoidInflightInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      await assertMayActOn(ctx, id, 'source');
      const release = { status: 'void' as const, ...(input.skipQueue ? { skip_queue: true } : {}) };
      try {
        return await mutate(HOLD_ERRORS, () => updateInflightOnce(ctx.client, id, release), { id });
      } catch (error) {
        throw unknownOutcome(error);
      }
    },
  }),
  refundTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: REFUND_ERRORS },
    description:
      "Moves the amount of an applied transaction back, as a new transaction with reference `<id>_refund` (Blnk refunds a transaction once). When Blnk's answer is lost, the refund found by that reference is the answer; otherwise the error's extensions.reference names it.",
    args: { input: t.arg({ type: RefundInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      // A refund is paid by the original destination.
      // Blnk makes every refund overdraft-allowed and cascading (the original's child rows are
      // reversed too): not a customer's move.
      assertUnconfined(ctx, 'refundTransaction', 'Blnk refunds may overdraw the balance they take from');
      try {
        return await mutate(REFUND_ERRORS, () => refundOnce(ctx.client, id, input.skipQueue === true), { id });
      } catch (error) {
        throw unknownOutcome(error);
      }
    },
  }),
}));
