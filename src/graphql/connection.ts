import type { GraphQLResolveInfo } from 'graphql';
import type { Page } from '../blnk/model.js';
import type { Condition, FilterQuery } from '../blnk/filter.js';
import { badInput } from './bad-input.js';
import { builder } from './builder.js';
import { selectedFields } from './selection.js';

import { DEFAULT_PAGE_SIZE, MAX_CURSOR_POSITION, MAX_PAGE_SIZE } from './paging.js';

/* Relay connections over Blnk's limit/offset pages. */

export const OrderBy = builder.enumType('OrderBy', {
  description: 'Order of a list. Blnk sorts on one column with no tie-breaker.',
  values: {
    CREATED_AT_DESC: { description: 'Newest first (the default).' },
    CREATED_AT_ASC: { description: 'Oldest first.' },
  },
});

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One upstream page: rows from `offset` in the given order, and a count when asked. */
export interface PageRequest {
  offset: number;
  limit: number;
  descending: boolean;
  includeCount: boolean;
}

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/** Cursors are opaque to clients; inside, the position in the ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`blnk:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const m = /^blnk:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput('Invalid cursor');
  const position = Number(m[1]);
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

/**
 * first/after and last/before over offsets, one upstream request per page. `first` fetches
 * one row more than asked to know whether a next page exists, except at the 100-row ceiling,
 * where a full page is taken to mean there may be more. `last` without `before` reads the
 * reversed order from the end. totalCount costs Blnk a count only when it is selected.
 */
export async function resolveOffsetConnection<T>(
  args: PageArgs,
  orderBy: 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | null | undefined,
  info: GraphQLResolveInfo,
  fetch: (request: PageRequest) => Promise<Page<T>>,
): Promise<ConnectionResult<T>> {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== null && last !== null) throw badInput('Use first or last, not both');
  const descending = orderBy !== 'CREATED_AT_ASC';
  const includeCount = selectedFields(info, '').has('totalCount');
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const end = args.before ? decodeCursor(args.before) : null;

  if (last !== null && end === null) {
    // From the end: the same list in reverse, counted so positions are known.
    const page = await fetch({ offset: 0, limit: last, descending: !descending, includeCount: true });
    const total = page.totalCount ?? page.rows.length;
    const rows = [...page.rows].reverse();
    const from = Math.max(start, total - rows.length);
    const kept = rows.slice(rows.length - (total - from));
    return connection(kept, from, { hasPrevious: from > 0, hasNext: false }, includeCount ? total : null);
  }

  let offset = start;
  let size = first ?? last ?? DEFAULT_PAGE_SIZE;
  if (end !== null) {
    if (last !== null) offset = Math.max(start, end - last);
    size = Math.max(0, Math.min(size, end - offset));
  }
  if (size === 0) {
    const total = includeCount ? (await fetch({ offset: 0, limit: 1, descending, includeCount: true })).totalCount : null;
    return connection([], offset, { hasPrevious: offset > 0, hasNext: end !== null }, total ?? (includeCount ? 0 : null));
  }
  const probe = end === null && size < MAX_PAGE_SIZE ? 1 : 0;
  const page = await fetch({ offset, limit: size + probe, descending, includeCount });
  const rows = page.rows.slice(0, size);
  const hasNext = end !== null ? true : probe ? page.rows.length > size : page.rows.length === size;
  return connection(rows, offset, { hasPrevious: offset > 0, hasNext }, page.totalCount);
}

function connection<T>(
  rows: T[],
  offset: number,
  more: { hasPrevious: boolean; hasNext: boolean },
  totalCount: number | null,
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
  };
}

/** A whole list Blnk does not paginate (balance monitors), paged here with the same cursors. */
export function pageOfList<T>(all: T[], request: PageRequest): Page<T> {
  const ordered = request.descending ? all : [...all].reverse();
  return { rows: ordered.slice(request.offset, request.offset + request.limit), totalCount: all.length };
}

/** The query of one filter-endpoint page, ordered by creation time. */
export function filterBody(filters: Condition[], request: PageRequest): FilterQuery {
  return {
    filters,
    limit: request.limit,
    offset: request.offset,
    newestFirst: request.descending,
    ...(request.includeCount ? { includeCount: true } : {}),
  };
}
