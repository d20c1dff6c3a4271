import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { balanceTextBytes, jsonbBytes, ROW_TEXT_MAX_BYTES, textBytes, transactionTextBytes } from '../../src/graphql/row-limit.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { post } from '../helpers/jwt.js';

/**
 * Blnk v0.15.2 announces each row it writes with a NOTIFY whose payload PostgreSQL caps below 8000
 * bytes (test/contract/row-limit.test.ts shows real Blnk's answers past it: 500s, queued writes
 * answered 201 and never written, holds that can no longer be settled). The gateway refuses any
 * write whose caller's text would take more than ROW_TEXT_MAX_BYTES of one row, as PostgreSQL
 * prints it, with BAD_USER_INPUT before anything is sent (src/graphql/row-limit.ts).
 */
const B = SEED_IDS.balances;
const MAX = ROW_TEXT_MAX_BYTES;
/** A value nobody else would write, to check it is never echoed. */
const MARK = 'Zq';

/** Metadata `{"note": "<MARK>x…"}` of exactly `bytes` bytes in jsonb's text form. */
function metaOf(bytes: number): { note: string } {
  const meta = { note: MARK };
  meta.note = MARK + 'x'.repeat(bytes - jsonbBytes(meta));
  expect(jsonbBytes(meta)).toBe(bytes);
  return meta;
}

/** A transfer whose caller's text is exactly `bytes`. */
function transfer(bytes: number, extra: Record<string, unknown> = {}) {
  const fields = { description: 'rent', reference: `row-${Math.random().toString(36).slice(2)}`, currency: 'USD' };
  const meta = metaOf(bytes - transactionTextBytes({ ...fields, metaData: null }));
  expect(transactionTextBytes({ ...fields, metaData: meta })).toBe(bytes);
  return {
    source: B.adaUsd,
    destination: B.graceUsd,
    preciseAmount: '1',
    precision: '100',
    allowOverdraft: true,
    ...fields,
    metaData: meta,
    ...extra,
  };
}

const RECORD =
  'mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { id status } ... on Error { code message } } }';
const BULK =
  'mutation ($input: RecordBulkTransactionsInput!) { recordBulkTransactions(input: $input) { __typename ... on BulkTransactionsPayload { batchId } ... on Error { code message } } }';
const LEDGER =
  'mutation ($input: CreateLedgerInput!) { createLedger(input: $input) { __typename ... on Ledger { id } ... on Error { code } } }';
const BALANCE =
  'mutation ($input: CreateBalanceInput!) { createBalance(input: $input) { __typename ... on Balance { id } ... on Error { code } } }';
const METADATA =
  'mutation ($input: UpdateMetadataInput!) { updateMetadata(input: $input) { __typename ... on UpdateMetadataPayload { id } ... on Error { code } } }';

describe("the caller's text of one Blnk row, counted as PostgreSQL prints it", () => {
  it('jsonb puts a space after ":" and ",", writes numbers in full and strings JSON-escaped in UTF-8', () => {
    // PostgreSQL 15's own text for this value (`select '…'::jsonb::text`).
    const printed =
      '{"a": [1, 2, {}, [], {"b": null}], "e": 0.00000015, "f": 1000000000000000000000, "g": 0, "h": 123.456, "i": "é€😀", "t": "q\\"\\n\\u0001"}';
    expect(jsonbBytes({ a: [1, 2, {}, [], { b: null }], e: 1.5e-7, f: 1e21, g: -0, h: 123.456, i: 'é€😀', t: 'q"\n\u0001' })).toBe(
      Buffer.byteLength(printed),
    );
    expect(jsonbBytes({ tiny: 5e-324 })).toBe('{"tiny": }'.length + 2 + 324);
    expect(textBytes('a"b\\c\u0001é')).toBe(Buffer.byteLength('"a\\"b\\\\c\\u0001é"'));
  });

  it("a transfer counts its currency twice (Blnk copies it into queued rows' queue_pair_key)", () => {
    expect(transactionTextBytes({ description: 'd', reference: 'r', currency: 'usd', metaData: null })).toBe(3 + 3 + 5 + 5);
  });
});

describe('writes whose row Blnk could not announce are refused before any call', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  function expectRefused(res: { text: string; body: any }, argument: string, bytes: number, path?: string) {
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'ROW_TEXT_BYTES',
      maxBytes: MAX,
      bytes,
      argument,
      ...(path ? { path } : {}),
    });
    expect(res.text).not.toContain(MARK);
  }

  it.each([
    ['skipQueue', { skipQueue: true }],
    ['queued', {}],
    ['inflight', { inflight: true, skipQueue: true }],
    [
      'split',
      {
        destination: undefined,
        destinations: [
          { identifier: B.graceUsd, distribution: '50%' },
          { identifier: B.acmeUsd, distribution: 'left' },
        ],
      },
    ],
  ])('recordTransaction (%s) one byte past the limit', async (_name, extra) => {
    const res = await post(h, RECORD, { input: transfer(MAX + 1, extra) });
    expectRefused(res, 'recordTransaction(input)', MAX + 1);
    expect(res.body.data).toEqual({ recordTransaction: null });
    expect(h.sandbox.requests).toEqual([]);
  });

  it('escapes count as PostgreSQL writes them: a description of 500 quotes takes 1,002 bytes', async () => {
    const input = { ...transfer(MAX - 1002 + 6 + 1), description: '"'.repeat(500) };
    const res = await post(h, RECORD, { input });
    expectRefused(res, 'recordTransaction(input)', MAX + 1);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('recordBulkTransactions names the item past the limit', async () => {
    const res = await post(h, BULK, { input: { skipQueue: true, transactions: [transfer(100), transfer(MAX + 1), transfer(MAX + 2)] } });
    expectRefused(res, 'recordBulkTransactions(input)', MAX + 1, 'transactions.1');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('createLedger counts its name and metaData', async () => {
    const name = 'Ledger';
    const res = await post(h, LEDGER, { input: { name, metaData: metaOf(MAX + 1 - textBytes(name)) } });
    expectRefused(res, 'createLedger(input)', MAX + 1);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('createBalance counts its currency and metaData', async () => {
    const res = await post(h, BALANCE, {
      input: { ledgerId: SEED_IDS.ledgers.wallets, currency: 'USD', metaData: metaOf(MAX + 1 - 5 - 2) },
    });
    expectRefused(res, 'createBalance(input)', MAX + 1);
    expect(h.sandbox.requests).toEqual([]);
  });

  it.each([
    ['a balance', B.floatUsd],
    ['a transaction', 'txn_00000000-0000-4000-8000-000000000001'],
    ['a bulk batch', 'bulk_00000000-0000-4000-8000-000000000001'],
  ])('updateMetadata on %s: keys past the limit by themselves are refused before anything is read', async (_name, id) => {
    const res = await post(h, METADATA, { input: { id, metaData: metaOf(MAX + 1) } });
    expectRefused(res, 'updateMetadata(input)', MAX + 1, 'metaData');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('updateMetadata on a balance reads it, and refuses keys that the merge would take past the limit, without writing', async () => {
    const created = await post(h, BALANCE, {
      input: { ledgerId: SEED_IDS.ledgers.wallets, currency: 'USD', metaData: { old: 'y'.repeat(3000) } },
    });
    const id = created.body.data.createBalance.id as string;
    h.sandbox.resetRequests();
    const patch = { new: MARK + 'x'.repeat(3100) };
    const tooMuch = await post(h, METADATA, { input: { id, metaData: patch } });
    expect(tooMuch.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'ROW_TEXT_BYTES', path: 'metaData' });
    // The balance's currency and (empty) indicator count beside the merged metadata.
    expect(tooMuch.body.errors[0].extensions.bytes).toBe(
      balanceTextBytes({ currency: 'USD', metaData: { old: 'y'.repeat(3000), ...patch } }),
    );
    expect(tooMuch.text).not.toContain(MARK);
    expect(h.upstream().map((r) => `${r.method} ${r.route}`)).toEqual(['GET /balances/:id']);
    const ok = await post(h, METADATA, { input: { id, metaData: { small: 1 } } });
    expect(ok.body.data.updateMetadata).toEqual({ __typename: 'UpdateMetadataPayload', id });
  });

  it('updateMetadata on a transaction reads the row and its children, and refuses a merge past the limit without writing', async () => {
    const created = await post(h, RECORD, { input: transfer(3000, { skipQueue: true }) });
    const id = created.body.data.recordTransaction.id as string;
    h.sandbox.resetRequests();
    const res = await post(h, METADATA, { input: { id, metaData: { more: 'w'.repeat(3100) } } });
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'ROW_TEXT_BYTES',
      maxBytes: MAX,
      path: 'metaData',
    });
    expect(res.body.errors[0].extensions.bytes).toBe(3000 + jsonbBytes({ more: 'w'.repeat(3100) }) - 2 + 2);
    expect(h.upstream().map((r) => `${r.method} ${r.route}`)).toEqual(['POST /transactions/filter']);
  });

  it('ledgers and identities are not announced by Blnk: their metadata may be larger', async () => {
    const big = { note: 'x'.repeat(9000) };
    const res = await post(h, METADATA, { input: { id: SEED_IDS.ledgers.merchants, metaData: big } });
    expect(res.body.data.updateMetadata).toEqual({ __typename: 'UpdateMetadataPayload', id: SEED_IDS.ledgers.merchants });
    const identity = await post(h, METADATA, { input: { id: SEED_IDS.identities.acme, metaData: big } });
    expect(identity.body.data.updateMetadata.__typename).toBe('UpdateMetadataPayload');
  });
});

describe('writes at the limit go through', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());

  it.each([
    ['skipQueue', { skipQueue: true }, 'APPLIED'],
    ['queued', {}, 'QUEUED'],
    ['inflight', { inflight: true, skipQueue: true }, 'INFLIGHT'],
  ])('recordTransaction (%s) with exactly the limit', async (_name, extra, status) => {
    const res = await post(h, RECORD, { input: transfer(MAX, extra) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', status });
  });

  it('a bulk item, a ledger and a balance with exactly the limit', async () => {
    const bulk = await post(h, BULK, { input: { transactions: [transfer(MAX), transfer(MAX)] } });
    expect(bulk.body.data.recordBulkTransactions.__typename).toBe('BulkTransactionsPayload');
    const ledger = await post(h, LEDGER, { input: { name: 'L', metaData: metaOf(MAX - 3) } });
    expect(ledger.body.data.createLedger.__typename).toBe('Ledger');
    const balance = await post(h, BALANCE, { input: { ledgerId: SEED_IDS.ledgers.wallets, currency: 'USD', metaData: metaOf(MAX - 7) } });
    expect(balance.body.data.createBalance.__typename).toBe('Balance');
  });
});
