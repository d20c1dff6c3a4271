import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Issue 17, item 2, in detail on the seeded sandbox (the dual-target story is
 * test/scenarios/confined-spam.test.ts). Seed (src/sandbox/seed.ts), checked by hand:
 * - adaUsd: 5000.00 in, 125.00 to Acme: balance 487500; a queued 20.00 to Grace not yet run
 *   (queuedDebitBalance 2000). Available by Blnk's rule: 487500 − 0 − 2000 = 485500.
 * - graceUsd: 2500.00 in, an inflight hold of 99.00 to Acme (inflightDebitBalance 9900):
 *   available 250000 − 9900 = 240100.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;

const pay = `mutation($input: RecordTransactionInput!) {
  recordTransaction(input: $input) {
    __typename
    ... on Transaction { status preciseAmount }
    ... on Error { code }
    ... on ValidationError { field }
  }
}`;
const bulk = `mutation($input: RecordBulkTransactionsInput!) {
  recordBulkTransactions(input: $input) { __typename ... on BulkTransactionsPayload { transactionCount } ... on Error { code } }
}`;

const transfer = (extra: Record<string, unknown> = {}) => ({
  source: B.adaUsd,
  destination: B.graceUsd,
  preciseAmount: '1',
  precision: '100',
  currency: 'USD',
  description: 'coffee',
  skipQueue: true,
  ...extra,
});

describe('confined writes: funds, bulk size, rate and descriptions', () => {
  let h: Harness;
  let ada: Record<string, string>;
  let grace: Record<string, string>;
  let admin: Record<string, string>;
  const writes = () =>
    h.sandbox.requests.filter((r) => r.method === 'POST' && (r.path === '/transactions' || r.path === '/transactions/bulk'));

  beforeEach(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { confinedMaxBulk: 3, confinedWritesPerMinute: 4 } });
    ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
    grace = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.grace }));
    admin = bearer(await signToken({ scope: 'ledger:admin' }));
    h.sandbox.resetRequests();
  });
  afterEach(() => h.close());

  it('counts queued debits: one unit more than balance − queuedDebitBalance is refused before Blnk, exactly that is paid', async () => {
    const over = await post(h, pay, { input: transfer({ preciseAmount: '485501' }) }, ada);
    expect(over.body.data.recordTransaction).toEqual({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    expect(writes()).toEqual([]);
    const exact = await post(h, pay, { input: transfer({ preciseAmount: '485500' }) }, ada);
    expect(exact.body.data.recordTransaction).toEqual({ __typename: 'Transaction', status: 'APPLIED', preciseAmount: '485500' });
  });

  it('counts inflight debits: Grace, with 99.00 held, pays at most 2401.00', async () => {
    const to = { source: B.graceUsd, destination: B.adaUsd };
    const over = await post(h, pay, { input: transfer({ ...to, preciseAmount: '240101' }) }, grace);
    expect(over.body.data.recordTransaction).toEqual({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    expect(writes()).toEqual([]);
    const exact = await post(h, pay, { input: transfer({ ...to, preciseAmount: '240100' }) }, grace);
    expect(exact.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
  });

  it('adds up what a bulk takes from one source: two items that fit alone but not together are refused whole', async () => {
    const items = [transfer({ preciseAmount: '300000' }), transfer({ preciseAmount: '185501' })].map(({ skipQueue: _, ...item }) => item);
    const res = await post(h, bulk, { input: { transactions: items, skipQueue: true } }, ada);
    expect(res.body.data.recordBulkTransactions).toEqual({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    expect(writes()).toEqual([]);
  });

  it('a split over its own balances counts each leg: a fixed leg beyond what that balance holds is refused', async () => {
    // Ada's ETH balance is in another currency: a USD split over adaUsd and a second USD balance
    // of hers is made by the operator first.
    const made = await post(
      h,
      `mutation { createBalance(input: { ledgerId: "${SEED_IDS.ledgers.wallets}", currency: "USD", identityId: "${I.ada}" }) { ... on Balance { id } } }`,
      {},
      admin,
    );
    const second = made.body.data.createBalance.id as string;
    h.sandbox.resetRequests();
    const split = (fixed: string) =>
      post(
        h,
        pay,
        {
          input: transfer({
            source: undefined,
            preciseAmount: '1000',
            sources: [
              { identifier: second, preciseDistribution: fixed },
              { identifier: B.adaUsd, distribution: 'left' },
            ],
          }),
        },
        ada,
      );
    const refused = await split('1');
    expect(refused.body.data.recordTransaction).toEqual({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    expect(writes()).toEqual([]);
  });

  it('a bulk above CONFINED_MAX_BULK is FORBIDDEN; the operator is not capped', async () => {
    const items = (n: number) => Array.from({ length: n }, () => ({ ...transfer(), skipQueue: undefined }));
    const res = await post(h, bulk, { input: { transactions: items(4), skipQueue: true } }, ada);
    expect(codes(res.body)).toEqual([['recordBulkTransactions', 'FORBIDDEN']]);
    expect(res.body.errors[0].extensions.field).toBe('transactions');
    expect(h.sandbox.requests).toEqual([]);
    const operator = await post(h, bulk, { input: { transactions: items(4), skipQueue: true } }, admin);
    expect(operator.body.data.recordBulkTransactions).toEqual({ __typename: 'BulkTransactionsPayload', transactionCount: 4 });
  });

  it('CONFINED_WRITES_PER_MINUTE counts transfers per identity: the fifth is RATE_LIMITED with retryAfterMs, and another identity still writes', async () => {
    for (let i = 0; i < 2; i += 1) {
      const ok = await post(h, pay, { input: transfer() }, ada);
      expect(ok.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction' });
    }
    const two = await post(
      h,
      bulk,
      { input: { transactions: [0, 1].map(() => ({ ...transfer(), skipQueue: undefined })), skipQueue: true } },
      ada,
    );
    expect(two.body.data.recordBulkTransactions).toMatchObject({ transactionCount: 2 });
    h.sandbox.resetRequests();
    const fifth = await post(h, pay, { input: transfer() }, ada);
    expect(fifth.body.data).toEqual({ recordTransaction: null });
    expect(fifth.body.errors).toHaveLength(1);
    const { extensions } = fifth.body.errors[0];
    expect(extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 4, windowMs: 60_000 });
    expect(extensions.retryAfterMs).toBeGreaterThan(0);
    expect(extensions.retryAfterMs).toBeLessThanOrEqual(60_000);
    // The rate comes first: refused before any read, so it tells nothing about the balances named.
    expect(h.sandbox.requests).toEqual([]);
    const other = await post(h, pay, { input: transfer({ source: B.graceUsd, destination: B.adaUsd }) }, grace);
    expect(other.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
  });

  it('a description over 500 characters is a ValidationError on description for everyone; 500 is taken', async () => {
    for (const who of [ada, admin]) {
      const res = await post(h, pay, { input: transfer({ description: 'x'.repeat(501) }) }, who);
      expect(res.body.data.recordTransaction).toEqual({ __typename: 'ValidationError', code: 'VALIDATION_ERROR', field: 'description' });
    }
    expect(writes()).toEqual([]);
    const ok = await post(h, pay, { input: transfer({ description: 'x'.repeat(500) }) }, ada);
    expect(ok.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
  });

  it('the operator still queues', async () => {
    const res = await post(h, pay, { input: transfer({ skipQueue: undefined }) }, admin);
    expect(res.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'QUEUED' });
  });
});

describe('confined-write settings', () => {
  it('default to 10 per bulk and 30 a minute; a bulk cap above the minute is refused at start, naming both', () => {
    expect(loadConfig({}).limits).toMatchObject({ confinedMaxBulk: 10, confinedWritesPerMinute: 30 });
    expect(() => loadConfig({ CONFINED_MAX_BULK: '50', CONFINED_WRITES_PER_MINUTE: '20' })).toThrow(
      /CONFINED_MAX_BULK \(50\) must not exceed CONFINED_WRITES_PER_MINUTE \(20\)/,
    );
    expect(() => loadConfig({ CONFINED_MAX_BULK: '0' })).toThrow(/CONFINED_MAX_BULK must be a whole number from 1/);
  });
});
