import type { BlnkClient } from '../blnk/client.js';
import type { Balance, BalanceMonitor, Transaction } from '../blnk/model.js';
import type { LedgerEvent } from '../domain/ledger-events.js';
import type { LedgerEventBus } from './bus.js';
import { KeyedFetch } from './keyed-fetch.js';

/**
 * The process's live ledger: it listens to the bus once, and for each event reads the truth from
 * Blnk **once per process**, not once per subscriber (a thousand screens on one balance cost one
 * call per change), then hands the row to the local watchers it concerns. Webhook bodies are a
 * trigger only (domain/ledger-events.ts): every amount a subscriber sees was read from Blnk.
 *
 * The one exception to "no module-level caches or loaders" (DESIGN.md section 1): what is read
 * here is shared by every subscriber of the process; each subscriber is then authorised on its
 * own (graphql/subscriptions.ts), as a query's object would be.
 *
 * Reads are grouped by the Blnk key they go with (pass-through mode sends each caller's own), so
 * a row read with one caller's key never reaches another's subscription.
 */
export interface LiveHubOptions {
  bus: LedgerEventBus;
  /** A client for one read of the hub's, with the key a watcher's requests use (null: the gateway's own). */
  client(blnkKey: string | null): BlnkClient;
  /** Whether this process is the first to see `key` (Redis when REDIS_URL is set); for monitor alerts. */
  firstSeen(key: string): Promise<boolean>;
  /** A read that failed: logged by the owner, never thrown at the bus. */
  onError?(error: unknown, what: string): void;
}

/** What a watcher is told: a row read after an event, never the event's own amounts. */
export type Watcher<T> = (value: T) => void;

export interface AlertNews {
  monitor: BalanceMonitor;
  balance: Balance;
}

export interface TransactionWatch {
  /** Ids in the chain followed so far: the root, its `_q` outcome, a hold's commit or void. */
  ids: Set<string>;
  /** Followed by reference when the root was not known yet (a row named later). */
  reference: string | null;
  onRow: Watcher<Transaction>;
}

export interface BulkNews {
  batchId: string;
  /** The item's status, or `applied` for the whole batch (Blnk's bulk_transaction.applied). */
  status: string;
  transaction: Transaction | null;
  transactionCount: number | null;
}

interface BulkWatch {
  batchId: string;
  /** Items known to be the batch's (their parent is the batch): their `_q` outcomes belong too. */
  items: Set<string>;
  onNews: Watcher<BulkNews>;
}

/** Watchers grouped by what one read serves: an id, and the Blnk key it is read with. */
class Groups<W> {
  readonly byKey = new Map<string, Map<string | null, Set<W>>>();

  add(id: string, blnkKey: string | null, watcher: W): () => void {
    const byBlnkKey = this.byKey.get(id) ?? new Map<string | null, Set<W>>();
    this.byKey.set(id, byBlnkKey);
    const set = byBlnkKey.get(blnkKey) ?? new Set<W>();
    byBlnkKey.set(blnkKey, set);
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (set.size === 0) byBlnkKey.delete(blnkKey);
      if (byBlnkKey.size === 0) this.byKey.delete(id);
    };
  }

  of(id: string): Map<string | null, Set<W>> | undefined {
    return this.byKey.get(id);
  }

  get size(): number {
    let n = 0;
    for (const byBlnkKey of this.byKey.values()) for (const set of byBlnkKey.values()) n += set.size;
    return n;
  }
}

/** Blnk's transaction statuses that move a balance (a rejected row moves nothing). */
const MOVES = new Set(['APPLIED', 'INFLIGHT', 'VOID']);

export class LiveHub {
  private readonly balances = new Groups<Watcher<Balance>>();
  private readonly alerts = new Groups<Watcher<AlertNews>>();
  private readonly transactions = new Map<string | null, Set<TransactionWatch>>();
  private readonly bulks = new Map<string | null, Set<BulkWatch>>();
  /** The newest version each balance was read at, per Blnk key: an older read is never passed on. */
  private readonly versions = new Map<string, number>();
  private readonly balanceReads: KeyedFetch<Balance>;
  private readonly stopListening: () => void;

  constructor(private readonly options: LiveHubOptions) {
    this.balanceReads = new KeyedFetch(
      (key) => {
        const [id, blnkKey] = splitKey(key);
        return options.client(blnkKey).getBalance(id);
      },
      (key, balance, error) => {
        if (error !== undefined) return options.onError?.(error, 'balance read after a webhook');
        if (!balance || !this.isNewer(key, balance.version)) return;
        const [id, blnkKey] = splitKey(key);
        for (const watcher of this.balances.of(id)?.get(blnkKey) ?? []) this.tell(() => watcher(balance));
      },
    );
    this.stopListening = options.bus.listen((event) => {
      try {
        this.dispatch(event);
      } catch (error) {
        options.onError?.(error, `handling a ${event.kind} event`);
      }
    });
  }

  /** Watchers of every kind in this process (a gauge, and tests). */
  get watching(): number {
    let n = this.balances.size + this.alerts.size;
    for (const set of this.transactions.values()) n += set.size;
    for (const set of this.bulks.values()) n += set.size;
    return n;
  }

  close(): void {
    this.stopListening();
  }

  /**
   * One watcher told one thing: its exception is reported, never thrown on, so it cannot keep
   * the watchers after it from hearing (they were told in a loop that stopped at the throw) nor
   * become an unhandled rejection (a throw in KeyedFetch's result callback was one).
   */
  private tell(call: () => void): void {
    try {
      call();
    } catch (error) {
      this.options.onError?.(error, 'a watcher');
    }
  }

  /** Each new version of the balance, read from Blnk once per change for the whole process. */
  watchBalance(id: string, blnkKey: string | null, onRow: Watcher<Balance>): () => void {
    return this.balances.add(id, blnkKey, onRow);
  }

  /** Each monitor alert on the balance, once per (monitor, balance version) across processes. */
  watchAlerts(balanceId: string, blnkKey: string | null, onNews: Watcher<AlertNews>): () => void {
    return this.alerts.add(balanceId, blnkKey, onNews);
  }

  /** Each row of a transaction's chain as it is written. */
  watchTransaction(blnkKey: string | null, watch: TransactionWatch): () => void {
    return addTo(this.transactions, blnkKey, watch);
  }

  /** Each item of a bulk batch as it is written, and the batch's own `applied` (runAsync only). */
  watchBulk(batchId: string, blnkKey: string | null, items: Iterable<string>, onNews: Watcher<BulkNews>): () => void {
    return addTo(this.bulks, blnkKey, { batchId, items: new Set(items), onNews });
  }

  private dispatch(event: LedgerEvent): void {
    switch (event.kind) {
      case 'transaction':
        if (MOVES.has(event.status)) {
          this.balanceChanged(event.source);
          this.balanceChanged(event.destination);
        }
        this.transactionWritten(event);
        break;
      case 'monitor':
        this.monitorFired(event.monitorId, event.balanceId);
        break;
      case 'alert':
        this.alertDecided(event.monitorId, event.balanceId, event.balanceVersion);
        break;
      case 'bulk.applied':
        for (const [, set] of this.bulks)
          for (const watch of set)
            if (watch.batchId === event.batchId)
              this.tell(() =>
                watch.onNews({ batchId: event.batchId, status: 'applied', transaction: null, transactionCount: event.transactionCount }),
              );
        break;
      default:
        // Creations: nothing watches an object before it exists.
        break;
    }
  }

  /**
   * One read per change for every watcher of the balance (per Blnk key); changes that arrive
   * while a read is out are covered by one more read after it (KeyedFetch), and a read older
   * than one already passed on is dropped.
   */
  private balanceChanged(id: string): void {
    const groups = this.balances.of(id);
    if (!groups) return;
    for (const blnkKey of groups.keys()) this.balanceReads.request(joinKey(id, blnkKey));
  }

  private isNewer(key: string, version: number): boolean {
    const seen = this.versions.get(key);
    if (seen !== undefined && version <= seen) return false;
    this.versions.set(key, version);
    // Forget balances nobody here watches any more, so the map does not grow with history.
    if (this.versions.size > 10_000) for (const k of this.versions.keys()) if (!this.balances.of(splitKey(k)[0])) this.versions.delete(k);
    return true;
  }

  /**
   * Blnk fires `balance.monitor` on every applied transaction while the condition holds: an alert
   * is decided once per (monitor, balance version), by whichever process marks it first, and
   * published for all of them.
   */
  private monitorFired(monitorId: string, balanceId: string): void {
    const groups = this.alerts.of(balanceId);
    if (!groups) return;
    const blnkKey = groups.keys().next().value ?? null;
    void (async () => {
      const client = this.options.client(blnkKey);
      const [monitor, balance] = await Promise.all([client.getMonitor(monitorId), client.getBalance(balanceId)]);
      // The delivery says only "this monitor fired", not at which version: a late one (Blnk
      // retries a delivery it got no answer to, 45 s later and more) or a captured one replayed
      // within the window, arriving after the balance moved on, was taken as an alert at the
      // version read now, though the condition may no longer hold. An alert is decided only when
      // the monitor is the balance's and its condition holds at the version read (as Blnk decides).
      if (monitor.balanceId !== balanceId || !conditionHolds(monitor, balance)) return;
      if (await this.options.firstSeen(`alert:${monitorId}:${balanceId}:${balance.version}`)) {
        await this.options.bus.publish({ kind: 'alert', monitorId, balanceId, balanceVersion: balance.version });
      }
    })().catch((error: unknown) => this.options.onError?.(error, 'balance read after a monitor webhook'));
  }

  private alertDecided(monitorId: string, balanceId: string, version: number): void {
    const groups = this.alerts.of(balanceId);
    if (!groups) return;
    for (const [blnkKey, watchers] of groups) {
      void (async () => {
        const client = this.options.client(blnkKey);
        const [monitor, balance] = await Promise.all([client.getMonitor(monitorId), client.getBalance(balanceId)]);
        // A read older than the alert's version would show a balance the alert was not about; a
        // monitor of another balance (an alert on the bus is whatever was published on Redis) none.
        if (balance.version < version || monitor.balanceId !== balanceId) return;
        for (const watcher of watchers) this.tell(() => watcher({ monitor, balance }));
      })().catch((error: unknown) => this.options.onError?.(error, 'monitor read after an alert'));
    }
  }

  /** The row an event names, read once per Blnk key, for the chains and batches it belongs to. */
  private transactionWritten(event: Extract<LedgerEvent, { kind: 'transaction' }>): void {
    const related = [event.parentTransactionId, event.queuedParentId].filter((id): id is string => id !== null);
    const keys = new Set<string | null>();
    for (const [blnkKey, set] of this.transactions) for (const watch of set) if (chainHas(watch, event, related)) keys.add(blnkKey);
    for (const [blnkKey, set] of this.bulks)
      for (const watch of set) if (related.some((id) => id === watch.batchId || watch.items.has(id))) keys.add(blnkKey);
    for (const blnkKey of keys) {
      void this.options
        .client(blnkKey)
        .getTransaction(event.transactionId)
        .then((row) => {
          for (const watch of this.transactions.get(blnkKey) ?? []) {
            if (!chainHas(watch, event, related)) continue;
            watch.ids.add(row.id);
            this.tell(() => watch.onRow(row));
          }
          for (const watch of this.bulks.get(blnkKey) ?? []) {
            if (!related.some((id) => id === watch.batchId || watch.items.has(id))) continue;
            if (row.parentTransactionId === watch.batchId) watch.items.add(row.id);
            this.tell(() => watch.onNews({ batchId: watch.batchId, status: row.status, transaction: row, transactionCount: null }));
          }
        })
        .catch((error: unknown) => this.options.onError?.(error, 'transaction read after a webhook'));
    }
  }
}

/** The balance fields a monitor's condition can name (Blnk's model.compare), in minor units. */
const MONITORED: Record<string, (b: Balance) => bigint> = {
  balance: (b) => b.balance,
  credit_balance: (b) => b.creditBalance,
  debit_balance: (b) => b.debitBalance,
  inflight_balance: (b) => b.inflightBalance,
  inflight_credit_balance: (b) => b.inflightCreditBalance,
  inflight_debit_balance: (b) => b.inflightDebitBalance,
};

/**
 * Whether a monitor's condition holds on the balance, as Blnk checks it after a transaction
 * (precise value against the field, in minor units). A condition this cannot read (an unknown
 * field, a fractional precise value Blnk reports as null) is taken as holding: Blnk fired it.
 */
function conditionHolds(monitor: BalanceMonitor, balance: Balance): boolean {
  const { field, operator, preciseValue } = monitor.condition;
  const read = MONITORED[field];
  if (!read || preciseValue === null) return true;
  const value = read(balance);
  switch (operator) {
    case '>':
      return value > preciseValue;
    case '<':
      return value < preciseValue;
    case '>=':
      return value >= preciseValue;
    case '<=':
      return value <= preciseValue;
    case '!=':
      return value !== preciseValue;
    case '==':
    case '=':
      return value === preciseValue;
    default:
      return true;
  }
}

function chainHas(watch: TransactionWatch, event: Extract<LedgerEvent, { kind: 'transaction' }>, related: string[]): boolean {
  if (watch.ids.has(event.transactionId) || related.some((id) => watch.ids.has(id))) return true;
  // Followed by reference before its row was known: the row itself, or its queued outcome.
  return watch.reference !== null && (event.reference === watch.reference || event.reference === `${watch.reference}_q`);
}

function addTo<W>(map: Map<string | null, Set<W>>, blnkKey: string | null, watch: W): () => void {
  const set = map.get(blnkKey) ?? new Set<W>();
  map.set(blnkKey, set);
  set.add(watch);
  return () => {
    set.delete(watch);
    if (set.size === 0 && map.get(blnkKey) === set) map.delete(blnkKey);
  };
}

const SEP = '\u0000';
const joinKey = (id: string, blnkKey: string | null) => (blnkKey === null ? id : `${id}${SEP}${blnkKey}`);
function splitKey(key: string): [string, string | null] {
  const i = key.indexOf(SEP);
  return i === -1 ? [key, null] : [key.slice(0, i), key.slice(i + 1)];
}
