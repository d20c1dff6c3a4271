import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';
import { balancesWhere, MAX_LOOKUP_BALANCES } from './balance-lookups.js';
import { nullableNe } from './null-ne.js';
import { ownBalanceIds } from './policy.js';
import { badInput } from './bad-input.js';

/**
 * Blnk v0.15.2's transaction filters have no identity columns: blnk.transactions holds only
 * source and destination balance ids, and a filter on `source_identity` or
 * `destination_identity` is refused (400) or fails in SQL, depending on the build. An identity
 * filter is therefore resolved here into a filter on that identity's balances, bounded so that
 * one filter never becomes an unbounded fan-out.
 */
export const MAX_IDENTITY_BALANCES = MAX_LOOKUP_BALANCES;

const SIDES = { sourceIdentityId: 'sourceId', destinationIdentityId: 'destinationId' } as const;

type IdOps = { eq?: unknown; ne?: unknown; in?: readonly unknown[] | null; isNull?: boolean | null };

/** The balance ids of these identities: one filter call, two when the bound is reached, once per request. */
async function balancesOf(ctx: Context, requested: string[]): Promise<string[]> {
  // A confined caller's filter on another identity behaves as one on a missing identity: it
  // matches nothing, and Blnk is not asked about that identity's balances (nor could the
  // caller learn how many it has from the bound below).
  const own = ctx.principal.identityId;
  if (own !== null) {
    // Its own balances are already known to the request (policy.ts), under the same bound as
    // every list it reads.
    return requested.includes(own) ? ownBalanceIds(ctx) : [];
  }
  // Once per request for each distinct set of identities, however many parents repeat the filter.
  const found = await balancesWhere(ctx, [{ field: 'identityId', operator: 'in', values: requested }]);
  if (found.more) throw badInput(`An identity filter covers at most ${MAX_IDENTITY_BALANCES} balances; filter on balanceId instead`);
  return found.ids;
}

/**
 * Splits the identity fields (and an indicator's ne, null-ne.ts) off a transaction filter and
 * returns the rest of the filter with the conditions that stand for them. None of them: no
 * upstream call.
 */
export async function identityConditions(
  ctx: Context,
  filter: Record<string, unknown> | null | undefined,
): Promise<{ rest: Record<string, unknown> | null | undefined; conditions: Condition[] }> {
  if (!filter) return { rest: filter, conditions: [] };
  const rest = { ...filter };
  const conditions: Condition[] = [];
  for (const [name, column] of Object.entries(SIDES)) {
    const ops = rest[name] as IdOps | null | undefined;
    delete rest[name];
    if (!ops) continue;
    if (ops.isNull !== null && ops.isNull !== undefined) {
      throw badInput(`${name}: isNull is not supported; filter on balances without an identity instead`);
    }
    // Nothing given, or an empty in, would otherwise drop the condition and list every row.
    if (!ops.eq && !ops.ne && (ops.in === null || ops.in === undefined)) {
      throw badInput('a condition needs at least one operator (null operators count as absent)', name);
    }
    if (ops.in && ops.in.length === 0) throw badInput('in takes at least one id', `${name}.in`);
    const wanted = [...(ops.eq ? [String(ops.eq)] : []), ...(ops.in ?? []).map(String)];
    if (ops.eq && ops.in) throw badInput(`${name}: give eq or in, not both`);
    if (wanted.length > 0) {
      const ids = await balancesOf(ctx, wanted);
      // No balance at all: nothing can match. A transaction's id is never null, so this selects nothing.
      conditions.push(ids.length > 0 ? { field: column, operator: 'in', values: ids } : { field: 'id', operator: 'isnull' });
    }
    if (ops.ne) {
      for (const id of await balancesOf(ctx, [String(ops.ne)])) conditions.push({ field: column, operator: 'ne', value: id });
    }
  }
  // Blnk's virtual indicator ne drops every transaction with a side that has no indicator.
  const ne = await nullableNe(ctx, rest, { indicator: 'indicator' }, 'balanceId');
  return { rest: ne.rest, conditions: [...conditions, ...ne.conditions] };
}
