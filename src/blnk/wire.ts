import type { LosslessNumber } from 'lossless-json';
/**
 * Blnk's JSON as it arrives (docs/blnk-contract.md section 4), snake_case, before mapping. An amount
 * is whatever the parser produced: a bigint, a safe-integer number, or (on some surfaces) a
 * digit string; map.ts turns each into a bigint or refuses it.
 */
export type WireAmount = bigint | number | string;
export type WireMeta = Record<string, unknown> | null;

export interface LedgerDto {
  ledger_id: string;
  name: string;
  created_at: string;
  meta_data: WireMeta;
}

export interface IdentityDto {
  identity_id: string;
  identity_type: string;
  organization_name: string;
  category: string;
  first_name: string;
  last_name: string;
  other_names: string;
  gender: string;
  email_address: string;
  phone_number: string;
  nationality: string;
  street: string;
  country: string;
  state: string;
  post_code: string;
  city: string;
  dob: string;
  created_at: string;
  meta_data: WireMeta;
}

export interface BalanceDto {
  balance_id: string;
  balance: WireAmount;
  version?: number | bigint;
  inflight_balance: WireAmount;
  credit_balance: WireAmount;
  inflight_credit_balance: WireAmount;
  debit_balance: WireAmount;
  inflight_debit_balance: WireAmount;
  queued_debit_balance?: WireAmount;
  queued_credit_balance?: WireAmount;
  ledger_id: string;
  identity_id: string;
  indicator?: string;
  currency: string;
  identity?: IdentityDto;
  ledger?: LedgerDto;
  created_at: string;
  inflight_expires_at?: string;
  meta_data: WireMeta;
  track_fund_lineage?: boolean;
  allocation_strategy?: string;
}

export interface TransactionDto {
  transaction_id: string;
  precise_amount: WireAmount;
  amount: number | bigint;
  amount_string?: string;
  precision: WireAmount;
  overdraft_limit?: number | bigint;
  parent_transaction: string;
  source?: string;
  destination?: string;
  reference: string;
  currency: string;
  description?: string;
  status: string;
  hash: string;
  allow_overdraft?: boolean;
  inflight?: boolean;
  skip_queue?: boolean;
  atomic?: boolean;
  created_at: string;
  effective_date?: string;
  scheduled_for?: string;
  inflight_expiry_date?: string;
  inflight_commit_date?: string;
  meta_data?: WireMeta;
}

/** POST /transactions/inflight/bulk/commit|void's answer (api/model BulkInflightResponse). */
export interface BulkInflightResponseDto {
  succeeded: number | bigint;
  failed: number | bigint;
  results: { transaction_id: string; status: string; code?: string; message?: string }[];
}

export interface HistoricalBalanceDto {
  balance: {
    balance: WireAmount;
    debit_balance: WireAmount;
    credit_balance: WireAmount;
    currency: string;
    balance_id: string;
  };
  timestamp: string;
  from_source: boolean;
}

/** POST /{resource}/filter (section 3.1). */
export interface FilterCondition {
  field: string;
  operator: string;
  value?: unknown;
  values?: unknown[];
}

export interface FilterBody {
  filters: FilterCondition[];
  logical_operator?: 'and' | 'or';
  limit?: number;
  offset?: number;
  sort_by?: string;
  sort_order?: 'asc' | 'desc';
  include_count?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Request bodies (section 2). Amounts are bigint and leave as bare JSON integers.

export interface CreateLedgerBody {
  name: string;
  meta_data?: Record<string, unknown>;
}

export interface CreateBalanceBody {
  ledger_id: string;
  currency: string;
  identity_id?: string;
  track_fund_lineage?: boolean;
  allocation_strategy?: string;
  meta_data?: Record<string, unknown>;
}

/** Create and update identity: every field optional; Blnk does not validate values. */
export interface IdentityBody {
  identity_id?: string;
  identity_type?: string;
  organization_name?: string;
  category?: string;
  first_name?: string;
  last_name?: string;
  other_names?: string;
  gender?: string;
  email_address?: string;
  phone_number?: string;
  nationality?: string;
  street?: string;
  country?: string;
  state?: string;
  post_code?: string;
  city?: string;
  dob?: string;
  meta_data?: Record<string, unknown>;
}

export interface LegBody {
  identifier: string;
  distribution?: string;
  /** A string of minor units: Blnk's model.Distribution holds it as a Go string, and a JSON number fails to bind (400). */
  precise_distribution?: string;
}

export interface RecordTransactionBody {
  precise_amount: bigint;
  precision: bigint;
  source?: string;
  destination?: string;
  sources?: LegBody[];
  destinations?: LegBody[];
  reference: string;
  currency: string;
  description: string;
  allow_overdraft?: boolean;
  /** Major units, written digit for digit; Blnk reads a float64. */
  overdraft_limit?: LosslessNumber;
  inflight?: boolean;
  inflight_expiry_date?: string;
  scheduled_for?: string;
  effective_date?: string;
  skip_queue?: boolean;
  meta_data?: Record<string, unknown>;
}

export interface BulkTransactionsBody {
  transactions: RecordTransactionBody[];
  atomic?: boolean;
  inflight?: boolean;
  run_async?: boolean;
  skip_queue?: boolean;
}

export interface BulkResultDto {
  batch_id: string;
  status: string;
  transaction_count?: number | bigint;
  message?: string;
}

export interface InflightUpdateBody {
  status: 'commit' | 'void';
  precise_amount?: bigint;
  skip_queue?: boolean;
}

export interface MonitorDto {
  monitor_id: string;
  balance_id: string;
  description?: string;
  created_at: string;
  condition: { value: number; precision: WireAmount; precise_value: WireAmount | null; field: string; operator: string };
}

export interface MonitorBody {
  balance_id?: string;
  description?: string;
  call_back_url?: string;
  /** `value` is a float64 in Blnk: it is written from an exact decimal, digit for digit. */
  condition?: { field: string; operator: string; value: unknown; precision: bigint };
}
