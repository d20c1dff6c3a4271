import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Holes a second hostile review (issue 11) found, through the gateway's HTTP handling with real
 * HS256 tokens against the seeded sandbox. Each test asserts the safe behaviour, and failed
 * before its hole was closed. Seed (src/sandbox/seed.ts): Ada's USD balance holds 4875.00; Grace's USD
 * balance is another customer's.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;

let h: Harness;
let ada: Record<string, string>;

beforeAll(async () => {
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
});
beforeEach(async () => {
  h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH });
});
afterEach(() => h.close());

describe("hole: a bulk's items are costed as 10, whatever the number of transactions sent", () => {
  it('1,000 items each selecting a page of 100 children is refused before anything runs, as 1,000 nodes(ids:) would be', async () => {
    // Each item's `children` is its own POST /transactions/filter (connections are not batched), so
    // the cost must count the items the input holds, as nodes(ids:) counts its ids and _entities
    // its representations: 1,000 × (transaction 1 + children 1 + 100 × (edges 1 + node 1 + id 1))
    // is over 300,000, far above MAX_COST 10,000.
    const transactions = Array.from({ length: 1000 }, () => ({
      source: B.adaUsd,
      destination: B.graceUsd,
      amount: '0.01',
      precision: '100',
      currency: 'USD',
      description: 'x',
    }));
    const res = await post(
      h,
      `mutation($input: RecordBulkTransactionsInput!) {
        recordBulkTransactions(input: $input) {
          __typename
          ... on BulkTransactionsPayload { items { transaction { children(first: 100) { edges { node { id } } } } } }
        }
      }`,
      { input: { transactions, skipQueue: true } },
      ada,
    );
    // Before the fix: 200 with every item answered, after POST /transactions/bulk and one
    // POST /transactions/filter per item (1,000 of them; a deeper selection multiplies that by 100
    // per level), because a list field without its own cost counts as 10 items (Pothos's default).
    expect(codes(res.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    expect(h.upstream()).toEqual([]);
  });
});

describe("a bulk's items are a page", () => {
  it('answers first items from offset, and a page over 100 as 100 without losing the batch', async () => {
    const transactions = ['a', 'b', 'c'].map((n) => ({
      source: B.adaUsd,
      destination: B.graceUsd,
      amount: '0.01',
      precision: '100',
      currency: 'USD',
      description: 'x',
      reference: `${I.ada}:page-${n}`,
    }));
    const query = (args: string) => `mutation($input: RecordBulkTransactionsInput!) {
      recordBulkTransactions(input: $input) { __typename ... on BulkTransactionsPayload { items(${args}) { reference transaction { status } } } }
    }`;
    const res = await post(h, query('first: 2, offset: 1'), { input: { transactions, skipQueue: true } }, ada);
    expect(res.body.data.recordBulkTransactions.items).toEqual([
      { reference: `${I.ada}:page-b`, transaction: { status: 'APPLIED' } },
      { reference: `${I.ada}:page-c`, transaction: { status: 'APPLIED' } },
    ]);
    const over = await post(
      h,
      query('first: 101'),
      { input: { transactions: transactions.map((t) => ({ ...t, reference: `${t.reference}-2` })), skipQueue: true } },
      ada,
    );
    expect(over.body.errors).toBeUndefined();
    expect(over.body.data.recordBulkTransactions.items).toHaveLength(3);
  });
});

describe('hole: a metadata filter key is echoed in its error', () => {
  it('a refused metaData key sent in a variable is named, never repeated', async () => {
    const res = await post(
      h,
      'query($f: TransactionFilter) { transactions(filter: $f) { totalCount } }',
      { f: { metaData: [{ key: 'sk_live_SECRET order', eq: '1' }] } },
      ada,
    );
    // Before the fix: 'metaData key "sk_live_SECRET order" must match ^[a-zA-Z][a-zA-Z0-9_]*$'.
    expect(codes(res.body)).toEqual([['transactions', 'BAD_USER_INPUT']]);
    expect(res.text).not.toContain('sk_live_SECRET');
  });
});
