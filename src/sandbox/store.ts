import type { LineageMapping } from './lineage.js';
import type { Json } from './json.js';
import type { Micros } from './time.js';

/** In-memory rows, shaped like Blnk's tables rather than its JSON: amounts are bigint. */
export type MetaData = { [key: string]: Json } | null;

export interface LedgerRow {
  ledger_id: string;
  name: string;
  created_at: Micros;
  meta_data: MetaData;
}

export interface BalanceRow {
  balance_id: string;
  ledger_id: string;
  /** "" when none: Blnk COALESCEs the NULL column to an empty string. */
  identity_id: string;
  indicator: string;
  currency: string;
  credit_balance: bigint;
  debit_balance: bigint;
  inflight_credit_balance: bigint;
  inflight_debit_balance: bigint;
  version: number;
  created_at: Micros;
  meta_data: MetaData;
  track_fund_lineage: boolean;
  allocation_strategy: string;
}

export const IDENTITY_STRING_FIELDS = [
  'identity_type',
  'organization_name',
  'category',
  'first_name',
  'last_name',
  'other_names',
  'gender',
  'email_address',
  'phone_number',
  'nationality',
  'street',
  'country',
  'state',
  'post_code',
  'city',
] as const;

export type IdentityStringField = (typeof IDENTITY_STRING_FIELDS)[number];

export type IdentityRow = { identity_id: string; dob: Micros | null; created_at: Micros; meta_data: MetaData } & Record<
  IdentityStringField,
  string
>;

export type TransactionStatus = 'QUEUED' | 'APPLIED' | 'INFLIGHT' | 'VOID' | 'COMMIT' | 'REJECTED' | 'SCHEDULED';

export interface Leg {
  identifier: string;
  distribution: string;
  /** A Go string in model.Distribution, echoed as sent. */
  precise_distribution?: string;
  transaction_id: string;
}

export interface TransactionRow {
  transaction_id: string;
  parent_transaction: string;
  source: string;
  destination: string;
  reference: string;
  currency: string;
  description: string;
  status: TransactionStatus;
  precise_amount: bigint;
  precision: bigint;
  overdraft_limit: number;
  hash: string;
  created_at: Micros;
  effective_date: Micros;
  scheduled_for: Micros | null;
  inflight_expiry_date: Micros | null;
  inflight_commit_date: Micros | null;
  meta_data: MetaData;
  /** What an inflight hold has released so far, by commit or void; not a Blnk column. */
  hold?: { committed: bigint; voided: boolean; pending: boolean };
}

export interface MonitorRow {
  monitor_id: string;
  balance_id: string;
  description: string;
  call_back_url: string;
  created_at: Micros;
  condition: { field: string; operator: string; value: number; precision: bigint; precise_value: bigint };
  meta_data: MetaData;
}

/** One posting to one balance, kept so `/balances/:id/at` can replay history by effective date. */
export interface JournalEntry {
  balance_id: string;
  effective_date: Micros;
  credit: bigint;
  debit: bigint;
}

export const GENERAL_LEDGER_ID = 'general_ledger_id';

/** A new, empty balance as Blnk creates one: zero amounts, version 0, FIFO, no metadata. */
export function newBalanceRow(
  fields: Pick<BalanceRow, 'balance_id' | 'ledger_id' | 'currency' | 'created_at'> & Partial<BalanceRow>,
): BalanceRow {
  return {
    identity_id: '',
    indicator: '',
    credit_balance: 0n,
    debit_balance: 0n,
    inflight_credit_balance: 0n,
    inflight_debit_balance: 0n,
    version: 0,
    meta_data: null,
    track_fund_lineage: false,
    allocation_strategy: 'FIFO',
    ...fields,
  };
}

export class Store {
  readonly ledgers = new Map<string, LedgerRow>();
  readonly balances = new Map<string, BalanceRow>();
  readonly identities = new Map<string, IdentityRow>();
  /** Tokenized PII: token → original value (the sandbox's stand-in for Blnk's AES key). */
  readonly tokens = new Map<string, string>();
  /** Fund lineage mappings (Blnk's lineage_mappings table), oldest first (lineage.ts). */
  readonly lineage: LineageMapping[] = [];
  readonly transactions = new Map<string, TransactionRow>();
  readonly monitors = new Map<string, MonitorRow>();
  readonly journal: JournalEntry[] = [];
  /** reference → transaction id; Blnk's unique index on reference (0.13.2+). */
  readonly references = new Map<string, string>();
  /** `${indicator}\u0000${currency}` → balance id; the unique_indicator_currency constraint. */
  readonly indicators = new Map<string, string>();

  constructor(createdAt: Micros) {
    // A migration seeds the built-in ledger with an empty object as its metadata.
    this.ledgers.set(GENERAL_LEDGER_ID, {
      ledger_id: GENERAL_LEDGER_ID,
      name: 'General Ledger',
      created_at: createdAt,
      meta_data: {},
    });
  }

  insertTransaction(row: TransactionRow): void {
    this.transactions.set(row.transaction_id, row);
    this.references.set(row.reference, row.transaction_id);
  }

  insertBalance(row: BalanceRow): void {
    this.balances.set(row.balance_id, row);
    if (row.indicator) this.indicators.set(indicatorKey(row.indicator, row.currency), row.balance_id);
  }

  balanceByIndicator(indicator: string, currency: string): BalanceRow | undefined {
    const id = this.indicators.get(indicatorKey(indicator, currency));
    return id === undefined ? undefined : this.balances.get(id);
  }

  childrenOf(parentId: string): TransactionRow[] {
    const out: TransactionRow[] = [];
    for (const row of this.transactions.values()) if (row.parent_transaction === parentId) out.push(row);
    return out;
  }
}

function indicatorKey(indicator: string, currency: string): string {
  return `${indicator}\u0000${currency}`;
}

export const balanceOf = (b: BalanceRow): bigint => b.credit_balance - b.debit_balance;
export const inflightOf = (b: BalanceRow): bigint => b.inflight_credit_balance - b.inflight_debit_balance;
