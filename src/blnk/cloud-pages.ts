import { BlnkError } from './errors.js';
import type { FilterQuery } from './filter.js';
import { type FilterResource, filterBody } from './map-filters.js';
import { toRows } from './map.js';
import { wholeNumber } from './map.js';
import { batchedIds, type Upstream } from './upstream.js';

/** One window of a Cloud list, rows still as Cloud sent them. */
export interface CloudWindow {
  rows: unknown[];
  totalCount: number | null;
}

/**
 * A window [offset, offset + limit) of a Cloud list through the Filters API at the root
 * (`/ledger/filter` singular): only the conditions in the body, paged by page/pageSize in the
 * query string, always counted.
 */
export async function cloudWindow(upstream: Upstream, resource: FilterResource, query: FilterQuery): Promise<CloudWindow> {
  const body = filterBody(resource, query);
  if (body.sort_order === 'asc') {
    throw new BlnkError(0, 'UPSTREAM_UNSUPPORTED', 'Blnk Cloud lists newest first only');
  }
  if (body.sort_by !== undefined && body.sort_by !== 'created_at') {
    throw new BlnkError(0, 'UPSTREAM_UNSUPPORTED', 'Blnk Cloud lists by creation time only');
  }
  const offset = body.offset ?? 0;
  const limit = body.limit ?? 20;
  const { page, pageSize, skip } = cloudPage(offset, limit);
  const route = `/${resource === 'ledgers' ? 'ledger' : resource}/filter`;
  const filters = { filters: body.filters, ...(body.logical_operator ? { logical_operator: body.logical_operator } : {}) };
  const raw = await upstream.call('POST', route, `${route}?page=${page}&pageSize=${pageSize}`, filters, batchedIds(query));
  const rows = toRows(raw);
  const total = (raw as { total?: unknown } | null)?.total;
  return {
    rows: rows.slice(skip, skip + limit),
    totalCount: total === undefined || total === null ? (rows.length === 0 ? 0 : null) : wholeNumber(total, 'total'),
  };
}

/**
 * Cloud pages by page and pageSize, not offset and limit: the smallest page size whose one page
 * covers [offset, offset + limit), so that a window is still one request.
 */
export function cloudPage(offset: number, limit: number): { page: number; pageSize: number; skip: number } {
  let pageSize = Math.max(limit, 1);
  while (Math.floor(offset / pageSize) !== Math.floor((offset + limit - 1) / pageSize)) pageSize += 1;
  const page = Math.floor(offset / pageSize) + 1;
  return { page, pageSize, skip: offset - (page - 1) * pageSize };
}
