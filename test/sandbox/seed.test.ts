import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { RFC3339_UTC, ZERO_TIME } from '../helpers/entities.js';
import { useSandbox } from '../helpers/sandbox.js';

const { call } = useSandbox({ seed: true });
let balances: any[];
let balancesText: string;
let transactions: any[];

const TWO_53 = 2n ** 53n;

beforeAll(async () => {
  // GET /balances has no upper limit without filters (section 2.2).
  const res = await call('GET', '/balances?limit=1000');
  expect(res.status).toBe(200);
  balances = res.json;
  balancesText = res.text;
  const txns = await call('GET', '/transactions?limit=1000');
  expect(txns.status).toBe(200);
  transactions = txns.json;
});

const byStatus = async (status: string): Promise<any[]> => {
  const res = await call('POST', '/transactions/filter', {
    body: { filters: [{ field: 'status', operator: 'eq', value: status }], limit: 100 },
  });
  expect(res.status).toBe(200);
  return res.json;
};

describe('sandbox-only: the seed (startSandbox({seed: true}))', () => {
  it('has several ledgers besides the general ledger, each readable by its SEED_IDS id', async () => {
    const res = await call('GET', '/ledgers?limit=100');
    const ids = res.json.map((l: any) => l.ledger_id);
    expect(ids).toContain('general_ledger_id');
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of Object.values(SEED_IDS.ledgers)) {
      const ledger = await call('GET', `/ledgers/${id}`);
      expect(ledger.status, id).toBe(200);
      expect(ledger.json.created_at).toMatch(RFC3339_UTC);
    }
  });

  it('has several identities, with every string field present and unset dobs as the zero time (§4.3)', async () => {
    const res = await call('GET', '/identities');
    expect(res.json.length).toBeGreaterThanOrEqual(3);
    const listed = res.json.map((i: any) => i.identity_id);
    for (const id of Object.values(SEED_IDS.identities)) expect(listed).toContain(id);
    for (const identity of res.json) {
      expect(Object.keys(identity)).toHaveLength(19);
      expect(identity.dob === ZERO_TIME || RFC3339_UTC.test(identity.dob)).toBe(true);
    }
    expect(res.json.some((i: any) => i.dob === ZERO_TIME)).toBe(true);
  });

  it('has balances with and without an identity, every identity real (§4.1)', async () => {
    for (const id of Object.values(SEED_IDS.balances)) {
      expect(balances.map((b) => b.balance_id)).toContain(id);
    }
    const withIdentity = balances.filter((b) => b.identity_id !== '');
    const without = balances.filter((b) => b.identity_id === '');
    expect(withIdentity.length).toBeGreaterThanOrEqual(2);
    expect(without.filter((b) => !b.indicator).length).toBeGreaterThanOrEqual(1);
    for (const b of withIdentity) expect((await call('GET', `/identities/${b.identity_id}`)).status).toBe(200);
    for (const b of balances) {
      expect((await call('GET', `/ledgers/${b.ledger_id}`)).status).toBe(200);
      expect(b.inflight_expires_at).toBe(ZERO_TIME);
    }
    // A seeded balance with an identity can be read with include=identity (section 6).
    const included = await call('GET', `/balances/${withIdentity[0].balance_id}?include=identity`);
    expect(included.status).toBe(200);
    expect(included.json.identity.identity_id).toBe(withIdentity[0].identity_id);
  });

  it('has an @World balance in general_ledger_id with a negative balance (§7)', async () => {
    const res = await call('GET', '/balances/indicator/@World/currency/USD');
    expect(res.status).toBe(200);
    expect(res.json.ledger_id).toBe('general_ledger_id');
    expect(res.json.identity_id).toBe('');
    expect(res.json.balance).toBeLessThan(0n);
    expect(res.json.balance).toBe(res.json.credit_balance - res.json.debit_balance);
  });

  it('has APPLIED, INFLIGHT and QUEUED transactions (POST /transactions/filter by status)', async () => {
    for (const status of ['APPLIED', 'INFLIGHT', 'QUEUED']) {
      const rows = await byStatus(status);
      expect(rows.length, status).toBeGreaterThanOrEqual(1);
      for (const row of rows) expect(row.status).toBe(status);
    }
  });

  it('carries an amount above 2^53, exactly, as a bare JSON integer (§5)', async () => {
    const big = balances.filter((b) => b.balance > TWO_53 || b.balance < -TWO_53);
    expect(big.length).toBeGreaterThanOrEqual(1);
    for (const b of big) expect(balancesText).toContain(`"balance":${b.balance}`);
    expect(transactions.some((t) => t.precise_amount > TWO_53)).toBe(true);
    // Each balance's parts agree to the last digit.
    for (const b of balances) {
      expect(b.balance).toBe(b.credit_balance - b.debit_balance);
      expect(b.inflight_balance).toBe(b.inflight_credit_balance - b.inflight_debit_balance);
    }
  });

  it('balances the books: the sum of every balance, and of every inflight balance, is zero', () => {
    expect(balances.length).toBeGreaterThanOrEqual(8);
    const sum = (key: string) => balances.reduce((acc, b) => acc + (b[key] as bigint), 0n);
    expect(sum('balance')).toBe(0n);
    expect(sum('credit_balance')).toBe(sum('debit_balance'));
    expect(sum('inflight_balance')).toBe(0n);
  });

  it("shows each balance's QUEUED transfers in with_queued=true (§6)", async () => {
    const queued = transactions.filter((t) => t.status === 'QUEUED');
    const settled = new Set(transactions.filter((t) => t.parent_transaction).map((t) => t.parent_transaction));
    const pending = queued.filter((t) => !settled.has(t.transaction_id));
    expect(pending.length).toBeGreaterThanOrEqual(1);
    for (const b of balances) {
      let debit = 0n;
      let credit = 0n;
      for (const t of pending) {
        if (t.source === b.balance_id) debit += t.precise_amount;
        if (t.destination === b.balance_id && t.source !== b.balance_id) credit += t.precise_amount;
      }
      const res = await call('GET', `/balances/${b.balance_id}?with_queued=true`);
      expect(res.json.queued_debit_balance, b.balance_id).toBe(debit);
      expect(res.json.queued_credit_balance, b.balance_id).toBe(credit);
    }
  });
});
