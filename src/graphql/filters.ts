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
  description: 'Conditions on an id; all that are given must hold.',
  fields: (t) => ({
    eq: t.id({ description: 'Equal to this id.' }),
    ne: t.id({ description: 'Not this id.' }),
    in: t.idList({ description: `At most ${MAX_IN_VALUES} ids.` }),
    isNull: t.boolean({ description: 'true: has none; false: has one.' }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  description: 'Conditions on text, compared exactly (case-sensitive unless ilike); all that are given must hold.',
  fields: (t) => ({
    eq: t.string({ description: 'Equal to this text.' }),
    ne: t.string({ description: 'Not this text.' }),
    in: t.stringList({ description: `One of these (1 to ${MAX_IN_VALUES} values).` }),
    like: t.string({ description: 'SQL LIKE: `%` any run of characters, `_` one character.' }),
    ilike: t.string({ description: 'Case-insensitive LIKE.' }),
    isNull: t.boolean({ description: 'true: Blnk holds no value (or an empty one); false: it holds one.' }),
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
  description: 'Conditions on a calendar date; all that are given must hold.',
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
  description: 'A condition on one top-level metadata key (Blnk does not filter nested keys).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The top-level key; matches ^[a-zA-Z][a-zA-Z0-9_]*$.' }),
    eq: t.string({
      description: 'The value equals this text. Blnk compares JSON values with their type: "42" does not match a stored number 42.',
    }),
    ne: t.string({ description: 'The value is not this text.' }),
    in: t.stringList({ description: `The value is one of these (1 to ${MAX_IN_VALUES}).` }),
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
  EXPIRED:
    "Listed by Blnk's SDK only: Core never writes it. Kept so that a value another Blnk build writes still reads.",
};

const TransactionStatusRef = builder.enumType('TransactionStatus', {
  description: 'Where a transaction is in its life. A transaction never changes status: each step is a new transaction linked by parentTransaction.',
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
      (ops as OperatorInput[]).forEach((m, i) => {
        const key = String(m.key);
        // Named by position: the key is the caller's text, and not echoed.
        if (!META_KEY.test(key)) throw badInput(`metaData.${i}.key must match ^[a-zA-Z][a-zA-Z0-9_]*$ (a letter, then letters, digits or _)`);
        out.push(...conditionsOf(`meta_data.${key}`, m));
      });
      continue;
    }
    const column = columns[name];
    if (!column) throw badInput(`${name} cannot be filtered on`);
    out.push(...conditionsOf(column, ops as OperatorInput));
  }
  return out;
}
