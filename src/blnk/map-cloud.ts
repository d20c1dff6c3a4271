import { BlnkError } from './errors.js';
import { minorOrAbsent, preciseAmountOf } from './cloud-units.js';
import { toBalance, toIdentity, toLedger, toTransaction } from './map.js';
import type { Absent, Balance, Identity, Ledger, Transaction } from './model.js';

/**
 * Blnk Cloud's rows (Data API and Filters API) as the gateway's objects. These rows are thin:
 * each holds only some of Core's keys (cloud/proxy/filters-api.mdx "Response format", seed 000).
 * What a row holds is mapped as Core's mapping does (map.ts, strict); what it lacks is recorded
 * in `absent`, its value a placeholder that no reader takes as a fact (model.ts `lacks`).
 * Amounts follow cloud-units.ts.
 */

/** Which Cloud surface a row came from: its unit rules differ (cloud-units.ts). */
export type CloudSurface = 'data' | 'filters';

type Row = Record<string, unknown>;

function row(raw: unknown, what: string): Row {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new BlnkError(200, 'UPSTREAM_ERROR', `Blnk Cloud sent a non-object ${what}`);
  return raw as Row;
}

/**
 * Fills each key the row lacks with a placeholder Core's mapping accepts, and names the domain
 * field(s) it stands for in `absent`.
 */
function fill(d: Row, keys: Record<string, { field: string | readonly string[]; placeholder: unknown }>, absent: Set<string>): Row {
  const out: Row = { ...d };
  for (const [key, { field, placeholder }] of Object.entries(keys)) {
    if (key in d) continue;
    out[key] = placeholder;
    for (const f of typeof field === 'string' ? [field] : field) absent.add(f);
  }
  return out;
}

const BALANCE_AMOUNTS: Record<string, string> = {
  balance: 'balance',
  credit_balance: 'creditBalance',
  debit_balance: 'debitBalance',
  inflight_balance: 'inflightBalance',
  inflight_credit_balance: 'inflightCreditBalance',
  inflight_debit_balance: 'inflightDebitBalance',
};

const BALANCE_KEYS = {
  currency: { field: 'currency', placeholder: '' },
  indicator: { field: 'indicator', placeholder: '' },
  ledger_id: { field: 'ledgerId', placeholder: '' },
  identity_id: { field: 'identityId', placeholder: '' },
  version: { field: 'version', placeholder: 0 },
  track_fund_lineage: { field: 'trackFundLineage', placeholder: false },
  allocation_strategy: { field: 'allocationStrategy', placeholder: '' },
  created_at: { field: 'createdAt', placeholder: '' },
  inflight_expires_at: { field: 'inflightExpiresAt', placeholder: '' },
  meta_data: { field: 'metaData', placeholder: null },
} as const;

/**
 * A balance row of the Data API (its amounts are major units without a precision: always
 * absent) or of the Filters API (minor integers; anything else absent).
 */
export function cloudBalance(raw: unknown, surface: CloudSurface): Balance {
  const d = row(raw, 'balance');
  const absent = new Set<string>();
  const filled = fill(d, BALANCE_KEYS, absent);
  for (const [key, field] of Object.entries(BALANCE_AMOUNTS)) {
    const minor = surface === 'filters' && key in d ? minorOrAbsent(d[key]) : null;
    if (minor === null) absent.add(field);
    filled[key] = minor ?? 0n;
  }
  // Queued amounts are null unless fetched with with_queued (model.ts): no Cloud row holds them.
  delete filled.queued_credit_balance;
  delete filled.queued_debit_balance;
  delete filled.ledger;
  delete filled.identity;
  const balance = toBalance(filled, true);
  balance.absent = absent;
  return balance;
}

const TRANSACTION_KEYS = {
  precision: { field: ['precision', 'fractionalPrecision'], placeholder: 0 },
  parent_transaction: { field: 'parentTransactionId', placeholder: '' },
  source: { field: 'sourceId', placeholder: '' },
  destination: { field: 'destinationId', placeholder: '' },
  reference: { field: 'reference', placeholder: '' },
  currency: { field: 'currency', placeholder: '' },
  description: { field: 'description', placeholder: '' },
  status: { field: 'status', placeholder: 'APPLIED' },
  hash: { field: 'hash', placeholder: '' },
  created_at: { field: 'createdAt', placeholder: '' },
  effective_date: { field: 'effectiveDate', placeholder: '' },
  // Core's reads keep the overdraft and inflight flags in meta_data (map.ts).
  meta_data: { field: ['metaData', 'inflight', 'allowOverdraft'], placeholder: null },
} as const;

/** A transaction row of either surface: preciseAmount per cloud-units.ts, absent when unknowable. */
export function cloudTransaction(raw: unknown): Transaction {
  const d = row(raw, 'transaction');
  const absent = new Set<string>();
  const filled = fill(d, TRANSACTION_KEYS, absent);
  const precise = preciseAmountOf(d);
  if (precise === null) absent.add('preciseAmount');
  filled.precise_amount = precise ?? 0n;
  const transaction = toTransaction(filled);
  transaction.absent = absent;
  return transaction;
}

const LEDGER_KEYS = {
  name: { field: 'name', placeholder: '' },
  created_at: { field: 'createdAt', placeholder: '' },
  meta_data: { field: 'metaData', placeholder: null },
} as const;

export function cloudLedger(raw: unknown): Ledger {
  const absent = new Set<string>();
  const ledger = toLedger(fill(row(raw, 'ledger'), LEDGER_KEYS, absent));
  ledger.absent = absent;
  return ledger;
}

const IDENTITY_FIELDS = [
  ['identity_type', 'identityType'],
  ['organization_name', 'organizationName'],
  ['category', 'category'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['other_names', 'otherNames'],
  ['gender', 'gender'],
  ['email_address', 'emailAddress'],
  ['phone_number', 'phoneNumber'],
  ['nationality', 'nationality'],
  ['street', 'street'],
  ['country', 'country'],
  ['state', 'state'],
  ['post_code', 'postCode'],
  ['city', 'city'],
  ['dob', 'dob'],
  ['created_at', 'createdAt'],
] as const;

const IDENTITY_KEYS: Record<string, { field: string; placeholder: unknown }> = {
  ...Object.fromEntries(IDENTITY_FIELDS.map(([key, field]) => [key, { field, placeholder: '' }])),
  meta_data: { field: 'metaData', placeholder: null },
};

export function cloudIdentity(raw: unknown): Identity {
  const absent = new Set<string>();
  const identity = toIdentity(fill(row(raw, 'identity'), IDENTITY_KEYS, absent));
  identity.absent = absent;
  return identity;
}

/** Whether a row lacks a field of `needs` (every field it lacks when `needs` is undefined), beyond `ignored`. */
export function lacksNeeded(absent: Absent | undefined, needs: ReadonlySet<string> | undefined, ignored: Absent = new Set()): boolean {
  if (!absent) return false;
  for (const f of absent) if (!ignored.has(f) && (needs === undefined || needs.has(f))) return true;
  return false;
}
