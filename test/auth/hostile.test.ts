import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Holes a hostile review found in the first round of issue 11 fixes, through the gateway's HTTP
 * handling with real HS256 tokens against the seeded sandbox. Each test asserts the safe
 * behaviour and names the hole it closes. Seed (src/sandbox/seed.ts): txn 1 is @World → Ada (5000.00, reference seed-1); txn 2 is
 * @World → Grace (seed-2, nothing of Ada's); txn 9 is float → Ada, left QUEUED (seed-9).
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const TXN = (n: number) => `txn_00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MISSING_BALANCE = 'bln_00000000-0000-4000-8000-0000000000ff';
const MISSING_IDENTITY = 'idt_00000000-0000-4000-8000-0000000000ff';

const pay = `mutation($input: RecordTransactionInput!) {
  recordTransaction(input: $input) { __typename ... on Transaction { id status reference } ... on Error { code } }
}`;
const entities = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Node { id } } }`;

const transfer = (extra: Record<string, unknown> = {}) => ({
  source: B.adaUsd,
  destination: B.graceUsd,
  amount: '0.01',
  precision: '100',
  currency: 'USD',
  description: 'coffee',
  skipQueue: true,
  ...extra,
});

let h: Harness;
let ada: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
});

// A fresh sandbox per test: several holes leave state behind (a squatted reference, a void).
beforeEach(async () => {
  h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH });
});
afterEach(() => h.close());

describe('hole: _entities is an existence oracle for a confined principal (item 14)', () => {
  it.each([
    ['Balance', B.graceUsd, MISSING_BALANCE],
    ['Identity', I.grace, MISSING_IDENTITY],
    ['Transaction', TXN(2), TXN(99)],
  ])("another identity's %s answers exactly as a missing one", async (__typename, foreign, missing) => {
    const a = await post(h, entities, { r: [{ __typename, id: foreign }] }, ada);
    const b = await post(h, entities, { r: [{ __typename, id: missing }] }, ada);
    // Before the fix: foreign → null with NOT_FOUND ("Balance not found"); missing → null with no error.
    expect(a.body.data).toEqual({ _entities: [null] });
    expect(a.body).toEqual(b.body);
  });
});

describe('hole: a confined principal squats the references Blnk derives from other transactions', () => {
  it("recording reference `<txn>_refund` does not stop the operator's refund of that transaction", async () => {
    // txn 1 paid Ada; she tries to record a 0.01 payment to Grace under the refund's reference.
    const squat = await post(h, pay, { input: transfer({ reference: `${TXN(1)}_refund` }) }, ada);
    expect(codes(squat.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    const refund = await post(
      h,
      `mutation { refundTransaction(input: { id: "${TXN(1)}", skipQueue: true }) { __typename ... on Transaction { preciseAmount } ... on Error { code } } }`,
      {},
      admin,
    );
    // Before the fix: ConflictError CONFLICT ("The object is in a state that does not allow this now").
    expect(refund.body.data.refundTransaction).toEqual({ __typename: 'Transaction', preciseAmount: '500000' });
  });

  it("recording reference `<ref>_q` does not become another transaction's outcome", async () => {
    const squat = await post(h, pay, { input: transfer({ reference: 'seed-9_q' }) }, ada);
    expect(codes(squat.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    const t9 = await post(h, `{ transaction(id: "${TXN(9)}") { status outcome { id preciseAmount } } }`, {}, admin);
    // Before the fix: txn 9 (float → Ada, 75.00, still QUEUED) shows Ada's 0.01 payment to Grace as its APPLIED outcome.
    expect(t9.body.data.transaction).toEqual({ status: 'QUEUED', outcome: null });
  });
});

describe('hole: references are an existence oracle across identities', () => {
  it("a confined caller's write does not tell it that another identity's transaction holds a reference", async () => {
    // seed-2 is @World → Grace: nothing of Ada's. transactionByReference hides it from her...
    const read = await post(h, '{ transactionByReference(reference: "seed-2") { __typename } }', {}, ada);
    expect(codes(read.body)).toEqual([['transactionByReference', 'NOT_FOUND']]);
    // ...but the bulk pre-check answers DUPLICATE_REFERENCE before sending, and echoes the reference.
    const bulk = await post(
      h,
      'mutation($input: RecordBulkTransactionsInput!) { recordBulkTransactions(input: $input) { __typename ... on Error { code message } } }',
      { input: { transactions: [transfer({ skipQueue: undefined, reference: 'seed-2' })] } },
      ada,
    );
    // A confined caller's references live under its identity: another's cannot even be probed.
    expect(codes(bulk.body)).toEqual([['recordBulkTransactions', 'FORBIDDEN']]);
    expect(bulk.body.errors[0].extensions.field).toBe('transactions.0.reference');
    expect(bulk.text).not.toContain('seed-2');
    const single = await post(h, pay, { input: transfer({ reference: 'seed-2' }) }, ada);
    expect(codes(single.body)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(single.text).not.toContain('seed-2');
  });
});

describe('hole: a confined principal voids or shrinks holds it could not have placed', () => {
  // A confined principal cannot record a hold (inflight is FORBIDDEN), so every hold on its balance
  // was placed by someone else: an authorization the operator took for a merchant.
  const holdOnAda = async () => {
    const res = await post(h, pay, { input: transfer({ destination: B.acmeUsd, amount: '10.00', inflight: true }) }, admin);
    expect(res.body.data.recordTransaction.status).toBe('INFLIGHT');
    return res.body.data.recordTransaction.id as string;
  };

  it("cannot void the operator's hold on its balance (it would free the reserved money to spend again)", async () => {
    const id = await holdOnAda();
    const res = await post(h, `mutation { voidInflightTransaction(input: { id: "${id}", skipQueue: true }) { __typename } }`, {}, ada);
    // Before the fix: { voidInflightTransaction: { __typename: "Transaction" } }, status VOID.
    expect(codes(res.body)).toEqual([['voidInflightTransaction', 'FORBIDDEN']]);
  });

  it("cannot commit the operator's hold for less than it holds", async () => {
    const id = await holdOnAda();
    const res = await post(
      h,
      `mutation { commitInflightTransaction(input: { id: "${id}", preciseAmount: "1", skipQueue: true }) { __typename } }`,
      {},
      ada,
    );
    expect(codes(res.body)).toEqual([['commitInflightTransaction', 'FORBIDDEN']]);
  });
});

describe('hole: a connection without first or last is costed as one item, though it fetches 20', () => {
  it('nested connections without first are refused as the same query with first: 20 is', async () => {
    const deep = (arg: string) =>
      `{ transactions${arg} { edges { node { children${arg} { edges { node { children${arg} { edges { node { id } } } } } } } } } }`;
    const explicit = await post(h, deep('(first: 20)'), {}, admin);
    expect(codes(explicit.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    h.sandbox.resetRequests();
    const implicit = await post(h, deep(''), {}, admin);
    // Before the fix: runs under the 10,000 limit (each connection counted once), though it can make
    // 1 + 20 + 400 page requests; with first: 20 written out it costs 25,261.
    expect(codes(implicit.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    expect(h.upstream()).toEqual([]);
  });
});

describe('hole: input guards do not see every input', () => {
  it("a variable's default value is checked like a value sent for it", async () => {
    const long = `bln_${'x'.repeat(5000)}`;
    const res = await post(h, `query($id: ID = "${long}") { balance(id: $id) { id version } }`, {}, admin);
    // Before the fix: NOT_FOUND after GET /balances/<5,004 characters> reached Blnk.
    expect(codes(res.body).map(([, code]) => code)).toEqual(['BAD_USER_INPUT']);
    expect(h.upstream()).toEqual([]);
  });

  it.each([
    ['a lone surrogate', 'bln_\ud800'],
    ['an id over 256 characters', `bln_${'x'.repeat(300)}`],
    ['an id of 100 KB', `bln_${'x'.repeat(100_000)}`],
  ])("an _entities representation's id with %s is BAD_USER_INPUT before Blnk", async (_what, id) => {
    const res = await post(
      h,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Balance { id version } } }`,
      { r: [{ __typename: 'Balance', id }] },
      admin,
    );
    // Before the fix: INTERNAL_SERVER_ERROR (a URIError); null without an error after GET /balances/<304
    // characters> reached Blnk; UPSTREAM_ERROR.
    expect(codes(res.body).map(([, code]) => code)).toEqual(['BAD_USER_INPUT']);
    expect(h.upstream()).toEqual([]);
  });

  it.each([
    ['no id', { __typename: 'Balance' }],
    ['no __typename', { id: B.adaUsd }],
    ['an unknown __typename', { __typename: 'balance', id: B.adaUsd }],
    ['a numeric id', { __typename: 'Balance', id: 123 }],
    ['an object id', { __typename: 'Balance', id: { a: 1 } }],
  ])('a malformed representation (%s) is BAD_USER_INPUT, not a masked 500', async (_what, rep) => {
    const res = await post(h, entities, { r: [rep] }, admin);
    // Before the fix: INTERNAL_SERVER_ERROR "Unexpected error." for the first three (data: null for the
    // whole list); null without any error for the last two.
    expect(codes(res.body).map(([, code]) => code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('hole: variable coercion errors echo what the caller typed, without a code', () => {
  it('a bad variable is named, coded, and its value never echoed', async () => {
    const res = await post(h, 'query($f: Int) { transactions(first: $f) { totalCount } }', { f: 'sk_live_SECRET' }, ada);
    // Before the fix: 'Variable "$f" got invalid value "sk_live_SECRET"; Int cannot represent non-integer value: "sk_live_SECRET"', no code.
    expect(res.text).not.toContain('sk_live_SECRET');
    expect(res.body.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
