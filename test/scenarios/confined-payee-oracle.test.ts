import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CurrencyPrecisions } from '../../src/auth/write-rate.js';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { GatewayOptions, Harness } from '../helpers/gateway.js';
import { startDroppingProxy } from './dropping-proxy.js';
import type { DroppingProxy } from './dropping-proxy.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Hostile review of issue 17's fixes, findings 2 and 3, on the sandbox and on real Blnk Core.
 * 2: Mallory, confined, with an empty USD balance, told a missing payee (NotFoundError) from
 *    Grace's USD balance (InsufficientFundsError) and her EUR one (NotFoundError), and the write
 *    rate ran out only for probes of existing payees. Now every payee gets the same answer and the
 *    same Blnk calls (through a recording proxy) until the caller could pay, and the rate counts
 *    every attempt.
 * 3: a confined payer sent one cent as `preciseAmount 1, precision 1`, and Grace's statement read
 *    amount 1. With CURRENCY_PRECISIONS the precision is the currency's.
 */
let h: ScenarioHarness;
let proxy: DroppingProxy;
let run: Harness['run'];
const closers: (() => Promise<void>)[] = [];
let admin: Record<string, string>;
let ada: Record<string, string>;
let grace: Record<string, string>;
let mallory: Record<string, string>;
const id: Record<string, string> = {};
const MISSING = 'bln_0f0f0f0f-0000-4000-8000-000000000000';
const PRECISIONS: CurrencyPrecisions = {
  mode: 'listed',
  precisions: new Map([
    ['USD', 100n],
    ['EUR', 100n],
  ]),
};

const doc = (text: string) => parse(text) as any;
const Pay = doc(`mutation Pay($input: RecordTransactionInput!) {
  recordTransaction(input: $input) { __typename ... on Transaction { status amount preciseAmount precision } ... on Error { code message } }
}`);
const Bulk = doc(`mutation Bulk($input: RecordBulkTransactionsInput!) {
  recordBulkTransactions(input: $input) { __typename ... on Error { code message } }
}`);
const Statement = doc(`query Statement($id: ID!) {
  balance(id: $id) { balance transactions(first: 10) { edges { node { amount preciseAmount precision description } } } }
}`);

/** A gateway over the recording proxy, with these limits. */
function proxied(limits: GatewayOptions['limits']): Harness['run'] {
  const g = gatewayOver(proxy.url, { timeoutMs: 15_000, auth: JWT_AUTH, limits, ...(h.target.apiKey ? { apiKey: h.target.apiKey } : {}) });
  closers.push(async () => {
    g.http.shutdown();
    await g.dispatcher.close();
  });
  return runOn(g.gateway);
}

async function create(mutation: string, input: Record<string, unknown>, field: string): Promise<string> {
  const res = await run(
    doc(`mutation($input: ${mutation}!) { ${field}(input: $input) { __typename ... on Node { id } ... on Error { message } } }`),
    { input },
    admin,
  );
  const value = (res.data as any)?.[field];
  if (!value?.id) throw new Error(`${field}: ${res.text}`);
  return value.id;
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

/** What the proxy saw, with the caller's own balance named as such (the payee never appears). */
const calls = () => proxy.log.map((e) => `${e.method} ${e.path.replace(id.malloryUsd!, '<own>').replace(id.adaUsd!, '<own>')}`);

/** One probe per payee: the answer, and the Blnk calls it cost. */
async function probe(send: (payee: string) => Promise<{ data?: unknown; errors?: unknown }>) {
  const seen: Record<string, { data: unknown; errors: unknown; calls: string[] }> = {};
  for (const [name, payee] of Object.entries({ missing: MISSING, graceUsd: id.graceUsd!, graceEur: id.graceEur! })) {
    proxy.clear();
    const res = await send(payee);
    seen[name] = { data: res.data, errors: res.errors, calls: calls() };
  }
  return seen;
}

beforeAll(async () => {
  h = await startScenario();
  proxy = await startDroppingProxy(h.target.url);
  run = proxied({ confinedWritesPerMinute: 1_000, currencyPrecisions: PRECISIONS });
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const ledger = await create('CreateLedgerInput', { name: `payee-oracle-${Date.now()}` }, 'createLedger');
  const who: Record<string, string> = {};
  for (const name of ['ada', 'grace', 'mallory'])
    who[name] = await create('CreateIdentityInput', { identityType: 'individual', firstName: name }, 'createIdentity');
  id.adaUsd = await create('CreateBalanceInput', { ledgerId: ledger, currency: 'USD', identityId: who.ada }, 'createBalance');
  id.graceUsd = await create('CreateBalanceInput', { ledgerId: ledger, currency: 'USD', identityId: who.grace }, 'createBalance');
  id.graceEur = await create('CreateBalanceInput', { ledgerId: ledger, currency: 'EUR', identityId: who.grace }, 'createBalance');
  id.malloryUsd = await create('CreateBalanceInput', { ledgerId: ledger, currency: 'USD', identityId: who.mallory }, 'createBalance');
  const fund = await run(Pay, { input: { ...transfer('@World', id.adaUsd, { preciseAmount: '1000' }), allowOverdraft: true } }, admin);
  if ((fund.data as any)?.recordTransaction?.__typename !== 'Transaction') throw new Error(fund.text);
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: who.ada }));
  grace = bearer(await signToken({ scope: 'ledger:read', blnk_identity_id: who.grace }));
  mallory = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: who.mallory }));
});
afterAll(async () => {
  for (const close of closers) await close();
  await proxy?.close();
  await h?.close();
});
beforeEach(() => proxy.clear());

describe('finding 2: an unfunded confined writer learns nothing about payees', () => {
  const insufficient = {
    __typename: 'InsufficientFundsError',
    code: 'INSUFFICIENT_FUNDS',
    message: 'The source balance does not hold enough funds',
  };
  const ownRead = ['GET /balances/<own>'];

  it('recordTransaction: missing, USD and EUR payees answer alike, costing one read of her own balance', async () => {
    const seen = await probe((payee) => run(Pay, { input: transfer(id.malloryUsd!, payee) }, mallory));
    for (const answer of Object.values(seen))
      expect(answer).toEqual({ data: { recordTransaction: insufficient }, errors: undefined, calls: ownRead });
  });

  it('recordBulkTransactions and split destinations: the same', async () => {
    const { skipQueue: _, ...item } = transfer(id.malloryUsd!, '');
    const bulk = await probe((payee) =>
      run(Bulk, { input: { transactions: [{ ...item, destination: payee }], skipQueue: true } }, mallory),
    );
    for (const answer of Object.values(bulk))
      expect(answer).toEqual({ data: { recordBulkTransactions: insufficient }, errors: undefined, calls: ownRead });
    const split = await probe((payee) =>
      run(
        Pay,
        {
          input: transfer(id.malloryUsd!, '', {
            destination: undefined,
            destinations: [
              { identifier: payee, distribution: '50%' },
              { identifier: id.adaUsd!, distribution: 'left' },
            ],
          }),
        },
        mallory,
      ),
    );
    for (const answer of Object.values(split))
      expect(answer).toEqual({ data: { recordTransaction: insufficient }, errors: undefined, calls: ownRead });
  });

  it('a funded caller learns only what a payment tells: missing and other-currency payees are NotFoundError alike, with no write', async () => {
    proxy.clear();
    const missing = await run(Pay, { input: transfer(id.adaUsd!, MISSING) }, ada);
    const missingCalls = calls();
    proxy.clear();
    const eur = await run(Pay, { input: transfer(id.adaUsd!, id.graceEur!) }, ada);
    expect((missing.data as any).recordTransaction).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(eur.data).toEqual(missing.data);
    expect(calls()).toEqual(missingCalls);
    expect(missingCalls).toEqual(['GET /balances/<own>', 'POST /balances/filter']);
  });

  it('the rate counts every attempt: a missing payee, a refused field and an unfunded send use it up, and the next is RATE_LIMITED before any call', async () => {
    const rated = proxied({ confinedWritesPerMinute: 3, confinedMaxBulk: 3, currencyPrecisions: PRECISIONS });
    const code = (res: { data?: any; errors?: any }) => res.data?.recordTransaction?.code ?? res.errors?.[0]?.extensions?.code;
    const answers = [
      code(await rated(Pay, { input: transfer(id.malloryUsd!, MISSING) }, mallory)),
      code(await rated(Pay, { input: transfer(id.malloryUsd!, id.graceUsd!, { effectiveDate: '2020-01-01T00:00:00Z' }) }, mallory)),
      code(await rated(Pay, { input: transfer(id.malloryUsd!, id.graceUsd!) }, mallory)),
    ];
    proxy.clear();
    answers.push(code(await rated(Pay, { input: transfer(id.malloryUsd!, id.graceUsd!) }, mallory)));
    expect(answers).toEqual(['INSUFFICIENT_FUNDS', 'FORBIDDEN', 'INSUFFICIENT_FUNDS', 'RATE_LIMITED']);
    expect(proxy.log).toEqual([]);
  });
});

describe("finding 3: the precision is the currency's, so the payee's statement reads what moved", () => {
  afterEach(() => proxy.clear());

  it('precision 1 for USD is FORBIDDEN naming precision and nothing is sent; omitted, 0.01 moves one cent and reads 0.01', async () => {
    const forged = await run(
      Pay,
      { input: transfer(id.adaUsd!, id.graceUsd!, { description: 'Refund owed: I sent 1 USD by mistake', precision: '1' }) },
      ada,
    );
    expect(forged.data).toEqual({ recordTransaction: null });
    expect((forged.errors as any)[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'precision' });
    expect(proxy.log).toEqual([]);
    const { preciseAmount: _, precision: __, ...rest } = transfer(id.adaUsd!, id.graceUsd!, { description: 'coffee' });
    const paid = await run(Pay, { input: { ...rest, amount: '0.01' } }, ada);
    expect(paid.data).toEqual({
      recordTransaction: { __typename: 'Transaction', status: 'APPLIED', amount: '0.01', preciseAmount: '1', precision: '100' },
    });
    const statement = await until(
      "the payment in Grace's statement",
      async () => (await run(Statement, { id: id.graceUsd }, grace)).data as any,
      (d) => d?.balance?.transactions.edges.length === 1,
    );
    expect(statement.balance).toEqual({
      balance: '1',
      transactions: { edges: [{ node: { amount: '0.01', preciseAmount: '1', precision: '100', description: 'coffee' } }] },
    });
  });

  it('a currency CURRENCY_PRECISIONS does not list is FORBIDDEN naming currency, before any call', async () => {
    const res = await run(Pay, { input: transfer(id.adaUsd!, id.graceUsd!, { currency: 'GBP' }) }, ada);
    expect((res.errors as any)[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'currency' });
    expect(proxy.log).toEqual([]);
  });
});
