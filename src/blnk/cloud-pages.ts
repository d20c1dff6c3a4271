import { cloudFilterRefusal } from './cloud-filters.js';
import { BlnkError } from './errors.js';
import type { FilterQuery } from './filter.js';
import { type FilterResource, filterBody } from './map-filters.js';
import { toRows, wholeNumber } from './map.js';
import { batchedIds, type Upstream } from './upstream.js';

/**
 * The largest page the gateway asks Cloud for. Cloud documents no maximum pageSize
 * (cloud/proxy/filters-api.mdx gives only defaults), so the gateway never asks for more than
 * Core's filter honours (client.ts FILTER_PAGE_MAX, repeated here: blnk/client.ts imports this
 * module's caller), and checks every short page against the total (see cloudWindow).
 */
export const CLOUD_PAGE_MAX = 100;

/** The most pages a window is read again in once Cloud was seen to cap the page size. */
const MAX_REPLANNED_PAGES = 10;

const ID_KEYS = ['transaction_id', 'balance_id', 'ledger_id', 'identity_id'] as const;

/** Rows with their first occurrence of each id kept (a row without a known id is kept). */
function unique(rows: unknown[]): unknown[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const r = row as Record<string, unknown> | null;
    const key = r && typeof r === 'object' ? ID_KEYS.map((k) => r[k]).find((v) => typeof v === 'string') : undefined;
    if (typeof key !== 'string') return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One window of a Cloud list, rows still as Cloud sent them. */
export interface CloudWindow {
  rows: unknown[];
  totalCount: number | null;
  /** Cloud said its total was an estimate (`total_is_estimate`, transactions only). */
  totalCountIsEstimate: boolean;
}

/** The calls that read one window: pages `pages` (1-based, consecutive) of `pageSize`, the window starting `skip` rows into the first. */
export interface WindowPlan {
  pageSize: number;
  pages: number[];
  skip: number;
}

/**
 * How to read rows [offset, offset + limit) with page and pageSize, never asking for a page
 * larger than `maxPageSize`: one call when some page size from limit to the maximum puts the
 * whole window on one page (the smallest such size); else pages of pageSize = limit, which puts
 * the window on two consecutive pages; and, only when the limit is above the maximum (a cap Cloud
 * was seen to apply), consecutive pages of the maximum. Pure: the unit tests call it alone.
 */
export function planWindow(offset: number, limit: number, maxPageSize = CLOUD_PAGE_MAX): WindowPlan {
  const max = Math.max(1, Math.floor(maxPageSize));
  const want = Math.max(1, limit);
  const last = offset + want - 1;
  for (let size = want; size <= max; size += 1) {
    if (Math.floor(offset / size) === Math.floor(last / size)) return plan(offset, last, size);
  }
  return plan(offset, last, Math.min(want, max));
}

function plan(offset: number, last: number, pageSize: number): WindowPlan {
  const first = Math.floor(offset / pageSize) + 1;
  const end = Math.floor(last / pageSize) + 1;
  const pages: number[] = [];
  for (let p = first; p <= end; p += 1) pages.push(p);
  return { pageSize, pages, skip: offset - (first - 1) * pageSize };
}

/** One page as Cloud answered it. */
interface Answer {
  page: number;
  rows: unknown[];
  total: number | null;
  estimate: boolean;
}

/**
 * What a short page says. A page of `pageSize` that holds fewer rows than asked is either the end
 * of the list or a page Cloud silently made smaller. Only an exact total tells them apart: the
 * page should hold min(pageSize, total − rows before it) rows. A capped page holds another count
 * than that: fewer (a page inside the list), or more (a last page, which at the smaller size
 * Cloud numbers lies earlier in the list, where rows are full). Answers the page size Cloud
 * applied, the largest such count (a page past the capped list's end holds fewer), or null when
 * every page holds what the total says; 0 when the only such pages were empty.
 */
export function observedCap(plan: WindowPlan, answers: readonly { page: number; rows: number }[], total: number): number | null {
  let cap: number | null = null;
  for (const a of answers) {
    const expected = Math.min(plan.pageSize, Math.max(0, total - (a.page - 1) * plan.pageSize));
    if (a.rows === expected || a.rows >= plan.pageSize) continue;
    cap = Math.max(cap ?? 0, a.rows);
  }
  return cap;
}

/**
 * The refusal of an order Cloud does not document, before any call. Cloud's Data API reserves
 * `sort`, `order`, `order_by` and `order_dir` (cloud/proxy/data-api.mdx, "Working with filters")
 * without documenting their values, and the Filters API documents no order at all: the gateway
 * asks for no order and takes Cloud's own (whatever it is: the documents do not say), so only the
 * default order (no orderBy, or CREATED_AT_DESC) and forward pages are served.
 */
export const CLOUD_ORDER_REFUSAL =
  'Blnk Cloud cannot order a list on request: its Data API reserves sort, order, order_by and order_dir without documenting their values (cloud/proxy/data-api.mdx, "Working with filters"), and its Filters API documents no order (cloud/proxy/filters-api.mdx). Only the default order is served: no other order, and no last without before';

/**
 * A window [offset, offset + limit) of a Cloud list through the Filters API at the root
 * (`/ledger/filter` singular): only the conditions in the body, paged by page/pageSize in the
 * query string (planWindow). A transactions query that asks for a count sends `strict_total=true`:
 * Cloud may otherwise estimate (`total_is_estimate`), and the exact count costs it a full count.
 *
 * Cloud documents no largest pageSize, so a short page is checked against the total:
 * - with an exact total, a page shorter than the total says it should be means Cloud capped the
 *   page size: the window is read again once, planned with the size Cloud applied (more calls,
 *   each through the same Upstream, so the request's budget counts them), rather than skipping
 *   the rows the short page left out;
 * - with an estimated total (transactions without strict_total) nothing about a short page is
 *   certain: the first page is asked again with strict_total=true (one more call, and the total
 *   the caller gets is then exact), and the exact total decides as above. A page that is full
 *   needs no such check, whatever the total.
 */
export async function cloudWindow(upstream: Upstream, resource: FilterResource, query: FilterQuery): Promise<CloudWindow> {
  if (query.newestFirst === false || (query.sortBy !== undefined && query.sortBy !== 'createdAt')) {
    throw new BlnkError(0, 'UPSTREAM_UNSUPPORTED', CLOUD_ORDER_REFUSAL);
  }
  const refused = cloudFilterRefusal(resource, query);
  if (refused) throw refused;
  const body = filterBody(resource, { filters: query.filters });
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  const route = `/${resource === 'ledgers' ? 'ledger' : resource}/filter`;
  const ids = batchedIds(query);
  const canBeStrict = resource === 'transactions';
  let strict = canBeStrict && query.includeCount === true;

  const read = async (page: number, pageSize: number): Promise<Answer> => {
    const qs = new URLSearchParams({ page: String(page), pageSize: String(pageSize), ...(strict ? { strict_total: 'true' } : {}) });
    const raw = await upstream.call('POST', route, `${route}?${qs}`, { filters: body.filters }, ids);
    const rows = toRows(raw);
    const wrapped = (raw ?? {}) as { total?: unknown; total_is_estimate?: unknown; total_source?: unknown };
    const total = wrapped.total === undefined || wrapped.total === null ? null : wholeNumber(wrapped.total, 'total');
    return { page, rows, total, estimate: wrapped.total_is_estimate === true || wrapped.total_source === 'estimate' };
  };
  const readAll = (plan: WindowPlan) => Promise.all(plan.pages.map((p) => read(p, plan.pageSize)));

  let plan = planWindow(offset, limit);
  let answers = await readAll(plan);
  let counted = answers.find((a) => a.total !== null && !a.estimate) ?? answers[0]!;
  const short = answers.some((a) => a.rows.length < plan.pageSize);
  if (short && counted.estimate && canBeStrict) {
    // Nothing certain from an estimate: the exact total, from the first page asked again.
    strict = true;
    const again = await read(plan.pages[0]!, plan.pageSize);
    answers = [again, ...answers.slice(1)];
    counted = again;
  }
  if (short && counted.total !== null && !counted.estimate) {
    const cap = observedCap(
      plan,
      answers.map((a) => ({ page: a.page, rows: a.rows.length })),
      counted.total,
    );
    if (cap !== null) {
      // A cap with no row to measure it by (every short page empty): the first page of the size
      // asked for shows it, one call.
      const size = cap > 0 ? cap : (await read(1, plan.pageSize)).rows.length;
      if (size > 0 && size < plan.pageSize) {
        plan = planWindow(offset, limit, size);
        if (plan.pages.length > MAX_REPLANNED_PAGES) {
          // A cap this small would turn one window into a burst of calls: said loudly instead.
          throw new BlnkError(
            200,
            'UPSTREAM_ERROR',
            `Blnk Cloud served ${size} rows of a page of ${limit} while its total is ${counted.total}: it caps pageSize at ${size}, too small to read this window in ${MAX_REPLANNED_PAGES} calls`,
          );
        }
        answers = await readAll(plan);
        counted = answers.find((a) => a.total !== null && !a.estimate) ?? counted;
      }
    }
  }
  // An id twice in one window (pages re-read while rows arrive, or an upstream repeating itself)
  // is one row: the first place it was served.
  const rows = unique(answers.flatMap((a) => a.rows));
  return {
    rows: rows.slice(plan.skip, plan.skip + limit),
    totalCount: counted.total ?? (rows.length === 0 ? 0 : null),
    totalCountIsEstimate: counted.total !== null && counted.estimate,
  };
}
