import { Repeater, SlidingBuffer } from '@repeaterjs/repeater';
import { GraphQLError } from 'graphql';
import type { Balance, Transaction } from '../blnk/model.js';
import { awaitRow } from '../blnk/writes.js';
import { isBulkId, typeOfId } from '../domain/ids.js';
import { NotVisible } from '../domain/errors.js';
import type { AlertNews, BulkNews, LiveHub } from '../live/hub.js';
import { BalanceRef } from './balance.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { BalanceMonitorRef } from './monitor.js';
import { canSeeBalance, canSeeTransaction, ownBalanceIds, transactionScope } from './policy.js';
import { TransactionRef } from './transaction.js';

/**
 * Live updates (issue 19): each field follows what Blnk's webhooks announce (server/webhooks →
 * live/bus → live/hub) and answers with rows read from Blnk, never with a webhook's amounts. The
 * object a subscriber gets resolves every field as a query would: before each event the stream
 * gets fresh loaders and a fresh upstream budget (`ctx.renew`, server/context.ts).
 *
 * Authorisation is a query's: the subscription's target is read once when it starts and must be
 * visible to the caller (another identity's balance is refused exactly as a missing one), and every
 * event is checked again before it is sent (a balance moved to another identity stops being sent).
 */

/** Events a transaction or bulk stream may hold for a consumer that does not read; beyond, it ends. */
export const MAX_PENDING_EVENTS = 64;

function hubOf(ctx: Context): LiveHub {
  if (!ctx.live) {
    throw new GraphQLError('Subscriptions are turned off on this gateway (SUBSCRIPTIONS=false)', {
      extensions: { code: 'SUBSCRIPTIONS_DISABLED' },
    });
  }
  return ctx.live;
}

const blnkKeyOf = (ctx: Context) => ctx.principal.blnkKey ?? null;

/** A consumer that left this many events unread: the stream ends with a code saying so. */
function slowConsumer(): GraphQLError {
  return new GraphQLError(`The subscriber left ${MAX_PENDING_EVENTS} events unread: the stream was ended; subscribe again`, {
    extensions: { code: 'SLOW_CONSUMER' },
  });
}

/**
 * A stream of items pushed by a hub watcher, bounded: `latestOnly` keeps only the newest unread
 * item (a balance: an older version is worth nothing once a newer one exists); otherwise up to
 * MAX_PENDING_EVENTS unread items, and the stream ends past that rather than hold memory without bound.
 *
 * `admit`: an item the caller may not see is dropped here, silently, rather than sent as a
 * NOT_FOUND error: an error event would itself tell a confined caller that another identity's
 * transaction (followed by a guessed reference, or a batch id) was just written. Checked one item
 * at a time, in the order the hub pushed them; an item being checked counts as unread. A check
 * that fails (Blnk away) drops its item too: a confined caller is never told more than it may see.
 */
function streamOf<T>(
  start: (push: (item: T) => void, fail: (error: Error) => void) => () => void,
  latestOnly: boolean,
  initial: T[] = [],
  admit?: (item: T) => Promise<boolean>,
): Repeater<T> {
  return new Repeater<T>(
    async (push, stop) => {
      let pending = 0;
      let checks = Promise.resolve();
      const deliver = (item: T) =>
        void push(item).then(() => {
          pending -= 1;
        });
      const send = (item: T) => {
        if (!latestOnly && pending >= MAX_PENDING_EVENTS) return stop(slowConsumer());
        pending += 1;
        if (!admit) return deliver(item);
        // Never a rejected link (a push that threw): every check after it would be skipped, and
        // the stream go silent; the stream ends instead.
        checks = checks
          .then(async () => {
            const visible = await admit(item).catch(() => false);
            if (visible) deliver(item);
            else pending -= 1;
          })
          .catch((error: unknown) => stop(error as Error));
      };
      for (const item of initial) send(item);
      const unwatch = start(send, (error) => stop(error));
      await stop;
      unwatch();
    },
    // No buffer otherwise: a push then resolves only when its event is read, so `pending` counts
    // exactly the unread events (with a buffer, the buffer's would come on top).
    latestOnly ? new SlidingBuffer(1) : undefined,
  );
}

/** The balance, read in full, visible to the caller or refused as a missing one. */
async function visibleBalance(ctx: Context, id: string): Promise<Balance> {
  if (typeOfId(id) !== 'Balance') throw new NotVisible('Balance');
  const balance = await ctx.client.getBalance(id);
  if (!canSeeBalance(ctx, balance)) throw new NotVisible('Balance');
  return balance;
}

/**
 * The transaction by id or reference, visible to the caller, or null when no row it may see has
 * the reference yet.
 *
 * By id, another identity's transaction is refused exactly as a missing one, in the same time:
 * a missing id is waited for (awaitRow), so a row the caller may not see is waited for too, and
 * the caller's own balances are read first either way (before, another's id was refused at once
 * and a missing one after about 2.3 s: an existence oracle over every transaction id). By
 * reference, a row the caller may not see is answered as no row: followed by reference, as an
 * unused reference is (before, it was refused with NOT_FOUND while an unused one was accepted).
 */
async function rootTransaction(ctx: Context, id: string | null, reference: string | null): Promise<Transaction | null> {
  if (id !== null) {
    if (typeOfId(id) !== 'Transaction') throw new NotVisible('Transaction');
    if (ctx.principal.identityId !== null) await ownBalanceIds(ctx);
    // Blnk writes a queued transfer's row just after answering it: one subscribed to at once is
    // waited for briefly, as commits and voids wait for it (blnk/writes.ts).
    const row = await awaitRow(ctx.client, id, (found) => canSeeTransaction(ctx, found));
    if (row === null) throw new NotVisible('Transaction');
    return row;
  }
  if (reference === null) return null;
  const row = await ctx.loaders.transactionByReference.load(reference).catch((error: unknown) => {
    if (isMissing(error)) return null;
    throw error;
  });
  return row && (await canSeeTransaction(ctx, row)) ? row : null;
}

/**
 * Whether a confined caller may hear of a batch as a whole (Blnk's bulk_transaction.applied
 * names only the batch and its size): when one of its items is the caller's to see.
 */
async function canSeeBatch(ctx: Context, batchId: string): Promise<boolean> {
  if (ctx.principal.identityId === null) return true;
  const page = await ctx.client.filterTransactions({
    filters: [{ field: 'parentTransactionId', operator: 'eq', value: batchId }, ...(await transactionScope(ctx))],
    limit: 1,
  });
  return page.rows.length > 0;
}

function isMissing(error: unknown): boolean {
  const code = (error as { status?: unknown; code?: unknown } | null)?.status;
  return code === 404 || error instanceof NotVisible;
}

/** The rows written under `parent` so far (its queued outcome, a hold's commit or void), oldest first. */
async function childrenOf(ctx: Context, parent: string): Promise<Transaction[]> {
  // No order asked of Blnk: Blnk Cloud documents none (a page of at most 100 children is the
  // whole set), so the oldest-first order the chain needs is made here, on both surfaces.
  const page = await ctx.client.filterTransactions({
    filters: [{ field: 'parentTransactionId', operator: 'eq', value: parent }],
    limit: 100,
  });
  const at = (t: Transaction) => t.createdAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return page.rows.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const BalanceAlertRef = builder.objectRef<AlertNews>('BalanceAlert').implement({
  description:
    "A balance monitor's condition held after a transaction: the monitor, and the balance as Blnk holds it now (read from Blnk, at the version the alert was decided on or later).",
  fields: (t) => ({
    monitor: t.field({
      type: BalanceMonitorRef,
      nullable: false,
      description: 'The monitor whose condition holds.',
      resolve: (a) => a.monitor,
    }),
    balance: t.field({
      type: BalanceRef,
      nullable: false,
      description: 'The balance it watches, read after the alert.',
      resolve: (a) => a.balance,
    }),
  }),
});

const BulkTransactionsUpdateRef = builder.objectRef<BulkNews>('BulkTransactionsUpdate').implement({
  description:
    "A change in a bulk batch: one of its items written (queued items when their outcome is), or, for a batch recorded with runAsync, the whole batch applied (Blnk's bulk_transaction.applied).",
  fields: (t) => ({
    batchId: t.exposeID('batchId', { nullable: false, description: "The batch's id (bulk_…)." }),
    status: t.exposeString('status', {
      nullable: false,
      description: "The item's status (APPLIED, INFLIGHT, REJECTED, VOID), or `applied` when the whole batch was applied.",
    }),
    transaction: t.field({
      type: TransactionRef,
      nullable: true,
      description: 'The item as Blnk holds it; null for the batch-wide `applied`.',
      resolve: (news) => news.transaction,
    }),
    transactionCount: t.exposeInt('transactionCount', {
      nullable: true,
      description: 'How many transactions the batch holds, on the batch-wide `applied`; null on an item.',
    }),
  }),
});

builder.subscriptionType({
  authScopes: { read: true },
  description:
    "Live updates, over GraphQL over SSE or graphql-ws at /graphql, fed by Blnk's webhooks (POST /webhooks/blnk). Every field needs ledger:read; a caller confined to an identity follows only its own balances and their transactions. Amounts are always read from Blnk, never taken from a webhook.",
});

builder.subscriptionFields((t) => ({
  balanceUpdated: t.field({
    type: BalanceRef,
    nullable: false,
    description:
      'The balance after each change that touches it (a transaction applied, held, committed or voided), read from Blnk once per change, in increasing `version`: never an older version after a newer one; changes that come in a burst may arrive as one. A missing balance, or another identity’s for a confined caller, is refused with NOT_FOUND.',
    args: {
      id: t.arg.id({ required: true, description: "The balance's id (bln_…)." }),
      current: t.arg.boolean({ defaultValue: false, description: 'Send the balance as it stands now first, then each change.' }),
    },
    subscribe: async (_root, { id, current }, ctx) => {
      const hub = hubOf(ctx);
      const first = await visibleBalance(ctx, String(id));
      let version = first.version;
      return streamOf<Balance>(
        (push) =>
          hub.watchBalance(first.id, blnkKeyOf(ctx), (balance) => {
            if (balance.version <= version) return;
            version = balance.version;
            push(balance);
          }),
        true,
        current ? [first] : [],
      );
    },
    resolve: (balance, _args, ctx) => visibleEvent('Balance', balance, canSeeBalance(renewed(ctx), balance)),
  }),

  transactionUpdated: t.field({
    type: TransactionRef,
    nullable: false,
    description:
      "Each row of a transaction's chain as Blnk writes it, read from Blnk: a queued transfer's outcome (its `_q` row, APPLIED or REJECTED; Blnk sends no event for the QUEUED row itself), a hold (INFLIGHT) and its commit (APPLIED) or void (VOID), a scheduled transfer when it applies. Follow it by `id`, or by `reference` (also before a row with that reference exists). One of the two is required.",
    args: {
      id: t.arg.id({ required: false, description: 'The transaction (txn_…).' }),
      reference: t.arg.string({ required: false, description: 'Its reference, as given when it was recorded.' }),
      current: t.arg.boolean({
        defaultValue: false,
        description: 'Send the transaction and the rows already written in its chain first, oldest first, then each new one.',
      }),
    },
    subscribe: async (_root, args, ctx) => {
      const hub = hubOf(ctx);
      const id = args.id == null ? null : String(args.id);
      const reference = args.reference ?? null;
      if ((id === null) === (reference === null)) {
        throw new GraphQLError('Give exactly one of id and reference', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const root = await rootTransaction(ctx, id, reference);
      if (id !== null && root === null) throw new NotVisible('Transaction');
      // The chain written so far (a queued outcome, then a commit of it): its later rows name these.
      const chain: Transaction[] = [];
      if (root) {
        chain.push(root);
        for (const child of await childrenOf(ctx, root.id)) chain.push(child, ...(await childrenOf(ctx, child.id)));
      }
      const ids = new Set(chain.map((row) => row.id));
      const initial = args.current ? chain : [];
      const sent = new Set(initial.map((row) => row.id));
      return streamOf<Transaction>(
        (push) =>
          hub.watchTransaction(blnkKeyOf(ctx), {
            ids,
            reference: root ? null : reference,
            // Blnk writes a new row for each change, so a row is sent once: not again when its
            // webhook arrives after `current` sent it, nor when Blnk re-sends its event.
            onRow: (row) => {
              if (sent.has(row.id)) return;
              sent.add(row.id);
              push(row);
            },
          }),
        false,
        initial,
        // The chain is followed through rows of others (a hold's commit names its hold, whoever's),
        // but only the caller's own rows are sent.
        async (row) => canSeeTransaction(renewed(ctx), row),
      );
    },
    resolve: async (txn, _args, ctx) => visibleEvent('Transaction', txn, await canSeeTransaction(renewed(ctx), txn)),
  }),

  balanceAlert: t.field({
    type: BalanceAlertRef,
    nullable: false,
    description:
      "Each time a monitor on the balance finds its condition true, once per (monitor, balance version): Blnk re-sends its alert on every applied transaction while the condition holds, and the gateway passes on one per version of the balance. Monitors are the operator's: this needs ledger:admin.",
    authScopes: { admin: true },
    args: { balanceId: t.arg.id({ required: true, description: 'The balance the monitors watch (bln_…).' }) },
    subscribe: async (_root, { balanceId }, ctx) => {
      const hub = hubOf(ctx);
      const balance = await visibleBalance(ctx, String(balanceId));
      // The newest balance version sent per monitor: once per (monitor, version), never an older
      // one after a newer, in memory that does not grow with every alert (a Set of every
      // (monitor, version) sent grew by one entry per applied transaction while a condition held).
      const sent = new Map<string, number>();
      return streamOf<AlertNews>(
        (push) =>
          hub.watchAlerts(balance.id, blnkKeyOf(ctx), (news) => {
            const last = sent.get(news.monitor.id);
            if (last !== undefined && news.balance.version <= last) return;
            sent.set(news.monitor.id, news.balance.version);
            push(news);
          }),
        false,
      );
    },
    resolve: (news, _args, ctx) => visibleEvent('Balance', news, canSeeBalance(renewed(ctx), news.balance)),
  }),

  bulkTransactionsUpdated: t.field({
    type: BulkTransactionsUpdateRef,
    nullable: false,
    description:
      'Each item of a bulk batch as Blnk writes it (a queued item when its outcome is), read from Blnk; and, for a batch recorded with runAsync, the batch-wide `applied` Blnk sends then. Blnk sends no batch-wide event for other batches: follow their items.',
    args: { batchId: t.arg.id({ required: true, description: "The batch's id (bulk_…), as recordBulkTransactions answered." }) },
    subscribe: async (_root, { batchId }, ctx) => {
      const hub = hubOf(ctx);
      const id = String(batchId);
      if (!isBulkId(id)) throw new GraphQLError('Not a bulk batch id (bulk_…)', { extensions: { code: 'BAD_USER_INPUT' } });
      // The items already written: their queued outcomes name them, not the batch.
      const items = (await childrenOf(ctx, id)).map((row) => row.id);
      return streamOf<BulkNews>(
        (push) => hub.watchBulk(id, blnkKeyOf(ctx), items, push),
        false,
        [],
        // An item the caller may not see, and the batch-wide `applied` of a batch none of whose
        // items it may see (any bulk_ id can be subscribed to), are never sent, not even as errors.
        async (news) => {
          const fresh = renewed(ctx);
          return news.transaction === null ? canSeeBatch(fresh, news.batchId) : canSeeTransaction(fresh, news.transaction);
        },
      );
    },
    resolve: async (news, _args, ctx) =>
      visibleEvent('Transaction', news, news.transaction === null || (await canSeeTransaction(renewed(ctx), news.transaction))),
  }),
}));

/** Before an event's fields resolve: fresh loaders and budget for it (server/context.ts). */
function renewed(ctx: Context): Context {
  ctx.renew?.();
  return ctx;
}

/**
 * An event the caller may no longer see (a balance given to another identity) is answered as a
 * missing object would be, and the stream goes on.
 */
function visibleEvent<T>(entity: 'Balance' | 'Transaction', value: T, visible: boolean): T {
  if (!visible) throw new NotVisible(entity);
  return value;
}
