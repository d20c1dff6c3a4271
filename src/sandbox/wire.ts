import type { Json } from './json.js';
import { balanceOf, inflightOf } from './store.js';
import type { BalanceRow, IdentityRow, LedgerRow, Leg, MonitorRow, TransactionRow } from './store.js';
import { IDENTITY_STRING_FIELDS } from './store.js';
import { GO_ZERO_TIME, formatTime } from './time.js';
import { exactDecimal } from './money.js';

/**
 * Rows → Blnk's JSON, in Go's field order, with the field set each endpoint really fills in
 * (docs/blnk-contract.md section 4). Which variant a route uses is the route's choice.
 */
type Obj = { [key: string]: Json };

/**
 * meta_data is a Go map, which encoding/json always writes with its keys sorted (and PostgreSQL's
 * JSONB stores them so): every level of it, whatever order the client sent.
 */
export function sortedJson<T extends Json | undefined>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortedJson(v)) as T;
  if (value && typeof value === 'object') {
    const out: Obj = {};
    for (const key of Object.keys(value).sort()) out[key] = sortedJson((value as Obj)[key]!);
    return out as T;
  }
  return value;
}

export function ledgerJson(l: LedgerRow): Obj {
  return { ledger_id: l.ledger_id, name: l.name, created_at: formatTime(l.created_at), meta_data: sortedJson(l.meta_data) };
}

export type BalanceView =
  /** GET /balances/:id: everything, queued amounts and includes on request. */
  | 'full'
  /** POST /balances: version 0, no queued fields. */
  | 'created'
  /** GET /balances and POST /balances/filter: the reduced projection. */
  | 'row'
  /** GET /balances/indicator/..: meta_data is not selected. */
  | 'indicator';

export interface BalanceExtras {
  queued?: { debit: bigint; credit: bigint };
  identity?: Obj;
  ledger?: Obj;
}

export function balanceJson(b: BalanceRow, view: BalanceView, extras: BalanceExtras = {}): Obj {
  const out: Obj = {
    balance: balanceOf(b),
    // The row is inserted and then bumped once, so a read says 1 right after creation (the create
    // answer, built before the insert, says 0), and 1 + the moves after that.
    version: view === 'full' || view === 'indicator' ? b.version + 1 : 0,
    inflight_balance: inflightOf(b),
    credit_balance: b.credit_balance,
    inflight_credit_balance: b.inflight_credit_balance,
    debit_balance: b.debit_balance,
    inflight_debit_balance: b.inflight_debit_balance,
  };
  if (extras.queued) {
    out.queued_debit_balance = extras.queued.debit;
    out.queued_credit_balance = extras.queued.credit;
  }
  out.ledger_id = b.ledger_id;
  out.identity_id = b.identity_id;
  out.balance_id = b.balance_id;
  if (b.indicator) out.indicator = b.indicator;
  out.currency = b.currency;
  if (extras.identity) out.identity = extras.identity;
  if (extras.ledger) out.ledger = extras.ledger;
  out.created_at = formatTime(b.created_at);
  out.inflight_expires_at = formatTime(null);
  out.meta_data = view === 'indicator' ? null : sortedJson(b.meta_data);
  const projected = view === 'row';
  out.track_fund_lineage = projected ? false : b.track_fund_lineage;
  if (!projected) out.allocation_strategy = b.allocation_strategy;
  return out;
}

export function identityJson(i: IdentityRow): Obj {
  const out: Obj = { identity_id: i.identity_id };
  for (const field of IDENTITY_STRING_FIELDS) out[field] = i[field];
  out.dob = formatTime(i.dob);
  out.created_at = formatTime(i.created_at);
  out.meta_data = sortedJson(i.meta_data);
  return out;
}

/** The identity as `include=identity` joins it: identity_type and meta_data are not selected. */
export function includedIdentityJson(i: IdentityRow): Obj {
  return { ...identityJson(i), identity_type: '', meta_data: null };
}

export type TransactionView =
  /** The create (or commit/void/refund) response: the struct as built, amount_string included. */
  | 'created'
  /** GET /transactions/:id. */
  | 'get'
  /** GET /transactions and POST /transactions/filter: effective_date is selected. */
  | 'row'
  /** GET /transactions/reference/:ref: precision and hash are not selected. */
  | 'reference';

export interface CreatedFlags {
  allow_overdraft: boolean;
  inflight: boolean;
  skip_queue: boolean;
  atomic: boolean;
  /** source/destination as the caller sent them (`@World`), echoed on the POST response. */
  source?: string;
  destination?: string;
  sources?: Leg[];
  destinations?: Leg[];
  /** Blnk fills amount_string only from a precise_amount; a float `amount` in leaves it out. */
  noAmountString?: boolean;
}

export function transactionJson(t: TransactionRow, view: TransactionView, flags?: CreatedFlags): Obj {
  const precision = view === 'reference' ? 0n : t.precision;
  const decimal = exactDecimal(t.precise_amount, t.precision);
  const out: Obj = { precise_amount: t.precise_amount, amount: Number(decimal) };
  if (view === 'created' && !flags?.noAmountString) out.amount_string = decimal;
  out.precision = Number(precision);
  // Blnk stores no overdraft_limit column: only the write's own answer echoes what was sent.
  out.overdraft_limit = view === 'created' ? t.overdraft_limit : 0;
  out.transaction_id = t.transaction_id;
  out.parent_transaction = t.parent_transaction;
  const source = flags?.source ?? t.source;
  const destination = flags?.destination ?? t.destination;
  if (source) out.source = source;
  if (destination) out.destination = destination;
  out.reference = t.reference;
  out.currency = t.currency;
  if (t.description) out.description = t.description;
  out.status = t.status;
  out.hash = view === 'reference' ? '' : t.hash;
  // On reads Blnk lifts only meta_data.inflight back into the struct; the rest stay false.
  const liftedInflight = t.meta_data?.inflight === true;
  out.allow_overdraft = flags?.allow_overdraft ?? false;
  out.inflight = flags?.inflight ?? liftedInflight;
  out.skip_queue = flags?.skip_queue ?? false;
  out.atomic = flags?.atomic ?? false;
  if (flags?.sources) out.sources = flags.sources.map(legJson);
  if (flags?.destinations) out.destinations = flags.destinations.map(legJson);
  out.created_at = formatTime(t.created_at);
  if (view === 'created' || view === 'row') out.effective_date = formatTime(t.effective_date);
  // No read path selects these columns (database transaction queries): only the create
  // answer, built from the request, carries them; every read shows Go's zero time.
  const asBuilt = view === 'created';
  out.scheduled_for = asBuilt ? formatTime(t.scheduled_for) : GO_ZERO_TIME;
  out.inflight_expiry_date = asBuilt ? formatTime(t.inflight_expiry_date) : GO_ZERO_TIME;
  out.inflight_commit_date = asBuilt ? formatTime(t.inflight_commit_date) : GO_ZERO_TIME;
  // transformTransaction (api/transactions.go) moves meta_data.inflight into the inflight field
  // on every answer; what is left, if anything, is meta_data.
  const meta = t.meta_data ? Object.fromEntries(Object.entries(t.meta_data).filter(([k]) => k !== 'inflight')) : null;
  if (meta && Object.keys(meta).length > 0) out.meta_data = sortedJson(meta);
  return out;
}

function legJson(leg: Leg): Obj {
  const out: Obj = { identifier: leg.identifier, distribution: leg.distribution };
  if (leg.precise_distribution !== undefined) out.precise_distribution = leg.precise_distribution;
  out.transaction_id = leg.transaction_id;
  return out;
}

/** `list: true` is GET /balance-monitors, which selects neither precision nor precise_value. */
export function monitorJson(m: MonitorRow, { list = false } = {}): Obj {
  const out: Obj = { monitor_id: m.monitor_id, balance_id: m.balance_id };
  if (m.description) out.description = m.description;
  out.created_at = formatTime(m.created_at);
  out.condition = {
    value: m.condition.value,
    precision: list ? 0 : Number(m.condition.precision),
    precise_value: list ? null : m.condition.precise_value,
    field: m.condition.field,
    operator: m.condition.operator,
  };
  return out;
}
