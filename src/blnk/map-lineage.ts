import { BlnkError } from './errors.js';
import { amount, toTransaction } from './map.js';
import type { Transaction } from './model.js';
import type { WireAmount } from './wire.js';

/** One provider's share of a lineage-tracked balance (Blnk's ProviderBreakdown). */
export interface LineageProvider {
  provider: string;
  /** Everything received from this provider, in minor units (the shadow balance's debits). */
  received: bigint;
  /** What is left of it (received − spent). */
  available: bigint;
  /** What debits of the balance have drawn from it. */
  spent: bigint;
  /** The shadow balance Blnk keeps for this provider. */
  shadowBalanceId: string;
}

/** `GET /balances/{id}/lineage`: where a balance's money came from and what remains. */
export interface BalanceLineage {
  balanceId: string;
  /** The sum of every provider's available amount. */
  totalWithLineage: bigint;
  /** The aggregate balance Blnk keeps beside the shadows; null before the first funded credit. */
  aggregateBalanceId: string | null;
  providers: LineageProvider[];
}

/** One provider's part of a debit, as Blnk allocated it. */
export interface FundAllocation {
  provider: string;
  amount: bigint;
}

/** `GET /transactions/{id}/lineage`. */
export interface TransactionLineage {
  transactionId: string;
  /** Empty when Blnk allocated nothing (a credit, or a debit of an untracked balance). */
  fundAllocation: FundAllocation[];
  /** The shadow transactions Blnk wrote for this one (their meta_data `_shadow_for` names it). */
  shadowTransactions: Transaction[];
}

/** Blnk sent something that is not the shape its contract promises. */
function garbage(what: string): BlnkError {
  return new BlnkError(200, 'UPSTREAM_ERROR', `Blnk sent ${what}`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw garbage(`a non-object ${what}`);
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw garbage(`a lineage without ${what}`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw garbage(`a non-list ${what}`);
  return value;
}

export function toBalanceLineage(raw: unknown): BalanceLineage {
  const d = record(raw, 'balance lineage');
  const aggregate = d.aggregate_balance_id;
  return {
    balanceId: text(d.balance_id, 'a balance id'),
    totalWithLineage: amount(d.total_with_lineage as WireAmount, 'total_with_lineage'),
    aggregateBalanceId: typeof aggregate === 'string' && aggregate !== '' ? aggregate : null,
    providers: list(d.providers, 'providers').map((p) => {
      const r = record(p, 'lineage provider');
      return {
        provider: text(r.provider, 'a provider'),
        received: amount(r.amount as WireAmount, 'providers.amount'),
        available: amount(r.available as WireAmount, 'providers.available'),
        spent: amount(r.spent as WireAmount, 'providers.spent'),
        shadowBalanceId: text(r.shadow_balance_id, 'a shadow balance id'),
      };
    }),
  };
}

export function toTransactionLineage(raw: unknown): TransactionLineage {
  const d = record(raw, 'transaction lineage');
  return {
    transactionId: text(d.transaction_id, 'a transaction id'),
    // Blnk writes the allocation into the debit's meta_data (BLNK_FUND_ALLOCATION) and reads it
    // back through a map: amounts are JSON integers there, refused if they are anything else.
    fundAllocation: list(d.fund_allocation, 'fund_allocation').map((a) => {
      const r = record(a, 'fund allocation');
      return { provider: text(r.provider, 'a provider'), amount: amount(r.amount as WireAmount, 'fund_allocation.amount') };
    }),
    shadowTransactions: list(d.shadow_transactions, 'shadow_transactions').map(toTransaction),
  };
}
