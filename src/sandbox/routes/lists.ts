import { ApiError, holdsNul, nulRefused } from '../errors.js';
import { bigintOutOfRange, matches, parseFilterBody, parseQueryFilters, sortRows } from '../filter.js';
import type { Filter, Reader, Table } from '../filter.js';
import type { SandboxRequest, Reply } from '../router.js';

interface ListSource<T> {
  table: Table;
  rows: Iterable<T>;
  read: Reader<T>;
  render: (row: T) => unknown;
  /** Balances, identities and accounts answer `null` for an empty result; the others `[]`. */
  nullWhenEmpty: boolean;
}

function select<T>(source: ListSource<T>, filter: Filter | null): T[] {
  const rows = [...source.rows];
  return filter ? rows.filter((row) => matches(source.table, filter, row, source.read)) : rows;
}

function emptyAs<T>(source: ListSource<T>, data: unknown[]): unknown[] | null {
  return data.length === 0 && source.nullWhenEmpty ? null : data;
}

/** `POST /{table}/filter` (section 3.1). */
export function filterList<T>(req: SandboxRequest, source: ListSource<T>): Reply {
  const request = parseFilterBody(source.table, req.json('GEN_VALIDATION_ERROR'));
  // PostgreSQL refuses U+0000 in a text parameter: the handler's own 500.
  if (request.filter.conditions.some((c) => holdsNul(c.values))) throw nulRefused(`Failed to retrieve ${source.table}`);
  const outOfRange = bigintOutOfRange(source.table, request.filter.conditions, `Failed to retrieve ${source.table}`);
  if (outOfRange) throw outOfRange;
  const matched = sortRows(select(source, request.filter), source.read, request.sortBy, request.descending);
  const data = matched.slice(request.offset, request.offset + request.limit).map(source.render);
  if (!request.includeCount) return { status: 200, json: emptyAs(source, data) };
  // total_count is read off the first row, so it is absent when the page is empty.
  const json: Record<string, unknown> = { data: emptyAs(source, data) };
  if (data.length > 0) json.total_count = matched.length;
  return { status: 200, json };
}

export interface GetListRules {
  /** The limit when none is given. */
  defaultLimit: number;
  /** What a limit that is not a positive integer does: a 400 with this message, or the default. */
  invalidLimit: { error: string } | 'default';
  /** What a limit over 100 becomes; null keeps it (up to `cap`). */
  over100: number | null;
  /** The largest limit honoured when filters are present / absent. */
  capFiltered: number;
  capUnfiltered: number;
  /** Without filters, ignore limit and offset and return every row (GET /identities). */
  unfilteredReturnsAll?: boolean;
}

/** The GET list endpoints, each with its own limit rules (section 9). */
export function getList<T>(req: SandboxRequest, source: ListSource<T>, rules: GetListRules): Reply {
  const filter = parseQueryFilters(source.table, req.query);
  if (filter?.conditions.some((c) => holdsNul(c.values))) throw nulRefused(`Failed to retrieve ${source.table}`);
  if (!filter && rules.unfilteredReturnsAll) {
    return { status: 200, json: emptyAs(source, select(source, null).reverse().map(source.render)) };
  }
  let limit = rules.defaultLimit;
  const rawLimit = req.query.get('limit');
  if (rawLimit !== null) {
    const n = /^-?\d+$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!(n > 0)) {
      if (rules.invalidLimit !== 'default') throw new ApiError('GEN_VALIDATION_ERROR', rules.invalidLimit.error);
    } else limit = n > 100 && rules.over100 !== null ? rules.over100 : n;
  }
  limit = Math.min(limit, filter ? rules.capFiltered : rules.capUnfiltered);
  const rawOffset = req.query.get('offset');
  const offset = rawOffset !== null && /^\d+$/.test(rawOffset) ? Number(rawOffset) : 0;
  const rows = sortRows(select(source, filter), source.read, 'created_at', true);
  return { status: 200, json: emptyAs(source, rows.slice(offset, offset + limit).map(source.render)) };
}
