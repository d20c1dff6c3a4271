import { GraphQLError } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import type { Balance, Identity, Transaction } from '../blnk/model.js';
import type { FilterCondition } from '../blnk/wire.js';
import type { Context } from '../context.js';

/**
 * Identity scoping, in one place. A principal confined to an identity reads only that identity,
 * its balances and the transactions touching them, and moves money only out of its own balances.
 * Objects are checked by the scope-auth plugin on their types (so root fields, node, nodes,
 * nested fields, connections and _entities all pass through here); lists get the scope as an
 * added filter, so another identity's rows are never fetched; writes check before sending.
 */
export function forbidden(): GraphQLError {
  return new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
}

const confinedTo = (ctx: Context): string | null => ctx.principal.identityId;

/** The code Blnk (and the loaders) answer for a missing object of each type. */
const NOT_FOUND_CODE = {
  Balance: 'BAL_NOT_FOUND',
  BalanceMonitor: 'BAL_MONITOR_NOT_FOUND',
  Identity: 'IDT_NOT_FOUND',
  Ledger: 'LGR_NOT_FOUND',
  Transaction: 'TXN_NOT_FOUND',
} as const;

/**
 * The type-level check of every object, wherever it turns up (root fields, nested, node, nodes,
 * _entities). For a confined principal an object it may not see fails exactly as a missing one
 * does (the same error the loader gives an absent id), so it cannot learn which ids exist; an
 * unconfined principal without the scope gets FORBIDDEN.
 */
export function visibleAs(type: keyof typeof NOT_FOUND_CODE, ctx: Context, allowed: boolean): boolean {
  if (allowed || confinedTo(ctx) === null) return allowed;
  throw new BlnkError(404, NOT_FOUND_CODE[type], `${type} not found`);
}

export function canSeeBalance(ctx: Context, balance: Balance): boolean {
  const id = confinedTo(ctx);
  return id === null || balance.identityId === id;
}

export function canSeeIdentity(ctx: Context, identity: Identity): boolean {
  const id = confinedTo(ctx);
  return id === null || identity.id === id;
}

/** Ledgers and monitors are the operator's business, not an identity's. */
export function canSeeOperatorObjects(ctx: Context): boolean {
  return confinedTo(ctx) === null;
}

export async function canSeeTransaction(ctx: Context, txn: Transaction): Promise<boolean> {
  if (confinedTo(ctx) === null) return true;
  return (await ownsBalance(ctx, txn.sourceId)) || (await ownsBalance(ctx, txn.destinationId));
}

/** Whether a side of a transaction is one of the principal's balances (`@World` never is). */
async function ownsBalance(ctx: Context, balanceId: string | null): Promise<boolean> {
  if (!balanceId || balanceId.startsWith('@')) return false;
  try {
    return canSeeBalance(ctx, await ctx.loaders.balanceRow.load(balanceId));
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound) return false;
    throw error;
  }
}

/** The condition every balance list gets for a confined principal. */
export function balanceScope(ctx: Context): FilterCondition[] {
  const id = confinedTo(ctx);
  return id === null ? [] : [{ field: 'identity_id', operator: 'eq', value: id }];
}

export function identityScope(ctx: Context): FilterCondition[] {
  const id = confinedTo(ctx);
  return id === null ? [] : [{ field: 'identity_id', operator: 'eq', value: id }];
}

/** At most this many balances per identity can be listed through: beyond, refuse rather than truncate. */
const MAX_OWN_BALANCES = 1000;

/**
 * Transactions touching the principal's balances: `balance_id in [its balances]`, since Blnk
 * cannot OR a scope with the caller's own ANDed filters.
 */
export async function transactionScope(ctx: Context): Promise<FilterCondition[]> {
  const id = confinedTo(ctx);
  if (id === null) return [];
  const own = await ownBalanceIds(ctx);
  // No balance: a condition that matches nothing, so the page is empty without another rule.
  return [{ field: 'balance_id', operator: 'in', values: own.length > 0 ? own : ['bln_none'] }];
}

/** A confined principal's balance ids, fetched once per request (at most MAX_OWN_BALANCES). */
export function ownBalanceIds(ctx: Context): Promise<string[]> {
  ctx.ownBalanceIds ??= (async () => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await ctx.client.filterBalances({ filters: balanceScope(ctx), limit: 100, offset });
      ids.push(...page.rows.map((b) => b.id));
      if (page.rows.length < 100) return ids;
      if (ids.length >= MAX_OWN_BALANCES) {
        throw new GraphQLError('Too many balances to list transactions across', { extensions: { code: 'BAD_USER_INPUT' } });
      }
    }
  })();
  return ctx.ownBalanceIds;
}

/** A list the principal may not see at all. */
export function assertOperator(ctx: Context): void {
  if (!canSeeOperatorObjects(ctx)) throw forbidden();
}
