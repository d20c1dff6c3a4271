import { ApiError, pgError } from './errors.js';
import { isObject, toJson } from './json.js';
import type { Json } from './json.js';
import { parseDay, parseTime } from './time.js';
import type { Micros } from './time.js';

/**
 * Blnk's filter engine (internal/filter), as docs/blnk-contract.md section 3 describes it: the same
 * conditions arrive as a JSON body on `POST /{table}/filter` or as `<field>_<op>=` query
 * parameters on the GET lists, and are checked against each table's list of valid fields.
 */
export type Table = 'balances' | 'ledgers' | 'identities' | 'transactions';

type Kind = 'string' | 'amount' | 'number' | 'time' | 'meta';

const STRING = 'string' as const;
const AMOUNT = 'amount' as const;
const TIME = 'time' as const;

const FIELDS: Record<Table, Record<string, Kind>> = {
  balances: {
    balance_id: STRING,
    ledger_id: STRING,
    identity_id: STRING,
    indicator: STRING,
    currency: STRING,
    balance: AMOUNT,
    credit_balance: AMOUNT,
    debit_balance: AMOUNT,
    inflight_balance: AMOUNT,
    inflight_credit_balance: AMOUNT,
    inflight_debit_balance: AMOUNT,
    created_at: TIME,
    meta_data: 'meta',
  },
  ledgers: { ledger_id: STRING, name: STRING, created_at: TIME, meta_data: 'meta' },
  identities: {
    identity_id: STRING,
    identity_type: STRING,
    organization_name: STRING,
    category: STRING,
    first_name: STRING,
    last_name: STRING,
    other_names: STRING,
    gender: STRING,
    email_address: STRING,
    phone_number: STRING,
    nationality: STRING,
    street: STRING,
    country: STRING,
    state: STRING,
    post_code: STRING,
    city: STRING,
    dob: TIME,
    created_at: TIME,
    meta_data: 'meta',
  },
  transactions: {
    transaction_id: STRING,
    parent_transaction: STRING,
    source: STRING,
    destination: STRING,
    reference: STRING,
    currency: STRING,
    description: STRING,
    status: STRING,
    // Blnk's NUMERIC amount in major units; precise_amount is not filterable.
    amount: 'number',
    precision: 'number',
    created_at: TIME,
    effective_date: TIME,
    // Virtual: source OR destination (the balance id, or the balance's indicator).
    balance_id: STRING,
    indicator: STRING,
    meta_data: 'meta',
  },
};

/**
 * Columns stored as NULL when empty, which Blnk COALESCEs to "" on read. A root transaction's
 * parent_transaction is stored as '' (not NULL), so `isnull` finds no root and `isnotnull` every
 * row; an identity's empty strings are '' too.
 */
const NULLABLE_STRINGS = new Set(['identity_id', 'indicator']);

/** The operators a JSON body may name, exactly as written (no aliases, case-sensitive). */
const BODY_OPERATORS = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'like', 'ilike', 'isnull', 'isnotnull']);

/** Query-string operators resolve case-insensitively, with the aliases neq, gteq and lteq. */
const OPERATOR_ALIASES: Record<string, Operator> = {
  eq: 'eq',
  ne: 'ne',
  neq: 'ne',
  gt: 'gt',
  gte: 'gte',
  gteq: 'gte',
  lt: 'lt',
  lte: 'lte',
  lteq: 'lte',
  in: 'in',
  between: 'between',
  like: 'like',
  ilike: 'ilike',
  isnull: 'isnull',
  isnotnull: 'isnotnull',
};

type Operator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'between' | 'like' | 'ilike' | 'isnull' | 'isnotnull';

const VIRTUAL_BALANCE_ID_OPERATORS = new Set<Operator>(['eq', 'ne', 'in', 'isnull', 'isnotnull']);
const META_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

export interface Condition {
  field: string;
  operator: Operator;
  values: Json[];
  /**
   * Set on query-string filters, whose values are typed (section 3.2): an eq (or ne) on a time
   * then covers the value's whole precision window. A JSON body's time is a plain string.
   */
  timeWindow?: boolean;
}

export interface Filter {
  conditions: Condition[];
  logical: 'and' | 'or';
}

function fieldKind(table: Table, field: string): Kind | undefined {
  if (field.startsWith('meta_data.')) return META_KEY.test(field.slice(10)) ? 'meta' : undefined;
  return FIELDS[table][field];
}

/** Blnk's own name of a table in filter messages. */
const TABLE_NAME: Record<Table, string> = {
  balances: 'balances',
  ledgers: 'ledgers',
  identities: 'identity',
  transactions: 'transactions',
};

/**
 * Validates one condition in Blnk's order (operator, arity, the virtual balance_id, the JSON key,
 * the field); the message is what goes after "Invalid filter: ". `operator` is already resolved.
 */
function checkCondition(table: Table, field: string, op: string, values: Json[]): Condition | string {
  const operator = BODY_OPERATORS.has(op) ? (op as Operator) : undefined;
  if (!operator) {
    return `invalid operator '${op}' for field '${field}': must be one of eq, ne, gt, gte, lt, lte, in, between, like, ilike, isnull, isnotnull`;
  }
  if (operator === 'in' && values.length === 0) return `operator 'in' for field '${field}' requires at least one value in 'values'`;
  if (operator === 'between' && values.length !== 2) {
    return `operator 'between' for field '${field}' requires exactly two values in 'values', got ${values.length}`;
  }
  if (table === 'transactions' && field === 'balance_id' && !VIRTUAL_BALANCE_ID_OPERATORS.has(operator)) {
    return `operator '${op}' is not supported for field 'balance_id' on transactions: must be one of eq, ne, in, isnull, isnotnull`;
  }
  if (field.startsWith('meta_data.')) {
    const key = field.slice('meta_data.'.length);
    if (!META_KEY.test(key)) return `invalid JSON key '${key}' in field '${field}': must match pattern ^[a-zA-Z][a-zA-Z0-9_]*$`;
  } else if (!fieldKind(table, field)) {
    return `invalid field '${field}' for table '${TABLE_NAME[table]}'`;
  }
  return { field, operator, values };
}

export interface FilterRequest {
  filter: Filter;
  limit: number;
  offset: number;
  sortBy: string;
  descending: boolean;
  includeCount: boolean;
}

/** `POST /{table}/filter`. */
export function parseFilterBody(table: Table, body: Json): FilterRequest {
  if (!isObject(body)) throw new ApiError('GEN_VALIDATION_ERROR', 'Invalid request body');
  const rawFilters = body.filters ?? [];
  if (!Array.isArray(rawFilters)) throw new ApiError('GEN_VALIDATION_ERROR', 'filters must be an array');
  // Trimmed and lower-cased; empty is "and".
  const given = typeof body.logical_operator === 'string' ? body.logical_operator.trim().toLowerCase() : '';
  const logical = given === '' ? 'and' : given;
  if (logical !== 'and' && logical !== 'or') {
    throw new ApiError('GEN_VALIDATION_ERROR', "invalid logical_operator: must be 'and' or 'or'");
  }
  const conditions: Condition[] = [];
  for (const raw of rawFilters) {
    if (!isObject(raw)) throw new ApiError('GEN_VALIDATION_ERROR', 'Invalid request body');
    const field = typeof raw.field === 'string' ? raw.field : '';
    const operator = typeof raw.operator === 'string' ? raw.operator : '';
    const given = Array.isArray(raw.values) ? raw.values : raw.value === undefined ? [] : [raw.value];
    // Values decode into interface{}: every JSON number becomes a float64 (section 3.1).
    const values = given.map((v) => (typeof v === 'bigint' ? Number(v) : v));
    const checked = checkCondition(table, field, operator, values);
    if (typeof checked === 'string') throw new ApiError('GEN_BAD_REQUEST', `Invalid filter: ${checked}`, { details: {} });
    conditions.push(checked);
  }
  // Any limit ≤0 or >100 silently becomes 20 (section 3.1), it is not clamped.
  const limit = toInt(body.limit);
  const offset = toInt(body.offset);
  const sortBy =
    typeof body.sort_by === 'string' && fieldKind(table, body.sort_by) && !body.sort_by.startsWith('meta_data')
      ? body.sort_by
      : 'created_at';
  return {
    filter: { conditions, logical },
    limit: limit === null || limit <= 0 || limit > 100 ? 20 : limit,
    offset: offset === null || offset < 0 ? 0 : offset,
    sortBy,
    descending: body.sort_order !== 'asc',
    includeCount: body.include_count === true,
  };
}

function toInt(value: Json | undefined): number | null {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  return null;
}

const RESERVED = new Set([
  'page',
  'pagesize',
  'per_page',
  'limit',
  'offset',
  'sort',
  'order',
  'order_by',
  'order_dir',
  'logical_operator',
  'instance_id',
  'org_id',
]);

const QUERY_LIMITS = { filters: 20, inValues: 100, valueLength: 1000 };

/**
 * Query-string filters on GET lists (section 3.2): `<field>_<op>=<value>`, the operator being
 * the last `_` segment. Parameters that are not of that form are not filters and are ignored.
 * Returns null when there are none, since several lists change behaviour without filters.
 */
export function parseQueryFilters(table: Table, params: URLSearchParams): Filter | null {
  const conditions: Condition[] = [];
  const problems: { Param: string; Message: string }[] = [];
  const invalid: string[] = [];
  // Go reads url.Values, a map: each key once, its first value. (Blnk walks that map in Go's
  // random order, so which parameter is past the 20th differs between runs; here it is the order sent.)
  for (const param of new Set(params.keys())) {
    const raw = params.get(param)!;
    if (RESERVED.has(param.toLowerCase())) continue;
    const cut = param.lastIndexOf('_');
    if (cut <= 0) continue;
    const operator = OPERATOR_ALIASES[param.slice(cut + 1).toLowerCase()];
    if (!operator) continue;
    const field = param.slice(0, cut);
    if (conditions.length >= QUERY_LIMITS.filters) {
      problems.push({ Param: param, Message: `exceeded maximum number of filters (${QUERY_LIMITS.filters})` });
      continue;
    }
    if (raw.length > QUERY_LIMITS.valueLength) {
      problems.push({ Param: param, Message: `value exceeds maximum length (${QUERY_LIMITS.valueLength} chars)` });
      continue;
    }
    let values: Json[];
    if (operator === 'between') {
      const parts = raw.split('|');
      if (parts.length !== 2) {
        problems.push({ Param: param, Message: 'between operator requires exactly 2 pipe-separated values (value1|value2)' });
        continue;
      }
      values = parts.map(typeQueryValue);
    } else if (operator === 'in') {
      const parts = raw.split(',');
      if (parts.length > QUERY_LIMITS.inValues) {
        problems.push({ Param: param, Message: `IN operator exceeds maximum values (${QUERY_LIMITS.inValues})` });
        continue;
      }
      values = parts.map((v) => typeQueryValue(v.trim()));
    } else if (operator === 'isnull' || operator === 'isnotnull') values = [];
    else values = [typeQueryValue(raw)];
    const checked = checkCondition(table, field, operator, values);
    if (typeof checked === 'string') invalid.push(checked);
    else conditions.push({ ...checked, timeWindow: true });
  }
  if (problems.length > 0) {
    throw new ApiError('GEN_VALIDATION_ERROR', 'invalid filter parameters', {
      legacyKey: 'errors',
      legacyValue: problems,
      details: problems,
    });
  }
  // Parsed filters are validated afterwards, as a JSON body's are (one message, the first).
  if (invalid.length > 0) throw new ApiError('GEN_BAD_REQUEST', `Invalid filter: ${invalid[0]}`, { details: {} });
  if (conditions.length === 0) return null;
  const logical = params.get('logical_operator')?.toLowerCase() === 'or' ? 'or' : 'and';
  return { conditions, logical };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Query values are typed automatically: int64, then float64, then bool, else a string. An
 * integer that fits int64 stays exact; a longer one is parsed as a float64.
 */
function typeQueryValue(raw: string): Json {
  if (/^-?\d+$/.test(raw)) {
    const n = BigInt(raw);
    return n >= INT64_MIN && n <= INT64_MAX ? n : Number(raw);
  }
  if (/^-?\d*\.\d+(e[+-]?\d+)?$/i.test(raw)) return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** Reads a column of a row; undefined when the column is SQL NULL. */
export type Reader<T> = (row: T, field: string) => Json | Micros | undefined;

export function matches<T>(table: Table, filter: Filter, row: T, read: Reader<T>): boolean {
  const test = (c: Condition): boolean => {
    if (table === 'transactions' && (c.field === 'balance_id' || c.field === 'indicator')) {
      const [from, to] = c.field === 'balance_id' ? ['source', 'destination'] : ['source_indicator', 'destination_indicator'];
      const either = (column: string) => evaluate(table, c, read(row, column));
      // ne on "source OR destination" means neither side is that balance.
      return c.operator === 'ne' || c.operator === 'isnull' ? either(from) && either(to) : either(from) || either(to);
    }
    return evaluate(table, c, read(row, c.field));
  };
  return filter.logical === 'and' ? filter.conditions.every(test) : filter.conditions.some(test);
}

function evaluate(table: Table, c: Condition, actual: Json | undefined): boolean {
  const kind = fieldKind(table, c.field)!;
  const isNull = actual === undefined || actual === null || (actual === '' && NULLABLE_STRINGS.has(c.field.replace(/^.*\./, '')));
  if (c.operator === 'isnull') return isNull;
  if (c.operator === 'isnotnull') return !isNull;
  if (isNull) return false; // SQL: NULL compared to anything is not true
  // A condition without its value compares with NULL, which is never true (no error either).
  if (c.operator !== 'in' && c.operator !== 'between' && (c.values.length === 0 || c.values[0] === null)) return false;
  switch (kind) {
    case 'amount':
      return compareWith(c, actual as bigint, toBigIntValue);
    case 'number':
      return compareWith(c, actual as number, toNumberValue);
    case 'time':
      return compareTime(c, actual as number);
    case 'string':
      return compareWith(c, actual as string, (v) => textOf(v));
    case 'meta': {
      // `(meta_data->>'key')::numeric` for the ordering operators, the text `->>` otherwise.
      if (ORDERING.has(c.operator)) return compareWith(c, toNumberValue(actual as Json), toNumberValue);
      // eq and ne are JSONB containment, `meta_data @> {"key": value}`: type-sensitive, so the
      // string "42" does not match a stored 42.
      if (c.operator === 'eq') return sameJson(actual as Json, c.values[0]!);
      if (c.operator === 'ne') return !sameJson(actual as Json, c.values[0]!);
      const text = typeof actual === 'string' ? actual : toJson(actual);
      return compareWith(c, text, (v) => textOf(v));
    }
  }
}

const ORDERING = new Set<Operator>(['gt', 'gte', 'lt', 'lte', 'between']);

function sameJson(stored: Json, wanted: Json): boolean {
  const numeric = (v: Json) => typeof v === 'number' || typeof v === 'bigint';
  if (numeric(stored) && numeric(wanted)) return Number(stored) === Number(wanted);
  if (numeric(stored) !== numeric(wanted) || typeof stored !== typeof wanted) return false;
  return toJson(stored) === toJson(wanted);
}

function textOf(v: Json): string {
  return typeof v === 'string' ? v : toJson(v);
}

/**
 * The column is compared exactly with the value Postgres receives. A JSON body's number has
 * already become a float64 (parseFilterBody), so an amount filter beyond 2^53 is compared after
 * that rounding; a query int64 (a bigint here) and a string value arrive exact.
 */
function toBigIntValue(v: Json): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return BigInt(Math.trunc(v));
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  throw new ApiError('GEN_BAD_REQUEST', `Invalid filter: '${textOf(v)}' is not a number`);
}

/** A decimal written out, of any length: PostgreSQL's NUMERIC takes it (real Blnk v0.15.2). */
const DECIMAL_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

function toNumberValue(v: Json): number {
  const n = typeof v === 'string' ? Number(v) : typeof v === 'bigint' ? Number(v) : v;
  // A decimal beyond a float64's range (400 or 10,000 digits) compares as ±Infinity, which is
  // exactly where it lies against any amount held; Blnk's NUMERIC answers 200 for it.
  if (typeof v === 'string' && typeof n === 'number' && !Number.isNaN(n) && DECIMAL_TEXT.test(v)) return n;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new ApiError('GEN_BAD_REQUEST', `Invalid filter: '${textOf(v)}' is not a number`);
  }
  return n;
}

function compareWith<V extends string | number | bigint>(c: Condition, actual: V, convert: (v: Json) => V): boolean {
  const [first, second] = c.values;
  switch (c.operator) {
    case 'eq':
      return actual === convert(first!);
    case 'ne':
      return actual !== convert(first!);
    case 'gt':
      return actual > convert(first!);
    case 'gte':
      return actual >= convert(first!);
    case 'lt':
      return actual < convert(first!);
    case 'lte':
      return actual <= convert(first!);
    case 'in':
      return c.values.some((v) => convert(v) === actual);
    case 'between':
      return actual >= convert(first!) && actual <= convert(second!);
    case 'like':
      return likePattern(textOf(first!), false).test(String(actual));
    case 'ilike':
      return likePattern(textOf(first!), true).test(String(actual));
    default:
      return false;
  }
}

/**
 * Times compare as the instant the value names (a date is its UTC midnight). Only a typed query
 * value widens an eq (or ne) to its precision window (section 3.2): the whole day for
 * `2024-01-01`, the whole second for `…T10:00:00Z`, a millisecond for 1–5 fraction digits.
 */
function compareTime(c: Condition, actual: Micros): boolean {
  const [first, second] = c.values;
  const inWindow = (v: Json) => {
    const [from, to] = c.timeWindow ? precisionWindow(v) : [instant(v), instant(v) + 1];
    return actual >= from && actual < to;
  };
  switch (c.operator) {
    case 'eq':
      return inWindow(first!);
    case 'ne':
      return !inWindow(first!);
    case 'gt':
      return actual > instant(first!);
    case 'gte':
      return actual >= instant(first!);
    case 'lt':
      return actual < instant(first!);
    case 'lte':
      return actual <= instant(first!);
    case 'in':
      return c.values.some((v) => actual === instant(v));
    case 'between':
      return actual >= instant(first!) && actual <= instant(second!);
    default:
      throw new ApiError('GEN_BAD_REQUEST', `Invalid filter: operator '${c.operator}' does not apply to times`);
  }
}

function instant(v: Json): Micros {
  const text = textOf(v);
  const t = parseDay(text)?.[0] ?? parseTime(text);
  if (t === null) throw new ApiError('GEN_BAD_REQUEST', `Invalid filter: '${text}' is not a time`);
  return t;
}

function precisionWindow(v: Json): [Micros, Micros] {
  const text = textOf(v);
  const day = parseDay(text);
  if (day) return day;
  const t = instant(v);
  const digits = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  const unit = digits >= 6 ? 1 : digits > 0 ? 1_000 : 1_000_000;
  const from = t - (((t % unit) + unit) % unit);
  return [from, from + unit];
}

function likePattern(pattern: string, insensitive: boolean): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, insensitive ? 'is' : 's');
}

/** Sort as Postgres would on one column with no tie-breaker; ties stay newest first. */
export function sortRows<T>(rows: T[], read: Reader<T>, field: string, descending: boolean): T[] {
  const newestFirst = [...rows].reverse();
  const key = (row: T) => {
    const v = read(row, field);
    return v === undefined || v === null ? '' : v;
  };
  return newestFirst.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    const less = (x as string | number | bigint) < (y as string | number | bigint);
    return (less ? -1 : 1) * (descending ? -1 : 1);
  });
}

/** Blnk's filterable columns that PostgreSQL holds as BIGINT (sql/1712660388.sql: transactions.precision). */
const BIGINT_COLUMNS: Partial<Record<Table, ReadonlySet<string>>> = { transactions: new Set(['precision']) };

/** A value as Blnk writes it into the query's text parameter (a JSON number is a float64 by now). */
function parameterText(v: Json): string {
  if (typeof v === 'string') return v;
  // Go's strconv 'f' format: shortest digits, padded with zeros (9223372036854776000).
  if (typeof v === 'number' && Number.isInteger(v)) return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
  return textOf(v);
}

/**
 * PostgreSQL converts a statement's parameters in order before running it, so an integer beyond
 * int64 given for a BIGINT column fails the read with 22003 (real Blnk v0.15.2:
 * `precision eq 9223372036854775808` answers 500 "Failed to retrieve transactions"). Each
 * condition takes one parameter (`in` one array), `between` two, `isnull`/`isnotnull` none;
 * the error names the first value out of range and its parameter number.
 */
export function bigintOutOfRange(table: Table, conditions: readonly Condition[], message: string): ApiError | null {
  const columns = BIGINT_COLUMNS[table];
  let parameter = 0;
  for (const c of conditions) {
    if (c.operator === 'isnull' || c.operator === 'isnotnull') continue;
    const groups = c.operator === 'between' ? c.values.map((v) => [v]) : [c.operator === 'in' ? c.values : c.values.slice(0, 1)];
    for (const values of groups) {
      parameter += 1;
      if (!columns?.has(c.field)) continue;
      for (const v of values) {
        const text = parameterText(v).trim();
        if (!/^[+-]?\d+$/.test(text)) continue;
        const n = BigInt(text);
        if (n >= INT64_MIN && n <= INT64_MAX) continue;
        return new ApiError('GEN_INTERNAL', message, {
          details: pgError({
            code: '22003',
            message: `value "${parameterText(v)}" is out of range for type bigint`,
            where: `unnamed portal parameter $${parameter} = '...'`,
            file: 'numutils.c',
            line: '310',
            routine: 'pg_strtoint64',
          }),
        });
      }
    }
  }
  return null;
}
