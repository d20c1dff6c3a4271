import { BlnkError } from './errors.js';
import { BALANCE_FULL_ONLY, TRANSACTION_STATUSES } from './model.js';
import type {
  Balance,
  BalanceMonitor,
  BulkInflightOutcome,
  BulkResult,
  HistoricalBalance,
  Identity,
  Ledger,
  Meta,
  Page,
  Transaction,
  TransactionStatus,
} from './model.js';
import type {
  BalanceDto,
  BulkInflightResponseDto,
  BulkResultDto,
  HistoricalBalanceDto,
  IdentityDto,
  LedgerDto,
  MonitorDto,
  TransactionDto,
  WireAmount,
} from './wire.js';

/** Blnk sent something that is not the shape its contract promises. */
function garbage(what: string): BlnkError {
  return new BlnkError(200, 'UPSTREAM_ERROR', `Blnk sent ${what}`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw garbage(`a non-object ${what}`);
  return value as Record<string, unknown>;
}

function id(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw garbage(`a ${what} without an id`);
  return value;
}

/**
 * Minor units, exactly: a bigint, a safe-integer number or a digit string. A fraction, an
 * unsafe number (already rounded by someone) or anything else is refused, never rounded.
 */
export function amount(value: WireAmount | undefined | null, field: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  throw garbage(`a non-integer amount in ${field}`);
}

/** The largest value of a GraphQL Int. */
export const INT32_MAX = 2 ** 31 - 1;

/**
 * A count, version or other whole number Blnk sends that is not an amount (total_count, version,
 * transaction_count). The parser makes every integer of a body a bigint as soon as one number in
 * it has 16 or more digits (json.ts), so each arrives as a number or a bigint, whichever the rest
 * of the body decided: both are taken, and held to 0..max (a GraphQL Int by default). Anything
 * else is refused loudly rather than read as null.
 */
export function wholeNumber(value: unknown, field: string, max: number = INT32_MAX): number {
  const n = typeof value === 'bigint' ? value : typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : null;
  if (n === null) throw garbage(`a ${field} that is not a whole number`);
  if (n < 0n || n > BigInt(max)) throw garbage(`a ${field} out of range (0 to ${max})`);
  return Number(n);
}

/**
 * The integer a float64 from Blnk names, or null when it names none (a fraction, or not a
 * finite number). The float is taken at its shortest decimal form, the one Go writes and
 * Blnk's decimal.NewFromFloat computes amount_string with, so `1e+23` is 10^23.
 */
export function integerOfFloat(value: number): bigint | null {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return null;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e\+(\d+))?$/.exec(String(value));
  if (!m) return null;
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[2]}${fraction}`) * 10n ** BigInt(Number(m[4] ?? 0) - fraction.length);
  return m[1] === '-' ? -digits : digits;
}

/**
 * A precision as Blnk keeps it: a float64, so any client may have left one that Go writes in
 * exponent form (`1e+21`, from 10^21 up) or as a fraction. Never refused, so one such row never
 * fails a page: an integer in any form is that integer; anything else is null.
 */
export function precision(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return integerOfFloat(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  return null;
}

/** A float64 as the plain decimal it names (Go may write it in exponent form). */
export function decimalOfFloat(value: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return '0';
  const digits = `${m[2]}${m[3] ?? ''}`;
  const point = m[2]!.length + Number(m[4] ?? 0);
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  text = text.replace(/^0+(?=\d)/, '');
  return `${m[1]}${text}`;
}

const GO_ZERO_TIME = /^0001-01-01T00:00:00(\.0+)?(Z|[+-]00:00)$/;

/** RFC 3339 → Date; Go's zero time (and an absent or unparsable one) → null. */
export function time(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '' || GO_ZERO_TIME.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function meta(value: unknown): Meta {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Meta) : null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const orNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function toLedger(raw: unknown): Ledger {
  const d = record(raw, 'ledger') as unknown as LedgerDto;
  return { id: id(d.ledger_id, 'ledger'), name: text(d.name), createdAt: time(d.created_at), metaData: meta(d.meta_data) };
}

export function toIdentity(raw: unknown): Identity {
  const d = record(raw, 'identity') as unknown as IdentityDto;
  return {
    id: id(d.identity_id, 'identity'),
    identityType: orNull(d.identity_type),
    organizationName: orNull(d.organization_name),
    category: orNull(d.category),
    firstName: orNull(d.first_name),
    lastName: orNull(d.last_name),
    otherNames: orNull(d.other_names),
    gender: orNull(d.gender),
    emailAddress: orNull(d.email_address),
    phoneNumber: orNull(d.phone_number),
    nationality: orNull(d.nationality),
    street: orNull(d.street),
    country: orNull(d.country),
    state: orNull(d.state),
    postCode: orNull(d.post_code),
    city: orNull(d.city),
    dob: time(d.dob),
    createdAt: time(d.created_at),
    metaData: meta(d.meta_data),
  };
}

/** `complete`: the row came from GET /balances/:id, so version and friends are real; else they are absent. */
export function toBalance(raw: unknown, complete: boolean): Balance {
  const d = record(raw, 'balance') as unknown as BalanceDto;
  const out: Balance = {
    id: id(d.balance_id, 'balance'),
    balance: amount(d.balance, 'balance'),
    creditBalance: amount(d.credit_balance, 'credit_balance'),
    debitBalance: amount(d.debit_balance, 'debit_balance'),
    inflightBalance: amount(d.inflight_balance, 'inflight_balance'),
    inflightCreditBalance: amount(d.inflight_credit_balance, 'inflight_credit_balance'),
    inflightDebitBalance: amount(d.inflight_debit_balance, 'inflight_debit_balance'),
    queuedCreditBalance: d.queued_credit_balance === undefined ? null : amount(d.queued_credit_balance, 'queued_credit_balance'),
    queuedDebitBalance: d.queued_debit_balance === undefined ? null : amount(d.queued_debit_balance, 'queued_debit_balance'),
    currency: text(d.currency),
    indicator: orNull(d.indicator),
    ledgerId: text(d.ledger_id),
    identityId: orNull(d.identity_id),
    version: d.version === undefined || d.version === null ? 0 : wholeNumber(d.version, 'version'),
    trackFundLineage: d.track_fund_lineage === true,
    allocationStrategy: orNull(d.allocation_strategy),
    createdAt: time(d.created_at),
    inflightExpiresAt: time(d.inflight_expires_at),
    metaData: meta(d.meta_data),
  };
  if (!complete) out.absent = BALANCE_FULL_ONLY;
  if (d.ledger) out.ledger = toLedger(d.ledger);
  if (d.identity) out.identity = toIdentity(d.identity);
  return out;
}

export function toTransaction(raw: unknown): Transaction {
  const d = record(raw, 'transaction') as unknown as TransactionDto;
  const status = TRANSACTION_STATUSES.includes(d.status as TransactionStatus) ? (d.status as TransactionStatus) : null;
  if (!status) throw garbage(`an unknown transaction status`);
  const metaData = meta(d.meta_data);
  return {
    id: id(d.transaction_id, 'transaction'),
    preciseAmount: amount(d.precise_amount, 'precise_amount'),
    precision: precision(d.precision),
    fractionalPrecision:
      typeof d.precision === 'number' && Number.isFinite(d.precision) && !Number.isInteger(d.precision)
        ? decimalOfFloat(d.precision)
        : null,
    parentTransactionId: orNull(d.parent_transaction),
    sourceId: orNull(d.source),
    destinationId: orNull(d.destination),
    reference: text(d.reference),
    currency: text(d.currency),
    description: orNull(d.description),
    status,
    hash: orNull(d.hash),
    // On reads Blnk keeps these flags in meta_data (section 4.4).
    inflight: d.inflight === true || metaData?.inflight === true,
    allowOverdraft: d.allow_overdraft === true || metaData?.allow_overdraft === true,
    overdraftLimit:
      typeof d.overdraft_limit === 'number'
        ? decimalOfFloat(d.overdraft_limit)
        : typeof d.overdraft_limit === 'bigint'
          ? String(d.overdraft_limit)
          : '0',
    skipQueue: d.skip_queue === true,
    atomic: d.atomic === true,
    amountString: typeof d.amount_string === 'string' && d.amount_string !== '' ? d.amount_string : null,
    createdAt: time(d.created_at),
    effectiveDate: time(d.effective_date),
    scheduledFor: time(d.scheduled_for),
    inflightExpiryDate: time(d.inflight_expiry_date),
    inflightCommitDate: time(d.inflight_commit_date),
    metaData,
  };
}

export function toHistoricalBalance(raw: unknown): HistoricalBalance {
  const d = record(raw, 'historical balance') as unknown as HistoricalBalanceDto;
  const b = record(d.balance, 'historical balance');
  return {
    balanceId: id(b.balance_id, 'historical balance'),
    balance: amount(b.balance as WireAmount, 'balance'),
    creditBalance: amount(b.credit_balance as WireAmount, 'credit_balance'),
    debitBalance: amount(b.debit_balance as WireAmount, 'debit_balance'),
    currency: text(b.currency),
    timestamp: time(d.timestamp),
  };
}

/** A list or filter answer: an array, `null` for empty, or `{data, total_count}`. */
export function toRows(raw: unknown): unknown[] {
  if (raw === null) return [];
  if (Array.isArray(raw)) return raw;
  const wrapped = record(raw, 'list');
  if (wrapped.data === null || wrapped.data === undefined) return [];
  if (Array.isArray(wrapped.data)) return wrapped.data;
  throw garbage('a list that is not a list');
}

export function toMonitor(raw: unknown): BalanceMonitor {
  const d = record(raw, 'balance monitor') as unknown as MonitorDto;
  const c = record(d.condition, 'monitor condition');
  const value = c.value;
  return {
    id: id(d.monitor_id, 'balance monitor'),
    balanceId: text(d.balance_id),
    description: orNull(d.description),
    createdAt: time(d.created_at),
    condition: {
      field: text(c.field),
      operator: text(c.operator),
      value: typeof value === 'number' ? decimalOfFloat(value) : typeof value === 'bigint' ? String(value) : '0',
      precision: c.precision === null || c.precision === undefined ? 0n : precision(c.precision),
      preciseValue:
        c.precise_value === null || c.precise_value === undefined ? null : amount(c.precise_value as WireAmount, 'precise_value'),
    },
  };
}

/** The per-id results of a bulk commit or void, in input order; Blnk's messages are dropped. */
export function toBulkInflight(raw: unknown): BulkInflightOutcome[] {
  const d = record(raw, 'bulk inflight answer') as unknown as BulkInflightResponseDto;
  if (!Array.isArray(d.results)) throw garbage('a bulk inflight answer without results');
  return d.results.map((r) => {
    const row = record(r, 'bulk inflight result');
    const status = row.status;
    if (status !== 'succeeded' && status !== 'queued' && status !== 'failed') throw garbage('an unknown bulk inflight status');
    return { id: id(row.transaction_id, 'bulk inflight result'), status, code: orNull(row.code) };
  });
}

export function toBulkResult(raw: unknown): BulkResult {
  const d = record(raw, 'bulk result') as unknown as BulkResultDto;
  return {
    batchId: id(d.batch_id, 'bulk result'),
    status: text(d.status),
    transactionCount:
      d.transaction_count === undefined || d.transaction_count === null ? null : wholeNumber(d.transaction_count, 'transaction_count'),
  };
}

/** A filter answer with a count: Core's `{data, total_count}` or Cloud's `{data, total}`. */
export function toPage<T>(raw: unknown, map: (row: unknown) => T, counted: boolean): Page<T> {
  const rows = toRows(raw).map(map);
  if (!counted) return { rows, totalCount: null, totalCountIsEstimate: false };
  // Core says total_count (absent when nothing matched); Cloud says total.
  const wrapped = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { total_count?: unknown; total?: unknown }) : {};
  const total = wrapped.total_count ?? wrapped.total;
  if (total === undefined || total === null) return { rows, totalCount: rows.length === 0 ? 0 : null, totalCountIsEstimate: false };
  return { rows, totalCount: wholeNumber(total, 'total_count'), totalCountIsEstimate: false };
}
