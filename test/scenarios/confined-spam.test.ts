import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { startDroppingProxy } from './dropping-proxy.js';
import type { DroppingProxy } from './dropping-proxy.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 17, item 2, on the sandbox and on real Blnk Core: a customer with an empty balance
 * (Ada, confined by her token) tries to write into another customer's history (Grace's) with
 * payments she cannot make. Before the fix each queued item left a QUEUED and a REJECTED row,
 * carrying Ada's description, in Grace's history, and a 10^78 item showed in Grace's
 * queuedCreditBalance. Now nothing reaches Blnk: the gateway talks to Blnk through a recording
 * proxy, whose log shows no write, and Grace's history stays empty.
 */

let h: ScenarioHarness;
let proxy: DroppingProxy;
let run: Harness['run'];
let close: () => Promise<void>;
let ada: Record<string, string>;
let admin: Record<string, string>;
const id: Record<string, string> = {};
const PHISHING = 'Your account is locked: call +1 555 0100 to unlock it';

const doc = (text: string) => parse(text) as any;
const Pay = doc(`mutation Pay($input: RecordTransactionInput!) {
  recordTransaction(input: $input) { __typename ... on Transaction { id status } ... on Error { code } }
}`);
const Bulk = doc(`mutation Bulk($input: RecordBulkTransactionsInput!) {
  recordBulkTransactions(input: $input) { __typename ... on Error { code } }
}`);
const History = doc(`query History($id: ID!) {
  balance(id: $id) { queuedCreditBalance transactions(first: 50) { edges { node { id status description } } } }
}`);

const writes = () => proxy.log.filter((e) => e.method !== 'GET' && !e.path.endsWith('/filter'));
const transfer = (extra: Record<string, unknown> = {}) => ({
  source: id.adaEmpty!,
  destination: id.graceUsd!,
  preciseAmount: '100',
  precision: '100',
  currency: 'USD',
  description: PHISHING,
  skipQueue: true,
  ...extra,
});

/** A bulk item: the same, without skipQueue (the bulk request carries it). */
const item = (extra: Record<string, unknown> = {}) => {
  const { skipQueue: _, ...rest } = transfer(extra);
  return rest;
};

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

async function history(): Promise<{ queuedCreditBalance: string; rows: { status: string; description: string }[] }> {
  const res = await run(History, { id: id.graceUsd }, admin);
  const balance = (res.data as any)?.balance;
  if (!balance) throw new Error(res.text);
  return { queuedCreditBalance: balance.queuedCreditBalance, rows: balance.transactions.edges.map((e: any) => e.node) };
}

beforeAll(async () => {
  h = await startScenario();
  proxy = await startDroppingProxy(h.target.url);
  const proxied = gatewayOver(proxy.url, {
    timeoutMs: 15_000,
    auth: JWT_AUTH,
    limits: { confinedMaxBulk: 5, confinedWritesPerMinute: 100 },
    ...(h.target.apiKey ? { apiKey: h.target.apiKey } : {}),
  });
  run = runOn(proxied.gateway);
  close = async () => {
    proxied.http.shutdown();
    await proxied.dispatcher.close();
  };
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const ledger = await create('CreateLedgerInput', { name: `spam-${Date.now()}` }, 'createLedger');
  const adaId = await create('CreateIdentityInput', { identityType: 'individual', firstName: 'Ada' }, 'createIdentity');
  const graceId = await create('CreateIdentityInput', { identityType: 'individual', firstName: 'Grace' }, 'createIdentity');
  id.adaEmpty = await create('CreateBalanceInput', { ledgerId: ledger, currency: 'USD', identityId: adaId }, 'createBalance');
  id.graceUsd = await create('CreateBalanceInput', { ledgerId: ledger, currency: 'USD', identityId: graceId }, 'createBalance');
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: adaId }));
});
afterAll(async () => {
  await close?.();
  await proxy?.close();
  await h?.close();
});
beforeEach(() => proxy.clear());

describe("a confined writer with an empty balance cannot write into another customer's history", () => {
  it('a bulk of unfunded payments with a phishing description is InsufficientFundsError, and nothing reaches Blnk', async () => {
    const res = await run(
      Bulk,
      { input: { transactions: [0, 1, 2, 3, 4].map((n) => item({ preciseAmount: String(100 + n) })), skipQueue: true } },
      ada,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ recordBulkTransactions: { __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' } });
    expect(writes()).toEqual([]);
    expect(await history()).toEqual({ queuedCreditBalance: '0', rows: [] });
  });

  it('a 10^78 payment is InsufficientFundsError and never shows as queued credit', async () => {
    const res = await run(Pay, { input: transfer({ preciseAmount: (10n ** 78n).toString() }) }, ada);
    expect(res.data).toEqual({ recordTransaction: { __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' } });
    expect(writes()).toEqual([]);
    expect(await history()).toEqual({ queuedCreditBalance: '0', rows: [] });
  });

  it("a queued payment (Blnk's queue writes QUEUED and REJECTED rows) is FORBIDDEN naming skipQueue", async () => {
    for (const skipQueue of [undefined, false]) {
      const res = await run(Pay, { input: transfer({ skipQueue }) }, ada);
      expect(res.data).toEqual({ recordTransaction: null });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'skipQueue' });
    }
    const bulk = await run(Bulk, { input: { transactions: [item()] } }, ada);
    expect(bulk.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'skipQueue' });
    expect(writes()).toEqual([]);
    expect(await history()).toEqual({ queuedCreditBalance: '0', rows: [] });
  });

  it('a bulk larger than CONFINED_MAX_BULK is FORBIDDEN naming transactions, before any lookup', async () => {
    const res = await run(Bulk, { input: { transactions: Array.from({ length: 6 }, () => item()), skipQueue: true } }, ada);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'transactions' });
    expect(proxy.log).toEqual([]);
  });

  it("once funded, she pays what she has: one row in the payee's history, with her description", async () => {
    const fund = await run(
      Pay,
      {
        input: {
          source: '@World',
          destination: id.adaEmpty,
          preciseAmount: '300',
          precision: '100',
          currency: 'USD',
          description: 'top-up',
          allowOverdraft: true,
          skipQueue: true,
        },
      },
      admin,
    );
    expect(fund.data).toMatchObject({ recordTransaction: { __typename: 'Transaction', status: 'APPLIED' } });
    const pay = await run(Pay, { input: transfer({ description: 'rent' }) }, ada);
    expect(pay.data).toMatchObject({ recordTransaction: { __typename: 'Transaction', status: 'APPLIED' } });
    // 300 held, 100 paid: 201 more than is left is refused before Blnk.
    proxy.clear();
    const more = await run(Pay, { input: transfer({ preciseAmount: '201' }) }, ada);
    expect(more.data).toEqual({ recordTransaction: { __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' } });
    expect(writes()).toEqual([]);
    const after = await until('the payment in her history', history, (v) => v.rows.length >= 1);
    expect(after.rows).toEqual([expect.objectContaining({ status: 'APPLIED', description: 'rent' })]);
  });
});
