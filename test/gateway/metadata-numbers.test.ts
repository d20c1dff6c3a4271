import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/blnk-setup.js';
import { client } from '../helpers/http.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * Issue 11, item 7: Blnk decodes metadata into Go's generic values, so every number is a
 * float64. A number it cannot keep is refused before anything is sent; whatever it sends back,
 * of any size or in exponent form, is served without failing the response.
 */

let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Metadata numbers');
});
afterAll(() => h.close());

/** Sends the body text as written, so a number can be longer than a JS number holds. */
async function raw(body: string): Promise<{ status: number; text: string; json: any }> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) };
}

const BIG = '12345678901234567';

describe('metadata numbers on the way in', () => {
  const inputs: [string, string, () => Promise<string>][] = [
    [
      'recordTransaction',
      'mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename } }',
      async () =>
        `{"source":"@World","destination":"${await f.balance(ledger)}","preciseAmount":"5","currency":"USD","description":"x","allowOverdraft":true,"skipQueue":true,"metaData":{"orderId":${BIG}}}`,
    ],
    [
      'recordBulkTransactions',
      'mutation ($input: RecordBulkTransactionsInput!) { recordBulkTransactions(input: $input) { __typename } }',
      async () =>
        `{"transactions":[{"source":"@World","destination":"${await f.balance(ledger)}","preciseAmount":"5","currency":"USD","description":"x","allowOverdraft":true,"metaData":{"orderId":${BIG}}}]}`,
    ],
    [
      'createLedger',
      'mutation ($input: CreateLedgerInput!) { createLedger(input: $input) { __typename } }',
      async () => `{"name":"n","metaData":{"orderId":${BIG}}}`,
    ],
    [
      'createBalance',
      'mutation ($input: CreateBalanceInput!) { createBalance(input: $input) { __typename } }',
      async () => `{"ledgerId":"${ledger}","currency":"USD","metaData":{"orderId":${BIG}}}`,
    ],
    [
      'createIdentity',
      'mutation ($input: CreateIdentityInput!) { createIdentity(input: $input) { __typename } }',
      async () => `{"firstName":"A","metaData":{"orderId":${BIG}}}`,
    ],
    [
      'updateIdentity',
      'mutation ($input: UpdateIdentityInput!) { updateIdentity(input: $input) { __typename } }',
      async () => `{"id":"${await f.identity('B')}","metaData":{"orderId":${BIG}}}`,
    ],
    [
      'updateMetadata',
      'mutation ($input: UpdateMetadataInput!) { updateMetadata(input: $input) { __typename } }',
      async () => `{"id":"${ledger}","metaData":{"orderId":${BIG}}}`,
    ],
  ];

  it.each(inputs)(
    "%s refuses a number beyond 2^53 with BAD_USER_INPUT naming its depth (never the caller's key), before calling Blnk",
    async (_name, query, input) => {
      const variables = await input();
      h.sandbox.resetRequests();
      const res = await raw(`{"query":${JSON.stringify(query)},"variables":{"input":${variables}}}`);
      expect(res.json.data ?? null).toBeNull();
      expect(res.json.errors).toHaveLength(1);
      expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.json.errors[0].message).toMatch(/1 level deep/);
      expect(res.json.errors[0].message).not.toMatch(/orderId/);
      expect(res.json.errors[0].message).toMatch(/send it as a string/);
      expect(h.sandbox.requests).toEqual([]);
    },
  );

  it('names the depth of a nested number, in variables and in literals, and refuses what is not finite', async () => {
    const nested = await raw(
      `{"query":"mutation ($input: CreateLedgerInput!) { createLedger(input: $input) { __typename } }","variables":{"input":{"name":"n","metaData":{"order":{"lines":[1,-9007199254740993]}}}}}`,
    );
    expect(nested.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(nested.json.errors[0].message).toMatch(/3 levels deep/);
    expect(nested.json.errors[0].message).not.toMatch(/order|lines/);

    const literal = await raw(
      JSON.stringify({ query: `mutation { createLedger(input: { name: "n", metaData: { a: { b: ${BIG} } } }) { __typename } }` }),
    );
    expect(literal.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(literal.json.errors[0].message).toMatch(/2 levels deep/);

    const huge = await raw(
      JSON.stringify({ query: 'mutation { createLedger(input: { name: "n", metaData: { x: 1e400 } }) { __typename } }' }),
    );
    expect(huge.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(huge.json.errors[0].message).toMatch(/1 level deep/);
  });

  it('takes safe integers, fractions and strings as they are', async () => {
    const res = await raw(
      `{"query":"mutation ($input: CreateLedgerInput!) { createLedger(input: $input) { ... on Ledger { metaData } } }","variables":{"input":{"name":"ok","metaData":{"max":9007199254740991,"min":-9007199254740991,"half":0.5,"id":"${BIG}"}}}}`,
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.createLedger.metaData).toEqual({ max: 9007199254740991, min: -9007199254740991, half: 0.5, id: BIG });
  });
});

describe('metadata numbers on the way out', () => {
  it('the sandbox rounds metadata numbers through float64, as Blnk does', async () => {
    const call = client(h.sandbox.url);
    const created = await call('POST', '/ledgers', {
      body: { name: 'floats', meta_data: { n: 9007199254740993n, big: 10n ** 21n, deep: [{ m: 12345678901234567n }] } },
    });
    expect(created.text).toContain('"n":9007199254740992');
    expect(created.text).toContain('"big":1e+21');
    expect(created.text).toContain('"m":12345678901234568');
  });

  it('serves numbers another client stored, of any size or in exponent form, in every listing', async () => {
    const wallet = await f.balance(ledger);
    // Written straight to Blnk by another client: Blnk keeps each as a float64.
    const sent = await f.transfer('@World', wallet, 100n, {
      meta_data: { orderId: 12345678901234567n, huge: 10n ** 21n, negative: -(10n ** 20n), small: 42, half: 0.5, text: 'x' },
    });
    const query = `query ($id: ID!, $balance: ID!) {
      transaction(id: $id) { metaData }
      transactions(filter: { balanceId: { eq: $balance } }) { edges { node { id metaData } } }
      balance(id: $balance) { transactions { edges { node { metaData } } } }
    }`;
    const res = await raw(JSON.stringify({ query, variables: { id: sent.transaction_id, balance: wallet } }));
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    const expected = {
      orderId: '12345678901234568',
      huge: '1000000000000000000000',
      negative: '-100000000000000000000',
      small: 42,
      half: 0.5,
      text: 'x',
    };
    expect(res.json.data.transaction.metaData).toMatchObject(expected);
    expect(res.json.data.transactions.edges.map((e: any) => e.node.metaData)).toEqual([expect.objectContaining(expected)]);
    expect(res.json.data.balance.transactions.edges[0].node.metaData).toMatchObject(expected);
  });

  it('serves the merged metadata of updateMetadata when it holds such numbers', async () => {
    const call = client(h.sandbox.url);
    const made = await call('POST', '/ledgers', { body: { name: 'm', meta_data: { orderId: 12345678901234567n } } });
    const id = made.json.ledger_id as string;
    const res = await raw(
      JSON.stringify({
        query:
          'mutation ($id: ID!) { updateMetadata(input: { id: $id, metaData: { note: "n" } }) { ... on UpdateMetadataPayload { metaData } } }',
        variables: { id },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.updateMetadata.metaData).toEqual({ orderId: '12345678901234568', note: 'n' });
  });
});
