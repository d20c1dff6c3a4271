import DataLoader from 'dataloader';
import type { BlnkClient, Needs } from '../blnk/client.js';
import { BALANCE_FULL_ONLY } from '../blnk/model.js';
import type { Absent, Balance, BalanceMonitor, Identity, Ledger, Page, Transaction } from '../blnk/model.js';
import { balanceRows, fullBalanceKey, fullBalances } from './balances.js';
import type { FullBalanceKey } from './balances.js';
import { firstPageKey, firstPages, settleTransactions } from './first-pages.js';
import type { FirstPageKey } from './first-pages.js';
import { identitiesById } from './identities.js';
import { ledgersById } from './ledgers.js';
import { monitorsOfBalances } from './monitors.js';
import { alongside, ownBalanceIds } from './own-balances.js';
import { transactionsById, transactionsByReference } from './transactions.js';

/** What a resolver may load in one request: each loader batches and caches for that request only. */
export interface Loaders {
  /** Reduced rows through /balances/filter: cheap, batched. */
  balanceRow: DataLoader<string, Balance>;
  /**
   * Rows through /balances/filter holding at least `needs` (client.ts `Needs`): on a surface with
   * thin rows (Cloud) a thinner, cheaper row than balanceRow's. One loader per set of needs.
   */
  balanceRowWith(needs: Needs): DataLoader<string, Balance>;
  /** Transactions by id holding at least `needs`, batched like `transaction`. */
  transactionWith(needs: Needs): DataLoader<string, Transaction>;
  /** Ledgers by id holding at least `needs`, batched like `ledger`. */
  ledgerWith(needs: Needs): DataLoader<string, Ledger>;
  /** Full balances through GET /balances/{id}, with includes and queued amounts on request. */
  balance: DataLoader<FullBalanceKey, Balance, string>;
  ledger: DataLoader<string, Ledger>;
  identity: DataLoader<string, Identity>;
  transaction: DataLoader<string, Transaction>;
  transactionByReference: DataLoader<string, Transaction>;
  /** A balance's monitors, through the per-balance route. */
  monitorsOfBalance: DataLoader<string, BalanceMonitor[]>;
  /** Parents' first pages of balances (a ledger's, an identity's): one filter with `in` for them all. */
  balanceFirstPages: DataLoader<FirstPageKey, Page<Balance> | null, string>;
  /** Balances' first pages of transactions: one filter with `in` over the balance ids for them all. */
  transactionFirstPages: DataLoader<FirstPageKey, Page<Transaction> | null, string>;
  /** A confined principal's balance ids, read once per request (none for an unconfined one). */
  ownBalanceIds(): Promise<string[]>;
  /**
   * Remembers rows a list read already holds, so that a field asking for one of them by id later in
   * the same request costs no call. The one place rows enter a loader other than by its own batch.
   * A row lacking a field its loader's rows hold (a thin Cloud row: model.ts `absent`) is not
   * remembered: the loader would answer it where a complete row is expected.
   */
  primeRows<K extends keyof PrimableRows>(loader: K, rows: readonly PrimableRows[K][]): void;
}

/** The loaders a list's rows can stand in for: the row a list answers is the row the loader reads. */
export interface PrimableRows {
  balanceRow: Balance;
  ledger: Ledger;
  identity: Identity;
  transaction: Transaction;
}

type Batch<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

const NONE: Absent = new Set();

/** Whether a row lacks nothing beyond `expected`. */
function holdsAll(absent: Absent | undefined, expected: Absent): boolean {
  if (!absent) return true;
  for (const f of absent) if (!expected.has(f)) return false;
  return true;
}

/**
 * A request's loaders, each built on first use: most operations touch one or two of the six,
 * and building all of them for every request showed in the CPU profile (docs/benchmarks.md).
 */
export class RequestLoaders implements Loaders {
  #balanceRow?: DataLoader<string, Balance>;
  #balance?: DataLoader<FullBalanceKey, Balance, string>;
  #ledger?: DataLoader<string, Ledger>;
  #identity?: DataLoader<string, Identity>;
  #transaction?: DataLoader<string, Transaction>;
  #transactionByReference?: DataLoader<string, Transaction>;
  #monitorsOfBalance?: DataLoader<string, BalanceMonitor[]>;
  #balanceFirstPages?: DataLoader<FirstPageKey, Page<Balance> | null, string>;
  #transactionFirstPages?: DataLoader<FirstPageKey, Page<Transaction> | null, string>;

  constructor(
    private readonly client: BlnkClient,
    private readonly identityId: string | null,
    /** Told each batch's size (the batch-size metric shows what batching saves); none in bare tests. */
    private readonly onBatch?: (loader: string, size: number) => void,
  ) {
    this.ownBalanceIds = identityId === null ? () => Promise.resolve([]) : ownBalanceIds(client, identityId);
  }

  readonly ownBalanceIds: () => Promise<string[]>;

  primeRows<K extends keyof PrimableRows>(loader: K, rows: readonly PrimableRows[K][]): void {
    const target = this[loader] as DataLoader<string, PrimableRows[K]>;
    // Core's filter rows lack the full-only fields: the balanceRow loader's own rows do too.
    const expected: Absent = loader === 'balanceRow' ? BALANCE_FULL_ONLY : NONE;
    for (const row of rows) if (holdsAll(row.absent, expected)) target.prime(row.id, row);
  }

  #balanceRowWith = new Map<string, DataLoader<string, Balance>>();
  #transactionWith = new Map<string, DataLoader<string, Transaction>>();
  #ledgerWith = new Map<string, DataLoader<string, Ledger>>();

  ledgerWith(needs: Needs): DataLoader<string, Ledger> {
    const key = [...needs].sort().join(',');
    let loader = this.#ledgerWith.get(key);
    if (!loader) {
      loader = new DataLoader(this.measured('ledger', ledgersById(this.client, needs)));
      this.#ledgerWith.set(key, loader);
    }
    return loader;
  }

  balanceRowWith(needs: Needs): DataLoader<string, Balance> {
    const key = [...needs].sort().join(',');
    let loader = this.#balanceRowWith.get(key);
    if (!loader) {
      loader = new DataLoader(this.measured('balanceRow', balanceRows(this.client, needs)));
      this.#balanceRowWith.set(key, loader);
    }
    return loader;
  }

  transactionWith(needs: Needs): DataLoader<string, Transaction> {
    const key = [...needs].sort().join(',');
    let loader = this.#transactionWith.get(key);
    if (!loader) {
      loader = new DataLoader(this.measured('transaction', this.scoped(transactionsById(this.client, needs))));
      this.#transactionWith.set(key, loader);
    }
    return loader;
  }

  /**
   * For a confined principal a transaction lookup also reads its balances, found or not: the
   * check they serve then costs nothing more when the transaction exists (loaders/own-balances.ts).
   */
  private scoped<K, V>(batch: Batch<K, V>): Batch<K, V> {
    return this.identityId === null ? batch : alongside(batch, this.ownBalanceIds);
  }

  /** Every batch is measured: its size is what the loaders save. */
  private measured<K, V>(name: string, batch: Batch<K, V>): Batch<K, V> {
    const { onBatch } = this;
    return (keys) => {
      onBatch?.(name, keys.length);
      return batch(keys);
    };
  }

  get balanceRow(): DataLoader<string, Balance> {
    this.#balanceRow ??= new DataLoader(this.measured('balanceRow', balanceRows(this.client)));
    return this.#balanceRow;
  }

  get ledger(): DataLoader<string, Ledger> {
    this.#ledger ??= new DataLoader(this.measured('ledger', ledgersById(this.client)));
    return this.#ledger;
  }

  get identity(): DataLoader<string, Identity> {
    this.#identity ??= new DataLoader(this.measured('identity', identitiesById(this.client)));
    return this.#identity;
  }

  get transaction(): DataLoader<string, Transaction> {
    this.#transaction ??= new DataLoader(this.measured('transaction', this.scoped(transactionsById(this.client))));
    return this.#transaction;
  }

  get transactionByReference(): DataLoader<string, Transaction> {
    this.#transactionByReference ??= new DataLoader(
      this.measured('transactionByReference', this.scoped(transactionsByReference(this.client))),
    );
    return this.#transactionByReference;
  }

  get monitorsOfBalance(): DataLoader<string, BalanceMonitor[]> {
    this.#monitorsOfBalance ??= new DataLoader(this.measured('monitorsOfBalance', monitorsOfBalances(this.client)));
    return this.#monitorsOfBalance;
  }

  get balanceFirstPages(): DataLoader<FirstPageKey, Page<Balance> | null, string> {
    this.#balanceFirstPages ??= new DataLoader(
      this.measured(
        'balanceFirstPages',
        firstPages<Balance>({
          fetch: (query) => this.client.filterBalances(query),
          belongsTo: (row, field, parentId) => (field === 'ledgerId' ? row.ledgerId : row.identityId) === parentId,
        }),
      ),
      { cacheKeyFn: firstPageKey },
    );
    return this.#balanceFirstPages;
  }

  get transactionFirstPages(): DataLoader<FirstPageKey, Page<Transaction> | null, string> {
    this.#transactionFirstPages ??= new DataLoader(
      this.measured(
        'transactionFirstPages',
        firstPages<Transaction>({
          fetch: (query) => this.client.filterTransactions(query),
          belongsTo: (row, _field, parentId) => row.sourceId === parentId || row.destinationId === parentId,
          settle: settleTransactions,
        }),
      ),
      { cacheKeyFn: firstPageKey },
    );
    return this.#transactionFirstPages;
  }

  /**
   * A full balance answers every cheaper question about it. Its included ledger and identity are
   * not primed: Blnk's include rows lack the ledger's meta_data and the identity's identity_type
   * and meta_data (they read "" and null), so they answer only the fields they hold
   * (Balance.ledger and Balance.identity decide).
   */
  get balance(): DataLoader<FullBalanceKey, Balance, string> {
    if (this.#balance) return this.#balance;
    const loadFull = this.measured('balance', fullBalances(this.client, { confined: this.identityId !== null }));
    this.#balance = new DataLoader<FullBalanceKey, Balance, string>(
      async (keys) => {
        const results = await loadFull(keys);
        this.primeRows(
          'balanceRow',
          results.filter((b): b is Balance => !(b instanceof Error)),
        );
        return results;
      },
      { cacheKeyFn: fullBalanceKey },
    );
    return this.#balance;
  }
}
