import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { balanceTextBytes, jsonbBytes, ledgerTextBytes, ROW_TEXT_MAX_BYTES, transactionTextBytes } from '../../src/graphql/row-limit.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { startDroppingProxy } from './dropping-proxy.js';
import type { DroppingProxy } from './dropping-proxy.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 17's hostile review, finding 1, on the sandbox and on real Blnk Core v0.15.2. Blnk
 * announces each row it writes with a NOTIFY PostgreSQL caps below 8000 bytes: past it a write
 * answers 500, or 201 and is never written (test/contract/row-limit.test.ts). The gateway keeps
 * the caller's text of a row within ROW_TEXT_MAX_BYTES (src/graphql/row-limit.ts): here every
 * write past it is refused with BAD_USER_INPUT and nothing reaches Blnk (the gateway talks to it
 * through a recording proxy), and writes exactly at it, in their largest shapes, go through on
 * Blnk and stay usable: queued outcomes, bulk items, commits, voids and refunds that copy the row,
 * and a balance whose amounts then grow to 79 digits.
 */

const MAX = ROW_TEXT_MAX_BYTES;
/** Never echoed. */
const MARK = 'Zq';
let h: ScenarioHarness;
let proxy: DroppingProxy;
let run: Harness['run'];
let close: () => Promise<void>;
const id: Record<string, string> = {};
const doc = (text: string) => parse(text) as any;

beforeAll(async () => {
  h = await startScenario();
  proxy = await startDroppingProxy(h.target.url);
  const proxied = gatewayOver(proxy.url, { timeoutMs: 15_000, ...(h.target.apiKey ? { apiKey: h.target.apiKey } : {}) });
  run = runOn(proxied.gateway);
  close = async () => {
    proxied.http.shutdown();
    await proxied.dispatcher.close();
  };
  const call = h.target.call;
  id.ledger = (await call('POST', '/ledgers', { body: { name: `row-limit-${Date.now()}` } })).json.ledger_id;
  id.a = (await call('POST', '/balances', { body: { ledger_id: id.ledger, currency: 'USD' } })).json.balance_id;
  id.b = (await call('POST', '/balances', { body: { ledger_id: id.ledger, currency: 'USD' } })).json.balance_id;
  id.c = (await call('POST', '/balances', { body: { ledger_id: id.ledger, currency: 'USD' } })).json.balance_id;
});
afterAll(async () => {
  await close?.();
  await proxy?.close();
  await h?.close();
});
beforeEach(() => proxy.clear());

/** Metadata of exactly `bytes` bytes in jsonb's text form. */
function metaOf(bytes: number): { note: string } {
  const meta = { note: MARK };
  meta.note = MARK + 'x'.repeat(bytes - jsonbBytes(meta));
  expect(jsonbBytes(meta)).toBe(bytes);
  return meta;
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/**
 * A transfer whose caller's text is exactly `bytes`, in its largest shape: the longest
 * description (500), a long reference, metadata for the rest.
 */
function transfer(bytes: number, extra: Record<string, unknown> = {}) {
  const fields = { description: 'd'.repeat(500), reference: `row-limit-${unique()}-${'r'.repeat(150)}`, currency: 'USD' };
  const meta = metaOf(bytes - transactionTextBytes({ ...fields, metaData: null }));
  expect(transactionTextBytes({ ...fields, metaData: meta })).toBe(bytes);
  return {
    source: id.a,
    destination: id.b,
    preciseAmount: '100',
    precision: '100',
    allowOverdraft: true,
    ...fields,
    metaData: meta,
    ...extra,
  };
}

const RECORD = doc(
  'mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { id status reference } ... on Error { code message } } }',
);
const BULK = doc(
  'mutation ($input: RecordBulkTransactionsInput!) { recordBulkTransactions(input: $input) { __typename ... on BulkTransactionsPayload { batchId references } ... on Error { code message } } }',
);
const LEDGER = doc(
  'mutation ($input: CreateLedgerInput!) { createLedger(input: $input) { __typename ... on Ledger { id } ... on Error { code } } }',
);
const BALANCE = doc(
  'mutation ($input: CreateBalanceInput!) { createBalance(input: $input) { __typename ... on Balance { id } ... on Error { code } } }',
);
const METADATA = doc(
  'mutation ($input: UpdateMetadataInput!) { updateMetadata(input: $input) { __typename ... on UpdateMetadataPayload { id } ... on Error { code } } }',
);
const COMMIT = doc(
  'mutation ($input: CommitInflightTransactionInput!) { commitInflightTransaction(input: $input) { __typename ... on Transaction { id status } ... on Error { code message } } }',
);
const VOID = doc(
  'mutation ($input: VoidInflightTransactionInput!) { voidInflightTransaction(input: $input) { __typename ... on Transaction { id status } ... on Error { code message } } }',
);
const REFUND = doc(
  'mutation ($input: RefundTransactionInput!) { refundTransaction(input: $input) { __typename ... on Transaction { id status reference } ... on Error { code message } } }',
);

function expectRefused(res: { text: string; errors?: any[] | undefined }, argument: string, path?: string) {
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    limit: 'ROW_TEXT_BYTES',
    maxBytes: MAX,
    argument,
    ...(path ? { path } : {}),
  });
  expect(res.text).not.toContain(MARK);
}

/** Waits until the row with this reference exists on the target; answers it. */
const row = (reference: string) =>
  until(
    `the row ${reference}`,
    () => h.target.call('GET', `/transactions/reference/${encodeURIComponent(reference)}`),
    (r) => r.status === 200,
  ).then((r) => r.json);

describe('one byte past the limit: refused, and nothing reaches Blnk', () => {
  it.each([
    ['skipQueue', { skipQueue: true }],
    ['queued', {}],
    ['inflight', { inflight: true, skipQueue: true }],
    [
      'split',
      {
        destination: undefined,
        destinations: [
          { identifier: '@RowLimitSplit', distribution: '50%' },
          { identifier: '@RowLimitRest', distribution: 'left' },
        ],
      },
    ],
  ])('recordTransaction (%s)', async (_name, extra) => {
    expectRefused(await run(RECORD, { input: transfer(MAX + 1, extra) }), 'recordTransaction(input)');
    expect(proxy.log).toEqual([]);
  });

  it('recordBulkTransactions, naming the item', async () => {
    expectRefused(
      await run(BULK, { input: { transactions: [transfer(MAX), transfer(MAX + 1)] } }),
      'recordBulkTransactions(input)',
      'transactions.1',
    );
    expect(proxy.log).toEqual([]);
  });

  it('createLedger and createBalance', async () => {
    expectRefused(await run(LEDGER, { input: { name: 'L', metaData: metaOf(MAX + 1 - 3) } }), 'createLedger(input)');
    expectRefused(
      await run(BALANCE, { input: { ledgerId: id.ledger, currency: 'USD', metaData: metaOf(MAX + 1 - 7) } }),
      'createBalance(input)',
    );
    expect(proxy.log).toEqual([]);
  });

  it('updateMetadata: keys past it alone before anything is read; a merge past it after reading the rows, without writing', async () => {
    expectRefused(await run(METADATA, { input: { id: id.c, metaData: metaOf(MAX + 1) } }), 'updateMetadata(input)', 'metaData');
    expect(proxy.log).toEqual([]);
    const held = await run(RECORD, { input: transfer(4000, { inflight: true, skipQueue: true }) });
    const hold = (held.data as any).recordTransaction.id as string;
    proxy.clear();
    expectRefused(
      await run(METADATA, { input: { id: hold, metaData: { more: MARK + 'm'.repeat(2100) } } }),
      'updateMetadata(input)',
      'metaData',
    );
    expect(proxy.log.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual(['POST /transactions/filter 200']);
  });
});

describe('exactly at the limit, in the largest shapes: written, and every row copied from them too', () => {
  it('a queued transfer is applied as its `_q` outcome', async () => {
    const res = await run(RECORD, { input: transfer(MAX) });
    const recorded = (res.data as any).recordTransaction;
    expect(recorded).toMatchObject({ __typename: 'Transaction', status: 'QUEUED' });
    expect((await row(`${recorded.reference}_q`)).status).toBe('APPLIED');
  });

  it('queued bulk items are applied', async () => {
    const res = await run(BULK, { input: { transactions: [transfer(MAX), transfer(MAX)] } });
    const { references } = (res.data as any).recordBulkTransactions;
    for (const reference of references) expect((await row(`${reference}_q`)).status).toBe('APPLIED');
  });

  it('a hold is committed in part and voided, and the commit refunded, each a row copying it', async () => {
    const held = await run(RECORD, { input: transfer(MAX, { inflight: true, skipQueue: true }) });
    const hold = (held.data as any).recordTransaction.id as string;
    const commit = await run(COMMIT, { input: { id: hold, preciseAmount: '40', skipQueue: true } });
    expect((commit.data as any).commitInflightTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
    const voided = await run(VOID, { input: { id: hold, skipQueue: true } });
    expect((voided.data as any).voidInflightTransaction).toMatchObject({ __typename: 'Transaction', status: 'VOID' });
    const refund = await run(REFUND, { input: { id: (commit.data as any).commitInflightTransaction.id, skipQueue: true } });
    expect((refund.data as any).refundTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED' });
  });

  it('a queued commit of a hold whose metadata was merged up to the limit is applied', async () => {
    const held = await run(RECORD, { input: transfer(MAX - 200, { inflight: true, skipQueue: true }) });
    const hold = (held.data as any).recordTransaction.id as string;
    // {"note": …} grows by `, "tag": "…"`: 2 + 7 + the value's bytes (its length + 2).
    const tag = 't'.repeat(200 - 2 - 7 - 2);
    const merged = await run(METADATA, { input: { id: hold, metaData: { tag } } });
    expect((merged.data as any).updateMetadata).toEqual({ __typename: 'UpdateMetadataPayload', id: hold });
    const commit = await run(COMMIT, { input: { id: hold } });
    expect((commit.data as any).commitInflightTransaction).toMatchObject({ __typename: 'Transaction', status: 'INFLIGHT' });
    const children = await until(
      'the queued commit',
      () =>
        h.target.call('POST', '/transactions/filter', {
          body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: hold }] },
        }),
      (r) => Array.isArray(r.json) && r.json.length === 1,
    );
    expect(children.json[0]).toMatchObject({ status: 'APPLIED', meta_data: expect.objectContaining({ tag }) });
  });

  it('a ledger, and a balance whose amounts then grow to 79 digits in every column', async () => {
    const ledger = await run(LEDGER, {
      input: { name: 'Row limit', metaData: metaOf(MAX - ledgerTextBytes({ name: 'Row limit', metaData: null })) },
    });
    expect((ledger.data as any).createLedger.__typename).toBe('Ledger');
    const created = await run(BALANCE, {
      input: { ledgerId: id.ledger, currency: 'USD', metaData: metaOf(MAX - balanceTextBytes({ currency: 'USD', metaData: null })) },
    });
    const balance = (created.data as any).createBalance.id as string;
    const most = (10n ** 78n).toString();
    const move = async (input: Record<string, unknown>) => {
      const res = await run(RECORD, {
        input: {
          preciseAmount: most,
          precision: '1',
          currency: 'USD',
          description: 'large',
          allowOverdraft: true,
          skipQueue: true,
          ...input,
        },
      });
      expect((res.data as any).recordTransaction, JSON.stringify(res.errors)).toMatchObject({ __typename: 'Transaction' });
    };
    // Credit and both inflight columns at 10^78, debit at 2 × 10^78, balance at -10^78.
    await move({ source: id.c, destination: balance });
    await move({ source: balance, destination: id.c });
    await move({ source: balance, destination: id.c });
    await move({ source: balance, destination: id.c, inflight: true });
    await move({ source: id.c, destination: balance, inflight: true });
    const read = await h.target.call('GET', `/balances/${balance}`);
    expect(read.json).toMatchObject({
      credit_balance: 10n ** 78n,
      debit_balance: 2n * 10n ** 78n,
      inflight_debit_balance: 10n ** 78n,
      inflight_credit_balance: 10n ** 78n,
    });
  });
});
