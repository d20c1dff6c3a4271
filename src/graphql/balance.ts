import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BALANCE_FULL_ONLY, lacks, lacksAny } from '../blnk/model.js';
import type { Balance, HistoricalBalance } from '../blnk/model.js';
import type { FullBalanceKey } from '../loaders/balances.js';
import type { Context } from './context.js';
import type { Page } from '../blnk/model.js';
import { builder } from './builder.js';
import { assertOperator, canSeeBalance, identityScope, visibleAs } from './policy.js';
import { filterBody, OrderBy, orderInput, resolveOffsetConnection } from './connection.js';
import type { PageArgs } from './connection.js';
import { mutate, CREATE_IN_ERRORS, UPDATE_ERRORS, NotFoundError, ValidationError } from './errors.js';
import { BlnkError } from '../blnk/errors.js';
import {
  BigIntFilter,
  DateTimeFilter,
  filterInputs,
  IdFilter,
  MetaDataFilter,
  orConditions,
  refuseWhatTheSurfaceCannotFilter,
  refuseOrWith,
  StringFilter,
  toConditions,
} from './filters.js';
import type { Condition } from '../blnk/filter.js';
import { IdentityRef } from './identity.js';
import { LedgerRef, loadLedger, metaObject, pickFrom, subtreeNames } from './ledger.js';
import { typeOfId } from '../domain/ids.js';
import { selectedFields, selectedFieldsBelow } from './selection.js';
import { nullableNe } from './null-ne.js';
import { assertRowText, balanceTextBytes } from './row-limit.js';

export const BalanceRef = builder.objectRef<Balance>('Balance');

export const AllocationStrategy = builder.enumType('AllocationStrategy', {
  description: 'How fund lineage allocates outgoing money across incoming funds.',
  values: {
    FIFO: { description: 'Oldest incoming funds are spent first.' },
    LIFO: { description: 'Newest incoming funds are spent first.' },
    PROPORTIONAL: { description: 'Each outgoing amount is taken from every incoming fund in proportion to what it holds.' },
  } as const,
});

/** Fields only GET /balances/{id} returns; list and filter rows lack them. */
const FULL_ONLY = new Set(['version', 'trackFundLineage', 'allocationStrategy']);
/** Fields that need with_queued=true on that route. */
const QUEUED = new Set(['queuedCreditBalance', 'queuedDebitBalance', 'available', 'expected']);

/**
 * What Blnk v0.15.2's `include=` rows leave out (measured): the included ledger has no meta_data
 * and the included identity no identity_type or meta_data (they read null and ""). A nested
 * selection of one of these is answered by the object's own loader, never by the include row.
 */
const NOT_IN_INCLUDED_LEDGER = new Set(['metaData']);
const NOT_IN_INCLUDED_IDENTITY = new Set(['identityType', 'metaData']);

const answersAll = (fields: Set<string>, missing: Set<string>) => ![...fields].some((f) => missing.has(f));

/**
 * The domain fields (model.ts) each GraphQL field of Balance reads: what a read must hold for the
 * selection (client.ts `Needs`). A field not named here (at, transactions, lineage's call…) needs
 * only the id.
 */
const BALANCE_NEEDS: Record<string, readonly string[]> = {
  balance: ['balance'],
  creditBalance: ['creditBalance'],
  debitBalance: ['debitBalance'],
  inflightBalance: ['inflightBalance'],
  inflightCreditBalance: ['inflightCreditBalance'],
  inflightDebitBalance: ['inflightDebitBalance'],
  available: ['balance', 'inflightDebitBalance'],
  expected: ['balance'],
  currency: ['currency'],
  indicator: ['indicator'],
  ledgerId: ['ledgerId'],
  ledger: ['ledgerId'],
  identityId: ['identityId'],
  identity: ['identityId'],
  version: ['version'],
  trackFundLineage: ['trackFundLineage'],
  lineage: ['trackFundLineage'],
  allocationStrategy: ['allocationStrategy'],
  createdAt: ['createdAt'],
  inflightExpiresAt: ['inflightExpiresAt'],
  metaData: ['metaData'],
};

/**
 * What a read must hold for these GraphQL fields of Balance (the id always, and the owner for a
 * caller confined to an identity: the visibility check reads it, and never from a placeholder).
 */
export function balanceNeeds(fields: Iterable<string>, ctx?: Context): Set<string> {
  const needs = new Set(['id']);
  if (ctx && ctx.principal.identityId !== null) needs.add('identityId');
  for (const f of fields) for (const n of BALANCE_NEEDS[f] ?? []) needs.add(n);
  return needs;
}

/**
 * Fetches a balance the cheapest way the selection allows (docs/architecture.md section 4): the batched
 * filter row unless a field needs the full row; `single` (a root field asking for one balance)
 * also takes the by-id route when it selects ledger or identity with only fields Blnk's include
 * rows hold, since `include` then answers them in the same request.
 *
 * A client whose by-id read has a cheaper, thinner route (client.routes.balanceById: Cloud's Data
 * API) is given the selection's needs instead and picks the route itself: one balance by id is
 * one call, to that route when it holds the selection, to the full row otherwise; a balance among
 * others is the batched filter row holding the needs.
 */
export function loadBalance(ctx: Context, id: string, info: GraphQLResolveInfo, single: boolean): Promise<Balance> {
  if (ctx.client.routes.balanceById !== null) {
    const fields = selectedFields(info, 'Balance');
    const withQueued = [...QUEUED].some((f) => fields.has(f));
    const needs = balanceNeeds(fields, ctx);
    if (single || withQueued || [...needs].some((f) => BALANCE_FULL_ONLY.has(f))) {
      return ctx.loaders.balance.load({ id, withQueued, needs: [...needs].sort() });
    }
    return ctx.loaders.balanceRowWith(needs).load(id);
  }
  const full = fullKeyFor(id, info, single);
  return full ? ctx.loaders.balance.load(full) : ctx.loaders.balanceRow.load(id);
}

/** The by-id read the selection needs, or null when a filter row (or the row at hand) answers it. */
function fullKeyFor(id: string, info: GraphQLResolveInfo, single: boolean): FullBalanceKey | null {
  const fields = selectedFields(info, 'Balance');
  const withQueued = [...QUEUED].some((f) => fields.has(f));
  const full = withQueued || [...FULL_ONLY].some((f) => fields.has(f));
  const includeLedger =
    single && fields.has('ledger') && answersAll(selectedFieldsBelow(info, 'Balance', 'ledger', 'Ledger'), NOT_IN_INCLUDED_LEDGER);
  const includeIdentity =
    single && fields.has('identity') && answersAll(selectedFieldsBelow(info, 'Balance', 'identity', 'Identity'), NOT_IN_INCLUDED_IDENTITY);
  return full || includeLedger || includeIdentity ? { id, includeLedger, includeIdentity, withQueued } : null;
}

/**
 * The `@indicator` balance in the fewest calls (issue 20 item 8). Blnk's indicator route answers
 * the full row without meta_data and queued amounts; its filter rows hold meta_data without the
 * version. So: the filter alone when metaData is selected and nothing only the full row holds;
 * the indicator route alone when metaData is not selected and no queued amount is; otherwise
 * the indicator route for the id and one GET /balances/{id} (with the includes and with_queued
 * the selection needs), which holds everything. Never more than two calls.
 */
async function balanceByIndicator(ctx: Context, indicator: string, currency: string, info: GraphQLResolveInfo): Promise<Balance> {
  const fields = selectedFields(info, 'Balance');
  const needsFull = [...QUEUED, ...FULL_ONLY].some((f) => fields.has(f));
  if (ctx.client.routes.balanceById !== null) {
    // A client with its own cheap lookup (Cloud's Data API query filter) completes the row from
    // the route that has what the selection needs: one call when its row holds it, two otherwise.
    const found = await ctx.client.getBalanceByIndicator(indicator, currency, balanceNeeds(fields, ctx));
    if (!canSeeBalance(ctx, found)) return found;
    const withQueued = [...QUEUED].some((f) => fields.has(f));
    return withQueued ? ctx.loaders.balance.load({ id: found.id, withQueued: true }) : found;
  }
  if (fields.has('metaData') && !needsFull) {
    const page = await ctx.client.filterBalances({
      filters: [
        { field: 'indicator', operator: 'eq', value: indicator },
        { field: 'currency', operator: 'eq', value: currency },
      ],
      limit: 1,
      offset: 0,
    });
    const row = page.rows.find((b) => b.indicator === indicator && b.currency === currency);
    // None: the indicator route's own not-found, without asking it (one call, found or not).
    if (!row) throw new BlnkError(404, 'BAL_NOT_FOUND', `balance with indicator '${indicator}' not found`);
    ctx.loaders.primeRows('balanceRow', [row]);
    return row;
  }
  const found = await ctx.client.getBalanceByIndicator(indicator, currency);
  // A balance the caller may not see answers as a missing one, at the cost of a missing one: no
  // second read before the node's check refuses it.
  if (!canSeeBalance(ctx, found)) return found;
  const key = fullKeyFor(found.id, info, true);
  const wantsMore = key !== null && (key.withQueued || fields.has('metaData') || key.includeLedger || key.includeIdentity);
  return wantsMore ? ctx.loaders.balance.load(key) : found;
}

/**
 * The balance with the fields a reduced row lacks. Planning makes this a no-op; it is here so
 * that a balance reached by a path the planner did not foresee is still answered correctly.
 */
async function complete(b: Balance, ctx: Context, withQueued: boolean): Promise<Balance> {
  if (!lacksAny(b, BALANCE_FULL_ONLY) && (!withQueued || (b.queuedDebitBalance !== null && !lacks(b, 'balance')))) return b;
  return ctx.loaders.balance.load({ id: b.id, withQueued });
}

/**
 * The resolver safety net: the row itself when it holds `field`; otherwise the row from the
 * route that has it, through a batched loader (a full-only field through the by-id read). Planning
 * makes this a no-op; it answers a thin row reached by a path the planner did not foresee, never
 * with a placeholder.
 */
function holding(b: Balance, ctx: Context, field: string): Balance | Promise<Balance> {
  if (!lacks(b, field)) return b;
  if (BALANCE_FULL_ONLY.has(field)) return ctx.loaders.balance.load({ id: b.id, withQueued: false });
  return ctx.loaders.balanceRow.load(b.id);
}

const HistoricalBalanceRef = builder.objectRef<HistoricalBalance>('HistoricalBalance').implement({
  description: 'A balance as it stood at a moment, replayed by Blnk from its transactions.',
  fields: (t) => ({
    balance: t.expose('balance', { type: 'BigInt', nullable: false, description: 'creditBalance − debitBalance then, in minor units.' }),
    creditBalance: t.expose('creditBalance', {
      type: 'BigInt',
      nullable: false,
      description: 'Everything credited up to then, in minor units.',
    }),
    debitBalance: t.expose('debitBalance', {
      type: 'BigInt',
      nullable: false,
      description: 'Everything debited up to then, in minor units.',
    }),
    currency: t.exposeString('currency', { nullable: false, description: "The balance's currency." }),
    timestamp: t.expose('timestamp', {
      type: 'DateTime',
      description: 'The moment asked for, as Blnk answered it; null when Blnk sent none.',
    }),
  }),
});

builder.node(BalanceRef, {
  authScopes: (balance, ctx) => visibleAs('Balance', ctx, canSeeBalance(ctx, balance)),
  description: 'A balance in a ledger. Every amount is in minor units of its currency.',
  id: { resolve: (b) => b.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Balance',
  fields: (t) => {
    const amount = (description: string, field: keyof Balance & string, pick: (b: Balance) => bigint) =>
      t.field({ type: 'BigInt', nullable: false, description, resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, field), pick) });
    const queued = (description: string, pick: (b: Balance) => bigint) =>
      t.field({
        type: 'BigInt',
        nullable: false,
        description,
        resolve: async (b, _args, ctx) => pick(await complete(b, ctx, true)),
      });
    return {
      balance: amount('creditBalance − debitBalance.', 'balance', (b) => b.balance),
      creditBalance: amount('Everything credited to this balance.', 'creditBalance', (b) => b.creditBalance),
      debitBalance: amount('Everything debited from this balance.', 'debitBalance', (b) => b.debitBalance),
      inflightBalance: amount('inflightCreditBalance − inflightDebitBalance.', 'inflightBalance', (b) => b.inflightBalance),
      inflightCreditBalance: amount('Credits held inflight, not yet committed.', 'inflightCreditBalance', (b) => b.inflightCreditBalance),
      inflightDebitBalance: amount('Debits held inflight, not yet committed.', 'inflightDebitBalance', (b) => b.inflightDebitBalance),
      queuedCreditBalance: queued(
        'Credits queued in Blnk and not yet applied. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row).',
        (b) => b.queuedCreditBalance!,
      ),
      queuedDebitBalance: queued(
        'Debits queued in Blnk and not yet applied. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row).',
        (b) => b.queuedDebitBalance!,
      ),
      available: queued(
        'What can be spent now: balance − inflightDebitBalance − queuedDebitBalance. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row).',
        (b) => b.balance - b.inflightDebitBalance - b.queuedDebitBalance!,
      ),
      expected: queued(
        'What the balance will be once queued credits land: balance + queuedCreditBalance. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row).',
        (b) => b.balance + b.queuedCreditBalance!,
      ),
      currency: t.string({
        nullable: false,
        description: 'The currency of every amount here. Balances carry no precision: keep one per currency to show major units.',
        resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, 'currency'), (r) => r.currency),
      }),
      indicator: t.string({
        nullable: true,
        description: 'The indicator of an `@` balance, such as `@World`.',
        resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, 'indicator'), (r) => r.indicator),
      }),
      ledgerId: t.id({
        nullable: false,
        description: 'The ledger the balance belongs to (general_ledger_id for @ balances).',
        resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, 'ledgerId'), (r) => r.ledgerId),
      }),
      identityId: t.id({
        nullable: true,
        description: 'Null when the balance has no identity.',
        resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, 'identityId'), (r) => r.identityId),
      }),
      version: t.int({
        nullable: false,
        description:
          'Optimistic-lock version, incremented by every change. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id} per row (shared with the other such fields of the row).',
        resolve: async (b, _args, ctx) => (await complete(b, ctx, false)).version,
      }),
      trackFundLineage: t.boolean({
        nullable: false,
        description:
          'Whether Blnk tracks where the money in this balance came from (fund lineage). Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id} per row (shared with the other such fields of the row).',
        resolve: async (b, _args, ctx) => (await complete(b, ctx, false)).trackFundLineage,
      }),
      allocationStrategy: t.field({
        type: AllocationStrategy,
        description:
          'How fund lineage spends incoming funds; null when Blnk holds none, or one this API does not know. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id} per row (shared with the other such fields of the row).',
        resolve: async (b, _args, ctx) => {
          const s = (await complete(b, ctx, false)).allocationStrategy;
          return s === 'FIFO' || s === 'LIFO' || s === 'PROPORTIONAL' ? s : null;
        },
      }),
      createdAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When Blnk created the balance.',
        resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, 'createdAt'), (r) => r.createdAt),
      }),
      inflightExpiresAt: t.field({
        type: 'DateTime',
        nullable: true,
        resolve: (b, _args, ctx) => pickFrom(holding(b, ctx, 'inflightExpiresAt'), (r) => r.inflightExpiresAt),
        description:
          "Blnk's inflight_expires_at for the balance; null while it holds Go's zero time, which is always on Blnk v0.15.2 (nothing there sets it: a hold's own expiry is Transaction.inflightExpiryDate).",
      }),
      metaData: t.field({
        type: 'JSON',
        description: 'Your metadata; null when there is none.',
        resolve: async (b, _args, ctx) =>
          b.metaDataOmitted ? (await ctx.loaders.balanceRow.load(b.id)).metaData : (await holding(b, ctx, 'metaData')).metaData,
      }),
      ledger: t.field({
        type: LedgerRef,
        description:
          "The ledger the balance belongs to. Null, with an error, for a caller confined to an identity (ledgers are the operator's).",
        resolve: async (b, _args, ctx, info) =>
          b.ledger && answersAll(selectedFields(info, 'Ledger'), NOT_IN_INCLUDED_LEDGER)
            ? b.ledger
            : loadLedger(ctx, (await holding(b, ctx, 'ledgerId')).ledgerId, info),
      }),
      identity: t.field({
        type: IdentityRef,
        description: 'The identity that owns the balance; null when it has none.',
        resolve: async (b, _args, ctx, info) => {
          const identityId = (await holding(b, ctx, 'identityId')).identityId;
          if (!identityId) return null;
          return b.identity && answersAll(selectedFields(info, 'Identity'), NOT_IN_INCLUDED_IDENTITY)
            ? b.identity
            : ctx.loaders.identity.load(identityId);
        },
      }),
      at: t.field({
        type: HistoricalBalanceRef,
        description: 'The balance as it stood at `timestamp`.',
        args: {
          timestamp: t.arg({
            type: 'DateTime',
            required: true,
            description: 'The moment to replay the balance to; not 0001-01-01T00:00:00Z, which Blnk reads as no time (BAD_USER_INPUT).',
          }),
          fromSource: t.arg.boolean({
            description:
              "True: Blnk sums every transaction of the balance up to the moment (from_source=true), for when its balance snapshots are missing or doubted; slower on a long history. False or absent: from Blnk's latest snapshot before the moment, plus the transactions after it.",
          }),
        },
        resolve: (b, { timestamp, fromSource }, ctx) => {
          // Blnk v0.15.2 answers 400 "Target time cannot be zero" for Go's zero time: refused
          // here, before the call, as the caller's mistake rather than an unexpected answer.
          if (timestamp.getTime() === GO_ZERO_TIME) {
            throw new GraphQLError(
              "at(timestamp): 0001-01-01T00:00:00Z is Go's zero time, which Blnk refuses as no time: give a moment after it",
              {
                extensions: { code: 'BAD_USER_INPUT', argument: 'at(timestamp)' },
              },
            );
          }
          return ctx.client.getBalanceAt(b.id, timestamp, fromSource === true);
        },
      }),
    };
  },
});

/** Go's zero time.Time, which Blnk's historical balance refuses. */
const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

export const BalanceFilter = filterInputs('BalanceFilter', 'balances (amounts in minor units)', (t) => ({
  id: t.field({ type: IdFilter, description: 'The balance id.' }),
  ledgerId: t.field({ type: IdFilter, description: 'The ledger.' }),
  identityId: t.field({ type: IdFilter, description: 'The owning identity (isNull: true for balances without one).' }),
  indicator: t.field({ type: StringFilter, description: 'The @indicator.' }),
  currency: t.field({ type: StringFilter, description: 'The currency.' }),
  balance: t.field({ type: BigIntFilter, description: 'creditBalance − debitBalance.' }),
  creditBalance: t.field({ type: BigIntFilter, description: 'Everything credited.' }),
  debitBalance: t.field({ type: BigIntFilter, description: 'Everything debited.' }),
  inflightBalance: t.field({ type: BigIntFilter, description: 'Held credits − held debits.' }),
  inflightCreditBalance: t.field({ type: BigIntFilter, description: 'Credits held inflight.' }),
  inflightDebitBalance: t.field({ type: BigIntFilter, description: 'Debits held inflight.' }),
  createdAt: t.field({ type: DateTimeFilter, description: 'When Blnk created the balance.' }),
  metaData: t.field({ type: [MetaDataFilter], description: 'Conditions on top-level metadata keys, all of which must hold.' }),
}));

const BalanceOrder = orderInput('BalanceOrder', 'balances', {
  CREATED_AT: { field: 'createdAt', description: 'When Blnk created the balance.' },
  BALANCE: { field: 'balance', description: 'The balance (creditBalance − debitBalance): DESC is largest first.' },
  CREDIT_BALANCE: { field: 'creditBalance', description: 'Everything credited.' },
  DEBIT_BALANCE: { field: 'debitBalance', description: 'Everything debited.' },
  INFLIGHT_BALANCE: { field: 'inflightBalance', description: 'Held credits − held debits.' },
  INFLIGHT_CREDIT_BALANCE: { field: 'inflightCreditBalance', description: 'Credits held inflight.' },
  INFLIGHT_DEBIT_BALANCE: { field: 'inflightDebitBalance', description: 'Debits held inflight.' },
  CURRENCY: { field: 'currency', description: 'The currency code, as text.' },
});

const BalanceConnection = builder.connectionObject({ type: BalanceRef, name: 'BalanceConnection' }, { name: 'BalanceEdge' });

/**
 * One page of balances. The rows prime the balance loader, so a balance met again elsewhere in
 * the query costs nothing; `parent` is the parent's condition on a nested connection. A parent's
 * first page without a filter or a count (`ledgers { balances(first: 5) }`) goes through the
 * first-pages loader: the parents' pages are one filter with `in` over their ids, split per
 * parent, where each parent alone would cost a call (issue 20 item 8).
 */
function balancePage(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: PageArgs & {
    filter?: Record<string, unknown> | null;
    orderBy?: 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null;
    order?: Parameters<typeof BalanceOrder.resolve>[0];
  },
  parent?: { field: 'ledgerId' | 'identityId'; id: string },
) {
  const scope: Condition[] = parent ? [{ field: parent.field, operator: 'eq', value: parent.id }] : [];
  const unfiltered = !args.filter || Object.keys(args.filter).length === 0;
  const ordering = BalanceOrder.resolve(args.order, args.orderBy);
  refuseWhatTheSurfaceCannotFilter(ctx.client.routes, args.filter, 'balances');
  const ored = orConditions(args.filter, 'balances');
  if (ored) refuseOrWith([...identityScope(ctx, 'identityId'), ...scope], scope.length > 0 ? 'a nested list' : "a confined caller's list");
  return resolveOffsetConnection(
    args,
    ordering,
    info,
    async (request): Promise<Page<Balance>> => {
      // A parent's first page in creation order, unfiltered and uncounted: batched with the
      // other parents' (loaders/first-pages.ts). Any other order, a keyset, a count: its own call.
      const batchable = parent && unfiltered && request.offset === 0 && !request.includeCount && !request.countOnly;
      if (batchable && request.sortBy === undefined && !request.keyset) {
        const page = await ctx.loaders.balanceFirstPages.load({
          field: parent.field,
          parentId: parent.id,
          limit: request.limit,
          newestFirst: request.descending,
          shared: identityScope(ctx, 'identityId'),
        });
        if (page) {
          ctx.loaders.primeRows('balanceRow', page.rows);
          return page;
        }
      }
      let filters: Condition[];
      if (ored) {
        filters = ored;
      } else {
        const { rest, conditions } = await nullableNe(ctx, args.filter, { identityId: 'identityId', indicator: 'indicator' }, 'id');
        filters = [...identityScope(ctx, 'identityId'), ...scope, ...conditions, ...toConditions(rest, 'balances')];
      }
      const page = await ctx.client.filterBalances(filterBody(filters, request, ored !== null), balanceNeeds(subtreeNames(info), ctx));
      ctx.loaders.primeRows('balanceRow', page.rows);
      return page;
    },
    { keyOf: (b) => b, anyOf: ored !== null },
  );
}

builder.queryFields((t) => ({
  balances: t.connection(
    {
      type: BalanceRef,
      description: 'Balances, newest first unless ordered otherwise.',
      args: {
        filter: t.arg({ type: BalanceFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: BalanceOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (_root, args, ctx, info) => balancePage(ctx, info, args),
    },
    BalanceConnection,
  ),
}));

builder.objectField(LedgerRef, 'balances', (t) =>
  t.connection(
    {
      type: BalanceRef,
      description:
        "The ledger's balances. Under a list of ledgers, their first pages without filter or totalCount are read together: one call for up to 100 ledgers (more only for a ledger whose page the shared 100 rows do not hold).",
      args: {
        filter: t.arg({ type: BalanceFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: BalanceOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (ledger, args, ctx, info) => balancePage(ctx, info, args, { field: 'ledgerId', id: ledger.id }),
    },
    BalanceConnection,
  ),
);

builder.objectField(IdentityRef, 'balances', (t) =>
  t.connection(
    {
      type: BalanceRef,
      description:
        "The identity's balances. Under a list of identities, their first pages without filter or totalCount are read together: one call for up to 100 identities (more only for an identity whose page the shared 100 rows do not hold).",
      args: {
        filter: t.arg({ type: BalanceFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: BalanceOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (identity, args, ctx, info) => balancePage(ctx, info, args, { field: 'identityId', id: identity.id }),
    },
    BalanceConnection,
  ),
);

const CreateBalanceInput = builder.inputType('CreateBalanceInput', {
  description: 'A new balance, empty. A missing ledger or identity answers a NotFoundError naming which.',
  fields: (t) => ({
    ledgerId: t.id({ required: true, description: 'The ledger it belongs to.' }),
    currency: t.string({
      required: true,
      description: 'Any non-blank code, such as "USD"; transactions to and from it should use the same.',
    }),
    identityId: t.id({ description: 'The identity that owns it; none when absent.' }),
    trackFundLineage: t.boolean({ description: 'Track where the money came from; needs identityId.' }),
    allocationStrategy: t.field({ type: AllocationStrategy, description: 'For fund lineage; FIFO when absent.' }),
    metaData: t.field({
      type: 'JSON',
      description:
        'A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64). With currency, at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise): room is left for the amounts the balance will hold.',
    }),
  }),
});

/**
 * database.CreateBalance answers every foreign-key failure with "Invalid ledger ID", an unknown
 * identity's included. With an identity in the input, the ledger is looked up (one more call,
 * only on that failure) to name the one that is missing.
 */
async function unknownOwner<T>(
  ctx: Context,
  input: { ledgerId: string | number; identityId?: string | number | null },
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!input.identityId || !(error instanceof BlnkError) || error.status !== 400 || !/invalid ledger id/i.test(error.message)) {
      throw error;
    }
    const ledgerExists = await ctx.client.getLedger(String(input.ledgerId)).then(
      () => true,
      (lookup: unknown) => (lookup instanceof BlnkError && lookup.isNotFound ? false : Promise.reject(lookup)),
    );
    throw new NotFoundError(ledgerExists ? 'Identity' : 'Ledger');
  }
}

builder.mutationFields((t) => ({
  createBalance: t.field({
    authScopes: { admin: true },
    description:
      'Creates an empty balance in a ledger (needs ledger:admin). Errors: ValidationError (a blank currency, lineage without identity), NotFoundError (the ledger or identity), ConflictError.',
    type: BalanceRef,
    errors: { types: CREATE_IN_ERRORS },
    args: {
      input: t.arg({
        type: CreateBalanceInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: (_root, { input }, ctx, info) => {
      assertOperator(ctx);
      if (input.currency.trim() === '') throw new ValidationError('currency cannot be blank', 'currency');
      if (input.trackFundLineage && !input.identityId) {
        throw new ValidationError('trackFundLineage needs an identityId', 'identityId');
      }
      const meta = metaObject(input.metaData);
      assertRowText(balanceTextBytes({ currency: input.currency, metaData: meta }), { argument: 'createBalance(input)', row: 'balance' });
      return mutate(CREATE_IN_ERRORS, async () => {
        const created = await unknownOwner(ctx, input, () =>
          ctx.client.createBalance({
            ledgerId: String(input.ledgerId),
            currency: input.currency,
            ...(input.identityId ? { identityId: String(input.identityId) } : {}),
            ...(input.trackFundLineage ? { trackFundLineage: true } : {}),
            ...(input.allocationStrategy ? { allocationStrategy: input.allocationStrategy } : {}),
            ...(meta ? { metaData: meta } : {}),
          }),
        );
        // Blnk's answer lacks the version, strategy and queued amounts: a selection of any of them,
        // or of the ledger or identity that include= answers, is one GET /balances/{id} with
        // everything it needs (issue 20 item 8), not one read per field. The balance exists
        // whatever that read answers: a failed read leaves each field to its own loader.
        const key = fullKeyFor(created.id, info, true);
        return key ? ctx.loaders.balance.load(key).catch(() => created) : created;
      });
    },
  }),
}));

const UpdateBalanceIdentityInput = builder.inputType('UpdateBalanceIdentityInput', {
  description: 'Which balance is given to which identity.',
  fields: (t) => ({
    balanceId: t.id({ required: true, description: 'The balance to reassign.' }),
    identityId: t.id({ required: true, description: 'The identity that owns it from now on; it must exist.' }),
  }),
});

builder.mutationFields((t) => ({
  updateBalanceIdentity: t.field({
    authScopes: { admin: true },
    description:
      "Gives a balance to another identity (needs ledger:admin; refused to a caller confined to an identity), over Blnk's PUT /balances/{id}/identity, and answers the balance as Blnk holds it afterwards (one more read). Its transactions stay where they are: only the owner changes. Errors: NotFoundError (entity Identity or Balance; the identity is checked first), ValidationError (a blank id).",
    type: BalanceRef,
    errors: { types: UPDATE_ERRORS },
    args: {
      input: t.arg({
        type: UpdateBalanceIdentityInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      assertOperator(ctx);
      const balanceId = String(input.balanceId);
      const identityId = String(input.identityId);
      if (balanceId.trim() === '') throw new ValidationError('balanceId cannot be blank', 'balanceId');
      if (identityId.trim() === '') throw new ValidationError('identityId cannot be blank', 'identityId');
      return mutate(
        UPDATE_ERRORS,
        async () => {
          try {
            await ctx.client.updateBalanceIdentity(balanceId, identityId);
          } catch (error) {
            // Blnk answers both misses 404 BAL_NOT_FOUND; only its words name the identity.
            if (error instanceof BlnkError && error.isNotFound && /^Identity with ID/.test(error.message))
              throw new NotFoundError('Identity');
            throw error;
          }
          return ctx.client.getBalance(balanceId);
        },
        { id: balanceId },
      );
    },
  }),
}));

builder.queryFields((t) => ({
  balance: t.field({
    type: BalanceRef,
    description: 'A balance by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, { id }, ctx, info) => loadBalance(ctx, String(id), info, true),
  }),
  balanceByIndicator: t.field({
    type: BalanceRef,
    description: 'The `@indicator` balance of a currency, such as `@World` in USD.',
    args: {
      indicator: t.arg.string({ required: true, description: 'Such as "@World", compared exactly (case-sensitive).' }),
      currency: t.arg.string({ required: true, description: 'The currency, compared exactly.' }),
    },
    resolve: (_root, { indicator, currency }, ctx, info) => balanceByIndicator(ctx, indicator, currency, info),
  }),
}));
