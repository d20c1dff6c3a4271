import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * A token confined to Ada (issue 11, item 1), over the gateway's HTTP handling with real HS256
 * tokens. Seed (src/sandbox/seed.ts): Ada's USD balance holds 487500 (5000.00 in, 125.00 to
 * Acme); Grace's USD balance is another customer's; Ada's ETH balance is hers in another currency.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const TXN = (n: number) => `txn_00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MISSING = 'bln_00000000-0000-4000-8000-0000000000ff';

const pay = `mutation($input: RecordTransactionInput!) {
  recordTransaction(input: $input) {
    __typename
    ... on Transaction { status preciseAmount }
    ... on Error { code }
    ... on ValidationError { field }
  }
}`;
const bulk = `mutation($input: RecordBulkTransactionsInput!) {
  recordBulkTransactions(input: $input) { __typename ... on Error { code } }
}`;

const transfer = (extra: Record<string, unknown> = {}) => ({
  source: B.adaUsd,
  destination: B.graceUsd,
  amount: '1.00',
  precision: '100',
  currency: 'USD',
  description: 'coffee',
  skipQueue: true,
  ...extra,
});

describe('a principal confined to one identity, writing', () => {
  let h: Harness;
  let ada: Record<string, string>;
  let admin: Record<string, string>;
  const writes = () => h.sandbox.requests.filter((r) => r.method !== 'GET' && !r.route?.endsWith('/filter'));
  const balanceOf = async (id: string) => (await post(h, `{ balance(id: "${id}") { balance } }`, {}, admin)).body.data.balance.balance;

  beforeAll(async () => {
    // Every confined attempt counts against CONFINED_WRITES_PER_MINUTE, refused or not, and this
    // file makes more than the default 30 in one minute.
    h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { confinedWritesPerMinute: 1_000 } });
    ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
    admin = bearer(await signToken({ scope: 'ledger:admin' }));
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  it('cannot overdraw: allowOverdraft is refused with FORBIDDEN naming the field, before Blnk, and nothing moves', async () => {
    const before = [await balanceOf(B.adaUsd), await balanceOf(B.graceUsd)];
    h.sandbox.resetRequests();
    const res = await post(h, pay, { input: transfer({ amount: '1000000000.00', allowOverdraft: true }) }, ada);
    expect(res.body.data).toEqual({ recordTransaction: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'allowOverdraft' });
    expect(res.body.errors[0].message).toContain('allowOverdraft');
    expect(writes()).toEqual([]);
    expect([await balanceOf(B.adaUsd), await balanceOf(B.graceUsd)]).toEqual(before);
  });

  it('without an overdraft, more than it has is refused by Blnk as insufficient funds', async () => {
    const res = await post(h, pay, { input: transfer({ amount: '1000000000.00' }) }, ada);
    expect(res.body.data.recordTransaction).toMatchObject({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
  });

  it.each([
    ['effectiveDate', { effectiveDate: '2020-01-01T00:00:00Z' }],
    ['scheduledFor', { scheduledFor: '2099-01-01T00:00:00Z' }],
    ['inflight', { inflight: true }],
    ['inflightExpiryDate', { inflightExpiryDate: '2099-01-01T00:00:00Z' }],
  ])('refuses %s', async (field, extra) => {
    const res = await post(h, pay, { input: transfer(extra) }, ada);
    expect(codes(res.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(res.body.errors[0].extensions.field).toBe(field);
    expect(writes()).toEqual([]);
  });

  it.each([
    'QUEUED_PARENT_TRANSACTION',
    'inflight',
    'atomic',
    'allow_overdraft',
    'BLNK_LINEAGE_PROVIDER',
    'BLNK_GENERATED_BY',
    'queue_lane',
    'queue_pair_key',
    'recovery_attempts',
    'blnk_rejection_reason',
    'Allow_Overdraft',
  ])('refuses the metadata key %s, which Blnk gives a meaning', async (key) => {
    const res = await post(h, pay, { input: transfer({ metaData: { orderId: 'o-1', [key]: 'x' } }) }, ada);
    expect(codes(res.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(res.body.errors[0].extensions.field).toBe('metaData');
    expect(writes()).toEqual([]);
  });

  it('pays only balances that exist: an @indicator is refused (it would be created), a missing id is not found', async () => {
    const indicator = await post(h, pay, { input: transfer({ destination: '@something-new' }) }, ada);
    expect(codes(indicator.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(indicator.body.errors[0].extensions.field).toBe('destination');
    const missing = await post(h, pay, { input: transfer({ destination: MISSING }) }, ada);
    expect(missing.body.data.recordTransaction).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(writes()).toEqual([]);
    const created = await post(h, '{ balanceByIndicator(indicator: "@something-new", currency: "USD") { id } }', {}, admin);
    expect(created.body.data.balanceByIndicator).toBeNull();
  });

  it('moves money in the currency of its balances only (Blnk would move the units at par)', async () => {
    const res = await post(
      h,
      pay,
      { input: transfer({ destination: B.adaEth, currency: 'ETH', amount: undefined, preciseAmount: '100' }) },
      ada,
    );
    expect(res.body.data.recordTransaction).toMatchObject({ __typename: 'ValidationError', field: 'currency' });
    // A payee in another currency answers as a missing balance: its currency is not revealed.
    const payee = await post(h, pay, { input: transfer({ destination: B.adaEth }) }, ada);
    const missing = await post(h, pay, { input: transfer({ destination: MISSING }) }, ada);
    expect(payee.body).toEqual(missing.body);
    expect(payee.body.data.recordTransaction).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(writes()).toEqual([]);
  });

  it('spends only its own balances, split sources included; a foreign and a missing source answer alike', async () => {
    const split = await post(
      h,
      pay,
      {
        input: transfer({
          source: undefined,
          sources: [
            { identifier: B.adaUsd, distribution: '50%' },
            { identifier: B.graceUsd, distribution: 'left' },
          ],
        }),
      },
      ada,
    );
    expect(codes(split.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(split.body.errors[0].extensions.field).toBe('sources');
    const foreign = await post(h, pay, { input: transfer({ source: B.graceUsd, destination: B.adaUsd }) }, ada);
    const missing = await post(h, pay, { input: transfer({ source: MISSING, destination: B.adaUsd }) }, ada);
    expect(foreign.body.errors).toEqual(missing.body.errors);
    expect(codes(foreign.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(writes()).toEqual([]);
  });

  it('in bulk: each transaction passes the same rule, and atomic and inflight batches are refused', async () => {
    const items = [transfer({ skipQueue: undefined }), transfer({ skipQueue: undefined, allowOverdraft: true, amount: '99999999.00' })];
    const res = await post(h, bulk, { input: { transactions: items } }, ada);
    expect(codes(res.body)).toEqual([['recordBulkTransactions', 'FORBIDDEN']]);
    expect(res.body.errors[0].extensions.field).toBe('transactions.1.allowOverdraft');
    for (const flag of ['atomic', 'inflight']) {
      const flagged = await post(h, bulk, { input: { transactions: [transfer({ skipQueue: undefined })], [flag]: true } }, ada);
      expect(codes(flagged.body)).toEqual([['recordBulkTransactions', 'FORBIDDEN']]);
      expect(flagged.body.errors[0].extensions.field).toBe(flag);
    }
    expect(writes()).toEqual([]);
  });

  it('cannot refund, even a payment it received (Blnk refunds may overdraw)', async () => {
    const res = await post(h, `mutation { refundTransaction(input: { id: "${TXN(1)}", skipQueue: true }) { __typename } }`, {}, ada);
    expect(codes(res.body)).toEqual([['refundTransaction', 'FORBIDDEN']]);
    expect(writes()).toEqual([]);
  });

  it('never administers, even when its token also grants ledger:admin', async () => {
    const both = bearer(await signToken({ scope: 'ledger:admin', blnk_identity_id: I.ada }));
    const ledger = await post(h, 'mutation { createLedger(input: { name: "mine" }) { __typename } }', {}, both);
    expect(codes(ledger.body)).toEqual([['createLedger', 'FORBIDDEN']]);
    const balance = await post(
      h,
      `mutation { createBalance(input: { ledgerId: "${SEED_IDS.ledgers.wallets}", currency: "USD", identityId: "${I.ada}" }) { __typename } }`,
      {},
      both,
    );
    expect(codes(balance.body)).toEqual([['createBalance', 'FORBIDDEN']]);
    expect(writes()).toEqual([]);
  });

  it("filters on another identity's transactions as on a missing identity's, without asking Blnk about it", async () => {
    const query = 'query($f: TransactionFilter) { transactions(first: 50, filter: $f) { edges { node { id } } } }';
    const foreign = await post(h, query, { f: { sourceIdentityId: { eq: I.grace } } }, ada);
    const missing = await post(h, query, { f: { sourceIdentityId: { eq: 'idt_missing' } } }, ada);
    expect(foreign.body).toEqual({ data: { transactions: { edges: [] } } });
    expect(missing.body).toEqual(foreign.body);
    const asked = h.sandbox.requests.filter((r) => r.route === '/balances/filter').map((r) => r.body);
    expect(asked.some((body) => body.includes(I.grace))).toBe(false);
    const own = await post(h, query, { f: { sourceIdentityId: { eq: I.ada } } }, ada);
    expect(own.body.data.transactions.edges.length).toBeGreaterThan(0);
  });

  it('gives references of its own namespace only: <identity>:<name>, not ending as Blnk names derived rows', async () => {
    const own = await post(h, pay, { input: transfer({ reference: `${I.ada}:order-42` }) }, ada);
    expect(own.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
    for (const reference of [
      'order-43',
      `${I.grace}:order-1`,
      `${I.ada}:`,
      `${I.ada}:a:b`,
      `${I.ada}:order-42_q`,
      `${I.ada}:x_REFUND`,
      `${I.ada}:x_void`,
    ]) {
      const res = await post(h, pay, { input: transfer({ reference }) }, ada);
      expect(codes(res.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
      expect(res.body.errors[0].extensions.field).toBe('reference');
      expect(res.text).not.toContain(reference);
    }
    const bulkRef = await post(h, bulk, { input: { transactions: [transfer({ skipQueue: undefined, reference: 'seed-1' })] } }, ada);
    expect(bulkRef.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'transactions.0.reference' });
    expect(writes().filter((r) => r.route === '/transactions')).toHaveLength(1);
  });

  it('still pays what it has, to an existing balance, now', async () => {
    const [ada0, grace0] = [BigInt(await balanceOf(B.adaUsd)), BigInt(await balanceOf(B.graceUsd))];
    const res = await post(h, pay, { input: transfer({ metaData: { orderId: 'o-42' } }) }, ada);
    expect(res.body).toEqual({ data: { recordTransaction: { __typename: 'Transaction', status: 'APPLIED', preciseAmount: '100' } } });
    expect(BigInt(await balanceOf(B.adaUsd))).toBe(ada0 - 100n);
    expect(BigInt(await balanceOf(B.graceUsd))).toBe(grace0 + 100n);
  });
});
