/**
 * The gateway's view of Blnk's objects: camelCase, money as bigint, Go's zero time and Blnk's
 * "" for "none" already turned into null. GraphQL types resolve from these.
 */
export type Meta = Record<string, unknown> | null;

/**
 * The domain fields a row lacks because the route that served it does not hold them (a Cloud
 * Data or Filters API row, a Core filter row without version): the values there are
 * placeholders, never facts. Readers check `lacks` before reading one, and load the field from
 * the route that has it. One mechanism for every thin row, Core's filter rows included.
 */
export type Absent = ReadonlySet<string>;

/** Whether the row lacks `field` (its value is a placeholder). */
export function lacks(row: { absent?: Absent }, field: string): boolean {
  return row.absent?.has(field) === true;
}

/** Whether the row lacks any of `fields`. */
export function lacksAny(row: { absent?: Absent }, fields: Iterable<string>): boolean {
  if (!row.absent || row.absent.size === 0) return false;
  for (const f of fields) if (row.absent.has(f)) return true;
  return false;
}

/** What only Core's GET /balances/{id} holds: its filter rows lack these (docs/blnk-contract.md section 4.1). */
export const BALANCE_FULL_ONLY: Absent = new Set(['version', 'trackFundLineage', 'allocationStrategy']);

export interface Ledger {
  id: string;
  name: string;
  createdAt: Date | null;
  metaData: Meta;
  absent?: Absent;
}

/** Blnk writes "" for every unset identity field; here that is null. */
export interface Identity {
  id: string;
  identityType: string | null;
  organizationName: string | null;
  category: string | null;
  firstName: string | null;
  lastName: string | null;
  otherNames: string | null;
  gender: string | null;
  emailAddress: string | null;
  phoneNumber: string | null;
  nationality: string | null;
  street: string | null;
  country: string | null;
  state: string | null;
  postCode: string | null;
  city: string | null;
  dob: Date | null;
  createdAt: Date | null;
  metaData: Meta;
  absent?: Absent;
}

/**
 * A balance from a list or filter row lacks version, lineage, strategy and queued amounts
 * (docs/blnk-contract.md section 4.1): `absent` names them (queued amounts are null when not
 * fetched). A Cloud row may lack more (its amounts, its indicator): `absent` names those too.
 */
export interface Balance {
  id: string;
  balance: bigint;
  creditBalance: bigint;
  debitBalance: bigint;
  inflightBalance: bigint;
  inflightCreditBalance: bigint;
  inflightDebitBalance: bigint;
  /** Present only when fetched with with_queued=true. */
  queuedCreditBalance: bigint | null;
  queuedDebitBalance: bigint | null;
  currency: string;
  indicator: string | null;
  ledgerId: string;
  identityId: string | null;
  version: number;
  trackFundLineage: boolean;
  allocationStrategy: string | null;
  createdAt: Date | null;
  /** Blnk's inflight_expires_at; null for Go's zero time (v0.15.2 never sets it). */
  inflightExpiresAt: Date | null;
  metaData: Meta;
  /** The fields this row lacks (placeholders): empty or unset for GET /balances/{id}'s full row. */
  absent?: Absent;
  /** Set when the route does not select meta_data (balance by indicator), so null means unknown. */
  metaDataOmitted?: true;
  /** Objects that arrived with the balance through `include`. */
  ledger?: Ledger;
  identity?: Identity;
}

export interface HistoricalBalance {
  balanceId: string;
  balance: bigint;
  creditBalance: bigint;
  debitBalance: bigint;
  currency: string;
  timestamp: Date | null;
}

export const TRANSACTION_STATUSES = ['QUEUED', 'APPLIED', 'INFLIGHT', 'VOID', 'COMMIT', 'REJECTED', 'SCHEDULED', 'EXPIRED'] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export interface Transaction {
  id: string;
  preciseAmount: bigint;
  /**
   * 0 when read by reference, where Blnk does not select it; null when Blnk holds a precision
   * that names no integer (a fraction another client wrote).
   */
  precision: bigint | null;
  /** When precision is null: Blnk's float as the exact decimal it names (`2.5`), else null. */
  fractionalPrecision: string | null;
  parentTransactionId: string | null;
  sourceId: string | null;
  destinationId: string | null;
  reference: string;
  currency: string;
  description: string | null;
  status: TransactionStatus;
  hash: string | null;
  inflight: boolean;
  allowOverdraft: boolean;
  /**
   * Blnk's overdraft_limit (a float64 of major units) as the decimal it printed; Blnk stores no
   * such column, so only the answer to the write that sent it carries more than 0.
   */
  overdraftLimit: string;
  /** Sent with the write; Blnk stores neither, so reads say false. */
  skipQueue: boolean;
  atomic: boolean;
  /** Blnk's amount_string: only on the answer to a write made with precise_amount. */
  amountString: string | null;
  createdAt: Date | null;
  effectiveDate: Date | null;
  scheduledFor: Date | null;
  inflightExpiryDate: Date | null;
  inflightCommitDate: Date | null;
  metaData: Meta;
  absent?: Absent;
}

export interface BalanceMonitor {
  id: string;
  balanceId: string;
  description: string | null;
  createdAt: Date | null;
  condition: {
    field: string;
    operator: string;
    /** Blnk's float64 value in major units, as the decimal Blnk printed. */
    value: string;
    /** 0 and null on the list endpoint, which does not select them; null for a fractional one. */
    precision: bigint | null;
    preciseValue: bigint | null;
  };
}

export interface BulkResult {
  batchId: string;
  /** `applied`, `inflight`, or `processing` for an asynchronous batch. */
  status: string;
  transactionCount: number | null;
}

/** One id of POST /transactions/inflight/bulk/commit|void, as Blnk answered it. */
export interface BulkInflightOutcome {
  id: string;
  /** succeeded (skip_queue), queued (the queue will act), or failed. */
  status: 'succeeded' | 'queued' | 'failed';
  /** Blnk's stable code: NOT_FOUND, ALREADY_COMMITTED, ALREADY_VOIDED, NOT_INFLIGHT, INVALID_AMOUNT, LOCKED, INTERNAL_ERROR, QUEUED, ALREADY_QUEUED; null on success. */
  code: string | null;
}

/** A page of a filter endpoint; `totalCount` only when it was asked for. */
export interface Page<T> {
  rows: T[];
  totalCount: number | null;
  /** Blnk Cloud said `totalCount` was an estimate (`total_is_estimate`); Core always counts exactly. */
  totalCountIsEstimate: boolean;
}
