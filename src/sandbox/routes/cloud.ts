import { ApiError } from '../errors.js';
import type { Json } from '../json.js';
import { isObject } from '../json.js';
import { matches, parseFilterBody, parseQueryFilters, sortRows } from '../filter.js';
import type { Filter, Reader, Table } from '../filter.js';
import type { Deps, Reply, Router, SandboxRequest } from '../router.js';
import { balanceJson, identityJson, ledgerJson, transactionJson } from '../wire.js';
import { cloudRow } from './cloud-rows.js';
import type { CloudShape } from './cloud-rows.js';
import { readBalance, readIdentity, readLedger, transactionReader } from './readers.js';

/**
 * Blnk Cloud's read surfaces (docs/blnk-contract.md section 11): the Data API (`/data/{resource}`
 * and `/data/{resource}/{id}`, `page`/`pageSize`, lists as `{data, total}`) and the Filters API
 * (`POST /{resource}/filter` at the root, `/ledger/filter` singular). Writes go through
 * `/proxy/<core path>`, which server.ts forwards to the Core routes. How rows look is
 * cloud-rows.ts's job: each surface's documented shape.
 */

/** How the sandbox's Filters API pages and counts, for tests of what Cloud leaves undocumented. */
export interface CloudListOptions {
  /**
   * The largest pageSize the Filters API honours; a larger one is silently served as this
   * (Cloud documents no maximum, so a cap could be applied without a word). None by default.
   */
  maxPageSize?: number;
  /**
   * A transactions answer without strict_total=true estimates its total when the table holds more
   * than this many rows (default 1000); 0 estimates always.
   */
  estimateAbove?: number;
}

/**
 * The fields Cloud's Filters API documents for each resource (blnkfinance/blnk-docs
 * cloud/proxy/filters-api.mdx, "Filterable fields by resource"), nested metadata keys in dot
 * notation (the note under the table). Any other field is refused with 400, naming it.
 */
export const FILTERABLE: Record<string, readonly string[]> = {
  ledgers: ['ledger_id', 'name', 'created_at', 'meta_data'],
  balances: [
    'balance_id',
    'ledger_id',
    'identity_id',
    'indicator',
    'currency',
    'balance',
    'credit_balance',
    'debit_balance',
    'inflight_balance',
    'inflight_credit_balance',
    'inflight_debit_balance',
    'created_at',
    'meta_data',
  ],
  transactions: [
    'transaction_id',
    'parent_transaction',
    'amount',
    'currency',
    'source',
    'destination',
    'balance_id',
    'reference',
    'status',
    'created_at',
    'effective_date',
    'precision',
    'meta_data',
  ],
  identities: [
    'identity_id',
    'first_name',
    'last_name',
    'other_names',
    'gender',
    'dob',
    'email_address',
    'phone_number',
    'nationality',
    'street',
    'country',
    'state',
    'organization_name',
    'category',
    'identity_type',
    'post_code',
    'city',
    'created_at',
    'meta_data',
  ],
};

/** The Filters API body's `filters`: documented as required, each on a documented field. */
function documentedFilters(name: string, body: Record<string, Json>): Json[] {
  const filters = body.filters;
  if (filters === undefined || filters === null) throw new ApiError('GEN_VALIDATION_ERROR', 'filters is required');
  if (!Array.isArray(filters)) throw new ApiError('GEN_VALIDATION_ERROR', 'filters must be an array');
  for (const f of filters) {
    const field = isObject(f) && typeof f.field === 'string' ? f.field : '';
    const base = field.startsWith('meta_data.') ? 'meta_data' : field;
    if (!FILTERABLE[name]!.includes(base)) throw new ApiError('GEN_VALIDATION_ERROR', `field '${field}' is not filterable on ${name}`);
  }
  return filters;
}

/**
 * A transactions total as Cloud documents it (filters-api.mdx, "Response format"): exact with
 * strict_total=true; otherwise an estimate once the table is large, shown rounded up to the next
 * ten so that a test can tell it from the count.
 */
function transactionTotal(count: number, tableSize: number, strict: boolean, options: CloudListOptions): Record<string, Json> {
  const estimate = !strict && tableSize > (options.estimateAbove ?? 1000);
  return estimate
    ? { total: (Math.floor(count / 10) + 1) * 10, stats: {}, total_is_estimate: true, total_source: 'estimate' }
    : { total: count, stats: {}, total_is_estimate: false, total_source: 'exact' };
}

interface Resource<T> {
  table: Table;
  rows: (deps: Deps) => Iterable<T>;
  get: (deps: Deps, id: string) => T | undefined;
  read: (deps: Deps) => Reader<T>;
  render: (row: T) => Record<string, Json>;
  /** The documented shapes: a Data API list row, its detail, a Filters API row. */
  shapes: { data: CloudShape; detail: CloudShape; filters: CloudShape };
  defaultPageSize: number;
}

// biome-ignore lint/suspicious/noExplicitAny: one table per resource, each of its own row type; a resource is used only with its own rows
const RESOURCES: Record<string, Resource<any>> = {
  ledgers: {
    table: 'ledgers',
    rows: (d) => d.store.ledgers.values(),
    get: (d, id) => d.store.ledgers.get(id),
    read: () => readLedger,
    render: ledgerJson,
    shapes: { data: 'ledger', detail: 'ledger', filters: 'ledger' },
    defaultPageSize: 30,
  },
  balances: {
    table: 'balances',
    rows: (d) => d.store.balances.values(),
    get: (d, id) => d.store.balances.get(id),
    read: () => readBalance,
    // Records come from SQL, not Core's structs: the full row, never queued amounts or includes.
    render: (b) => balanceJson(b, 'full'),
    shapes: { data: 'data-balance', detail: 'data-balance', filters: 'filters-balance' },
    defaultPageSize: 20,
  },
  identities: {
    table: 'identities',
    rows: (d) => d.store.identities.values(),
    get: (d, id) => d.store.identities.get(id),
    read: () => readIdentity,
    render: identityJson,
    shapes: { data: 'identity', detail: 'identity', filters: 'identity' },
    defaultPageSize: 20,
  },
  transactions: {
    table: 'transactions',
    rows: (d) => d.store.transactions.values(),
    get: (d, id) => d.store.transactions.get(id),
    read: (d) => transactionReader(d.store),
    render: (t) => transactionJson(t, 'row'),
    shapes: { data: 'data-transaction-row', detail: 'data-transaction-detail', filters: 'filters-transaction' },
    defaultPageSize: 20,
  },
};

function resourceOf(name: string | undefined): Resource<unknown> {
  const resource = name ? RESOURCES[name] : undefined;
  if (!resource) throw new ApiError('GEN_NOT_FOUND', `unknown resource '${name}'`);
  return resource;
}

function paging(req: SandboxRequest, fallback: number): { page: number; pageSize: number } {
  const page = Number(req.query.get('page') ?? '1');
  const pageSize = Number(req.query.get('pageSize') ?? String(fallback));
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
    throw new ApiError('GEN_BAD_REQUEST', 'page and pageSize must be positive integers (pageSize at most 1000)');
  }
  return { page, pageSize };
}

/**
 * One page of a list. The sandbox lists newest first, its own choice: Cloud documents no order.
 * `filters` (the Filters API) adds what that API's answers carry beyond `{data, total}`.
 */
function listReply(
  deps: Deps,
  req: SandboxRequest,
  resource: Resource<unknown>,
  filter: Filter | null,
  shape: CloudShape,
  filters?: { name: string; options: CloudListOptions },
): Reply {
  const read = resource.read(deps);
  const table = [...resource.rows(deps)];
  const all = table.filter((row) => !filter || matches(resource.table, filter, row, read));
  const sorted = sortRows(all, read, 'created_at', true);
  const asked = paging(req, resource.defaultPageSize);
  const { page } = asked;
  // A cap Cloud might apply silently: the page is of the capped size, numbered in it.
  const pageSize = filters?.options.maxPageSize ? Math.min(asked.pageSize, filters.options.maxPageSize) : asked.pageSize;
  const data = sorted.slice((page - 1) * pageSize, page * pageSize).map((row) => cloudRow(shape, resource.render(row)));
  if (!filters) return { status: 200, json: { data, total: all.length } };
  if (filters.name === 'transactions') {
    const strict = req.query.get('strict_total') === 'true';
    return { status: 200, json: { data, ...transactionTotal(all.length, table.length, strict, filters.options) } };
  }
  // filters-api.mdx: balances and identities answer `stats: {}`, ledgers only `{data, total}`.
  return { status: 200, json: { data, total: all.length, ...(filters.name === 'ledgers' ? {} : { stats: {} }) } };
}

export function cloudRoutes(router: Router, lists: CloudListOptions = {}): Router {
  router.add('GET', '/data/:resource/:id', (req, deps) => {
    const resource = resourceOf(req.params.resource);
    const row = resource.get(deps, req.params.id!);
    if (row === undefined) throw new ApiError('GEN_NOT_FOUND', 'record not found');
    return { status: 200, json: cloudRow(resource.shapes.detail, resource.render(row)) };
  });

  router.add('GET', '/data/:resource', (req, deps) => {
    const resource = resourceOf(req.params.resource);
    return listReply(deps, req, resource, parseQueryFilters(resource.table, req.query), resource.shapes.data);
  });

  // The Filters API: `{filters}` in the body, pagination in the query string.
  for (const [path, name] of [
    ['/ledger/filter', 'ledgers'],
    ['/balances/filter', 'balances'],
    ['/identities/filter', 'identities'],
    ['/transactions/filter', 'transactions'],
  ] as const) {
    router.add('POST', path, (req, deps) => {
      const resource = resourceOf(name);
      const body = req.json('GEN_VALIDATION_ERROR');
      if (!isObject(body)) throw new ApiError('GEN_VALIDATION_ERROR', 'Invalid request body');
      const filters = documentedFilters(name, body);
      const { filter } = parseFilterBody(resource.table, { filters, logical_operator: body.logical_operator ?? 'and' });
      return listReply(deps, req, resource, filter, resource.shapes.filters, { name, options: lists });
    });
  }
  return router;
}
