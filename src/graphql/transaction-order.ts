/** Pages of transactions in a total order, which Blnk's created_at sort alone does not give. */
import type { Page, Transaction } from '../blnk/model.js';
import type { Needs } from '../blnk/client.js';
import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';
import { filterBody } from './connection.js';
import type { PageRequest } from './connection.js';

const msOf = (t: Transaction): number => t.createdAt?.getTime() ?? 0;
const FILTER_MAX = 100;

/** What ordering a page needs of each row beside what the selection needs: its id and time. */
const ORDER_NEEDS: Needs = new Set(['id', 'createdAt']);

/** The selection's needs with the order's; none given (every field) stays none. */
const withOrder = (selected: Needs | undefined): Needs | undefined => (selected ? new Set([...selected, ...ORDER_NEEDS]) : undefined);

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
export async function totallyOrdered(
  ctx: Context,
  filters: Condition[],
  request: PageRequest,
  selected?: Needs,
): Promise<Page<Transaction>> {
  const { offset, limit, descending } = request;
  const needs = withOrder(selected);
  const sign = descending ? -1 : 1;
  const cmp = (a: Transaction, b: Transaction) => sign * (msOf(a) - msOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const before = offset > 0 ? 1 : 0;
  const widened = limit + before + 1 <= FILTER_MAX;
  const fetched = await ctx.client.filterTransactions(
    filterBody(filters, widened ? { ...request, offset: offset - before, limit: limit + before + 1 } : request),
    needs,
  );
  const head = widened ? fetched.rows.slice(before, before + limit) : fetched.rows;
  const result = (rows: Transaction[]): Page<Transaction> => ({
    rows: [...rows].sort(cmp),
    totalCount: fetched.totalCount,
    totalCountIsEstimate: fetched.totalCountIsEstimate,
  });
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
      await ctx.client.filterTransactions(
        {
          filters: [...filters, ...inMs],
          limit: FILTER_MAX,
          offset: 0,
          newestFirst: descending,
        },
        needs,
      )
    ).rows.sort(cmp);
    if (group.length >= FILTER_MAX) return result(head);
    const onPage = head.filter((t) => msOf(t) === ms).length;
    let start: number;
    if (headOpen && tailOpen && firstMs === lastMs) {
      // One group across the whole page: count what comes before it in the order.
      const earlier = descending
        ? { field: 'createdAt', operator: 'gte', value: new Date(ms + 1).toISOString() }
        : { field: 'createdAt', operator: 'lt', value: new Date(ms).toISOString() };
      const counted = await ctx.client.filterTransactions(
        { filters: [...filters, earlier], limit: 1, offset: 0, includeCount: true },
        ORDER_NEEDS,
      );
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

/**
 * One keyset page of transactions (connection.ts) in the same total order, createdAt then id.
 * Rows before the page's last millisecond are whole on the page (Blnk sorts on created_at, and
 * the keyset excludes only rows already seen); the last millisecond may go on past the page,
 * which the probe row shows by sharing it. Only then is that millisecond read whole (at most
 * 100 rows; a larger one keeps Blnk's order) and the first of it in the order kept, so pages
 * walk the total order; the cursors' seen ids keep every row exactly once either way.
 */
export async function keysetOrdered(
  ctx: Context,
  filters: Condition[],
  request: PageRequest,
  selected?: Needs,
): Promise<Page<Transaction>> {
  const { descending, limit } = request;
  const needs = withOrder(selected);
  const sign = descending ? -1 : 1;
  const cmp = (a: Transaction, b: Transaction) => sign * (msOf(a) - msOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fetched = await ctx.client.filterTransactions(filterBody(filters, request), needs);
  const rows = fetched.rows;
  const result = (kept: Transaction[]): Page<Transaction> => ({
    rows: kept,
    totalCount: fetched.totalCount,
    totalCountIsEstimate: fetched.totalCountIsEstimate,
  });
  // With a probe row (limit below the ceiling), whether the last page row's millisecond goes on.
  const probed = limit < FILTER_MAX && rows.length === limit && limit >= 2;
  const lastMs = rows.length > 0 ? msOf(rows.at(-1)!) : 0;
  if (!probed || lastMs === 0 || msOf(rows[limit - 2]!) !== lastMs) return result([...rows].sort(cmp));
  const earlier = rows.filter((t) => msOf(t) !== lastMs).sort(cmp);
  const group = (
    await ctx.client.filterTransactions(
      filterBody([...filters, ...inMillisecond(lastMs)], { ...request, offset: 0, limit: FILTER_MAX, includeCount: false }),
      needs,
    )
  ).rows.sort(cmp);
  if (group.length >= FILTER_MAX) return result([...rows].sort(cmp));
  return result([...earlier, ...group.slice(0, rows.length - earlier.length)]);
}

function inMillisecond(ms: number): Condition[] {
  return [
    { field: 'createdAt', operator: 'gte', value: new Date(ms).toISOString() },
    { field: 'createdAt', operator: 'lt', value: new Date(ms + 1).toISOString() },
  ];
}
