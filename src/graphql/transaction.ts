import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import type { Balance, Page, Transaction } from '../blnk/model.js';
import type { Condition } from '../blnk/filter.js';
import type { TransferInput, TransferLeg } from '../blnk/inputs.js';
import {
  HoldNotApplied,
  NothingToRefund,
  outcomeUnknown,
  recordBulkOnce,
  recordTransactionOnce,
  refundOnce,
  UnknownOutcome,
  updateInflightOnce,
} from '../blnk/writes.js';
import type { Context } from './context.js';
import type { ErrorCode } from './errors.js';
import { fromDecimal, MAX_MINOR_UNITS, precisionProblem, toDecimal, toDecimalOver } from '../domain/money.js';
import { BalanceRef, loadBalance } from './balance.js';
import { builder } from './builder.js';
import { canSeeTransaction, transactionScope, visibleAs } from './policy.js';
import { identityConditions, MAX_IDENTITY_BALANCES } from './identity-filter.js';
import {
  assertCustomerBulk,
  assertCustomerCanPay,
  assertCustomerInput,
  assertUnconfined,
  customerPrecision,
  takeCustomerWrites,
} from './confined-writes.js';
import { filterBody, OrderBy, resolveOffsetConnection } from './connection.js';
import type { PageArgs, PageRequest } from './connection.js';
import { clientError, mutationError } from '../blnk/refusals.js';
import {
  ConflictError,
  DuplicateReferenceError,
  ErrorInterface,
  LedgerError,
  mutate,
  HOLD_ERRORS,
  NotFoundError,
  REFUND_ERRORS,
  TRANSFER_ERRORS,
  ValidationError,
  within,
} from './errors.js';
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
import { splitLegs } from './split-legs.js';
import { clientMetaData, isBatchRow, refuseQueueKeys } from './queue-keys.js';
import { assertRowText, transactionTextBytes } from './row-limit.js';
import { typeOfId } from '../domain/ids.js';

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
  description:
    'A movement of money from a source balance to a destination balance, as Blnk records it. Blnk never changes a transaction: queueing, commits, voids and refunds write new transactions linked by parentTransaction.',
  id: { resolve: (t) => t.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Transaction',
  fields: (t) => ({
    preciseAmount: t.expose('preciseAmount', {
      type: 'BigInt',
      nullable: false,
      description:
        'The amount in minor units (cents for precision 100, wei for 10^18): amount × precision. Exact at any size; a string of digits on the wire.',
    }),
    precision: t.field({
      type: 'BigInt',
      nullable: true,
      description:
        'Minor units per major unit, such as 100 for cents or 10^18 for wei. Blnk keeps it as a float64: one written in exponent form by another client (1e+21) reads as the integer it names; null when Blnk holds a precision that is not a whole number.',
      resolve: async (txn, _args, ctx) => (await complete(txn, ctx)).precision,
    }),
    amount: t.string({
      nullable: false,
      description:
        'The exact decimal preciseAmount / precision, in major units (not Blnk\'s float), written at the precision\'s scale so that every amount of one precision has the same number of places: precision 100 gives "12.30" (never "12.3"), 1 gives "12", 10^18 gives 18 places. A precision made of 2s and 5s but not a power of ten takes the places of 1/precision (4: "0.25", two places). A precision with any other factor (3, 7, 12) has no finite decimal: the amount is rounded half up to 16 places. A precision Blnk holds as a fraction (another client\'s 2.5) is used as it is (precision is then null).',
      resolve: async (txn, _args, ctx) => {
        const full = await complete(txn, ctx);
        if (full.precision !== null) return toDecimal(full.preciseAmount, full.precision);
        return (
          (full.fractionalPrecision && toDecimalOver(full.preciseAmount, full.fractionalPrecision)) ?? toDecimal(full.preciseAmount, 1n)
        );
      },
    }),
    reference: t.exposeString('reference', {
      nullable: false,
      description:
        "Unique across the ledger. Blnk names the rows it writes itself after it: `<reference>_q` for a queued transaction's outcome, `<id>_refund` for a refund.",
    }),
    currency: t.exposeString('currency', {
      nullable: false,
      description: "As the transaction was sent. Blnk never compares it with its balances' currencies.",
    }),
    description: t.exposeString('description', { description: 'Free text from the caller; null when Blnk holds none.' }),
    status: t.expose('status', {
      type: TransactionStatusRef,
      nullable: false,
      description: 'Where the transaction is in its life; see TransactionStatus.',
    }),
    hash: t.string({
      description: "Blnk's hash of the transaction (64 hex digits), for tamper checks; null when Blnk holds none.",
      resolve: async (txn, _args, ctx) => (await complete(txn, ctx)).hash,
    }),
    inflight: t.exposeBoolean('inflight', {
      nullable: false,
      description: 'Whether the transaction was recorded as a hold, to be committed or voided later.',
    }),
    allowOverdraft: t.exposeBoolean('allowOverdraft', {
      nullable: false,
      description:
        "Whether the source may go below zero. On the recording mutation's answer only: Blnk's reads keep the flag inside metaData and answer false here.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When Blnk wrote the row; null when Blnk holds no time.' }),
    effectiveDate: t.expose('effectiveDate', {
      type: 'DateTime',
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
      resolve: (txn) => clientMetaData(txn.metaData, isBatchRow(txn.parentTransactionId, txn.metaData)),
    }),
    sourceBalance: t.field({
      type: BalanceRef,
      description: 'The balance the money left. Null for a split transaction (several sources), whose legs are its children.',
      resolve: (txn, _args, ctx, info) => side(ctx, txn, txn.sourceId, info),
    }),
    destinationBalance: t.field({
      type: BalanceRef,
      description: 'The balance the money went to. Null for a split transaction (several destinations), whose legs are its children.',
      resolve: (txn, _args, ctx, info) => side(ctx, txn, txn.destinationId, info),
    }),
    parentTransaction: t.field({
      type: TransactionRef,
      description:
        'The transaction this one came from: the queued original, the inflight hold, the refunded one. Null for a transaction that has none, for a bulk item (whose parent is its batch id), and for a split leg (a split has no row of its own in Blnk v0.15.2): parentTransactionId names those.',
      // A bulk batch id (bulk_…) is a parent too, but names no transaction; nor does a split's id.
      resolve: async (txn, _args, ctx) => {
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
      resolve: (txn) => txn.parentTransactionId,
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
  description: 'Conditions on transactions, all of which must hold (AND). Each field filters the column of the same name in Blnk.',
  fields: (t) => ({
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
});

const TransactionConnection = builder.connectionObject(
  { type: TransactionRef, name: 'TransactionConnection' },
  { name: 'TransactionEdge' },
);

function transactionPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null },
  scope: Condition[] = [],
) {
  return resolveOffsetConnection(args, args.orderBy, info, async (request): Promise<Page<Transaction>> => {
    const { rest, conditions } = await identityConditions(ctx, args.filter);
    const filters = [...(await transactionScope(ctx)), ...scope, ...conditions, ...toConditions(rest, 'transactions')];
    const page = await totallyOrdered(ctx, filters, request);
    ctx.loaders.primeRows('transaction', page.rows);
    return page;
  });
}

const msOf = (t: Transaction): number => t.createdAt?.getTime() ?? 0;
const FILTER_MAX = 100;

/**
 * One page of transactions in a total order: created_at (to the millisecond the API shows),
 * then id. Blnk sorts on created_at alone, and rows written together share it to the
 * microsecond (a queued transfer and its applied child, a split's legs): their order is
 * arbitrary and may differ from one request to the next, so offset pages could repeat or skip
 * one of them. The gateway asks for one row either side of the page to see whether a group of
 * rows with one time crosses its edges; only then does it read that group whole (and, when
 * one group spans the page, count the rows before it) to place each of its rows by id. A group
 * of 100 rows or more in one millisecond keeps Blnk's order.
 */
async function totallyOrdered(ctx: Context, filters: Condition[], request: PageRequest): Promise<Page<Transaction>> {
  const { offset, limit, descending } = request;
  const sign = descending ? -1 : 1;
  const cmp = (a: Transaction, b: Transaction) => sign * (msOf(a) - msOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const before = offset > 0 ? 1 : 0;
  const widened = limit + before + 1 <= FILTER_MAX;
  const fetched = await ctx.client.filterTransactions(
    filterBody(filters, widened ? { ...request, offset: offset - before, limit: limit + before + 1 } : request),
  );
  const head = widened ? fetched.rows.slice(before, before + limit) : fetched.rows;
  const result = (rows: Transaction[]): Page<Transaction> => ({ rows: [...rows].sort(cmp), totalCount: fetched.totalCount });
  if (head.length === 0) return result(head);
  const firstMs = msOf(head[0]!);
  const lastMs = msOf(head.at(-1)!);
  const headOpen = widened ? before === 1 && fetched.rows[0] !== undefined && msOf(fetched.rows[0]) === firstMs : offset > 0;
  const tailOpen = widened
    ? fetched.rows[before + limit] !== undefined && msOf(fetched.rows[before + limit]!) === lastMs
    : head.length === limit;
  if (!headOpen && !tailOpen) return result(head);
  const open = new Set<number>([...(headOpen ? [firstMs] : []), ...(tailOpen ? [lastMs] : [])]);
  const kept = head.filter((t) => !open.has(msOf(t)));
  for (const ms of open) {
    if (ms === 0) return result(head);
    const inMs = [
      { field: 'createdAt', operator: 'gte', value: new Date(ms).toISOString() },
      { field: 'createdAt', operator: 'lt', value: new Date(ms + 1).toISOString() },
    ];
    const group = (
      await ctx.client.filterTransactions({
        filters: [...filters, ...inMs],
        limit: FILTER_MAX,
        offset: 0,
        newestFirst: descending,
      })
    ).rows.sort(cmp);
    if (group.length >= FILTER_MAX) return result(head);
    const onPage = head.filter((t) => msOf(t) === ms).length;
    let start: number;
    if (headOpen && tailOpen && firstMs === lastMs) {
      // One group across the whole page: count what comes before it in the order.
      const earlier = descending
        ? { field: 'createdAt', operator: 'gte', value: new Date(ms + 1).toISOString() }
        : { field: 'createdAt', operator: 'lt', value: new Date(ms).toISOString() };
      const counted = await ctx.client.filterTransactions({ filters: [...filters, earlier], limit: 1, offset: 0, includeCount: true });
      if (counted.totalCount === null || counted.totalCount === undefined) return result(head);
      start = Number(counted.totalCount);
    } else if (tailOpen && ms === lastMs) {
      start = offset + head.length - onPage;
    } else {
      start = offset + onPage - group.length;
    }
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, start + group.length);
    kept.push(...group.slice(from - start, Math.max(from, to) - start));
  }
  return result(kept);
}

builder.queryFields((t) => ({
  transaction: t.field({
    type: TransactionRef,
    description:
      "A transaction by id; null with a NOT_FOUND error when there is none. A split's id (recordTransaction with sources or destinations) names no row in Blnk v0.15.2: its legs are transactions(filter: { parentTransactionId: { eq: id } }).",
    args: { id: t.arg.id({ required: true, description: 'A transaction id (txn_…).' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.transaction.load(String(id)),
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
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.' }),
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
      description: 'Transactions in which this balance is the source or the destination.',
      args: {
        filter: t.arg({ type: TransactionFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.' }),
      },
      resolve: (balance, args, ctx, info) => transactionPage(ctx, info, args, [{ field: 'balanceId', operator: 'eq', value: balance.id }]),
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
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.' }),
      },
      resolve: (txn, args, ctx, info) =>
        transactionPage(ctx, info, args, [{ field: 'parentTransactionId', operator: 'eq', value: txn.id }]),
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
      const plain = /^-?\d+(\.\d+)?$/.test(input.amount!.trim());
      throw new ValidationError(
        !plain
          ? 'amount must be a plain decimal such as "12.34"'
          : input.precision === null || input.precision === undefined
            ? 'amount has decimal places, but precision was not given and defaulted to 1, which counts whole units only (no minor units): give precision (100 for cents) or a whole amount'
            : `amount has more decimal places than precision ${precision} holds`,
        'amount',
      );
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
  description:
    'One of several sources or destinations, with its share of the amount. Blnk v0.15.2 records one transfer per leg, child of the split, in an order that is not the input\'s (the legs pass through a map), so read each child for its source or destination. The gateway refuses what Blnk would silently mishandle: two legs with one identifier (merged), a second "left" leg (ignored), and shares that do not add up to the amount without a "left" leg (Blnk gives the rest, or takes the excess, off the largest leg). Percentage shares are truncated to whole minor units and the few units left over go to the largest leg.',
  fields: (t) => ({
    identifier: t.string({ required: true, description: 'A balance id or an @indicator. At most one leg per identifier.' }),
    distribution: t.string({
      description:
        'A share: a percentage of the amount such as "50%", a fixed decimal amount in major units such as "12.50" (sent to Blnk exactly, in minor units), or "left" for what the other legs leave (one leg at most, and something must be left). Give this or preciseDistribution.',
    }),
    preciseDistribution: t.field({
      type: 'BigInt',
      description: 'A fixed share in minor units, greater than zero. Give this or distribution.',
    }),
  }),
});

const transactionInputFields = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>,
) => ({
  source: t.string({
    description:
      'Where the money comes from: a balance id, or an @indicator such as @World (created on first use, in the general ledger, in this currency). Give this or sources.',
  }),
  destination: t.string({ description: 'Where the money goes: a balance id or an @indicator. Give this or destinations.' }),
  sources: t.field({
    type: [LegInput],
    description:
      'Several sources instead of one (at least two legs; see TransactionLegInput). Each leg is its own transfer: queued, each is settled on its own (one can be REJECTED while another is APPLIED); with skipQueue a refused leg stops the rest but leaves earlier legs applied, unless atomic is set (then Blnk refunds them through its queue).',
  }),
  destinations: t.field({
    type: [LegInput],
    description: 'Several destinations instead of one, with the same rules as sources.',
  }),
  preciseAmount: t.field({
    type: 'BigInt',
    description:
      "The amount in minor units, greater than zero and at most 10^78. Give this or amount, not both. Blnk keeps balances as PostgreSQL NUMERIC and holds far more (real Blnk v0.15.2 applies 10^308 and refuses 10^309, whose float64 `amount` is infinite), so the bound is the gateway's: above any token supply (2^256 ≈ 1.2×10^77). A caller confined to an identity moves at most what its balance holds (InsufficientFundsError, before anything is sent).",
  }),
  amount: t.string({
    description:
      'The amount as an exact decimal in major units, such as "12.34", with no more places than precision holds (never rounded). Give this or preciseAmount, not both.',
  }),
  precision: t.field({
    type: 'BigInt',
    description:
      "Minor units per major unit (100 for cents, 10^18 for wei). Defaults to 1 when absent: amounts then count whole units, and an amount with decimals is refused. At most 2^63−1 and kept digit for digit by a float64, as Blnk stores it. A caller confined to an identity pays each currency at the precision the gateway's CURRENCY_PRECISIONS gives it (the default when absent; FORBIDDEN otherwise), so that the payee's statement reads the amount that moved.",
  }),
  currency: t.string({
    required: true,
    description:
      'Any non-blank code, such as "USD". Blnk does not check it against the balances\' currencies: keep them equal, or units move at par between currencies. A caller confined to an identity pays only in currencies CURRENCY_PRECISIONS lists, once it is set (FORBIDDEN otherwise).',
  }),
  description: t.string({
    required: true,
    description:
      "Free text, kept with the transaction and shown in both balances' histories. At most 500 characters; tab, line feed and carriage return are the only control characters taken (BAD_USER_INPUT otherwise).",
  }),
  reference: t.string({
    description:
      'Unique per transaction: the key that makes a retry safe (Blnk refuses a second use with DUPLICATE_REFERENCE). Generated (gql_ and a UUID, returned) when absent; give your own to retry safely. A caller confined to an identity gives `<its identity id>:<name>`, the name without colons and not ending in _q, _refund, _commit or _void (FORBIDDEN otherwise): references are unique across the ledger.',
  }),
  allowOverdraft: t.boolean({ description: 'Let the source go below zero. False when absent.' }),
  inflight: t.boolean({ description: 'Hold the amount until committed or voided, instead of moving it now.' }),
  inflightExpiryDate: t.field({
    type: 'DateTime',
    description: 'For a hold: when Blnk may release it. Whole seconds only (Blnk refuses fractions).',
  }),
  scheduledFor: t.field({
    type: 'DateTime',
    description: 'Apply at this time instead of now (the answer is SCHEDULED). Whole seconds only (Blnk refuses fractions).',
  }),
  effectiveDate: t.field({ type: 'DateTime', description: 'Backdate the transaction: when it counts as moved for historical balances.' }),
  metaData: t.field({
    type: 'JSON',
    description:
      'A JSON object of your own keys. Numbers must be within ±(2^53−1) (Blnk keeps them as float64); send larger ones as strings. With description, reference and currency (counted twice), at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise): Blnk v0.15.2 fails a larger row, or drops it after answering a queued write.',
  }),
});

const RecordTransactionInput = builder.inputType('RecordTransactionInput', {
  description: 'One transfer. Checked by the gateway before anything is sent to Blnk.',
  fields: (t) => ({
    ...transactionInputFields(t),
    skipQueue: t.boolean({
      description:
        "Apply now and answer with the final transaction (APPLIED or INFLIGHT), so refusals such as insufficient funds come back as typed errors. Absent or false: Blnk's queue, answered QUEUED at once and checked later (see Transaction.outcome and rejectionReason). Required of a caller confined to an identity (FORBIDDEN otherwise): a queued payment that fails still leaves QUEUED and REJECTED rows in the payee's history.",
    }),
  }),
});

const BulkTransactionInput = builder.inputType('BulkTransactionInput', {
  description: 'One transfer of a bulk request; the same fields as RecordTransactionInput, without skipQueue.',
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

function legs(list: TransactionInputShape['sources'], field: string, total: bigint, precision: bigint): TransferLeg[] | undefined {
  return list ? splitLegs(list, field, total, precision) : undefined;
}

/**
 * A description is shown in both sides' histories: bounded, for everyone, so that a transfer
 * cannot carry a letter into someone else's statement. Long enough for an invoice line.
 */
const MAX_DESCRIPTION_LENGTH = 500;

/** A transaction input as the transfer Blnk is asked to record, checked before anything is sent. */
function transactionBody(input: TransactionInputShape): TransferInput {
  const { preciseAmount, precision } = minorUnits(input);
  if (input.currency.trim() === '') throw new ValidationError('currency cannot be blank', 'currency');
  if (input.description.length > MAX_DESCRIPTION_LENGTH) {
    throw new ValidationError(`description is longer than ${MAX_DESCRIPTION_LENGTH} characters`, 'description');
  }
  const sources = legs(input.sources, 'sources', preciseAmount, precision);
  const destinations = legs(input.destinations, 'destinations', preciseAmount, precision);
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
    preciseAmount,
    precision,
    ...(input.source ? { source: input.source } : {}),
    ...(input.destination ? { destination: input.destination } : {}),
    ...(sources ? { sources } : {}),
    ...(destinations ? { destinations } : {}),
    reference: input.reference ?? `gql_${randomUUID()}`,
    currency: input.currency,
    description: input.description,
    ...(input.allowOverdraft ? { allowOverdraft: true } : {}),
    ...(input.inflight ? { inflight: true } : {}),
    ...(inflightExpiryDate ? { inflightExpiryDate } : {}),
    ...(scheduledFor ? { scheduledFor } : {}),
    ...(input.effectiveDate ? { effectiveDate: input.effectiveDate.toISOString() } : {}),
    ...(meta ? { metaData: meta } : {}),
  };
}

/**
 * The caller's text of each row Blnk writes for a transfer (a split leg, a queued outcome, a
 * commit, a refund copy it) within ROW_TEXT_MAX_BYTES, before anything is sent: past it Blnk
 * v0.15.2 fails the row, or drops a queued one after answering 201 (row-limit.ts).
 */
function assertTransactionRow(body: TransferInput, argument: string, path?: string): void {
  const bytes = transactionTextBytes({
    description: body.description,
    reference: body.reference,
    currency: body.currency,
    metaData: body.metaData,
  });
  assertRowText(bytes, { argument, row: 'transaction', ...(path ? { path } : {}) });
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

type BulkPayload = { batchId: string; status: string; transactionCount: number | null; references: string[] };

/** Each waits longer; together about 0.4 s, for Blnk to write a queued item's row. */
const ITEM_WAITS_MS = [25, 50, 100, 200];

/** `items` is a page, as every list here: its `first` is also what its selection costs times. */
const MAX_BULK_ITEMS_PAGE = 100;

/**
 * The rows of a bulk request's items, by reference through the batched loader: one filter call
 * per 100 items. Blnk writes a queued item's row just after it answers (a goroutine), so a
 * missing item is looked up again a few times, briefly; a row with another parent is not this
 * batch's (Blnk dropped the item as a duplicate reference).
 */
async function bulkRows(payload: BulkPayload, references: readonly string[], ctx: Context): Promise<(Transaction | null)[]> {
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

const BulkItem = builder.objectRef<{ reference: string; transaction: Transaction | null }>('BulkTransactionItem').implement({
  description: 'One input transaction of a bulk request, in input order.',
  fields: (t) => ({
    reference: t.exposeString('reference', { nullable: false, description: 'Its reference: the one given, or the one generated.' }),
    transaction: t.field({
      type: TransactionRef,
      nullable: true,
      description:
        "Blnk's row for it. Queued (the default): QUEUED, and its `outcome` (APPLIED, INFLIGHT or REJECTED with a rejectionReason) once the queue has run. With skipQueue: APPLIED or INFLIGHT. Null when Blnk wrote no row for it: a reference already taken (Blnk drops the item silently), a balance that does not exist, a split (its legs are `<reference>_<n>`), an item not yet written (runAsync), or one after a skipQueue item that failed.",
      resolve: (item) => item.transaction,
    }),
  }),
});

const BulkTransactionsPayload = builder.objectRef<BulkPayload>('BulkTransactionsPayload').implement({
  description: "Blnk's acceptance of a bulk request. It says nothing about money having moved: read `items` for each transaction's state.",
  fields: (t) => ({
    batchId: t.exposeID('batchId', {
      nullable: false,
      description: "The parent of every item's row: filter transactions on parentTransactionId to list them.",
    }),
    status: t.exposeString('status', {
      nullable: false,
      description:
        'Blnk\'s word for the batch: "applied" (or "inflight" for holds) once every item is accepted, which for a queued batch is before anything has moved; "processing" with runAsync.',
    }),
    transactionCount: t.exposeInt('transactionCount', { description: 'How many items Blnk accepted; null with runAsync.' }),
    references: t.exposeStringList('references', { nullable: false, description: 'The references, in input order.' }),
    items: t.field({
      type: [BulkItem],
      nullable: false,
      description: `Per input transaction, in input order from \`offset\`, at most \`first\` (${MAX_BULK_ITEMS_PAGE}): its reference and the row Blnk wrote for it, looked up by reference (one upstream call per 100 items, shared with other lookups by reference in the operation). A page, like every list here: a batch of 10,000 is read in slices by aliasing items with offsets. Costs first × its selection.`,
      args: {
        first: t.arg.int({
          defaultValue: MAX_BULK_ITEMS_PAGE,
          description: `How many items, 0 to ${MAX_BULK_ITEMS_PAGE} (more counts as ${MAX_BULK_ITEMS_PAGE}, less than 0 as 0).`,
        }),
        offset: t.arg.int({ defaultValue: 0, description: 'How many items to skip from the start (less than 0 counts as 0).' }),
      },
      resolve: async (payload, args, ctx) => {
        // Clamped, not refused: this runs after Blnk took the batch, and an error here would
        // take the batch id and references from the answer.
        const first = Math.min(Math.max(args.first ?? MAX_BULK_ITEMS_PAGE, 0), MAX_BULK_ITEMS_PAGE);
        const offset = Math.max(args.offset ?? 0, 0);
        const references = payload.references.slice(offset, offset + first);
        const rows = await bulkRows(payload, references, ctx);
        return references.map((reference, i) => ({ reference, transaction: rows[i] ?? null }));
      },
    }),
  }),
});

const RecordBulkTransactionsInput = builder.inputType('RecordBulkTransactionsInput', {
  description:
    'A batch of transfers for one bulk request. Every item is checked before anything is sent; a refused item answers a ValidationError whose path starts with its index.',
  fields: (t) => ({
    transactions: t.field({
      type: [BulkTransactionInput],
      required: true,
      description:
        'At most 10000; at most CONFINED_MAX_BULK (10 by default) for a caller confined to an identity, each counting against its CONFINED_WRITES_PER_MINUTE.',
    }),
    atomic: t.boolean({
      description:
        'Undo the batch when an error is raised while Blnk handles the request, by voiding its holds or refunding (through the queue) what it applied; the originals and their refunds both stay. This is not all or nothing: a queued batch meets no such error (a refused item is REJECTED later, a duplicate dropped) and nothing is undone; only with skipQueue can an item fail during the request.',
    }),
    inflight: t.boolean({ description: 'Record every transaction as an inflight hold.' }),
    runAsync: t.boolean({
      description: 'Answer at once with status "processing"; Blnk records the items in the background and reports only to its webhook.',
    }),
    skipQueue: t.boolean({
      description:
        'Apply each item during the request, in order. A refused item (insufficient funds, a missing balance) stops the batch and answers a typed error; the items before it stay applied unless atomic is set. Absent or false: every item is queued, the answer comes before anything moves, and refusals appear later as REJECTED outcomes (see items). Required of a caller confined to an identity, as for recordTransaction.',
    }),
  }),
});

const CommitInflightInput = builder.inputType('CommitInflightTransactionInput', {
  description: 'What to commit of a hold. Give preciseAmount or amount for part of it, neither for all that is left.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        "The inflight transaction, or the QUEUED one that becomes it: the gateway then waits up to 5 s for Blnk's queue to apply the hold before sending anything (Blnk v0.15.2 would answer a queued action with success and drop it, and refuse one with skipQueue), and answers ConflictError if it is still queued, a ValidationError on id if the queue rejected it. An id Blnk does not know answers NotFoundError, after up to about 2 s spent waiting for a row Blnk may not have written yet; a transaction that is not a hold, a ValidationError on id.",
    }),
    preciseAmount: t.field({ type: 'BigInt', description: 'Part of the hold, in minor units; all that is left when absent.' }),
    amount: t.string({ description: "Part of the hold as an exact decimal at the hold's precision." }),
    skipQueue: t.boolean({ description: 'Commit now and answer with the committed transaction.' }),
  }),
});

const VoidInflightInput = builder.inputType('VoidInflightTransactionInput', {
  description: 'The hold to release.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        "The inflight transaction, or the QUEUED one that becomes it: the gateway then waits up to 5 s for Blnk's queue to apply the hold before sending anything (Blnk v0.15.2 would answer a queued action with success and drop it, and refuse one with skipQueue), and answers ConflictError if it is still queued, a ValidationError on id if the queue rejected it. An id Blnk does not know answers NotFoundError, after up to about 2 s spent waiting for a row Blnk may not have written yet; a transaction that is not a hold, a ValidationError on id.",
    }),
    skipQueue: t.boolean({ description: 'Void now and answer with the void transaction.' }),
  }),
});

const RefundInput = builder.inputType('RefundTransactionInput', {
  description: 'The transaction to refund.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        'An applied (or voided) transaction id (txn_…), or a queued one once its outcome is APPLIED, or a hold with commits (Blnk refunds the commits). Blnk refunds each transaction once.',
    }),
    skipQueue: t.boolean({ description: 'Refund now and answer with the applied refund.' }),
  }),
});

const MAX_BULK = 10_000;

/** A bulk request Blnk stopped at one item while handling it (only with skipQueue, in practice). */
export class BulkItemFailedError extends LedgerError {
  constructor(
    message: string,
    code: ErrorCode,
    readonly batchId: string,
    readonly index: number | null,
    readonly reference: string | null,
    readonly rolledBack: boolean,
    readonly appliedReferences: string[],
  ) {
    super(message, code);
  }
}

builder.objectType(BulkItemFailedError, {
  name: 'BulkItemFailedError',
  description:
    "A bulk request that Blnk stopped at one item while handling it (with skipQueue: insufficient funds, a balance that does not exist, a taken reference). `code` is that item's refusal (INSUFFICIENT_FUNDS, NOT_FOUND, DUPLICATE_REFERENCE, VALIDATION_ERROR), and the other fields say what moved: the items before it were applied, and stay applied unless `rolledBack` (atomic), when Blnk reversed each through its queue (a refund `<id>_refund`, or a void for holds); the originals and their reversals both stay. The batch's rows are transactions(filter: { parentTransactionId: { eq: batchId } }).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    batchId: t.exposeID('batchId', {
      nullable: false,
      description: 'The batch Blnk opened: every row it wrote has it as parentTransactionId.',
    }),
    index: t.exposeInt('index', {
      nullable: true,
      description: 'The refused item, as an index into the input transactions (from 0); null when Blnk did not say.',
    }),
    reference: t.exposeString('reference', {
      nullable: true,
      description: "The refused item's reference; null when Blnk did not say which.",
    }),
    rolledBack: t.exposeBoolean('rolledBack', {
      nullable: false,
      description: 'Whether Blnk reversed the items applied before the refused one (atomic). False: they stay applied.',
    }),
    appliedReferences: t.exposeStringList('appliedReferences', {
      nullable: false,
      description:
        'The references of the items Blnk applied before the refused one, in input order (empty when it was the first): what moved, and what rolledBack reversed.',
    }),
  }),
});

const BULK_ERRORS = [...TRANSFER_ERRORS, BulkItemFailedError];

/**
 * Blnk's refusal of a bulk request it had started (its answer carries the batch id): which item,
 * why, and whether the items before it were rolled back, read from Blnk's words ("failed to queue
 * transaction <n> (Reference: …): …. All transactions in this batch have been refunded." or
 * "… Previous transactions were not rolled back.").
 */
function bulkFailure(error: unknown, references: string[]): unknown {
  if (!(error instanceof BlnkError)) return error;
  const batchId = error.details.batch_id;
  if (typeof batchId !== 'string' || !batchId.startsWith('bulk_')) return error;
  const at = /failed to queue transaction (\d+) \(/.exec(error.message);
  const index = at ? Number(at[1]) - 1 : null;
  const cause = mutationError(missingBalance(error));
  const { message, code } =
    cause instanceof LedgerError ? cause : { message: 'Blnk refused an item of the batch', code: 'VALIDATION_ERROR' as ErrorCode };
  const rolledBack = /All transactions in this batch have been (refunded|voided)/i.test(error.message);
  const applied = index === null ? [] : references.slice(0, index);
  const where = index === null ? 'An item' : `Item ${index}`;
  return new BulkItemFailedError(
    `${where} was refused (${message}); ${applied.length === 0 ? 'nothing before it was applied' : rolledBack ? `the ${applied.length} applied before it were reversed` : `the ${applied.length} applied before it stay applied`}`,
    code,
    batchId,
    index !== null && index >= 0 && index < references.length ? index : null,
    index !== null ? (references[index] ?? null) : null,
    rolledBack,
    applied,
  );
}

/**
 * Blnk's 404 "no transaction to refund" for a transaction that exists, in the gateway's words:
 * what the transaction is, and what to do instead.
 */
function nothingToRefund(status: string): Error {
  switch (status) {
    case 'INFLIGHT':
      return new ValidationError(
        'The transaction is an inflight hold, which moved nothing yet: void it to release it, or refund its commits',
        'id',
      );
    case 'REJECTED':
      return new ValidationError('The transaction was rejected: nothing moved, so there is nothing to refund', 'id');
    case 'QUEUED':
    case 'SCHEDULED':
      return new ConflictError('The transaction has not been applied yet: refund it once its outcome is APPLIED');
    default:
      return new ValidationError(`The transaction is ${status}: only an applied (or voided) transaction can be refunded`, 'id');
  }
}

/**
 * Blnk answers a transfer naming a balance that does not exist with 404 TXN_NOT_FOUND ("Balance
 * with ID … not found"): the missing object is the balance, not a transaction.
 */
function missingBalance(error: unknown): unknown {
  return error instanceof BlnkError && error.isNotFound && /balance with id/i.test(error.message) ? new NotFoundError('Balance') : error;
}

/**
 * Blnk v0.15.2 answers 400 TXN_NOT_INFLIGHT to a skip_queue commit or void of an id it does not
 * know (api/transactions.go: UpdateInflightStatus finds no INFLIGHT row under it), the same as
 * for a transaction that is not a hold. The gateway reads the id (one call, only then) to answer
 * NotFoundError for the first and a ValidationError on `id` for the second.
 */
async function notInflight<T>(ctx: Context, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HoldNotApplied) {
      throw error.status === 'REJECTED'
        ? new ValidationError("The hold was rejected by Blnk's queue: nothing is held, so there is nothing to commit or void", 'id')
        : new ConflictError(
            "The hold is still queued: Blnk's queue has not applied it yet (it would drop the action); try again once it is INFLIGHT",
          );
    }
    if (!(error instanceof BlnkError) || error.code !== 'TXN_NOT_INFLIGHT') throw error;
    try {
      await ctx.loaders.transaction.load(id);
    } catch (lookup) {
      if (lookup instanceof BlnkError && lookup.isNotFound) throw new NotFoundError('Transaction');
      throw error;
    }
    throw new ValidationError('The transaction is not an inflight hold (nor a queued one that becomes one)', 'id');
  }
}

/**
 * References already taken, or given twice, refused before a bulk is sent: Blnk's queue drops
 * such an item without a word (the 201 still says "applied"), and a retried batch would look
 * recorded. One lookup per 100 references; a reference taken between this check and the write
 * is still dropped by Blnk (items then shows it as null).
 */
async function refuseTakenReferences(ctx: Context, references: string[]): Promise<void> {
  const first = new Map<string, number>();
  references.forEach((reference, i) => {
    const earlier = first.get(reference);
    if (earlier !== undefined)
      throw new ValidationError(`transactions.${earlier} and transactions.${i} have the same reference`, `transactions.${i}.reference`);
    first.set(reference, i);
  });
  const loader = ctx.loaders.transactionByReference;
  const rows = await loader.loadMany(references);
  rows.forEach((row, i) => {
    if (row instanceof BlnkError && row.isNotFound) loader.clear(references[i]!);
    else if (row instanceof Error) throw row;
  });
  const taken = rows.findIndex((row) => !(row instanceof Error));
  if (taken !== -1) throw new DuplicateReferenceError(references[taken]!);
}

builder.mutationFields((t) => ({
  recordTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: TRANSFER_ERRORS },
    description:
      "Moves money. Queued by default (the answer is QUEUED; see `outcome`); `skipQueue` answers with the final transaction. Sent with a reference, so a retry never records it twice. A queued answer comes once Blnk has written the row (Blnk answers before it writes it; the gateway waits up to about 2 s), so its id can be read, committed, voided or refunded at once; a reference already taken answers DuplicateReferenceError, queued or not (Blnk itself answers a queued duplicate with success and drops it). A split (sources or destinations) has no row of its own: its answer's id is the legs' parentTransactionId, and its `children` are the legs.",
    args: {
      input: t.arg({
        type: RecordTransactionInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      // A confined caller's attempt counts against its rate before anything else is said of it.
      await takeCustomerWrites(ctx, 1);
      const body: TransferInput = {
        ...transactionBody(customerPrecision(ctx, input, '')),
        ...(input.skipQueue ? { skipQueue: true } : {}),
      };
      assertTransactionRow(body, 'recordTransaction(input)');
      const checked = [{ input, body, path: '' }];
      assertCustomerInput(ctx, checked, input.skipQueue === true);
      // After the confined caller's checks, which refuse these keys (and more) as FORBIDDEN.
      refuseQueueKeys(body.metaData);
      await assertCustomerCanPay(ctx, checked);
      try {
        return await mutate(
          TRANSFER_ERRORS,
          () => recordTransactionOnce(ctx.client, body).catch((e: unknown) => Promise.reject(missingBalance(e))),
          {
            reference: body.reference,
          },
        );
      } catch (error) {
        throw unknownOutcome(error, body.reference);
      }
    },
  }),
  recordBulkTransactions: t.field({
    authScopes: { write: true },
    type: BulkTransactionsPayload,
    errors: { types: BULK_ERRORS },
    description:
      'Records several transactions in one batch, queued by default: the answer (status "applied") comes before anything moves, and `items` shows each transaction as it stands (see RecordBulkTransactionsInput.atomic for what is undone). References already taken, or given twice, are refused before anything is sent, since a queued Blnk would drop those items silently. When Blnk\'s answer is lost (or is a 5xx), the top-level error\'s extensions hold every reference, in input order, and the batch id once one of them is found: look them up before retrying, and retry only with those references.',
    args: {
      input: t.arg({
        type: RecordBulkTransactionsInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const count = input.transactions.length;
      if (count === 0 || count > MAX_BULK) throw new ValidationError(`Give 1 to ${MAX_BULK} transactions`, 'transactions');
      assertCustomerBulk(ctx, input);
      // Once the bulk's size is bounded, every transfer in it counts against a confined rate.
      await takeCustomerWrites(ctx, count);
      const transactions = input.transactions.map((txn, i) =>
        within(['transactions', String(i)], () => transactionBody(customerPrecision(ctx, txn, `transactions.${i}.`))),
      );
      for (const [i, body] of transactions.entries()) assertTransactionRow(body, 'recordBulkTransactions(input)', `transactions.${i}`);
      const checked = transactions.map((body, i) => ({ input: input.transactions[i]!, body, path: `transactions.${i}.` }));
      assertCustomerInput(ctx, checked, input.skipQueue === true);
      for (const [i, body] of transactions.entries()) within(['transactions', String(i)], () => refuseQueueKeys(body.metaData));
      await assertCustomerCanPay(ctx, checked);
      const bulk = {
        transactions,
        ...(input.atomic ? { atomic: true } : {}),
        ...(input.inflight ? { inflight: true } : {}),
        ...(input.runAsync ? { runAsync: true } : {}),
        ...(input.skipQueue ? { skipQueue: true } : {}),
      };
      await refuseTakenReferences(
        ctx,
        transactions.map((txn) => txn.reference),
      );
      try {
        const references = transactions.map((txn) => txn.reference);
        const result = await mutate(BULK_ERRORS, () =>
          recordBulkOnce(ctx.client, bulk).catch((e: unknown) => Promise.reject(bulkFailure(e, references))),
        );
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
    args: {
      input: t.arg({
        type: CommitInflightInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      // Holds on a customer's balance are placed by the operator (a confined caller cannot make
      // one): voiding frees the reserved money, a partial commit settles for less.
      assertUnconfined(
        ctx,
        'commitInflightTransaction or voidInflightTransaction',
        "a hold on the caller's balance is the operator's to settle",
      );
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
        ...(preciseAmount !== undefined ? { preciseAmount } : {}),
        ...(input.skipQueue ? { skipQueue: true } : {}),
      };
      try {
        return await mutate(HOLD_ERRORS, () => notInflight(ctx, id, () => updateInflightOnce(ctx.client, id, commit)), { id });
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
    args: {
      input: t.arg({
        type: VoidInflightInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      // Holds on a customer's balance are placed by the operator (a confined caller cannot make
      // one): voiding frees the reserved money, a partial commit settles for less.
      assertUnconfined(
        ctx,
        'commitInflightTransaction or voidInflightTransaction',
        "a hold on the caller's balance is the operator's to settle",
      );
      const release = { status: 'void' as const, ...(input.skipQueue ? { skipQueue: true } : {}) };
      try {
        return await mutate(HOLD_ERRORS, () => notInflight(ctx, id, () => updateInflightOnce(ctx.client, id, release)), { id });
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
      "Moves the amount of an applied transaction back, as a new transaction with reference `<id>_refund` (for a queued transaction, `<its outcome's id>_refund`). Once only: a transaction already refunded answers with its existing refund and nothing is sent, because Blnk v0.15.2, asked a second time, refuses the original (409) but refunds the first refund, paying the original again. The race remains: two refunds of one transaction sent at the same moment (through this gateway or straight to Blnk) both find no refund yet and both reach Blnk; the second is then answered with the first refund, and Blnk may have reversed that refund too: read the refund's children (a `<refund id>_refund` row) when refunds can race. A transaction with nothing to refund answers ValidationError on id (a hold that moved nothing, a rejected transaction) or ConflictError (not applied yet); an unknown id NotFoundError. When Blnk's answer is lost, the refund found by that reference is the answer; otherwise the error's extensions.reference names it.",
    args: {
      input: t.arg({
        type: RefundInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      // A refund is paid by the original destination.
      // Blnk makes every refund overdraft-allowed and cascading (the original's child rows are
      // reversed too): not a customer's move.
      assertUnconfined(ctx, 'refundTransaction', 'Blnk refunds may overdraw the balance they take from');
      try {
        return await mutate(REFUND_ERRORS, () => refundOnce(ctx.client, id, input.skipQueue === true), { id });
      } catch (error) {
        if (error instanceof NothingToRefund) throw nothingToRefund(error.status);
        throw unknownOutcome(error);
      }
    },
  }),
}));
