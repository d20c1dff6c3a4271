import type { GraphQLResolveInfo } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import { lacks } from '../blnk/model.js';
import type { Balance, Page, Transaction } from '../blnk/model.js';
import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';
import { BalanceRef, loadBalance } from './balance.js';
import { pickFrom, subtreeNames } from './ledger.js';
import { builder } from './builder.js';
import { canSeeTransaction, transactionScope, visibleAs } from './policy.js';
import { identityConditions, MAX_IDENTITY_BALANCES } from './identity-filter.js';
import { filterBody, OrderBy, orderInput, resolveOffsetConnection } from './connection.js';
import type { PageArgs } from './connection.js';
import {
  BalanceIdFilter,
  BigIntFilter,
  DateTimeFilter,
  DecimalFilter,
  IdFilter,
  filterInputs,
  MetaDataFilter,
  orConditions,
  refuseWhatTheSurfaceCannotFilter,
  refuseOrWith,
  StringFilter,
  toConditions,
  TransactionStatusFilter,
  TransactionStatusRef,
} from './filters.js';
import { clientMetaData, isBatchRow } from './queue-keys.js';
import { keysetOrdered, totallyOrdered } from './transaction-order.js';
import { fromDecimal, toDecimal, toDecimalOver } from '../domain/money.js';
import { typeOfId } from '../domain/ids.js';
import { selectedFields } from './selection.js';

export const TransactionRef = builder.objectRef<Transaction>('Transaction');

/**
 * GET /transactions/reference/{ref} does not select precision or hash (they come back as 0 and
 * ""), so a transaction read that way is completed by id when one of them is asked for.
 */
async function complete(t: Transaction, ctx: Context, field: 'precision' | 'hash'): Promise<Transaction> {
  if (t.absent === undefined && t.precision === 0n) return ctx.loaders.transaction.load(t.id);
  return field === 'hash'
    ? holding(t, ctx, 'hash')
    : lacks(t, 'precision') || lacks(t, 'preciseAmount')
      ? ctx.loaders.transaction.load(t.id)
      : t;
}

/**
 * The resolver safety net: the row itself when it holds `field`, else the complete row through
 * the batched loader (a thin Cloud row: model.ts `absent`). Never a placeholder as a fact.
 */
function holding(t: Transaction, ctx: Context, field: string): Transaction | Promise<Transaction> {
  return lacks(t, field) ? ctx.loaders.transaction.load(t.id) : t;
}

/**
 * The domain fields (model.ts) each GraphQL field of Transaction reads, for a client whose rows
 * may be thin (client.ts `Needs`); unnamed fields need only the id.
 */
const TRANSACTION_NEEDS: Record<string, readonly string[]> = {
  preciseAmount: ['preciseAmount'],
  precision: ['precision', 'fractionalPrecision'],
  amount: ['preciseAmount', 'precision', 'fractionalPrecision'],
  overdraftLimit: ['precision'],
  reference: ['reference'],
  currency: ['currency'],
  description: ['description'],
  status: ['status'],
  hash: ['hash'],
  inflight: ['inflight'],
  allowOverdraft: ['allowOverdraft'],
  createdAt: ['createdAt'],
  effectiveDate: ['effectiveDate'],
  metaData: ['metaData'],
  sourceBalance: ['sourceId', 'currency'],
  destinationBalance: ['destinationId', 'currency'],
  parentTransaction: ['parentTransactionId'],
  parentTransactionId: ['parentTransactionId'],
  outcome: ['status', 'reference'],
};

function transactionNeeds(fields: Iterable<string>, ctx: Context): Set<string> {
  const needs = new Set(['id']);
  // A confined caller's visibility check reads the sides: never from a placeholder.
  if (ctx.principal.identityId !== null) for (const side of ['sourceId', 'destinationId']) needs.add(side);
  for (const f of fields) for (const n of TRANSACTION_NEEDS[f] ?? []) needs.add(n);
  return needs;
}

/**
 * A transaction by id. A client whose rows may be thin (Cloud) reads it by id with the
 * selection's needs (its Data API detail when that holds them: one call); the batched loader
 * otherwise, and always for a caller confined to an identity, whose lookups cost the same calls
 * found or not (loaders/own-balances.ts).
 */
function transactionById(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<Transaction> {
  if (ctx.client.routes.thinRows && ctx.principal.identityId === null) {
    return ctx.client.getTransaction(id, transactionNeeds(selectedFields(info, 'Transaction'), ctx));
  }
  return ctx.loaders.transaction.load(id);
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
  description:
    'A movement of money from a source balance to a destination balance, as Blnk records it. Blnk never changes a transaction: queueing, commits, voids and refunds write new transactions linked by parentTransaction.',
  id: { resolve: (t) => t.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Transaction',
  fields: (t) => ({
    preciseAmount: t.field({
      type: 'BigInt',
      nullable: false,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'preciseAmount'), (r) => r.preciseAmount),
      description:
        'The amount in minor units (cents for precision 100, wei for 10^18): amount × precision. Exact at any size; a string of digits on the wire.',
    }),
    precision: t.field({
      type: 'BigInt',
      nullable: true,
      description:
        'Minor units per major unit, such as 100 for cents or 10^18 for wei. Blnk keeps it as a float64: one written in exponent form by another client (1e+21) reads as the integer it names; null when Blnk holds a precision that is not a whole number.',
      resolve: async (txn, _args, ctx) => (await complete(txn, ctx, 'precision')).precision,
    }),
    amount: t.string({
      nullable: false,
      description:
        'The exact decimal preciseAmount / precision, in major units (not Blnk\'s float), written at the precision\'s scale so that every amount of one precision has the same number of places: precision 100 gives "12.30" (never "12.3"), 1 gives "12", 10^18 gives 18 places. A precision made of 2s and 5s but not a power of ten takes the places of 1/precision (4: "0.25", two places). A precision with any other factor (3, 7, 12) has no finite decimal: the amount is rounded half up to 16 places. A precision Blnk holds as a fraction (another client\'s 2.5) is used as it is (precision is then null).',
      resolve: async (txn, _args, ctx) => {
        const full = await complete(txn, ctx, 'precision');
        if (full.precision !== null) return toDecimal(full.preciseAmount, full.precision);
        return (
          (full.fractionalPrecision && toDecimalOver(full.preciseAmount, full.fractionalPrecision)) ?? toDecimal(full.preciseAmount, 1n)
        );
      },
    }),
    reference: t.string({
      nullable: false,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'reference'), (r) => r.reference),
      description:
        "Unique across the ledger. Blnk names the rows it writes itself after it: `<reference>_q` for a queued transaction's outcome, `<id>_refund` for a refund.",
    }),
    currency: t.string({
      nullable: false,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'currency'), (r) => r.currency),
      description: "As the transaction was sent. Blnk never compares it with its balances' currencies.",
    }),
    description: t.string({
      nullable: true,
      description: 'Free text from the caller; null when Blnk holds none.',
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'description'), (r) => r.description),
    }),
    status: t.field({
      type: TransactionStatusRef,
      nullable: false,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'status'), (r) => r.status),
      description: 'Where the transaction is in its life; see TransactionStatus.',
    }),
    hash: t.string({
      description: "Blnk's hash of the transaction (64 hex digits), for tamper checks; null when Blnk holds none.",
      resolve: async (txn, _args, ctx) => (await complete(txn, ctx, 'hash')).hash,
    }),
    inflight: t.boolean({
      nullable: false,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'inflight'), (r) => r.inflight),
      description: 'Whether the transaction was recorded as a hold, to be committed or voided later.',
    }),
    allowOverdraft: t.boolean({
      nullable: false,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'allowOverdraft'), (r) => r.allowOverdraft),
      description:
        "Whether the source may go below zero. On the recording mutation's answer only: Blnk's reads keep the flag inside metaData and answer false here.",
    }),
    overdraftLimit: t.field({
      type: 'BigInt',
      description:
        "The overdraft limit the transfer was sent with, in minor units (Blnk's float of major units × precision). Only on the recording mutation's answer: Blnk v0.15.2 stores no such column, so reads answer 0. Null when the decimal Blnk sent is not a whole number of minor units at this precision.",
      resolve: async (source, _args, ctx) => {
        const txn = await holding(source, ctx, 'precision');
        return txn.precision === null || txn.precision <= 0n ? null : fromDecimal(txn.overdraftLimit, txn.precision);
      },
    }),
    skipQueue: t.exposeBoolean('skipQueue', {
      nullable: false,
      description:
        "Whether the write asked to skip Blnk's queue. Only on the recording mutation's answer: Blnk v0.15.2 does not store it, so reads answer false (status QUEUED, and an outcome, tell a queued transaction).",
    }),
    atomic: t.exposeBoolean('atomic', {
      nullable: false,
      description:
        "Whether a split transfer (sources or destinations) was sent atomic, all legs or none. Only on the recording mutation's answer: Blnk v0.15.2 does not store it, so reads answer false.",
    }),
    amountString: t.exposeString('amountString', {
      description:
        "Blnk's own amount_string, the amount in major units as Blnk wrote it. Only on the answer to a write sent with a precise amount (every write through this gateway); null on reads, which never select it. `amount` is always there and exact.",
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When Blnk wrote the row; null when Blnk holds no time.',
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'createdAt'), (r) => r.createdAt),
    }),
    effectiveDate: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'effectiveDate'), (r) => r.effectiveDate),
      description:
        'When the money counts as moved, for historical balances (Balance.at): the date the caller gave to backdate it, else as Blnk set it. Null when Blnk holds none.',
    }),
    scheduledFor: t.expose('scheduledFor', {
      type: 'DateTime',
      description:
        "Only on the answer of the mutation that recorded the transaction: Blnk v0.15.2's reads never select it, so a transaction read back has null here, scheduled or not.",
    }),
    inflightExpiryDate: t.expose('inflightExpiryDate', {
      type: 'DateTime',
      description:
        'Only on the answer of the mutation that recorded the hold: Blnk v0.15.2 neither stores nor reads it back (null on reads).',
    }),
    inflightCommitDate: t.expose('inflightCommitDate', {
      type: 'DateTime',
      description: "Only on a mutation's answer: Blnk v0.15.2's reads never select it (null on reads).",
    }),
    metaData: t.field({
      type: 'JSON',
      description:
        "The caller's metadata, with the flags Blnk keeps there (allow_overdraft, inflight) and blnk_rejection_reason on a rejected row (see rejectionReason). The keys Blnk writes to run its queue (QUEUED_PARENT_TRANSACTION, queue_lane, queue_pair_key, and a bulk item's sequence) are not shown: parentTransaction and outcome say what they say. Null when there is none.",
      resolve: async (txn, _args, ctx) => {
        const row = lacks(txn, 'metaData') || lacks(txn, 'parentTransactionId') ? await ctx.loaders.transaction.load(txn.id) : txn;
        return clientMetaData(row.metaData, isBatchRow(row.parentTransactionId, row.metaData));
      },
    }),
    sourceBalance: t.field({
      type: BalanceRef,
      description: 'The balance the money left. Null for a split transaction (several sources), whose legs are its children.',
      resolve: async (txn, _args, ctx, info) => {
        const row = lacks(txn, 'sourceId') || lacks(txn, 'currency') ? await ctx.loaders.transaction.load(txn.id) : txn;
        return side(ctx, row, row.sourceId, info);
      },
    }),
    destinationBalance: t.field({
      type: BalanceRef,
      description: 'The balance the money went to. Null for a split transaction (several destinations), whose legs are its children.',
      resolve: async (txn, _args, ctx, info) => {
        const row = lacks(txn, 'destinationId') || lacks(txn, 'currency') ? await ctx.loaders.transaction.load(txn.id) : txn;
        return side(ctx, row, row.destinationId, info);
      },
    }),
    parentTransaction: t.field({
      type: TransactionRef,
      description:
        'The transaction this one came from: the queued original, the inflight hold, the refunded one. Null for a transaction that has none, for a bulk item (whose parent is its batch id), and for a split leg (a split has no row of its own in Blnk v0.15.2): parentTransactionId names those.',
      // A bulk batch id (bulk_…) is a parent too, but names no transaction; nor does a split's id.
      resolve: async (source, _args, ctx) => {
        const txn = await holding(source, ctx, 'parentTransactionId');
        if (!txn.parentTransactionId || typeOfId(txn.parentTransactionId) !== 'Transaction') return null;
        try {
          return await ctx.loaders.transaction.load(txn.parentTransactionId);
        } catch (error) {
          if (error instanceof BlnkError && error.isNotFound) return null;
          throw error;
        }
      },
    }),
    parentTransactionId: t.id({
      nullable: true,
      description:
        "The parent's id as Blnk holds it, also when it names no transaction row: a bulk batch id (bulk_…), or the id recordTransaction answered for a split (sources or destinations), whose legs are transactions(filter: { parentTransactionId: { eq: … } }). Null for a transaction without a parent.",
      resolve: (txn, _args, ctx) => pickFrom(holding(txn, ctx, 'parentTransactionId'), (r) => r.parentTransactionId),
    }),
    outcome: t.field({
      type: TransactionRef,
      description:
        'For a QUEUED or SCHEDULED transaction: what Blnk made of it once applied, an APPLIED, INFLIGHT or REJECTED transaction; null until then, and for other transactions.',
      resolve: async (source, _args, ctx) => {
        const txn = lacks(source, 'status') || lacks(source, 'reference') ? await ctx.loaders.transaction.load(source.id) : source;
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

export const TransactionFilter = filterInputs(
  'TransactionFilter',
  'transactions (each field filters the column of the same name in Blnk)',
  (t) => ({
    id: t.field({ type: IdFilter, description: 'The transaction id.' }),
    parentTransactionId: t.field({
      type: IdFilter,
      description: 'The parent: a queued original, a hold, a refunded transaction, a split, or a bulk batch id (bulk_…).',
    }),
    reference: t.field({ type: StringFilter, description: 'The reference.' }),
    currency: t.field({ type: StringFilter, description: 'The currency, compared exactly (case-sensitive).' }),
    description: t.field({ type: StringFilter, description: 'The description.' }),
    status: t.field({ type: TransactionStatusFilter, description: 'The status.' }),
    sourceId: t.field({ type: IdFilter, description: 'The source balance id.' }),
    destinationId: t.field({ type: IdFilter, description: 'The destination balance id.' }),
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
    amount: t.field({
      type: DecimalFilter,
      description:
        "In major units, compared by Blnk with its own `amount` column (a float it derived from preciseAmount and precision), not with this API's exact amount: beyond about 15 significant digits the comparison is approximate. For exact comparisons, filter on precision and compare preciseAmount client-side.",
    }),
    precision: t.field({ type: BigIntFilter, description: 'Minor units per major unit.' }),
    createdAt: t.field({ type: DateTimeFilter, description: 'When Blnk wrote the row.' }),
    effectiveDate: t.field({ type: DateTimeFilter, description: 'The effective date.' }),
    metaData: t.field({ type: [MetaDataFilter], description: 'Conditions on top-level metadata keys, all of which must hold.' }),
  }),
);

const TransactionOrder = orderInput('TransactionOrder', 'transactions', {
  CREATED_AT: { field: 'createdAt', description: 'When Blnk wrote the row; rows with one createdAt are ordered by id.' },
  AMOUNT: {
    field: 'amount',
    description:
      "Blnk's float amount in major units: amounts of different precisions compare by major units, beyond about 15 significant digits approximately.",
  },
  EFFECTIVE_DATE: { field: 'effectiveDate', description: 'The effective date.' },
  CURRENCY: { field: 'currency', description: 'The currency code, as text.' },
  STATUS: { field: 'status', description: "The status, as Blnk's text (alphabetical)." },
});

const TransactionConnection = builder.connectionObject(
  { type: TransactionRef, name: 'TransactionConnection' },
  { name: 'TransactionEdge' },
);

/**
 * One page of transactions; `scope` is the parent's condition on a nested connection. A
 * balance's first page without a filter or a count (`balances { transactions(first: 5) }`) goes
 * through the first-pages loader: the balances' pages are one filter with `balanceId in` over
 * their ids, split per balance and put in the gateway's total order, where each balance alone
 * would cost a call (issue 20 item 8); a balance whose page the shared rows do not settle is read
 * alone, as before.
 */
function transactionPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: PageArgs & {
    filter?: Record<string, unknown> | null;
    orderBy?: 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null;
    order?: Parameters<typeof TransactionOrder.resolve>[0];
  },
  scope: Condition[] = [],
  ofBalance?: string,
) {
  const unfiltered = !args.filter || Object.keys(args.filter).length === 0;
  const ordering = TransactionOrder.resolve(args.order, args.orderBy);
  refuseWhatTheSurfaceCannotFilter(ctx.client.routes, args.filter, 'transactions');
  const ored = orConditions(args.filter, 'transactions');
  if (ored) {
    refuseOrWith(scope, 'a nested list');
    if (ctx.principal.identityId) refuseOrWith([{ field: 'balanceId', operator: 'in' }], "a confined caller's list");
  }
  return resolveOffsetConnection(
    args,
    ordering,
    info,
    async (request): Promise<Page<Transaction>> => {
      // A balance's first page in creation order, unfiltered and uncounted: batched with the
      // other balances' (loaders/first-pages.ts). Any other order, a keyset, a count: its own call.
      const batchable = ofBalance !== undefined && unfiltered && request.offset === 0 && !request.includeCount && !request.countOnly;
      if (batchable && request.sortBy === undefined && !request.keyset) {
        const page = await ctx.loaders.transactionFirstPages.load({
          field: 'balanceId',
          parentId: ofBalance,
          limit: request.limit,
          newestFirst: request.descending,
          shared: await transactionScope(ctx),
        });
        if (page) {
          ctx.loaders.primeRows('transaction', page.rows);
          return page;
        }
      }
      let page: Page<Transaction>;
      if (ored) {
        page = await ctx.client.filterTransactions(filterBody(ored, request, true), transactionNeeds(subtreeNames(info), ctx));
      } else {
        const { rest, conditions } = await identityConditions(ctx, args.filter);
        const filters = [...(await transactionScope(ctx)), ...scope, ...conditions, ...toConditions(rest, 'transactions')];
        const needs = transactionNeeds(subtreeNames(info), ctx);
        // Pages in createdAt order follow one total order (createdAt, then id), by offset or by
        // keyset; other orders and a bare count take Blnk's page as it comes.
        page =
          request.sortBy !== undefined || request.countOnly
            ? await ctx.client.filterTransactions(filterBody(filters, request), needs)
            : request.keyset
              ? await keysetOrdered(ctx, filters, request, needs)
              : await totallyOrdered(ctx, filters, request, needs);
      }
      ctx.loaders.primeRows('transaction', page.rows);
      return page;
    },
    { keyOf: (t) => t, anyOf: ored !== null },
  );
}

builder.queryFields((t) => ({
  transaction: t.field({
    type: TransactionRef,
    description:
      "A transaction by id; null with a NOT_FOUND error when there is none. A split's id (recordTransaction with sources or destinations) names no row in Blnk v0.15.2: its legs are transactions(filter: { parentTransactionId: { eq: id } }).",
    args: { id: t.arg.id({ required: true, description: 'A transaction id (txn_…).' }) },
    resolve: (_root, { id }, ctx, info) => transactionById(ctx, String(id), info),
  }),
  transactionByReference: t.field({
    type: TransactionRef,
    description:
      'A transaction by its unique reference; null with a NOT_FOUND error when there is none. A queued write is stored shortly after its answer, so a read straight after recordTransaction may briefly miss it.',
    args: { reference: t.arg.string({ required: true, description: 'The reference the transaction was recorded with.' }) },
    // Through the loader: batched, a full row (GET by reference lacks precision and hash), and for a
    // confined caller the same calls whether the reference exists or not (loaders/own-balances.ts).
    resolve: (_root, { reference }, ctx) => ctx.loaders.transactionByReference.load(reference),
  }),
  transactions: t.connection(
    {
      type: TransactionRef,
      description:
        "Transactions, newest first unless ordered otherwise. Rows with one createdAt (Blnk writes a queued transfer and its outcome, or a split's legs, in the same microsecond) are ordered by id, so offset pages never repeat or skip one.",
      args: {
        filter: t.arg({ type: TransactionFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: TransactionOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (_root, args, ctx, info) => transactionPage(ctx, info, args),
    },
    TransactionConnection,
  ),
}));

builder.objectField(BalanceRef, 'transactions', (t) =>
  t.connection(
    {
      type: TransactionRef,
      description:
        'Transactions in which this balance is the source or the destination. Under a list of balances, their first pages without filter or totalCount are read together: one call for up to 100 balances (more only for a balance whose page the shared 100 rows do not hold).',
      args: {
        filter: t.arg({ type: TransactionFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: TransactionOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (balance, args, ctx, info) =>
        transactionPage(ctx, info, args, [{ field: 'balanceId', operator: 'eq', value: balance.id }], balance.id),
    },
    TransactionConnection,
  ),
);

builder.objectField(TransactionRef, 'children', (t) =>
  t.connection(
    {
      type: TransactionRef,
      description: "Transactions whose parent is this one: a queued transaction's outcome, an inflight hold's commits and voids, refunds.",
      args: {
        filter: t.arg({ type: TransactionFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: TransactionOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (txn, args, ctx, info) =>
        transactionPage(ctx, info, args, [{ field: 'parentTransactionId', operator: 'eq', value: txn.id }]),
    },
    TransactionConnection,
  ),
);
