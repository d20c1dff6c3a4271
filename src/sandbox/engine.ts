import { createHash } from 'node:crypto';
import { ApiError, notFound } from './errors.js';
import { newId } from './ids.js';
import { balancePayloadBytes, NotifyRefused, tooLong, transactionPayloadBytes } from './notify.js';
import { processLineage } from './lineage.js';
import { GENERAL_LEDGER_ID, balanceOf, newBalanceRow } from './store.js';
import { balanceJson, monitorJson } from './wire.js';
import type { BalanceRow, JournalEntry, MetaData, Store, TransactionRow } from './store.js';
import { nowMicros } from './time.js';
import type { Micros } from './time.js';
import { firedMonitors, SETTLED_FLAGS, transactionData } from './webhook-data.js';
import type { TransactionFlags } from './webhook-data.js';
import type { WebhookSender } from './webhooks.js';

/**
 * Double-entry postings on bigint. Every movement debits one balance and credits another by
 * the same amount, so the sum of all balances stays zero; nothing here is ever a JS number.
 */
export class Engine {
  constructor(
    private readonly store: Store,
    /** Told of each transfer once it is written (Blnk's postTransactionActions); none when seeding. */
    private readonly webhooks: WebhookSender | null = null,
  ) {}

  /**
   * A transaction's source or destination: a balance id, or an `@indicator`, which is found or
   * created in the general ledger for the transaction's currency (section 7).
   */
  resolve(identifier: string, currency: string): BalanceRow | undefined {
    if (!identifier.startsWith('@')) return this.store.balances.get(identifier);
    const existing = this.store.balanceByIndicator(identifier, currency);
    if (existing) return existing;
    const row = newBalanceRow({
      balance_id: newId('bln'),
      ledger_id: GENERAL_LEDGER_ID,
      indicator: identifier,
      currency,
      created_at: nowMicros(),
    });
    // The @indicator balance's insert is announced too (notify.ts).
    if (tooLong(balancePayloadBytes(this.store, row))) throw new NotifyRefused('Database error occurred');
    this.store.insertBalance(row);
    // Blnk creates it through CreateBalance, whose postBalanceActions announce it.
    this.webhooks?.send('balance.created', () => balanceJson(row, 'created'));
    return row;
  }

  /**
   * Applies a transaction whose source and destination are resolved balance ids, and stores it
   * as APPLIED, or INFLIGHT when `inflight`. Throws (and changes nothing) on a missing balance,
   * a duplicate reference or insufficient funds.
   */
  apply(txn: TransactionRow, options: { inflight: boolean; allowOverdraft: boolean; skipQueue?: boolean }): TransactionRow {
    if (this.store.references.has(txn.reference)) {
      throw new ApiError('TXN_DUPLICATE_REFERENCE', `transaction validation failed: reference ${txn.reference} has already been used`);
    }
    const source = this.balanceFor(txn.source, 'source');
    const destination = this.balanceFor(txn.destination, 'destination');
    // Blnk never compares the transaction's currency with the balances' (model.UpdateBalances
    // moves the amount whatever the currencies are): neither does the sandbox.
    // model.canProcessTransaction: allow_overdraft skips the check only when no limit is set.
    if (!options.allowOverdraft || txn.overdraft_limit > 0) this.checkFunds(source, txn);
    const undo = this.snapshot(source, destination);
    const amount = txn.precise_amount;
    if (options.inflight) {
      source.inflight_debit_balance += amount;
      destination.inflight_credit_balance += amount;
      txn.status = 'INFLIGHT';
      txn.hold = { committed: 0n, voided: false, pending: false };
    } else {
      this.post(source, destination, amount, txn.effective_date);
      txn.status = 'APPLIED';
    }
    source.version += 1;
    destination.version += 1;
    txn.hash = hashOf(txn);
    this.persist(source, destination, txn, undo, {
      allow_overdraft: options.allowOverdraft,
      inflight: options.inflight,
      skip_queue: options.skipQueue ?? false,
      atomic: txn.meta_data?.atomic === true,
    });
    // Blnk's lineage worker runs after the transfer is answered (inflight holds are not modelled).
    if (!options.inflight) setImmediate(() => processLineage(this, this.store, txn));
    return txn;
  }

  /** Moves part or all of an inflight hold into the balances, as an APPLIED child. */
  commit(hold: TransactionRow, amount: bigint, reference?: string): TransactionRow {
    const source = this.balanceFor(hold.source, 'source');
    const destination = this.balanceFor(hold.destination, 'destination');
    const child = this.child(hold, amount, 'APPLIED', reference);
    const undo = this.snapshot(source, destination);
    source.inflight_debit_balance -= amount;
    destination.inflight_credit_balance -= amount;
    this.post(source, destination, amount, child.effective_date);
    source.version += 1;
    destination.version += 1;
    this.persist(source, destination, child, undo, SETTLED_FLAGS);
    hold.hold!.committed += amount;
    return child;
  }

  /** Releases what is left of an inflight hold, as a VOID child. */
  void(hold: TransactionRow, reference?: string): TransactionRow {
    const source = this.balanceFor(hold.source, 'source');
    const destination = this.balanceFor(hold.destination, 'destination');
    const remaining = hold.precise_amount - hold.hold!.committed;
    const child = this.child(hold, remaining, 'VOID', reference);
    const undo = this.snapshot(source, destination);
    source.inflight_debit_balance -= remaining;
    destination.inflight_credit_balance -= remaining;
    source.version += 1;
    destination.version += 1;
    this.persist(source, destination, child, undo, SETTLED_FLAGS);
    hold.hold!.voided = true;
    return child;
  }

  /**
   * Sum of QUEUED transactions touching a balance that no worker has settled yet (section 6):
   * the source side is debit, the destination side credit (self-transfers excluded).
   */
  queuedAmounts(balanceId: string): { debit: bigint; credit: bigint } {
    const settled = new Set<string>();
    for (const t of this.store.transactions.values()) {
      if (t.parent_transaction && ['APPLIED', 'REJECTED', 'VOID', 'INFLIGHT'].includes(t.status)) {
        settled.add(t.parent_transaction);
      }
    }
    let debit = 0n;
    let credit = 0n;
    for (const t of this.store.transactions.values()) {
      if (t.status !== 'QUEUED' || settled.has(t.transaction_id)) continue;
      if (t.source === balanceId) debit += t.precise_amount;
      if (t.destination === balanceId && t.source !== balanceId) credit += t.precise_amount;
    }
    return { debit, credit };
  }

  /** The balance as of a time, replayed from the journal by effective date. */
  balanceAt(balanceId: string, at: Micros): { credit: bigint; debit: bigint } {
    let credit = 0n;
    let debit = 0n;
    for (const e of this.store.journal) {
      if (e.balance_id !== balanceId || e.effective_date > at) continue;
      credit += e.credit;
      debit += e.debit;
    }
    return { credit, debit };
  }

  /** Runs `work` so that if it throws, every balance, row and reference is as it was before. */
  atomically<T>(work: () => T): T {
    const s = this.store;
    const balances = new Map([...s.balances].map(([id, b]) => [id, { ...b }]));
    const transactions = new Set(s.transactions.keys());
    const journalLength = s.journal.length;
    try {
      return work();
    } catch (error) {
      for (const [id, b] of balances) Object.assign(s.balances.get(id)!, b);
      for (const id of [...s.balances.keys()]) if (!balances.has(id)) s.balances.delete(id);
      for (const [id, t] of [...s.transactions]) {
        if (transactions.has(id)) continue;
        s.transactions.delete(id);
        s.references.delete(t.reference);
      }
      for (const [key, id] of [...s.indicators]) if (!s.balances.has(id)) s.indicators.delete(key);
      s.journal.length = journalLength;
      throw error;
    }
  }

  /** What restores both balances and the journal when the write that changed them fails. */
  private snapshot(source: BalanceRow, destination: BalanceRow): () => void {
    const saved = [{ ...source }, { ...destination }] as const;
    const journalLength = this.store.journal.length;
    return () => {
      Object.assign(source, saved[0]);
      Object.assign(destination, saved[1]);
      this.store.journal.length = journalLength;
    };
  }

  /**
   * Blnk's one database transaction for a transfer (RecordTransactionWithBalancesAndOutbox):
   * update the source balance, then the destination, then insert the transaction. Each statement
   * is announced by NOTIFY (notify.ts), and the first whose row is too long fails them all.
   */
  private persist(source: BalanceRow, destination: BalanceRow, txn: TransactionRow, undo: () => void, flags: TransactionFlags): void {
    const failed = [source, destination].some((b) => tooLong(balancePayloadBytes(this.store, b)))
      ? 'Failed to update balance'
      : tooLong(transactionPayloadBytes(this.store, txn))
        ? 'Failed to record transaction'
        : null;
    if (failed) {
      undo();
      throw new NotifyRefused(failed);
    }
    this.store.insertTransaction(txn);
    this.announce(txn, flags, source, destination);
  }

  /**
   * After the commit (runTransactionPostCommitWork): each moved balance's monitors whose condition
   * holds, then the row's own event (transaction.applied, .inflight or .void by its status).
   */
  private announce(txn: TransactionRow, flags: TransactionFlags, source: BalanceRow, destination: BalanceRow): void {
    const webhooks = this.webhooks;
    if (!webhooks?.enabled) return;
    for (const balance of source === destination ? [source] : [source, destination]) {
      for (const monitor of firedMonitors(this.store, balance)) webhooks.send('balance.monitor', () => monitorJson(monitor));
    }
    webhooks.send(`transaction.${txn.status.toLowerCase()}`, () => transactionData(txn, flags));
  }

  private balanceFor(id: string, _side: 'source' | 'destination'): BalanceRow {
    const b = this.store.balances.get(id);
    // Blnk's getSourceAndDestination: the database's not-found, upgraded to TXN_NOT_FOUND.
    if (!b) throw notFound('TXN_NOT_FOUND', `Balance with ID '${id}' not found`);
    return b;
  }

  private checkFunds(source: BalanceRow, txn: TransactionRow): void {
    const available = balanceOf(source) - source.inflight_debit_balance;
    if (available >= txn.precise_amount) return;
    if (txn.overdraft_limit > 0) {
      if (available - txn.precise_amount >= -overdraftMinorUnits(txn.overdraft_limit, txn.precision)) return;
      throw new ApiError('TXN_VALIDATION_ERROR', 'failed to apply transaction to balances: transaction exceeds overdraft limit');
    }
    throw new ApiError('TXN_INSUFFICIENT_FUNDS', 'failed to apply transaction to balances: insufficient funds in source balance');
  }

  private post(source: BalanceRow, destination: BalanceRow, amount: bigint, effective: Micros): void {
    source.debit_balance += amount;
    destination.credit_balance += amount;
    const entries: JournalEntry[] = [
      { balance_id: source.balance_id, effective_date: effective, credit: 0n, debit: amount },
      { balance_id: destination.balance_id, effective_date: effective, credit: amount, debit: 0n },
    ];
    this.store.journal.push(...entries);
  }

  /** A commit or void leg: `ref_<uuid>` with skip_queue, `<hold>_<action>_act_<uuid>` from the queue. */
  private child(parent: TransactionRow, amount: bigint, status: TransactionRow['status'], reference?: string): TransactionRow {
    const now = nowMicros();
    const meta: MetaData = parent.meta_data ? { ...parent.meta_data } : null;
    const child: TransactionRow = {
      ...parent,
      transaction_id: newId('txn'),
      parent_transaction: parent.transaction_id,
      reference: reference ?? newId('ref'),
      status,
      precise_amount: amount,
      created_at: now,
      effective_date: now,
      meta_data: meta,
      hash: '',
    };
    delete child.hold;
    child.hash = hashOf(child);
    return child;
  }
}

export function hashOf(t: TransactionRow): string {
  return createHash('sha256')
    .update(`${t.transaction_id}|${t.source}|${t.destination}|${t.reference}|${t.precise_amount}|${t.currency}`)
    .digest('hex');
}

/**
 * Blnk v0.15.2's limit in minor units: decimal.NewFromFloat(limit) × decimal.NewFromFloat(precision),
 * rounded half away from zero. NewFromFloat takes the float's shortest decimal, as String() does.
 */
function overdraftMinorUnits(limit: number, precision: bigint): bigint {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(limit));
  if (!m) return 0n;
  const fraction = m[2] ?? '';
  const exponent = Number(m[3] ?? 0) - fraction.length;
  const digits = BigInt(`${m[1]}${fraction}`) * precision;
  if (exponent >= 0) return digits * 10n ** BigInt(exponent);
  const scale = 10n ** BigInt(-exponent);
  return (digits * 2n + scale) / (2n * scale);
}
