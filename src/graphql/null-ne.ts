import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';
import { balancesWhere, MAX_LOOKUP_BALANCES } from './balance-lookups.js';
import { identityScope } from './policy.js';
import { badInput } from './bad-input.js';

/**
 * `ne` on a balance column Blnk v0.15.2 stores as NULL when empty (a balance's identity_id and
 * indicator, measured): Blnk compares in SQL, so `identity_id != X` drops every balance without
 * an identity, where the schema's "not this id" keeps it. The gateway finds the balances that do
 * hold the value (one filter call, bounded, once per request: balance-lookups.ts) and excludes them by id (`balance_id ne …`, a column
 * never empty): a balance without an identity, or without an indicator, then matches ne.
 *
 * On transactions, `balance_id` is Blnk's virtual "source or destination": its ne keeps a
 * transaction whose two sides are both other balances, so `indicator: { ne: "@World" }` is every
 * transaction with no @World balance on either side.
 */
export const MAX_NE_BALANCES = MAX_LOOKUP_BALANCES;

/** GraphQL filter field → the balance field (a column Blnk stores as NULL) whose ne is resolved here. */
export type NullableColumns = Record<string, 'identityId' | 'indicator'>;

/**
 * Takes `ne` off the given fields of a filter and returns the rest with the conditions that
 * stand for it, excluding the balances found by `excludeBy`: a balance's own `id` on balances,
 * `balanceId` (either side) on transactions. No such ne: no upstream call.
 */
export async function nullableNe(
  ctx: Context,
  filter: Record<string, unknown> | null | undefined,
  fields: NullableColumns,
  excludeBy: 'id' | 'balanceId',
): Promise<{ rest: Record<string, unknown> | null | undefined; conditions: Condition[] }> {
  if (!filter) return { rest: filter, conditions: [] };
  let rest = filter;
  const conditions: Condition[] = [];
  for (const [name, column] of Object.entries(fields)) {
    const ops = filter[name] as Record<string, unknown> | null | undefined;
    if (!ops || ops.ne === null || ops.ne === undefined) continue;
    const { ne, ...others } = ops;
    rest = { ...rest };
    // The field's other operators stay; a field whose only operator was ne is resolved here.
    if (Object.values(others).some((v) => v !== null && v !== undefined)) rest[name] = others;
    else delete rest[name];
    // A confined caller looks up only among its own balances, the only ones it can list anyway;
    // an indicator names Blnk's system balances (@World), which belong to no identity.
    const scope = column === 'identityId' ? identityScope(ctx, 'identityId') : [];
    const where: Condition[] = [...scope, { field: column, operator: 'eq', value: String(ne) }];
    // Once per request for each distinct value, however many parents repeat the filter.
    const holders = await balancesWhere(ctx, where);
    if (holders.more) {
      throw badInput(`ne covers at most ${MAX_NE_BALANCES} balances holding that value; this one is held by more`, `${name}.ne`);
    }
    for (const id of holders.ids) conditions.push({ field: excludeBy, operator: 'ne', value: id });
  }
  return { rest, conditions };
}
