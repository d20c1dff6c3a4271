import { createContextCache } from '@pothos/core';
import { FILTER_PAGE_MAX, ID_ONLY } from '../blnk/client.js';
import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';

/**
 * The balances matching a condition, for filters the gateway resolves into balance ids (an
 * identity filter on transactions, identity-filter.ts; `ne` on a column Blnk stores as NULL,
 * null-ne.ts). Looked up once per request for each distinct condition: a nested connection
 * repeats its filter for every parent, and 40 parents looked the same identity up 40 times
 * (hostile review of issue 17, finding 8). The store is the request's own (Pothos keys it by the
 * request's context and drops it with the request): nothing outlives the request.
 */
export interface Holders {
  /** At most `MAX_LOOKUP_BALANCES` ids. */
  ids: string[];
  /** More balances match than `ids` holds. */
  more: boolean;
}

/** Blnk honours a limit of at most 100 (more silently becomes 20): a full page is probed once. */
export const MAX_LOOKUP_BALANCES = FILTER_PAGE_MAX;

const lookups = createContextCache((_ctx: Context) => new Map<string, Promise<Holders>>());

export function balancesWhere(ctx: Context, where: Condition[]): Promise<Holders> {
  const seen = lookups(ctx);
  const key = JSON.stringify(where);
  let found = seen.get(key);
  if (!found) {
    found = lookup(ctx, where);
    seen.set(key, found);
  }
  return found;
}

async function lookup(ctx: Context, where: Condition[]): Promise<Holders> {
  // Only ids are used: on Blnk Cloud, no other field of the rows needs fetching.
  const page = await ctx.client.filterBalances({ filters: where, limit: MAX_LOOKUP_BALANCES, offset: 0 }, ID_ONLY);
  let more = false;
  if (page.rows.length === MAX_LOOKUP_BALANCES) {
    more = (await ctx.client.filterBalances({ filters: where, limit: 1, offset: MAX_LOOKUP_BALANCES }, ID_ONLY)).rows.length > 0;
  }
  return { ids: page.rows.map((b) => b.id), more };
}

/**
 * The lookups a filter makes (each one upstream call, two when a page is full), for the cost
 * (builder.ts): on transactions, each identity side's eq/in and its ne, and `indicator.ne`; on
 * balances, `identityId.ne` and `indicator.ne`. Counted for every parent the filter is selected
 * under, though the request makes each distinct one once: an over-estimate, on the side that
 * refuses.
 */
export function filterLookups(filter: unknown): number {
  if (!filter || typeof filter !== 'object') return 0;
  const f = filter as Record<string, Record<string, unknown> | null | undefined>;
  const given = (v: unknown) => v !== null && v !== undefined;
  let n = 0;
  for (const side of ['sourceIdentityId', 'destinationIdentityId']) {
    const ops = f[side];
    if (!ops) continue;
    if (given(ops.eq) || given(ops.in)) n += 1;
    if (given(ops.ne)) n += 1;
  }
  for (const field of ['identityId', 'indicator']) if (given(f[field]?.ne)) n += 1;
  return n;
}
