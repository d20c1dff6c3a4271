import type { Deps } from './router.js';
import { IDENTITY_STRING_FIELDS, newBalanceRow } from './store.js';
import type { BalanceRow, IdentityRow, TransactionRow } from './store.js';
import { nowMicros, parseTime } from './time.js';

/**
 * Demo data for GraphiQL and for reading the sandbox by hand. The ids are fixed so that the
 * README's and GraphiQL's example queries work on every start.
 */
export const SEED_IDS = {
  ledgers: {
    wallets: 'ldg_00000000-0000-4000-8000-000000000001',
    merchants: 'ldg_00000000-0000-4000-8000-000000000002',
    treasury: 'ldg_00000000-0000-4000-8000-000000000003',
  },
  identities: {
    ada: 'idt_00000000-0000-4000-8000-000000000001',
    grace: 'idt_00000000-0000-4000-8000-000000000002',
    acme: 'idt_00000000-0000-4000-8000-000000000003',
  },
  balances: {
    adaUsd: 'bln_00000000-0000-4000-8000-000000000001',
    graceUsd: 'bln_00000000-0000-4000-8000-000000000002',
    acmeUsd: 'bln_00000000-0000-4000-8000-000000000003',
    adaEth: 'bln_00000000-0000-4000-8000-000000000004',
    treasuryEth: 'bln_00000000-0000-4000-8000-000000000005',
    floatUsd: 'bln_00000000-0000-4000-8000-000000000006',
  },
} as const;

const ETH = 10n ** 18n;

export function seed(deps: Deps): void {
  const { store, engine } = deps;
  const ledger = (ledger_id: string, name: string, meta: Record<string, string> | null) =>
    store.ledgers.set(ledger_id, { ledger_id, name, created_at: nowMicros(), meta_data: meta });
  ledger(SEED_IDS.ledgers.wallets, 'Customer Wallets', { region: 'eu' });
  ledger(SEED_IDS.ledgers.merchants, 'Merchant Settlements', null);
  ledger(SEED_IDS.ledgers.treasury, 'Crypto Treasury', { custody: 'cold' });

  const identity = (identity_id: string, fields: Partial<IdentityRow>) => {
    const blank = Object.fromEntries(IDENTITY_STRING_FIELDS.map((f) => [f, ''])) as Record<(typeof IDENTITY_STRING_FIELDS)[number], string>;
    store.identities.set(identity_id, {
      identity_id,
      ...blank,
      dob: null,
      created_at: nowMicros(),
      meta_data: null,
      ...fields,
    });
  };
  identity(SEED_IDS.identities.ada, {
    identity_type: 'individual',
    first_name: 'Ada',
    last_name: 'Lovelace',
    email_address: 'ada@example.com',
    country: 'GB',
    city: 'London',
    dob: parseTime('1815-12-10T00:00:00Z'),
    meta_data: { tier: 'gold' },
  });
  identity(SEED_IDS.identities.grace, {
    identity_type: 'individual',
    first_name: 'Grace',
    last_name: 'Hopper',
    email_address: 'grace@example.com',
    country: 'US',
    city: 'New York',
  });
  identity(SEED_IDS.identities.acme, {
    identity_type: 'organization',
    organization_name: 'Acme Corp',
    category: 'merchant',
    email_address: 'billing@acme.example',
    country: 'US',
  });

  const balance = (balance_id: string, ledger_id: string, currency: string, identity_id = '', extra: Partial<BalanceRow> = {}) =>
    store.insertBalance(newBalanceRow({ balance_id, ledger_id, identity_id, currency, created_at: nowMicros(), ...extra }));
  const b = SEED_IDS.balances;
  balance(b.adaUsd, SEED_IDS.ledgers.wallets, 'USD', SEED_IDS.identities.ada, { meta_data: { purpose: 'main' } });
  balance(b.graceUsd, SEED_IDS.ledgers.wallets, 'USD', SEED_IDS.identities.grace);
  balance(b.acmeUsd, SEED_IDS.ledgers.merchants, 'USD', SEED_IDS.identities.acme, {
    track_fund_lineage: true,
    allocation_strategy: 'LIFO',
  });
  balance(b.adaEth, SEED_IDS.ledgers.treasury, 'ETH', SEED_IDS.identities.ada);
  balance(b.treasuryEth, SEED_IDS.ledgers.treasury, 'ETH');
  balance(b.floatUsd, SEED_IDS.ledgers.merchants, 'USD');

  let n = 0;
  const transfer = (
    source: string,
    destination: string,
    amount: bigint,
    precision: bigint,
    currency: string,
    options: { inflight?: boolean; overdraft?: boolean; queued?: boolean } = {},
  ): TransactionRow => {
    n += 1;
    const sourceRow = engine.resolve(source, currency)!;
    const destinationRow = engine.resolve(destination, currency)!;
    const now = nowMicros();
    const row: TransactionRow = {
      transaction_id: `txn_00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      parent_transaction: '',
      source: sourceRow.balance_id,
      destination: destinationRow.balance_id,
      reference: `seed-${n}`,
      currency,
      description: `Seed transfer ${n}`,
      status: 'QUEUED',
      precise_amount: amount,
      precision,
      overdraft_limit: 0,
      hash: '',
      created_at: now,
      effective_date: now,
      scheduled_for: null,
      inflight_expiry_date: null,
      inflight_commit_date: null,
      meta_data: options.overdraft ? { allow_overdraft: true } : options.inflight ? { inflight: true } : null,
    };
    // A queued row the worker has not reached: it stays QUEUED, so with_queued has something to show.
    if (options.queued) {
      store.insertTransaction(row);
      return row;
    }
    return engine.apply(row, { inflight: options.inflight ?? false, allowOverdraft: options.overdraft ?? false });
  };

  transfer('@World', b.adaUsd, 500_000n, 100n, 'USD', { overdraft: true });
  transfer('@World', b.graceUsd, 250_000n, 100n, 'USD', { overdraft: true });
  transfer(b.adaUsd, b.acmeUsd, 12_500n, 100n, 'USD');
  transfer('@World', b.floatUsd, 1_000_000n, 100n, 'USD', { overdraft: true });
  // Amounts beyond 2^53 minor units: 123,456 ETH in wei, then 5 ETH on to Ada.
  transfer('@World', b.treasuryEth, 123_456n * ETH + 789n, ETH, 'ETH', { overdraft: true });
  transfer(b.treasuryEth, b.adaEth, 5n * ETH, ETH, 'ETH');
  transfer(b.graceUsd, b.acmeUsd, 9_900n, 100n, 'USD', { inflight: true });
  transfer(b.adaUsd, b.graceUsd, 2_000n, 100n, 'USD', { queued: true });
  transfer(b.floatUsd, b.adaUsd, 7_500n, 100n, 'USD', { queued: true });
}

/**
 * The benchmark's data: one ledger of `count` balances, each with its own identity and some
 * money, so a page of 100 needs 100 identities. Ids are fixed, like the demo's.
 */
export const BENCH_LEDGER_ID = 'ldg_00000000-0000-4000-8000-0000000be0c4';

export function seedBench(deps: Deps, count: number): void {
  const { store, engine } = deps;
  store.ledgers.set(BENCH_LEDGER_ID, { ledger_id: BENCH_LEDGER_ID, name: 'Bench', created_at: nowMicros(), meta_data: null });
  for (let i = 1; i <= count; i += 1) {
    const suffix = String(i).padStart(12, '0');
    const identityId = `idt_00000000-0000-4000-9000-${suffix}`;
    const blank = Object.fromEntries(IDENTITY_STRING_FIELDS.map((f) => [f, ''])) as Record<(typeof IDENTITY_STRING_FIELDS)[number], string>;
    store.identities.set(identityId, {
      identity_id: identityId,
      ...blank,
      identity_type: 'individual',
      first_name: `Bench${i}`,
      dob: null,
      created_at: nowMicros(),
      meta_data: null,
    });
    const balanceId = `bln_00000000-0000-4000-9000-${suffix}`;
    store.insertBalance(
      newBalanceRow({
        balance_id: balanceId,
        ledger_id: BENCH_LEDGER_ID,
        identity_id: identityId,
        currency: 'USD',
        created_at: nowMicros(),
      }),
    );
    const now = nowMicros();
    engine.apply(
      {
        transaction_id: `txn_00000000-0000-4000-9000-${suffix}`,
        parent_transaction: '',
        source: engine.resolve('@World', 'USD')!.balance_id,
        destination: balanceId,
        reference: `bench-${i}`,
        currency: 'USD',
        description: 'bench funding',
        status: 'QUEUED',
        precise_amount: 1_000_000n + BigInt(i),
        precision: 100n,
        overdraft_limit: 0,
        hash: '',
        created_at: now,
        effective_date: now,
        scheduled_for: null,
        inflight_expiry_date: null,
        inflight_commit_date: null,
        meta_data: { allow_overdraft: true },
      },
      { inflight: false, allowOverdraft: true },
    );
  }
}
