import type { Engine } from './engine.js';
import { newId } from './ids.js';
import type { BalanceRow, MetaData, Store, TransactionRow } from './store.js';
import { nowMicros } from './time.js';
import type { Micros } from './time.js';

/**
 * Fund lineage as Blnk v0.15.2 keeps it (lineage*.go), for the cases the contract tests check:
 * a credit to a balance with track_fund_lineage whose meta_data names BLNK_LINEAGE_PROVIDER
 * moves the amount from the provider's shadow balance (`@<provider>_<who>_lineage`) to the
 * identity's aggregate balance (`@<who>_lineage`), both in the general ledger; a debit of such a
 * balance releases what it spends from the aggregate back to the shadows, FIFO, LIFO or
 * PROPORTIONAL by the balance's allocation_strategy, and records the split in the debit's
 * meta_data (BLNK_FUND_ALLOCATION). Blnk does this in a worker after the transfer; the sandbox at
 * once, after the transfer is stored.
 *
 * Not modelled: inflight holds (Blnk's shadow commit and void), lineage on the destination of a
 * debit that also tracks lineage (Blnk's "receive" transactions), queued transfers' lineage,
 * and the outbox's retries.
 */
export interface LineageMapping {
  balance_id: string;
  provider: string;
  shadow_balance_id: string;
  aggregate_balance_id: string;
  identity_id: string;
  created_at: Micros;
}

export const LINEAGE_PROVIDER_KEY = 'BLNK_LINEAGE_PROVIDER';
export const FUND_ALLOCATION_KEY = 'BLNK_FUND_ALLOCATION';

/** getIdentityIdentifier: "first_last_<8 chars of id>", "org_name_<8>", or the whole id. */
function identifierOf(store: Store, identityId: string): string {
  const identity = store.identities.get(identityId);
  if (!identity) return identityId;
  let name: string;
  if (identity.first_name !== '' && identity.last_name !== '') name = `${identity.first_name}_${identity.last_name}`.toLowerCase();
  else if (identity.organization_name !== '') name = identity.organization_name.replaceAll(' ', '_').toLowerCase();
  else return identityId;
  return `${name}_${identityId.slice(0, 8)}`;
}

function shadowRow(
  parent: TransactionRow,
  fields: Pick<TransactionRow, 'source' | 'destination' | 'reference' | 'description' | 'meta_data' | 'precise_amount'>,
): TransactionRow {
  const now = nowMicros();
  return {
    transaction_id: newId('txn'),
    parent_transaction: '',
    currency: parent.currency,
    status: 'QUEUED',
    precision: parent.precision,
    overdraft_limit: 0,
    hash: '',
    created_at: now,
    effective_date: now,
    scheduled_for: null,
    inflight_expiry_date: null,
    inflight_commit_date: null,
    ...fields,
  };
}

/** After a transfer is applied: its lineage, if either side asks for it. Never fails the transfer. */
export function processLineage(engine: Engine, store: Store, txn: TransactionRow): void {
  if (txn.description.startsWith('Shadow credit from ') || txn.meta_data?._shadow_for !== undefined) return;
  try {
    const source = store.balances.get(txn.source);
    const destination = store.balances.get(txn.destination);
    const provider = txn.meta_data?.[LINEAGE_PROVIDER_KEY];
    if (destination?.track_fund_lineage && typeof provider === 'string' && provider !== '' && destination.identity_id !== '') {
      credit(engine, store, txn, destination, provider);
    }
    if (source?.track_fund_lineage) debit(engine, store, txn, source);
  } catch {
    // Blnk's worker logs and retries; the transfer itself stands.
  }
}

function credit(engine: Engine, store: Store, txn: TransactionRow, destination: BalanceRow, provider: string): void {
  const who = identifierOf(store, destination.identity_id);
  const shadow = engine.resolve(`@${provider}_${who}_lineage`, txn.currency)!;
  const aggregate = engine.resolve(`@${who}_lineage`, txn.currency)!;
  const row = shadowRow(txn, {
    source: shadow.balance_id,
    destination: aggregate.balance_id,
    precise_amount: txn.precise_amount,
    reference: `${txn.reference}_shadow_${provider}`,
    description: `Shadow credit from ${provider}`,
    // QueueTransaction adds allow_overdraft to the metadata of a transfer that allows it.
    meta_data: {
      _shadow_for: txn.transaction_id,
      _provider: provider,
      _identity_id: destination.identity_id,
      _lineage_type: 'credit',
      _main_balance: destination.balance_id,
      allow_overdraft: true,
    },
  });
  engine.apply(row, { inflight: false, allowOverdraft: true, skipQueue: true });
  if (!store.lineage.some((m) => m.balance_id === destination.balance_id && m.provider === provider)) {
    store.lineage.push({
      balance_id: destination.balance_id,
      provider,
      shadow_balance_id: shadow.balance_id,
      aggregate_balance_id: aggregate.balance_id,
      identity_id: destination.identity_id,
      created_at: nowMicros(),
    });
  }
}

interface Source {
  mapping: LineageMapping;
  available: bigint;
}

function debit(engine: Engine, store: Store, txn: TransactionRow, source: BalanceRow): void {
  const mappings = store.lineage.filter((m) => m.balance_id === source.balance_id);
  if (mappings.length === 0) return;
  const sources: Source[] = [];
  for (const mapping of mappings) {
    const shadow = store.balances.get(mapping.shadow_balance_id);
    if (!shadow || shadow.debit_balance <= 0n) continue;
    const available = shadow.debit_balance - shadow.credit_balance;
    if (available > 0n) sources.push({ mapping, available });
  }
  const allocations = allocate(sources, txn.precise_amount, source.allocation_strategy);
  for (const { mapping, amount } of allocations) {
    const row = shadowRow(txn, {
      source: mapping.aggregate_balance_id,
      destination: mapping.shadow_balance_id,
      precise_amount: amount,
      reference: `${txn.reference}_release_${mapping.provider}`,
      description: `Release ${mapping.provider} funds`,
      meta_data: {
        _shadow_for: txn.transaction_id,
        _provider: mapping.provider,
        _lineage_type: 'release',
        _main_balance: source.balance_id,
        _allocation: source.allocation_strategy,
      },
    });
    engine.apply(row, { inflight: false, allowOverdraft: false, skipQueue: true });
  }
  if (allocations.length === 0) return;
  const meta: MetaData = { ...(txn.meta_data ?? {}) };
  meta[FUND_ALLOCATION_KEY] = allocations.map((a) => ({ provider: a.mapping.provider, amount: a.amount }));
  txn.meta_data = meta;
}

/** calculateAllocation: FIFO (the default) and LIFO by the mapping's age, or PROPORTIONAL. */
export function allocate(sources: Source[], amount: bigint, strategy: string): { mapping: LineageMapping; amount: bigint }[] {
  if (sources.length === 0 || amount <= 0n) return [];
  if (strategy === 'PROPORTIONAL') {
    const total = sources.reduce((sum, s) => sum + s.available, 0n);
    if (total === 0n) return [];
    const effective = amount > total ? total : amount;
    let remaining = effective;
    const out: { mapping: LineageMapping; amount: bigint }[] = [];
    sources.forEach((s, i) => {
      let share = i === sources.length - 1 ? remaining : (effective * s.available) / total;
      if (share > s.available) share = s.available;
      if (share <= 0n) return;
      out.push({ mapping: s.mapping, amount: share });
      remaining -= share;
    });
    return out;
  }
  const ordered = [...sources].sort((a, b) =>
    strategy === 'LIFO' ? b.mapping.created_at - a.mapping.created_at : a.mapping.created_at - b.mapping.created_at,
  );
  const out: { mapping: LineageMapping; amount: bigint }[] = [];
  let remaining = amount;
  for (const s of ordered) {
    if (remaining <= 0n) break;
    // bigint: Math.min does not take them.
    let share = remaining;
    if (s.available < share) share = s.available;
    if (share <= 0n) continue;
    out.push({ mapping: s.mapping, amount: share });
    remaining -= share;
  }
  return out;
}

/** GET /balances/:id/lineage's body (BalanceLineage). */
export function balanceLineageJson(store: Store, balanceId: string): Record<string, unknown> {
  const providers: Record<string, unknown>[] = [];
  let total = 0n;
  let aggregate = '';
  for (const m of store.lineage.filter((x) => x.balance_id === balanceId)) {
    const shadow = store.balances.get(m.shadow_balance_id);
    if (!shadow) continue;
    const available = shadow.debit_balance - shadow.credit_balance;
    providers.push({
      provider: m.provider,
      amount: shadow.debit_balance,
      available,
      spent: shadow.credit_balance,
      shadow_balance_id: m.shadow_balance_id,
    });
    total += available;
    if (aggregate === '') aggregate = m.aggregate_balance_id;
  }
  return { balance_id: balanceId, total_with_lineage: total, aggregate_balance_id: aggregate, providers };
}
