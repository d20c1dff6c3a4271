import { ApiError, pgError } from './errors.js';
import type { Json } from './json.js';
import type { BalanceRow, LedgerRow, MetaData, Store, TransactionRow } from './store.js';
import { formatTime, GO_ZERO_TIME } from './time.js';
import type { Micros } from './time.js';

/**
 * Blnk v0.15.2 announces every row inserted into `transactions`, `ledgers` and `balances`, and
 * every update of a `balances` row, with `pg_notify('data_change', <payload>)` from a trigger
 * (its `capture_changes`), the payload being `{"table" : "<table>", "data" : <row_to_json(NEW)>}`.
 * PostgreSQL refuses a payload of 8000 bytes or more (22023 "payload string too long"), which
 * fails the statement: real Blnk answers 500 for such a ledger, balance or skip_queue transaction,
 * writes nothing for a queued one after its 201, and fails every later transfer that would update
 * a balance whose row grew past it. The sandbox prints each row as PostgreSQL would, in column
 * order, and refuses the same writes. Identities, and updates of ledgers and transactions, are not
 * announced.
 */
const NOTIFY_PAYLOAD_LIMIT = 8000;

/** The refusal, as Blnk marshals the pgconn error into `error_detail.details`. */
export class NotifyRefused extends ApiError {
  constructor(message: string) {
    super('GEN_INTERNAL', message, {
      details: pgError({
        code: '22023',
        message: 'payload string too long',
        // Blnk sets search_path to its schema on one pooled connection only: a statement that
        // runs there names the function without it (the replay allows either, allow-list.ts).
        where:
          'SQL statement "SELECT pg_notify(\'data_change\', payload::text)"\nPL/pgSQL function blnk.capture_changes() line 9 at PERFORM',
        file: 'async.c',
        line: '654',
        routine: 'Async_Notify',
      }),
    });
  }
}

/**
 * A timestamp without time zone as row_to_json prints it, in bytes: `"2026-12-05T13:09:51.468118"`,
 * Go's zero time `"0001-01-01T00:00:00"` when unset. Real Blnk's times carry microseconds; the
 * sandbox's clock has milliseconds, whose trailing zeros would print shorter: all six places count.
 */
function timestamp(us: Micros | null): number {
  const printed = us === null ? GO_ZERO_TIME.replace(/Z$/, '') : `${formatTime(us).slice(0, 19)}.000000`;
  return printed.length + 2;
}

/**
 * A number as PostgreSQL's numeric prints it after Go wrote it as a float64 in its shortest
 * form: every digit, no exponent (1e+21 is 22 digits).
 */
function numeric(value: number | bigint): string {
  const n = Number(value);
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

/** A string as PostgreSQL's JSON output writes it (quoted, escaped), in UTF-8 bytes. */
const stringBytes = (value: string) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * The bytes of jsonb's text form, `{"a": 1, "b": [true, null]}`: a space after ':' and ',',
 * numbers in full. Walked with an explicit stack, whatever the depth.
 */
export function jsonbBytes(value: Json | MetaData): number {
  let bytes = 0;
  const stack: Json[] = [value];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === null) bytes += 4;
    else if (typeof item === 'boolean') bytes += item ? 4 : 5;
    else if (typeof item === 'number' || typeof item === 'bigint') bytes += numeric(item).length;
    else if (typeof item === 'string') bytes += stringBytes(item);
    else if (Array.isArray(item)) {
      bytes += 2 + Math.max(item.length - 1, 0) * 2;
      for (const v of item) stack.push(v);
    } else {
      const entries = Object.entries(item);
      bytes += 2 + Math.max(entries.length - 1, 0) * 2;
      for (const [key, v] of entries) {
        bytes += stringBytes(key) + 2;
        stack.push(v);
      }
    }
  }
  return bytes;
}

const text = (value: string | null) => (value === null ? 4 : stringBytes(value));
/** A column Blnk leaves NULL when it is empty. */
const nullable = (value: string) => (value === '' ? 4 : stringBytes(value));
const meta = (value: MetaData) => (value === null ? 4 : jsonbBytes(value));
const digits = (value: bigint | number) => String(value).length;

/** `{"table" : "<table>", "data" : {"<column>":<value>,…}}`, in bytes. */
function payload(table: string, columns: [string, number][]): number {
  const row = 2 + Math.max(columns.length - 1, 0) + columns.reduce((sum, [name, bytes]) => sum + name.length + 3 + bytes, 0);
  return `{"table" : "${table}", "data" : }`.length + row;
}

/** The serial `id` column: the sandbox has none, so the row count stands in for its digits. */
const serial = (count: number) => digits(count + 1);

export function ledgerPayloadBytes(store: Store, row: LedgerRow): number {
  return payload('ledgers', [
    ['id', serial(store.ledgers.size)],
    ['name', text(row.name)],
    ['ledger_id', text(row.ledger_id)],
    ['created_at', timestamp(row.created_at)],
    ['meta_data', meta(row.meta_data)],
  ]);
}

export function balancePayloadBytes(store: Store, row: BalanceRow): number {
  return payload('balances', [
    ['id', serial(store.balances.size)],
    ['balance_id', text(row.balance_id)],
    ['indicator', nullable(row.indicator)],
    ['balance', digits(row.credit_balance - row.debit_balance)],
    ['credit_balance', digits(row.credit_balance)],
    ['debit_balance', digits(row.debit_balance)],
    ['currency', text(row.currency)],
    ['ledger_id', text(row.ledger_id)],
    ['identity_id', nullable(row.identity_id)],
    ['created_at', timestamp(row.created_at)],
    ['meta_data', meta(row.meta_data)],
    ['version', digits(row.version + 1)],
    ['inflight_balance', digits(row.inflight_credit_balance - row.inflight_debit_balance)],
    ['inflight_credit_balance', digits(row.inflight_credit_balance)],
    ['inflight_debit_balance', digits(row.inflight_debit_balance)],
    ['track_fund_lineage', row.track_fund_lineage ? 4 : 5],
    ['allocation_strategy', text(row.allocation_strategy)],
  ]);
}

export function transactionPayloadBytes(store: Store, row: TransactionRow): number {
  const precision = row.precision > 0n ? row.precision : 1n;
  return payload('transactions', [
    ['id', serial(store.transactions.size)],
    ['transaction_id', text(row.transaction_id)],
    ['source', text(row.source)],
    ['destination', text(row.destination)],
    ['description', text(row.description)],
    ['reference', text(row.reference)],
    ['amount', numeric(Number(row.precise_amount) / Number(precision)).length],
    ['currency', text(row.currency)],
    ['status', text(row.status)],
    ['hash', text(row.hash)],
    ['created_at', timestamp(row.created_at)],
    ['scheduled_for', timestamp(row.scheduled_for)],
    ['meta_data', meta(row.meta_data)],
    ['precise_amount', digits(row.precise_amount)],
    ['precision', digits(row.precision)],
    ['parent_transaction', text(row.parent_transaction)],
    ['effective_date', timestamp(row.effective_date)],
    ['chain_seq', 4],
    ['chain_prev_hash', 4],
    ['chain_hash', 4],
  ]);
}

export const tooLong = (bytes: number): boolean => bytes >= NOTIFY_PAYLOAD_LIMIT;
