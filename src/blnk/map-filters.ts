import type { Condition, FilterQuery } from './filter.js';
import { IDENTITY_TEXT_KEYS } from './map-write.js';
import type { FilterBody, FilterCondition } from './wire.js';

/** The tables Blnk filters, each under its own POST /{resource}/filter. */
export type FilterResource = 'ledgers' | 'identities' | 'balances' | 'transactions';

/**
 * Domain field → Blnk's column, for each table: only the fields a filter may name. On
 * transactions, `balanceId` and `indicator` are Blnk's virtual columns (either side of the
 * transaction), and `amount` is its decimal amount in major units.
 */
const COLUMNS: Record<FilterResource, Record<string, string>> = {
  ledgers: { id: 'ledger_id', name: 'name', createdAt: 'created_at' },
  identities: { id: 'identity_id', dob: 'dob', createdAt: 'created_at', ...IDENTITY_TEXT_KEYS },
  balances: {
    id: 'balance_id',
    ledgerId: 'ledger_id',
    identityId: 'identity_id',
    indicator: 'indicator',
    currency: 'currency',
    balance: 'balance',
    creditBalance: 'credit_balance',
    debitBalance: 'debit_balance',
    inflightBalance: 'inflight_balance',
    inflightCreditBalance: 'inflight_credit_balance',
    inflightDebitBalance: 'inflight_debit_balance',
    createdAt: 'created_at',
  },
  transactions: {
    id: 'transaction_id',
    parentTransactionId: 'parent_transaction',
    reference: 'reference',
    currency: 'currency',
    description: 'description',
    status: 'status',
    sourceId: 'source',
    destinationId: 'destination',
    balanceId: 'balance_id',
    indicator: 'indicator',
    amount: 'amount',
    precision: 'precision',
    createdAt: 'created_at',
    effectiveDate: 'effective_date',
  },
};

const META_PREFIX = 'metaData.';

/** Blnk's column for a domain field; a field the table has no column for is the gateway's own bug. */
export function columnOf(resource: FilterResource, field: string): string {
  if (field.startsWith(META_PREFIX)) return `meta_data.${field.slice(META_PREFIX.length)}`;
  const column = COLUMNS[resource][field];
  if (!column) throw new Error(`${resource} cannot be filtered on ${field}`);
  return column;
}

export function conditionBody(resource: FilterResource, c: Condition): FilterCondition {
  return {
    field: columnOf(resource, c.field),
    operator: c.operator,
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.values !== undefined ? { values: c.values } : {}),
  };
}

/**
 * The fields Blnk v0.15.2 sorts each table on (internal/filter: every filterable column is
 * sortable), less those it cannot: a transaction's balance_id and indicator are virtual columns
 * with no column to sort on, and metadata. Blnk silently replaces a sort_by it does not accept
 * with created_at, so a field outside this list is the gateway's own bug, thrown.
 */
export const SORTABLE: Record<FilterResource, readonly string[]> = {
  ledgers: ['createdAt', 'name'],
  identities: ['createdAt', 'firstName', 'lastName', 'organizationName', 'emailAddress'],
  balances: [
    'createdAt',
    'balance',
    'creditBalance',
    'debitBalance',
    'inflightBalance',
    'inflightCreditBalance',
    'inflightDebitBalance',
    'currency',
  ],
  transactions: ['createdAt', 'amount', 'effectiveDate', 'currency', 'status'],
};

function sortColumn(resource: FilterResource, field: string | undefined): string {
  if (field === undefined) return 'created_at';
  if (!SORTABLE[resource].includes(field)) throw new Error(`${resource} cannot be sorted on ${field}`);
  return columnOf(resource, field);
}

/** Keys in the order Blnk's docs list them: conditions, how they combine, the page, its order, the count. */
export function filterBody(resource: FilterResource, query: FilterQuery): FilterBody {
  return {
    filters: query.filters.map((c) => conditionBody(resource, c)),
    ...(query.anyOf ? { logical_operator: 'or' as const } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    ...(query.offset !== undefined ? { offset: query.offset } : {}),
    ...(query.newestFirst !== undefined
      ? { sort_by: sortColumn(resource, query.sortBy), sort_order: query.newestFirst ? ('desc' as const) : ('asc' as const) }
      : {}),
    ...(query.includeCount ? { include_count: true } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// How Blnk stores "none", which a filter on "reads null" must match.

/**
 * How Blnk v0.15.2 stores "none" in a column (measured on the server): balances' identity_id and
 * indicator are NULL; every other text column holds '' (a root transaction's parent_transaction,
 * an identity's empty fields, a ledger's name); an identity's missing dob is the date 0001-01-01.
 * The gateway shows each of them as null, so a filter must find each of them as null. Decided by
 * column, not by field: an identity's own `id` is identity_id too.
 */
const STORED_AS_NULL = new Set(['identity_id', 'indicator']);
const ZERO_DATE_COLUMNS = new Set(['dob']);
const ZERO_DATE = '0001-01-01';

/** Whether a filter may name this field on this table. */
export function filterable(resource: FilterResource, field: string): boolean {
  return field.startsWith(META_PREFIX) || Object.hasOwn(COLUMNS[resource], field);
}

/** "Reads null" (or not) on a field: Blnk's NULL, or its empty string, as that column stores none. */
export function noneCondition(resource: FilterResource, field: string, isNull: boolean): Condition {
  const column = columnOf(resource, field);
  if (column.startsWith('meta_data.') || STORED_AS_NULL.has(column)) return { field, operator: isNull ? 'isnull' : 'isnotnull' };
  if (ZERO_DATE_COLUMNS.has(column)) return { field, operator: isNull ? 'eq' : 'gt', value: ZERO_DATE };
  return { field, operator: isNull ? 'eq' : 'ne', value: '' };
}

/**
 * What every other condition on a date field needs beside it: a date Blnk stores as 0001-01-01
 * reads as null, so no range or equality may match it. Null for a field without such dates.
 */
export function setDateGuard(resource: FilterResource, field: string): Condition | null {
  return ZERO_DATE_COLUMNS.has(columnOf(resource, field)) ? { field, operator: 'gt', value: ZERO_DATE } : null;
}
