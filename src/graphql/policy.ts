import { GraphQLError } from 'graphql';
import type { Balance, Identity, Transaction } from '../blnk/model.js';
import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';
import type { NodeTypeName } from '../domain/ids.js';
import { NotVisible } from '../domain/errors.js';

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

/**
 * The type-level check of every object, wherever it turns up (root fields, nested, node, nodes,
 * _entities). An object the principal may not see fails exactly as a missing one does (errors.ts
 * `NotVisible` answers what the loader's error for an absent id answers), so no caller learns
 * which ids exist: another identity's object for a confined principal, and a monitor for one
 * without ledger:admin (which answered FORBIDDEN when it existed and NOT_FOUND when not; issue
 * 17, item 6). Fields that need a scope still refuse with FORBIDDEN before anything is fetched,
 * whatever the id.
 */
export function visibleAs(type: NodeTypeName, _ctx: Context, allowed: boolean): boolean {
  if (allowed) return true;
  throw new NotVisible(type);
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

/**
 * Whether either side of a transaction is one of the principal's balances (`@World` never is).
 * Checked against the principal's balance ids, which the transaction loaders read beside every
 * lookup, found or not (loaders/own-balances.ts): reading the transaction's own two balances
 * instead cost two calls only when it existed, and told the caller so (issue 17, item 3).
 */
export async function canSeeTransaction(ctx: Context, txn: Transaction): Promise<boolean> {
  if (confinedTo(ctx) === null) return true;
  const own = await ownBalanceIds(ctx);
  return [txn.sourceId, txn.destinationId].some((side) => side !== null && own.includes(side));
}

/**
 * The condition every balance list and every identity list gets for a confined principal: its
 * own identity's id, on `field` (a balance's owner, `identityId`; an identity's own `id`; both
 * are `identity_id` to Blnk).
 */
export function identityScope(ctx: Context, field: 'identityId' | 'id'): Condition[] {
  const id = confinedTo(ctx);
  return id === null ? [] : [{ field, operator: 'eq', value: id }];
}

/**
 * Transactions touching the principal's balances: `balanceId in [its balances]`, since Blnk
 * cannot OR a scope with the caller's own ANDed filters.
 */
export async function transactionScope(ctx: Context): Promise<Condition[]> {
  const id = confinedTo(ctx);
  if (id === null) return [];
  const own = await ownBalanceIds(ctx);
  // No balance: a condition that matches nothing, so the page is empty without another rule.
  return [{ field: 'balanceId', operator: 'in', values: own.length > 0 ? own : ['bln_none'] }];
}

/** A confined principal's balance ids, read once per request (loaders/own-balances.ts). */
export function ownBalanceIds(ctx: Context): Promise<string[]> {
  return ctx.loaders.ownBalanceIds();
}

/** A list the principal may not see at all. */
export function assertOperator(ctx: Context): void {
  if (!canSeeOperatorObjects(ctx)) throw forbidden();
}
