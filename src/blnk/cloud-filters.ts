import { BlnkError } from './errors.js';
import type { FilterQuery } from './filter.js';
import { columnOf, type FilterResource, filterable } from './map-filters.js';

/**
 * What Blnk Cloud's Filters API documents it filters on (blnkfinance/blnk-docs
 * cloud/proxy/filters-api.mdx, "Filterable fields by resource"; cloud/proxy/data-api.mdx lists the
 * same). Anything else (on transactions: description, indicator, hash, inflight, the identity
 * fields the gateway resolves to balances on Core) Cloud may refuse, ignore or answer wrongly, so
 * the gateway refuses it before any call. Nested metadata keys use dot notation (the page's note
 * under the table), so `meta_data.<key>` passes wherever `meta_data` is listed.
 */
export const CLOUD_FILTERABLE: Record<FilterResource, readonly string[]> = {
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

/** The operators the Filters API documents ("Supported operators"). */
export const CLOUD_OPERATORS: readonly string[] = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'between',
  'like',
  'ilike',
  'isnull',
  'isnotnull',
  'exists',
  'notexists',
];

const SOURCE = 'cloud/proxy/filters-api.mdx, "Filterable fields by resource"';

/** Whether Cloud documents filtering this resource on this gateway field (a field of model.ts, or `metaData.<key>`). */
export function cloudFilterable(resource: FilterResource, field: string): boolean {
  if (!filterable(resource, field)) return false;
  const column = columnOf(resource, field);
  const base = column.startsWith('meta_data.') ? 'meta_data' : column;
  return CLOUD_FILTERABLE[resource].includes(base);
}

/** Why Cloud cannot filter on a field, naming it and citing the list (the field is the schema's name, never a value). */
export function cloudFieldRefusal(resource: FilterResource, field: string): string {
  return `Blnk Cloud cannot filter ${resource} on ${field}: its Filters API documents only ${CLOUD_FILTERABLE[resource].join(', ')} (${SOURCE})`;
}

/** Why Cloud cannot take an `or` list. */
export const CLOUD_OR_REFUSAL =
  'Blnk Cloud cannot combine conditions with or: its Filters API documents a list of conditions that all hold, and no logical_operator (cloud/proxy/filters-api.mdx, "Request format")';

/**
 * The refusal of a query Cloud's Filters API does not document, before any call: a field outside
 * the resource's list, an operator outside the documented ones, or an `or`. Null when Cloud can
 * answer it. The GraphQL layer refuses the same fields of a filter input earlier, with the input's
 * path (graphql/filters.ts); this holds for every other caller.
 */
export function cloudFilterRefusal(resource: FilterResource, query: FilterQuery): BlnkError | null {
  if (query.anyOf) return new BlnkError(0, 'UPSTREAM_UNSUPPORTED', CLOUD_OR_REFUSAL);
  for (const c of query.filters) {
    if (!cloudFilterable(resource, c.field)) return new BlnkError(0, 'UPSTREAM_UNSUPPORTED', cloudFieldRefusal(resource, c.field));
    if (!CLOUD_OPERATORS.includes(c.operator)) {
      return new BlnkError(
        0,
        'UPSTREAM_UNSUPPORTED',
        `Blnk Cloud cannot filter with the operator ${c.operator}: its Filters API documents ${CLOUD_OPERATORS.join(', ')} (cloud/proxy/filters-api.mdx, "Supported operators")`,
      );
    }
  }
  return null;
}
