import type { GraphQLResolveInfo } from 'graphql';
import type { Page } from '../blnk/model.js';
import type { Condition, FilterQuery } from '../blnk/filter.js';
import { badInput } from './bad-input.js';
import { builder } from './builder.js';
import { selectedFields } from './selection.js';

import { DEFAULT_PAGE_SIZE, MAX_CURSOR_POSITION, MAX_PAGE_SIZE } from './paging.js';

/* Relay connections over Blnk's limit/offset pages. */

export const OrderBy = builder.enumType('OrderBy', {
  description: 'Order of a list by creation time (deprecated where a list takes `order`). Blnk sorts on one column with no tie-breaker.',
  values: {
    CREATED_AT_DESC: { description: 'Newest first (the default).' },
    CREATED_AT_ASC: { description: 'Oldest first.' },
  },
});

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Which way a list runs on its order field.',
  values: {
    DESC: { description: 'Largest, latest or last first (the default).' },
    ASC: { description: 'Smallest, earliest or first first.' },
  },
});

/** What a connection's `order` argument says, on the gateway's field names (map-filters.ts names Blnk's columns). */
export interface Ordering {
  /** The domain field Blnk sorts on: `createdAt`, or one of the type's sortable fields. */
  field: string;
  descending: boolean;
}

/** How stable cursors are, said in every `order` input's description. */
export const ORDER_STABILITY =
  "Ordered by createdAt (the default), `after` cursors are keyset-based: walking the list with first/after while rows are written yields every row that existed when the walk began exactly once (rows written during the walk may appear or be missed: a queued transfer's outcome is written later with its parent's createdAt). `last`/`before`, a filter's `or` list, and a millisecond holding more than 150 rows page by offset instead. Any other field pages by offset, which is unstable under writes: a row written or changed between two pages can shift the rest, so a row may repeat or be skipped. Blnk sorts on that one column with no tie-breaker, so rows with equal values come in no fixed order.";

/**
 * One `order` input type per connection type, over only the fields Blnk v0.15.2 sorts on for its
 * table (a sort_by it does not know it silently replaces with created_at, so one never reaches it).
 * `fields` maps each enum value to the domain field map-filters.ts knows a column for.
 */
export function orderInput<V extends string>(
  name: string,
  what: string,
  fields: Record<V, { field: string; description: string }>,
  stability = ORDER_STABILITY,
) {
  const fieldEnum = builder.enumType(`${name}Field`, {
    description: `A field ${what} can be ordered by: those Blnk sorts on.`,
    values: Object.fromEntries(
      Object.entries<{ field: string; description: string }>(fields).map(([k, v]) => [k, { description: v.description }]),
    ) as Record<V, { description: string }>,
  });
  const input = builder.inputType(name, {
    description: `The order of ${what}. ${stability}`,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true, description: 'The field to sort on.' }),
      direction: t.field({ type: OrderDirection, description: 'DESC when absent.' }),
    }),
  });
  const resolve = (
    order: { field: V; direction?: 'ASC' | 'DESC' | null } | null | undefined,
    orderBy: 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null | undefined,
  ): Ordering => {
    if (order && orderBy) throw badInput('Use order or orderBy, not both (orderBy is deprecated)');
    if (order) return { field: (fields as Record<string, { field: string }>)[order.field]!.field, descending: order.direction !== 'ASC' };
    return { field: 'createdAt', descending: orderBy !== 'CREATED_AT_ASC' };
  };
  return { input, resolve };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Where the next page starts in a createdAt order: after the rows of millisecond `ms` whose ids
 * are `seen` (Blnk sorts on created_at alone, so rows sharing one are told apart by id).
 */
export interface Keyset {
  ms: number;
  seen: string[];
}

/** One upstream page: rows from `offset` (or after `keyset`) in the given order, and a count when asked. */
export interface PageRequest {
  offset: number;
  limit: number;
  descending: boolean;
  includeCount: boolean;
  /** The domain field Blnk sorts on; createdAt when absent. */
  sortBy?: string;
  /** Rows after this point of a createdAt order; `offset` is then 0. */
  keyset?: Keyset;
  /** Only the count is read: the rows do not matter. */
  countOnly?: boolean;
}

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
  /** The count is Blnk Cloud's estimate (`total_is_estimate`); false on Core and for an exact count. */
  totalCountIsEstimate: boolean;
}

/** What a connection needs of its rows for keyset cursors: the id and creation time. */
export interface ConnectionOptions<T> {
  keyOf?: (row: T) => { id: string; createdAt?: Date | null };
  /** The filter's conditions are ORed: no condition may be added, so pages go by offset. */
  anyOf?: boolean;
}

/**
 * A cursor names at most this many ids seen in one millisecond, in at most MAX_CURSOR_CHARS
 * (the gateway takes text arguments of at most 10,000 characters, server/input-guards.ts);
 * beyond either, the cursor falls back to an offset.
 */
const MAX_SEEN = 150;
const MAX_CURSOR_CHARS = 9_000;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Cursors are opaque to clients; inside, the position in the ordered list and, in a createdAt
 * order walked forwards, the keyset: the millisecond of the row and the ids seen at it so far.
 */
export function encodeCursor(offset: number, keyset?: Keyset): string {
  const tail = keyset ? `:${keyset.ms}:${keyset.seen.join(',')}` : '';
  return Buffer.from(`blnk:${offset}${tail}`).toString('base64url');
}

function decodeCursor(cursor: string): { position: number; keyset?: Keyset } {
  const m = /^blnk:(\d{1,9})(?::(-?\d{1,15}):([A-Za-z0-9_,-]{1,21000}))?$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput('Invalid cursor');
  const position = Number(m[1]);
  if (m[2] === undefined) return { position };
  const seen = m[3]!.split(',');
  if (seen.length > MAX_SEEN || !seen.every((id) => ID.test(id))) throw badInput('Invalid cursor');
  return { position, keyset: { ms: Number(m[2]), seen } };
}

/**
 * A position read as an offset. A keyset walk may go past it (its position is only a count, and
 * Blnk reads no rows before the keyset), so only a cursor used as an offset is held to it.
 */
function asOffset(position: number): number {
  if (position > MAX_CURSOR_POSITION) {
    throw badInput(
      `The cursor is further than ${MAX_CURSOR_POSITION} items into the list, more than this API pages: narrow the list with a createdAt filter instead`,
    );
  }
  return position;
}

function pageSize(value: number | null | undefined, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput(`${name} must be from 0 to ${MAX_PAGE_SIZE}`);
  }
  return value;
}

function orderingOf(order: Ordering | 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null | undefined): Ordering {
  if (order && typeof order === 'object') return order;
  return { field: 'createdAt', descending: order !== 'CREATED_AT_ASC' };
}

/**
 * first/after and last/before, one upstream request per page. `first` fetches one row more
 * than asked to know whether a next page exists, except at the 100-row ceiling, where a full
 * page is taken to mean there may be more. `last` without `before` reads the reversed order
 * from the end. totalCount costs Blnk a count only when it is selected.
 *
 * In a createdAt order walked with first/after (and `keyOf` given, and no ORed filter), pages
 * are keyset-based (see ORDER_STABILITY): the next page is the rows at or before the last
 * row's millisecond (after it, oldest first) that are not among the ids already seen at it.
 * Every other page goes by offset; its cursors carry the position only.
 */
export async function resolveOffsetConnection<T>(
  args: PageArgs,
  order: Ordering | 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null | undefined,
  info: GraphQLResolveInfo,
  fetch: (request: PageRequest) => Promise<Page<T>>,
  options: ConnectionOptions<T> = {},
): Promise<ConnectionResult<T>> {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== null && last !== null) throw badInput('Use first or last, not both');
  const { field, descending } = orderingOf(order);
  // Absent for createdAt, Blnk's default sort.
  const sortBy = field === 'createdAt' ? undefined : field;
  const includeCount = selectedFields(info, '').has('totalCount');
  const after = args.after ? decodeCursor(args.after) : null;
  const end = args.before ? asOffset(decodeCursor(args.before).position) : null;
  const keyOf = options.keyOf;
  const keysetAfter = keyOf !== undefined && sortBy === undefined && !options.anyOf && end === null && after?.keyset !== undefined;
  const start = after ? (keysetAfter ? after.position : asOffset(after.position)) + 1 : 0;

  if (last !== null && end === null) {
    // From the end: the same list in reverse, counted so positions are known.
    const page = await fetch({ offset: 0, limit: last, descending: !descending, includeCount: true, ...(sortBy ? { sortBy } : {}) });
    const total = page.totalCount ?? page.rows.length;
    const rows = [...page.rows].reverse();
    const from = Math.max(start, total - rows.length);
    const kept = rows.slice(rows.length - (total - from));
    return connection(kept, from, { hasPrevious: from > 0, hasNext: false }, includeCount ? total : null, page.totalCountIsEstimate);
  }

  let offset = start;
  let size = first ?? last ?? DEFAULT_PAGE_SIZE;
  if (end !== null) {
    if (last !== null) offset = Math.max(start, end - last);
    size = Math.max(0, Math.min(size, end - offset));
  }
  // A first page without a cursor starts a keyset walk: its cursors carry keysets.
  const keysetWalk = keysetAfter || (keyOf !== undefined && sortBy === undefined && !options.anyOf && end === null && after === null);
  if (size === 0) {
    const counted = includeCount
      ? await fetch({ offset: 0, limit: 1, descending, includeCount: true, ...(sortBy ? { sortBy } : {}), countOnly: true })
      : null;
    return connection(
      [],
      offset,
      { hasPrevious: offset > 0, hasNext: end !== null },
      counted?.totalCount ?? (includeCount ? 0 : null),
      counted?.totalCountIsEstimate ?? false,
    );
  }
  const probe = end === null && size < MAX_PAGE_SIZE ? 1 : 0;
  if (keysetWalk && keyOf) {
    const keyset = after?.keyset;
    // After a keyset the count of the rest is not the list's: counted apart, only when selected.
    const [page, counted] = await Promise.all([
      fetch({ offset: 0, limit: size + probe, descending, includeCount: includeCount && !keyset, ...(keyset ? { keyset } : {}) }),
      includeCount && keyset
        ? fetch({ offset: 0, limit: 1, descending, includeCount: true, ...(sortBy ? { sortBy } : {}), countOnly: true })
        : Promise.resolve(null),
    ]);
    const msOf = (row: T) => keyOf(row).createdAt?.getTime() ?? null;
    // In the order the fetch gave: a millisecond's rows are together, which is all the cursors need.
    const rows = page.rows.slice(0, size);
    const hasNext = probe ? page.rows.length > size : page.rows.length === size;
    const result = connection(
      rows,
      offset,
      { hasPrevious: offset > 0, hasNext },
      counted ? counted.totalCount : page.totalCount,
      counted ? counted.totalCountIsEstimate : page.totalCountIsEstimate,
    );
    // Each edge's keyset: its millisecond, and every id at it up to and including this row.
    let seen: string[] = [];
    let seenMs: number | null = keyset ? keyset.ms : null;
    if (keyset) seen = [...keyset.seen];
    rows.forEach((row, i) => {
      const ms = msOf(row);
      const { id } = keyOf(row);
      if (ms === null || !ID.test(id)) {
        seenMs = null;
        seen = [];
        return;
      }
      if (ms !== seenMs) {
        seenMs = ms;
        seen = [];
      }
      seen.push(id);
      const keyed = seen.length <= MAX_SEEN ? encodeCursor(offset + i, { ms, seen: [...seen] }) : null;
      if (keyed !== null && keyed.length <= MAX_CURSOR_CHARS) result.edges[i]!.cursor = keyed;
    });
    result.pageInfo.startCursor = result.edges[0]?.cursor ?? null;
    result.pageInfo.endCursor = result.edges.at(-1)?.cursor ?? null;
    return result;
  }
  const page = await fetch({ offset, limit: size + probe, descending, includeCount, ...(sortBy ? { sortBy } : {}) });
  const rows = page.rows.slice(0, size);
  const hasNext = end !== null ? true : probe ? page.rows.length > size : page.rows.length === size;
  return connection(rows, offset, { hasPrevious: offset > 0, hasNext }, page.totalCount, page.totalCountIsEstimate);
}

function connection<T>(
  rows: T[],
  offset: number,
  more: { hasPrevious: boolean; hasNext: boolean },
  totalCount: number | null,
  totalCountIsEstimate: boolean,
): ConnectionResult<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: more.hasNext,
      hasPreviousPage: more.hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
    // An estimate only of a count there is.
    totalCountIsEstimate: totalCount !== null && totalCountIsEstimate,
  };
}

/** A whole list Blnk does not paginate (balance monitors), paged here with the same cursors. */
export function pageOfList<T>(all: T[], request: PageRequest): Page<T> {
  const ordered = request.descending ? all : [...all].reverse();
  return { rows: ordered.slice(request.offset, request.offset + request.limit), totalCount: all.length, totalCountIsEstimate: false };
}

/**
 * The query of one filter-endpoint page in the request's order; after a keyset, only the rows
 * at or beyond its millisecond that are not among the ids seen at it. `anyOf` ORs the
 * conditions, so it takes none of the gateway's own (the caller refuses those).
 */
export function filterBody(filters: Condition[], request: PageRequest, anyOf = false): FilterQuery {
  const keyset = request.keyset;
  const after: Condition[] = keyset
    ? [
        request.descending
          ? { field: 'createdAt', operator: 'lt', value: new Date(keyset.ms + 1).toISOString() }
          : { field: 'createdAt', operator: 'gte', value: new Date(keyset.ms).toISOString() },
        ...keyset.seen.map((id) => ({ field: 'id', operator: 'ne', value: id })),
      ]
    : [];
  if (anyOf && after.length > 0) throw new Error('An ORed filter cannot take a keyset');
  return {
    filters: [...filters, ...after],
    ...(anyOf ? { anyOf: true } : {}),
    limit: request.limit,
    offset: request.offset,
    newestFirst: request.descending,
    ...(request.sortBy && request.sortBy !== 'createdAt' ? { sortBy: request.sortBy } : {}),
    ...(request.includeCount ? { includeCount: true } : {}),
  };
}
