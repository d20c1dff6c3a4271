import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Issue 17, hostile review of the fixes, finding 2: a confined writer with an empty balance
 * (Mallory) told a missing payee (NotFoundError) from another customer's USD balance
 * (InsufficientFundsError) and from her EUR balance (NotFoundError again), and the write rate was
 * spent only by probes of existing payees. Now the rate is taken first and the source's funds are
 * checked before any payee is looked up: until the caller could pay, every payee gets the same
 * answer and the same upstream calls, and no call names the payee. The dual-target story is
 * test/scenarios/confined-payee-oracle.test.ts.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const MISSING = 'bln_0f0f0f0f-0000-4000-8000-000000000000';

const pay = `mutation($input: RecordTransactionInput!) {
  recordTransaction(input: $input) { __typename ... on Transaction { status } ... on Error { code message } }
}`;
const bulk = `mutation($input: RecordBulkTransactionsInput!) {
  recordBulkTransactions(input: $input) { __typename ... on BulkTransactionsPayload { transactionCount } ... on Error { code message } }
}`;

let h: Harness;
let admin: Record<string, string>;
let mallory: Record<string, string>;
let ada: Record<string, string>;
let malloryUsd: string;
let graceEur: string;

async function create(mutation: string, input: Record<string, unknown>, field: string): Promise<string> {
  const res = await post(h, `mutation($input: ${mutation}!) { ${field}(input: $input) { ... on Node { id } } }`, { input }, admin);
  const id = res.body.data?.[field]?.id;
  if (!id) throw new Error(`${field}: ${res.text}`);
  return id;
}

const transfer = (source: string, destination: string, extra: Record<string, unknown> = {}) => ({
  source,
  destination,
  preciseAmount: '1',
  precision: '100',
  currency: 'USD',
  description: 'p',
  skipQueue: true,
  ...extra,
});

/** The sandbox's calls since the last reset, by route, and whether any of them names `id`. */
const calls = () => h.sandbox.requests.map((r) => `${r.method} ${r.route}`);
const named = (id: string) => h.sandbox.requests.some((r) => r.path.includes(id) || r.body.includes(id) || r.query.toString().includes(id));

/** One probe per payee: its answer (body as a whole), its upstream calls, and whether they named it. */
async function probe(send: (payee: string) => Promise<{ body: unknown }>) {
  const seen: Record<string, { body: unknown; calls: string[]; named: boolean }> = {};
  for (const [name, payee] of Object.entries({ missing: MISSING, graceUsd: B.graceUsd, graceEur })) {
    h.sandbox.resetRequests();
    const res = await send(payee);
    seen[name] = { body: res.body, calls: calls(), named: named(payee) };
  }
  return seen;
}

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { confinedWritesPerMinute: 1_000 } });
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const malloryId = await create('CreateIdentityInput', { identityType: 'individual', firstName: 'Mallory' }, 'createIdentity');
  malloryUsd = await create(
    'CreateBalanceInput',
    { ledgerId: SEED_IDS.ledgers.wallets, currency: 'USD', identityId: malloryId },
    'createBalance',
  );
  graceEur = await create(
    'CreateBalanceInput',
    { ledgerId: SEED_IDS.ledgers.wallets, currency: 'EUR', identityId: I.grace },
    'createBalance',
  );
  mallory = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: malloryId }));
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
});
afterAll(() => h.close());

describe('an unfunded confined writer learns nothing about payees', () => {
  const insufficient = {
    __typename: 'InsufficientFundsError',
    code: 'INSUFFICIENT_FUNDS',
    message: 'The source balance does not hold enough funds',
  };

  it('recordTransaction: missing, USD and EUR payees answer alike, with one read of her own balance and nothing about the payee', async () => {
    const seen = await probe((payee) => post(h, pay, { input: transfer(malloryUsd, payee) }, mallory));
    for (const answer of Object.values(seen)) {
      expect(answer).toEqual({ body: { data: { recordTransaction: insufficient } }, calls: ['GET /balances/:id'], named: false });
    }
  });

  it('recordBulkTransactions: the same, item by item', async () => {
    const seen = await probe((payee) => {
      const { skipQueue: _, ...item } = transfer(malloryUsd, payee);
      return post(h, bulk, { input: { transactions: [item, { ...item, preciseAmount: '2' }], skipQueue: true } }, mallory);
    });
    for (const answer of Object.values(seen)) {
      expect(answer).toEqual({ body: { data: { recordBulkTransactions: insufficient } }, calls: ['GET /balances/:id'], named: false });
    }
  });

  it('split destinations: the same, whichever leg names the payee', async () => {
    const seen = await probe((payee) =>
      post(
        h,
        pay,
        {
          input: transfer(malloryUsd, '', {
            destination: undefined,
            destinations: [
              { identifier: B.acmeUsd, distribution: '50%' },
              { identifier: payee, distribution: 'left' },
            ],
          }),
        },
        mallory,
      ),
    );
    for (const answer of Object.values(seen)) {
      expect(answer).toEqual({ body: { data: { recordTransaction: insufficient } }, calls: ['GET /balances/:id'], named: false });
    }
  });

  it('a caller who could pay still learns only what a payment tells: missing and other-currency payees are NotFoundError alike, a real one is paid', async () => {
    const seen = await probe((payee) => post(h, pay, { input: transfer(B.adaUsd, payee) }, ada));
    expect(seen.missing!.body).toEqual({
      data: { recordTransaction: { __typename: 'NotFoundError', code: 'NOT_FOUND', message: expect.any(String) } },
    });
    expect(seen.graceEur!.body).toEqual(seen.missing!.body);
    // Her own balance first, then the payee: no write for either refusal.
    expect(seen.missing!.calls).toEqual(['GET /balances/:id', 'POST /balances/filter']);
    expect(seen.graceEur!.calls).toEqual(seen.missing!.calls);
    expect(seen.graceUsd!.body).toEqual({ data: { recordTransaction: { __typename: 'Transaction', status: 'APPLIED' } } });
  });
});

describe('the confined write rate counts every attempt', () => {
  let rated: Harness;
  beforeEach(async () => {
    rated = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { confinedMaxBulk: 2, confinedWritesPerMinute: 3 } });
  });
  afterEach(() => rated.close());

  it('probes of missing payees, refused fields and unfunded sends spend it as a real payment would; then RATE_LIMITED before any call', async () => {
    const grace = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.grace }));
    const answers: string[] = [];
    const send = async (input: Record<string, unknown>) => {
      const res = await post(rated, pay, { input }, grace);
      answers.push(res.body.data?.recordTransaction?.code ?? codes(res.body)[0]?.[1]);
    };
    await send(transfer(B.graceUsd, MISSING));
    await send(transfer(B.graceUsd, B.adaUsd, { effectiveDate: '2020-01-01T00:00:00Z' }));
    await send(transfer(B.graceUsd, B.adaUsd, { preciseAmount: '999999999' }));
    rated.sandbox.resetRequests();
    await send(transfer(B.graceUsd, B.adaUsd));
    expect(answers).toEqual(['NOT_FOUND', 'FORBIDDEN', 'INSUFFICIENT_FUNDS', 'RATE_LIMITED']);
    expect(rated.sandbox.requests).toEqual([]);
  });

  it('a bulk counts its transfers before they are looked at: two missing payees and one more is RATE_LIMITED', async () => {
    const grace = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.grace }));
    const { skipQueue: _, ...item } = transfer(B.graceUsd, MISSING);
    const first = await post(rated, bulk, { input: { transactions: [item, item], skipQueue: true } }, grace);
    expect(first.body.data.recordBulkTransactions).toMatchObject({ code: 'NOT_FOUND' });
    const second = await post(rated, bulk, { input: { transactions: [item, item], skipQueue: true } }, grace);
    expect(codes(second.body)).toEqual([['recordBulkTransactions', 'RATE_LIMITED']]);
  });
});
