/**
 * Typed filter inputs, mapped to Blnk's filter conditions (docs/blnk-contract.md section 3.1). Each
 * type's filter offers only the fields Blnk accepts for its table and the operators that make
 * sense for the field's kind, so a filter Blnk would refuse is refused by the schema; the few
 * checks the schema cannot express are made here, before any upstream call.
 */
import type { RowRoutes } from '../blnk/client.js';
import type { Condition } from '../blnk/filter.js';
import { type FilterResource, filterable, noneCondition, setDateGuard } from '../blnk/map-filters.js';
import { TRANSACTION_STATUSES } from '../blnk/model.js';
import { badInput } from './bad-input.js';
import { builder } from './builder.js';

/** One operator set per kind of field; every key is an operator. */
type OperatorInput = Record<string, unknown>;

const MAX_IN_VALUES = 1000;

export const IdFilter = builder.inputType('IdFilter', {
  description: 'Conditions on an id; all that are given must hold.',
  fields: (t) => ({
    eq: t.id({ description: 'Equal to this id.' }),
    ne: t.id({
      description:
        'Not this id; a row that has none matches. (Blnk compares in SQL, where NULL is never "not equal": for a balance\'s identityId the gateway first finds the balances of that identity, at most 100, and excludes them by id.)',
    }),
    in: t.idList({ description: `At most ${MAX_IN_VALUES} ids.` }),
    isNull: t.boolean({
      description: "true: has none (the field reads null); false: has one. Blnk's NULL and its empty string both count as none.",
    }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  description: 'Conditions on text, compared exactly (case-sensitive unless ilike); all that are given must hold.',
  fields: (t) => ({
    eq: t.string({ description: 'Equal to this text.' }),
    ne: t.string({
      description:
        'Not this text; a row that holds none matches. (Blnk compares in SQL, where NULL is never "not equal": for an indicator the gateway first finds the balances holding it, at most 100, and excludes them by id; on a transaction, neither side may be one of them.)',
    }),
    in: t.stringList({ description: `One of these (1 to ${MAX_IN_VALUES} values).` }),
    like: t.string({ description: 'SQL LIKE: `%` any run of characters, `_` one character.' }),
    ilike: t.string({ description: 'Case-insensitive LIKE.' }),
    isNull: t.boolean({
      description: "true: holds no value (the field reads null; Blnk's NULL and its empty string both count); false: holds one.",
    }),
  }),
});

export const BigIntFilter = builder.inputType('BigIntFilter', {
  description: 'Amounts in minor units, compared exactly.',
  fields: (t) => ({
    eq: t.field({ type: 'BigInt', description: 'Equal to.' }),
    ne: t.field({ type: 'BigInt', description: 'Not equal to.' }),
    gt: t.field({ type: 'BigInt', description: 'Greater than.' }),
    gte: t.field({ type: 'BigInt', description: 'Greater than or equal to.' }),
    lt: t.field({ type: 'BigInt', description: 'Less than.' }),
    lte: t.field({ type: 'BigInt', description: 'Less than or equal to.' }),
    in: t.field({ type: ['BigInt'], description: `One of these (1 to ${MAX_IN_VALUES} values).` }),
    between: t.field({ type: ['BigInt'], description: 'Exactly two bounds, both included.' }),
  }),
});

export const DecimalFilter = builder.inputType('DecimalFilter', {
  description: 'Decimal amounts in major units, written as strings such as "10.50".',
  fields: (t) => ({
    eq: t.string({ description: 'Equal to.' }),
    ne: t.string({ description: 'Not equal to.' }),
    gt: t.string({ description: 'Greater than.' }),
    gte: t.string({ description: 'Greater than or equal to.' }),
    lt: t.string({ description: 'Less than.' }),
    lte: t.string({ description: 'Less than or equal to.' }),
    between: t.stringList({ description: 'Exactly two bounds, both included.' }),
  }),
});

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  description: 'Conditions on a time; all that are given must hold. Blnk keeps microseconds, so eq rarely matches: prefer ranges.',
  fields: (t) => ({
    eq: t.field({ type: 'DateTime', description: 'At exactly this time.' }),
    gt: t.field({ type: 'DateTime', description: 'After this time.' }),
    gte: t.field({ type: 'DateTime', description: 'At or after this time.' }),
    lt: t.field({ type: 'DateTime', description: 'Before this time.' }),
    lte: t.field({ type: 'DateTime', description: 'At or before this time.' }),
    between: t.field({ type: ['DateTime'], description: 'Exactly two bounds, both included.' }),
  }),
});

export const DateFilter = builder.inputType('DateFilter', {
  description:
    'Conditions on a calendar date; all that are given must hold. A date that is not set (the field reads null; Blnk stores 0001-01-01) matches none of them.',
  fields: (t) => ({
    eq: t.field({ type: 'Date', description: 'On this date.' }),
    gt: t.field({ type: 'Date', description: 'After this date.' }),
    gte: t.field({ type: 'Date', description: 'On or after this date.' }),
    lt: t.field({ type: 'Date', description: 'Before this date.' }),
    lte: t.field({ type: 'Date', description: 'On or before this date.' }),
    between: t.field({ type: ['Date'], description: 'Exactly two dates, both included.' }),
  }),
});

export const MetaDataFilter = builder.inputType('MetaDataFilter', {
  description:
    'A condition on one top-level metadata key (Blnk does not filter nested keys): the key and at least one operator. Values are compared as text.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The top-level key; matches ^[a-zA-Z][a-zA-Z0-9_]*$.' }),
    eq: t.string({
      description:
        'The value, read as text, is this: "42" matches a stored number 42 and a stored string "42"; "true" a stored true. Numbers read as Blnk writes them (42, not 42.0).',
    }),
    ne: t.string({ description: 'The value, read as text, is not this. A row without the key does not match (Blnk compares in SQL).' }),
    in: t.stringList({ description: `The value, read as text, is one of these (1 to ${MAX_IN_VALUES}).` }),
    like: t.string({ description: 'SQL LIKE on the value: `%` any run of characters, `_` one character.' }),
    ilike: t.string({ description: 'Case-insensitive LIKE on the value.' }),
    isNull: t.boolean({ description: 'true: the key is absent or null; false: it holds a value.' }),
  }),
});

/**
 * What each status means, as Blnk Core 0.15 writes it (docs/blnk-contract.md section 4.4): a
 * queued write, a hold's commit or void and a refund each add a new row; no row changes status.
 */
const STATUS_MEANINGS: Record<(typeof TRANSACTION_STATUSES)[number], string> = {
  QUEUED:
    "Accepted into Blnk's queue, not yet applied: nothing has moved. The row stays QUEUED for good; what Blnk made of it is a new row, its `outcome` (APPLIED, INFLIGHT or REJECTED).",
  APPLIED: 'The money moved: the source was debited and the destination credited. Also the status of a committed part of a hold.',
  INFLIGHT: "A hold: the amount sits in the balances' inflight fields until committed (an APPLIED child) or voided (a VOID child).",
  VOID: 'The row that released what was left of a hold: nothing moved.',
  COMMIT:
    'Defined by Blnk, but Core 0.15 as read never writes it: a commit is written as an APPLIED child of the hold. Kept so that a value another Blnk build writes still reads.',
  REJECTED:
    "Blnk's queue refused the transaction when it came to apply it (such as insufficient funds): nothing moved. See rejectionReason.",
  SCHEDULED: 'Recorded with scheduledFor: waiting for that time, then applied by the queue like a QUEUED transaction (see `outcome`).',
  EXPIRED: "Listed by Blnk's SDK only: Core never writes it. Kept so that a value another Blnk build writes still reads.",
};

const TransactionStatusRef = builder.enumType('TransactionStatus', {
  description:
    'Where a transaction is in its life. A transaction never changes status: each step is a new transaction linked by parentTransaction.',
  values: Object.fromEntries(TRANSACTION_STATUSES.map((status) => [status, { description: STATUS_MEANINGS[status] }])) as Record<
    (typeof TRANSACTION_STATUSES)[number],
    { description: string }
  >,
});
export { TransactionStatusRef };

export const TransactionStatusFilter = builder.inputType('TransactionStatusFilter', {
  description: 'Conditions on a status; all that are given must hold.',
  fields: (t) => ({
    eq: t.field({ type: TransactionStatusRef, description: 'This status.' }),
    ne: t.field({ type: TransactionStatusRef, description: 'Any other status.' }),
    in: t.field({ type: [TransactionStatusRef], description: 'One of these statuses.' }),
  }),
});

export const BalanceIdFilter = builder.inputType('BalanceIdFilter', {
  description: 'A balance on either side of a transaction: source or destination.',
  fields: (t) => ({
    eq: t.id({ description: 'This balance is the source or the destination.' }),
    ne: t.id({ description: 'This balance is neither.' }),
    in: t.idList({ description: `One of these balances is the source or the destination (1 to ${MAX_IN_VALUES}).` }),
  }),
});

const DECIMAL = /^-?\d+(\.\d+)?$/;
const META_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/**
 * Filterable columns PostgreSQL holds as BIGINT in Blnk v0.15.2's migrations (sql/1712660388.sql
 * adds transactions.precision; the other integer columns, balances.version and the row ids, are
 * not filterable here). A value beyond int64 fails Blnk's whole read with 500 (22003).
 */
const INT64_FIELDS = new Set(['precision']);
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A GraphQL filter value as Blnk should receive it; amounts as strings so Postgres compares them exactly. */
function filterValue(value: unknown, field: string, path: string): unknown {
  if (typeof value === 'bigint' && INT64_FIELDS.has(field) && (value < INT64_MIN || value > INT64_MAX)) {
    throw badInput(`${field} filters take integers from -2^63 to 2^63-1 (Blnk stores ${field} as a BIGINT)`, path);
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && field === 'amount' && !DECIMAL.test(value)) {
    // The value is the caller's (a key pasted in the wrong field): named by its path, never echoed.
    throw badInput('amount filters take decimals such as "10.50" (an optional minus, digits, and an optional point with digits)', path);
  }
  return value;
}

/**
 * The conditions one operator input stands for, on one field of a table; `path` names it in
 * errors. How Blnk stores "none" (NULL, '' or 0001-01-01) is map-filters.ts's to say.
 */
function conditionsOf(resource: FilterResource, field: string, ops: OperatorInput, path: string): Condition[] {
  const out: Condition[] = [];
  for (const [op, value] of Object.entries(ops)) {
    if (value === null || value === undefined || op === 'key') continue;
    if (op === 'isNull') {
      out.push(noneCondition(resource, field, value === true));
    } else if (op === 'in' || op === 'between') {
      const values = (value as unknown[]).map((v) => filterValue(v, field, `${path}.${op}`));
      if (op === 'between' && values.length !== 2) throw badInput('between takes exactly two values', `${path}.${op}`);
      if (values.length === 0 || values.length > MAX_IN_VALUES) throw badInput(`in takes 1 to ${MAX_IN_VALUES} values`, `${path}.${op}`);
      out.push({ field, operator: op, values });
    } else if (op === 'eq' && field.startsWith('metaData.')) {
      // Blnk's metadata eq is JSONB containment, typed: "42" would never match a stored 42. Its
      // `in` compares the value's text (->>), as ne, like and the schema's String do.
      out.push({ field, operator: 'in', values: [value] });
    } else {
      out.push({ field, operator: op, value: filterValue(value, field, `${path}.${op}`) });
    }
  }
  if (out.length === 0) {
    // A field given with no operator would otherwise be dropped, and the list come back unfiltered.
    throw badInput('a condition needs at least one operator (null operators count as absent)', path);
  }
  // A date Blnk stores as 0001-01-01 reads as null: no range or equality may match it.
  const guard = ops.isNull === undefined ? setDateGuard(resource, field) : null;
  if (guard) out.push(guard);
  return out;
}

/**
 * A type's filter input as conditions on the table Blnk reads it from, ANDed. Each field of the
 * input is the domain field of the same name; `metaData` holds a list of per-key conditions on
 * `metaData.<key>`.
 */
export function toConditions(filter: Record<string, unknown> | null | undefined, resource: FilterResource): Condition[] {
  if (!filter) return [];
  const out: Condition[] = [];
  for (const [name, ops] of Object.entries(filter)) {
    if (ops === null || ops === undefined) continue;
    if (name === 'metaData') {
      (ops as OperatorInput[]).forEach((m, i) => {
        const key = String(m.key);
        // Named by position: the key is the caller's text, and not echoed.
        if (!META_KEY.test(key))
          throw badInput('key must match ^[a-zA-Z][a-zA-Z0-9_]*$ (a letter, then letters, digits or _)', `metaData.${i}.key`);
        out.push(...conditionsOf(resource, `metaData.${key}`, m, `metaData.${i}`));
      });
      continue;
    }
    if (!filterable(resource, name)) throw badInput(`${name} cannot be filtered on`);
    out.push(...conditionsOf(resource, name, ops as OperatorInput, name));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "or": Blnk's logical_operator, which applies to every condition of one request.

type FilterFieldBuilder = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  'InputObject'
>;

const MAX_OR = 100;
/** Fields the gateway turns into several conditions or other reads, which an or list cannot hold. */
const NOT_IN_OR: Record<string, string[]> = {
  identityId: ['ne'],
  indicator: ['ne'],
  sourceIdentityId: ['eq', 'ne', 'in', 'isNull'],
  destinationIdentityId: ['eq', 'ne', 'in', 'isNull'],
};

/**
 * A type's filter input and its `<Type>Condition`, one entry of the filter's `or` list: the same
 * fields. Blnk applies one logical operator to the whole filter set, so an `or` list stands alone
 * in its filter, each entry is one field with one operator, and the gateway refuses `or`
 * wherever it adds a condition of its own (a confined caller's identity, a parent's id).
 */
export function filterInputs(name: string, what: string, fields: (t: FilterFieldBuilder) => Record<string, unknown>) {
  const condition = builder.inputType(name.replace(/Filter$/, 'Condition'), {
    description: `One condition of a ${name}'s \`or\` list: exactly one field with exactly one operator.`,
    // biome-ignore lint/suspicious/noExplicitAny: the same field map as the filter's, typed by Pothos there
    fields: (t) => fields(t) as any,
  });
  return builder.inputType(name, {
    description: `Conditions on ${what}, all of which must hold (AND); or, alone, an \`or\` list of which any one must hold.`,
    fields: (t) => ({
      // biome-ignore lint/suspicious/noExplicitAny: see above
      ...(fields(t) as any),
      or: t.field({
        type: [condition],
        description: `Any one of these conditions (1 to ${MAX_OR}; Blnk's logical_operator "or"). Alone in its filter: Blnk applies one operator to every condition it is sent, so or cannot be mixed with other fields here, and is refused where the gateway adds a condition of its own (a confined caller's identity, a nested list's parent). Pages of an or list go by offset (see the order input): unstable under writes.`,
      }),
    }),
  });
}

/**
 * The ORed conditions of a filter's `or` list; null when the filter has none. Each entry must
 * stand for exactly one condition, since Blnk ORs every condition it receives.
 */
export function orConditions(filter: Record<string, unknown> | null | undefined, resource: FilterResource): Condition[] | null {
  const or = filter?.or as Record<string, unknown>[] | null | undefined;
  if (or === null || or === undefined) return null;
  const others = Object.entries(filter ?? {}).filter(([k, v]) => k !== 'or' && v !== null && v !== undefined);
  if (others.length > 0) {
    throw badInput(
      'or cannot be combined with other fields of the same filter: Blnk applies one operator to all the conditions of a list; put each condition in the or list',
      'or',
    );
  }
  if (or.length === 0 || or.length > MAX_OR) throw badInput(`or takes 1 to ${MAX_OR} conditions`, 'or');
  return or.flatMap((entry, i) => {
    for (const [field, ops] of Object.entries(NOT_IN_OR)) {
      const given = entry[field] as Record<string, unknown> | null | undefined;
      for (const op of ops) {
        if (given?.[op] !== null && given?.[op] !== undefined) {
          throw badInput(`${field}.${op} cannot be in an or list: the gateway resolves it to several conditions`, `or.${i}.${field}.${op}`);
        }
      }
    }
    const conditions = toConditions(entry, resource);
    if (conditions.length !== 1) {
      throw badInput('each condition of an or list must be one field with one operator (Blnk ORs every condition it is sent)', `or.${i}`);
    }
    return conditions;
  });
}

/** An or list where the gateway adds conditions of its own is refused: Blnk would OR them away. */
export function refuseOrWith(gatewayConditions: readonly Condition[], what: string): void {
  if (gatewayConditions.length > 0) {
    throw badInput(
      `or cannot be used on ${what}: the gateway adds a condition of its own here, and Blnk applies one operator to the whole filter, which would OR it away`,
      'or',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Blnk Cloud: only what its Filters API documents.

/**
 * A filter the client's surface cannot apply (client.ts `RowRoutes.filterRefusal`: on Blnk Cloud,
 * a field outside the Filters API's documented list for its resource, or an `or` list) is refused
 * before any upstream call, the field named by its path as every other filter refusal here.
 * Checked on the input itself, before the gateway turns a field into other reads (a
 * transaction's identity fields become balance lookups).
 */
export function refuseWhatTheSurfaceCannotFilter(
  routes: RowRoutes,
  filter: Record<string, unknown> | null | undefined,
  resource: FilterResource,
): void {
  if (!filter) return;
  for (const [name, ops] of Object.entries(filter)) {
    if (ops === null || ops === undefined) continue;
    const refusal = routes.filterRefusal(resource, name);
    if (refusal !== null) throw badInput(refusal, name);
  }
}
