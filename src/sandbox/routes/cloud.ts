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

function listReply(deps: Deps, req: SandboxRequest, resource: Resource<unknown>, filter: Filter | null, shape: CloudShape): Reply {
  const read = resource.read(deps);
  const all = [...resource.rows(deps)].filter((row) => !filter || matches(resource.table, filter, row, read));
  const sorted = sortRows(all, read, 'created_at', true);
  const { page, pageSize } = paging(req, resource.defaultPageSize);
  const data = sorted.slice((page - 1) * pageSize, page * pageSize).map((row) => cloudRow(shape, resource.render(row)));
  return { status: 200, json: { data, total: all.length } };
}

export function cloudRoutes(router: Router): Router {
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
      const { filter } = parseFilterBody(resource.table, { filters: body.filters ?? [], logical_operator: body.logical_operator ?? 'and' });
      return listReply(deps, req, resource, filter, resource.shapes.filters);
    });
  }
  return router;
}
