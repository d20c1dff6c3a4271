import { GraphQLError } from 'graphql';
import type { FilterCondition } from '../blnk/wire.js';
import { TRANSACTION_STATUSES } from '../blnk/model.js';
import { builder } from './builder.js';

/**
 * Typed filter inputs, mapped to Blnk's filter conditions (docs/blnk-contract.md section 3.1). Each
 * type's filter offers only the fields Blnk accepts for its table and the operators that make
 * sense for the field's kind, so a filter Blnk would refuse is refused by the schema; the few
 * checks the schema cannot express are made here, before any upstream call.
 */
function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** One operator set per kind of field; every key is an operator. */
type OperatorInput = Record<string, unknown>;

const MAX_IN_VALUES = 1000;

export const IdFilter = builder.inputType('IdFilter', {
  fields: (t) => ({
    eq: t.id(),
    ne: t.id(),
    in: t.idList({ description: `At most ${MAX_IN_VALUES} ids.` }),
    isNull: t.boolean({ description: 'true: has none; false: has one.' }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  fields: (t) => ({
    eq: t.string(),
    ne: t.string(),
    in: t.stringList(),
    like: t.string({ description: 'SQL LIKE: `%` any run of characters, `_` one character.' }),
    ilike: t.string({ description: 'Case-insensitive LIKE.' }),
    isNull: t.boolean(),
  }),
});

export const BigIntFilter = builder.inputType('BigIntFilter', {
  description: 'Amounts in minor units, compared exactly.',
  fields: (t) => ({
    eq: t.field({ type: 'BigInt' }),
    ne: t.field({ type: 'BigInt' }),
    gt: t.field({ type: 'BigInt' }),
    gte: t.field({ type: 'BigInt' }),
    lt: t.field({ type: 'BigInt' }),
    lte: t.field({ type: 'BigInt' }),
    in: t.field({ type: ['BigInt'] }),
    between: t.field({ type: ['BigInt'], description: 'Exactly two bounds, both included.' }),
  }),
});

export const DecimalFilter = builder.inputType('DecimalFilter', {
  description: 'Decimal amounts in major units, written as strings such as "10.50".',
  fields: (t) => ({
    eq: t.string(),
    ne: t.string(),
    gt: t.string(),
    gte: t.string(),
    lt: t.string(),
    lte: t.string(),
    between: t.stringList({ description: 'Exactly two bounds, both included.' }),
  }),
});

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  fields: (t) => ({
    eq: t.field({ type: 'DateTime' }),
    gt: t.field({ type: 'DateTime' }),
    gte: t.field({ type: 'DateTime' }),
    lt: t.field({ type: 'DateTime' }),
    lte: t.field({ type: 'DateTime' }),
    between: t.field({ type: ['DateTime'], description: 'Exactly two bounds, both included.' }),
  }),
});

export const MetaDataFilter = builder.inputType('MetaDataFilter', {
  description: 'A condition on one top-level metadata key (Blnk does not filter nested keys).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Matches ^[a-zA-Z][a-zA-Z0-9_]*$.' }),
    eq: t.string(),
    ne: t.string(),
    in: t.stringList(),
    like: t.string(),
    ilike: t.string(),
    isNull: t.boolean(),
  }),
});

const TransactionStatusRef = builder.enumType('TransactionStatus', { values: TRANSACTION_STATUSES });
export { TransactionStatusRef };

export const TransactionStatusFilter = builder.inputType('TransactionStatusFilter', {
  fields: (t) => ({
    eq: t.field({ type: TransactionStatusRef }),
    ne: t.field({ type: TransactionStatusRef }),
    in: t.field({ type: [TransactionStatusRef] }),
  }),
});

export const BalanceIdFilter = builder.inputType('BalanceIdFilter', {
  description: 'A balance on either side of a transaction: source or destination.',
  fields: (t) => ({
    eq: t.id(),
    ne: t.id(),
    in: t.idList(),
  }),
});

const DECIMAL = /^-?\d+(\.\d+)?$/;
const META_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** A GraphQL filter value as Blnk should receive it; amounts as strings so Postgres compares them exactly. */
function wireValue(value: unknown, field: string): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && field === 'amount' && !DECIMAL.test(value)) {
    throw badInput(`amount filters take decimals such as "10.50", got "${value}"`);
  }
  return value;
}

/** The conditions one operator input stands for, on one Blnk column. */
function conditionsOf(column: string, ops: OperatorInput): FilterCondition[] {
  const out: FilterCondition[] = [];
  for (const [op, value] of Object.entries(ops)) {
    if (value === null || value === undefined || op === 'key') continue;
    if (op === 'isNull') {
      out.push({ field: column, operator: value ? 'isnull' : 'isnotnull' });
    } else if (op === 'in' || op === 'between') {
      const values = (value as unknown[]).map((v) => wireValue(v, column));
      if (op === 'between' && values.length !== 2) throw badInput(`${column}: between takes exactly two values`);
      if (values.length === 0 || values.length > MAX_IN_VALUES) {
        throw badInput(`${column}: in takes 1 to ${MAX_IN_VALUES} values`);
      }
      out.push({ field: column, operator: op, values });
    } else {
      out.push({ field: column, operator: op, value: wireValue(value, column) });
    }
  }
  return out;
}

/** GraphQL filter field → Blnk column, for one type. */
export type ColumnMap = Record<string, string>;

/**
 * A type's filter input as Blnk conditions, ANDed. `metaData` holds a list of per-key
 * conditions on `meta_data.<key>`.
 */
export function toConditions(filter: Record<string, unknown> | null | undefined, columns: ColumnMap): FilterCondition[] {
  if (!filter) return [];
  const out: FilterCondition[] = [];
  for (const [name, ops] of Object.entries(filter)) {
    if (ops === null || ops === undefined) continue;
    if (name === 'metaData') {
      for (const m of ops as OperatorInput[]) {
        const key = String(m.key);
        if (!META_KEY.test(key)) throw badInput(`metaData key "${key}" must match ^[a-zA-Z][a-zA-Z0-9_]*$`);
        out.push(...conditionsOf(`meta_data.${key}`, m));
      }
      continue;
    }
    const column = columns[name];
    if (!column) throw badInput(`${name} cannot be filtered on`);
    out.push(...conditionsOf(column, ops as OperatorInput));
  }
  return out;
}
