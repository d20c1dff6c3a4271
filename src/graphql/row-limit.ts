import { GraphQLError } from 'graphql';
import type { Balance, Transaction } from '../blnk/model.js';
import { QUEUE_KEYS } from './queue-keys.js';

/**
 * How much of the caller's text one row of Blnk's may hold. Blnk v0.15.2 announces every row it
 * inserts into `transactions`, `ledgers` and `balances`, and every update of a `balances` row,
 * with PostgreSQL's NOTIFY, whose payload is the row as `row_to_json` prints it, wrapped as
 * `{"table" : "<table>", "data" : <row>}` (its migration 1712749737, `capture_changes`). PostgreSQL
 * refuses a payload of 8000 bytes or more, and the statement fails with it. Measured on real Blnk
 * v0.15.2: a transaction, ledger or balance create past it answers 500 (22023 "payload string too
 * long"); a queued transaction or bulk item answers 201 and is never written; a hold whose
 * metadata grew past it can be neither committed nor voided, a transaction no longer refunded; a
 * balance whose row grew near it fails every later transfer that touches it ("Failed to update
 * balance"; queued, the transfer stays QUEUED). Identities, and updates of ledgers and
 * transactions, are not announced: a ledger's or an identity's metadata may be larger, and a
 * transaction's grows only into the rows later copied from it (commits, voids, refunds).
 *
 * The caller's text of a row is what a caller chooses the length of, counted in bytes as
 * PostgreSQL prints it (UTF-8, with JSON's escapes; metadata in jsonb's text form, which puts a
 * space after ':' and ',' and writes a number as all its digits, 1e-300 as 302 characters):
 * - a transaction's description, reference, currency (twice: Blnk copies it into the queue key
 *   `queue_pair_key` of queued rows) and metaData, for every row written for it (a split leg, a
 *   bulk item, a queued `_q` outcome, a commit, a void, a refund);
 * - a ledger's name and metaData;
 * - a balance's currency, indicator and metaData.
 * Everything else in those rows has a bounded size: ids, hash, times, amounts (at most 10^78 in
 * minor units through this gateway, precision below 2^63) and the keys Blnk adds to a
 * transaction's metadata (allow_overdraft, inflight, atomic, sequence, QUEUED_PARENT_TRANSACTION,
 * queue_lane, queue_pair_key, blnk_rejection_reason).
 *
 * Why 6,000. Measured on real Blnk v0.15.2, the rest of a skip_queue transaction's payload took
 * 617 bytes (the largest metadata value that still went through left 7,999 bytes); at the worst
 * it grows by about 950 bytes: amounts of 79 and 80 digits and a 19-digit precision (+170), the
 * chain columns filled (+140), a bulk parent (+41), every key Blnk adds, a rejection reason
 * included (+480), a commit's or void's reference (+90). So about 6,450 bytes remain for the
 * caller; 6,000 keeps some 450 in hand. A balance's rest took 449 bytes with zero amounts, and
 * six amounts of 80 digits, a version and an identity add about 530; a ledger's rest is 159
 * bytes. One number for all three tables, so a caller has one rule to remember.
 */
export const ROW_TEXT_MAX_BYTES = 6_000;

/** The extension naming this limit in the refusal. */
export const ROW_TEXT_LIMIT = 'ROW_TEXT_BYTES';

/**
 * Keys Blnk writes into a transaction's metadata itself. Their size is counted in the margin
 * above, so a stored row's metadata is measured without them.
 */
const BLNK_KEYS = new Set<string>([...QUEUE_KEYS, 'sequence', 'allow_overdraft', 'inflight', 'atomic', 'blnk_rejection_reason']);

/** A text column as row_to_json prints it: quoted, JSON-escaped, UTF-8. */
export function textBytes(text: string | null | undefined): number {
  return text === null || text === undefined ? 4 : Buffer.byteLength(JSON.stringify(text), 'utf8');
}

/**
 * A number as jsonb prints it. Blnk decodes metadata numbers into float64 and Go writes them in
 * their shortest form (the same digits as JavaScript's), which PostgreSQL's numeric then prints
 * in full: 1e+21 as 22 digits, 5e-324 as "0." and 324 more.
 */
function numberText(n: number | bigint): string {
  if (typeof n === 'bigint') return n.toString();
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const [mantissa, exponentText] = Math.abs(n).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  let body: string;
  if (exponent >= digits.length - 1) body = digits + '0'.repeat(exponent - digits.length + 1);
  else if (exponent >= 0) body = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  else body = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return n < 0 ? `-${body}` : body;
}

/**
 * A JSON value in jsonb's text form, in bytes: `{"a": 1, "b": [true, null]}`. Walked with an
 * explicit stack, whatever the depth.
 */
export function jsonbBytes(value: unknown): number {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || item === undefined) bytes += 4;
    else if (typeof item === 'boolean') bytes += item ? 4 : 5;
    else if (typeof item === 'number' || typeof item === 'bigint') bytes += numberText(item).length;
    else if (typeof item === 'string') bytes += textBytes(item);
    else if (Array.isArray(item)) {
      // "[" "]" and ", " between items.
      bytes += 2 + Math.max(item.length - 1, 0) * 2;
      for (const v of item) stack.push(v);
    } else if (typeof item === 'object') {
      const entries = Object.entries(item as Record<string, unknown>).filter(([, v]) => v !== undefined);
      // "{" "}", ", " between entries and ": " after each key.
      bytes += 2 + Math.max(entries.length - 1, 0) * 2;
      for (const [key, v] of entries) {
        bytes += textBytes(key) + 2;
        stack.push(v);
      }
    } else bytes += textBytes(String(item));
  }
  return bytes;
}

function metaBytes(meta: Record<string, unknown> | null | undefined, withoutBlnkKeys: boolean): number {
  if (!meta) return 0;
  if (!withoutBlnkKeys) return jsonbBytes(meta);
  return jsonbBytes(Object.fromEntries(Object.entries(meta).filter(([key]) => !BLNK_KEYS.has(key))));
}

/** The caller's text of each row written for a transaction. */
export function transactionTextBytes(
  fields: {
    description: string | null;
    reference: string;
    currency: string;
    metaData: Record<string, unknown> | null | undefined;
  },
  stored = false,
): number {
  return (
    textBytes(fields.description) +
    textBytes(fields.reference) +
    textBytes(fields.currency) +
    textBytes(fields.currency.toUpperCase()) +
    metaBytes(fields.metaData, stored)
  );
}

export function ledgerTextBytes(fields: { name: string; metaData: Record<string, unknown> | null | undefined }): number {
  return textBytes(fields.name) + metaBytes(fields.metaData, false);
}

export function balanceTextBytes(fields: {
  currency: string;
  indicator?: string | null;
  metaData: Record<string, unknown> | null | undefined;
}): number {
  return textBytes(fields.currency) + textBytes(fields.indicator ?? '') + metaBytes(fields.metaData, false);
}

/** A stored transaction with keys merged into its metadata, as Blnk merges them (top level). */
export function mergedTransactionBytes(row: Transaction, patch: Record<string, unknown>): number {
  return transactionTextBytes({ ...row, metaData: { ...row.metaData, ...patch } }, true);
}

/** A stored balance with keys merged into its metadata (top level, as Blnk merges them). */
export function mergedBalanceBytes(row: Balance, patch: Record<string, unknown>): number {
  return balanceTextBytes({ currency: row.currency, indicator: row.indicator, metaData: { ...row.metaData, ...patch } });
}

/**
 * Refuses input whose text would not fit one row of Blnk's, before anything is sent (or, for a
 * metadata update, before the write). Names the argument, the path into it and the sizes, never
 * the values.
 */
export function assertRowText(
  bytes: number,
  where: { argument: string; path?: string; row: 'transaction' | 'ledger' | 'balance'; merged?: boolean },
): void {
  if (bytes <= ROW_TEXT_MAX_BYTES) return;
  const what =
    where.row === 'transaction'
      ? 'description, reference, currency (counted twice) and metaData'
      : where.row === 'ledger'
        ? 'name and metaData'
        : 'currency, indicator and metaData';
  const at = where.path ? `${where.argument} at ${where.path}` : where.argument;
  throw new GraphQLError(
    `${at}: ${where.merged ? 'merged into what Blnk holds, ' : ''}the ${what} of one ${where.row} row take ${bytes} bytes as PostgreSQL prints them, ` +
      `more than the ${ROW_TEXT_MAX_BYTES} this gateway lets into a Blnk row (Blnk v0.15.2 fails, or for queued writes silently drops, a row near 8000 bytes)`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        limit: ROW_TEXT_LIMIT,
        maxBytes: ROW_TEXT_MAX_BYTES,
        bytes,
        argument: where.argument,
        ...(where.path ? { path: where.path } : {}),
      },
    },
  );
}
