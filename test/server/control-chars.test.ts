import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { post } from '../helpers/jwt.js';

/**
 * Issue 17, item 4: control characters in arguments, refused by the input guards before anything
 * runs, with BAD_USER_INPUT naming the argument and never the value. U+0000 nowhere (PostgreSQL
 * cannot store it; real Blnk answers 500, see test/scenarios/control-chars.test.ts); in names
 * (ids, references, indicators, currencies, metadata keys) no control character at all; in prose
 * (descriptions, people's names, metadata values, filter values) tab, LF and CR only.
 */
const B = SEED_IDS.balances;
/** Beside every control character sent, so that an echo of the value would show. */
const MARK = 'MARK-7f3a';

const pay = `mutation($input: RecordTransactionInput!) {
  recordTransaction(input: $input) { __typename ... on Transaction { description } ... on Error { code } }
}`;
const transfer = (extra: Record<string, unknown>) => ({
  source: '@World',
  destination: B.graceUsd,
  preciseAmount: '1',
  precision: '100',
  currency: 'USD',
  description: 'plain',
  allowOverdraft: true,
  skipQueue: true,
  ...extra,
});

describe('control characters in arguments', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  const refused = (res: { text: string; body: any }, argument: string, path?: string) => {
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, ...(path ? { path } : {}) });
    expect(res.text).not.toContain(MARK);
    expect(h.sandbox.requests).toEqual([]);
  };

  it.each([
    ['NUL in a description', { description: `${MARK}\u0000` }, 'description'],
    ['BEL in a description', { description: `${MARK}\u0007` }, 'description'],
    ['DEL in a description', { description: `${MARK}\u007f` }, 'description'],
    ['NEL (C1) in a description', { description: `${MARK}\u0085` }, 'description'],
    ['a tab in a reference', { reference: `${MARK}\tx` }, 'reference'],
    ['a line feed in a currency', { currency: 'USD\n' }, 'currency'],
    ['ESC in a source id', { source: `bln_\u001b${MARK}` }, 'source'],
    ['a line feed in a metadata key', { metaData: { [`${MARK}\n`]: 'v' } }, 'metaData'],
    ['NUL in a nested metadata value', { metaData: { a: { b: [`${MARK}\u0000`] } } }, 'metaData'],
    ['ESC in a metadata value', { metaData: { note: `\u001b[2J${MARK}` } }, 'metaData'],
  ])('%s is refused naming the argument and path', async (_what, extra, path) => {
    refused(await post(h, pay, { input: transfer(extra) }), 'recordTransaction(input)', path);
  });

  it('tab, line feed and carriage return are taken in prose: a description and a metadata value reach Blnk as written', async () => {
    const description = 'first line\r\n\tsecond line\n';
    const res = await post(h, pay, { input: transfer({ description, metaData: { note: 'a\tb\nc' } }) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.recordTransaction).toEqual({ __typename: 'Transaction', description });
  });

  it('a bulk item is refused at its own path', async () => {
    const items = [transfer({}), transfer({}), transfer({ description: `${MARK}\u0000` })].map(({ skipQueue: _, ...item }) => item);
    const res = await post(h, 'mutation($input: RecordBulkTransactionsInput!) { recordBulkTransactions(input: $input) { __typename } }', {
      input: { transactions: items, skipQueue: true },
    });
    refused(res, 'recordBulkTransactions(input)', 'transactions.2.description');
  });

  it('literals in the document and variable defaults are checked like variables', async () => {
    refused(await post(h, `{ transactionByReference(reference: "${MARK}\\u0000") { id } }`), 'transactionByReference(reference)');
    refused(
      await post(h, `query($r: String! = "${MARK}\\u0001") { transactionByReference(reference: $r) { id } }`),
      'transactionByReference(reference)',
    );
  });

  it('reads: ids, indicators, filter values and metadata filter keys', async () => {
    refused(await post(h, 'query($id: ID!) { balance(id: $id) { id } }', { id: `bln_${MARK}\u0002` }), 'balance(id)');
    refused(
      await post(h, 'query($i: String!) { balanceByIndicator(indicator: $i, currency: "USD") { id } }', { i: `@${MARK}\u0000` }),
      'balanceByIndicator(indicator)',
    );
    refused(
      await post(h, 'query($v: String!) { transactions(first: 1, filter: { description: { eq: $v } }) { totalCount } }', {
        v: `${MARK}\u0000`,
      }),
      'transactions(filter)',
      'description.eq',
    );
    refused(
      await post(h, 'query($k: String!) { transactions(first: 1, filter: { metaData: [{ key: $k, eq: "x" }] }) { totalCount } }', {
        k: `${MARK}\u0001`,
      }),
      'transactions(filter)',
      'metaData.0.key',
    );
    refused(
      await post(h, 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
        r: [{ __typename: 'Balance', id: `bln_${MARK}\u0000` }],
      }),
      '_entities(representations)',
    );
  });

  it('a filter value may hold a line feed (prose): it runs', async () => {
    const res = await post(h, 'query($v: String!) { transactions(first: 1, filter: { description: { eq: $v } }) { totalCount } }', {
      v: 'two\nlines',
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.transactions.totalCount).toBe(0);
  });

  it("people's names are prose: an escape in an identity's name is refused", async () => {
    refused(
      await post(h, 'mutation($input: CreateIdentityInput!) { createIdentity(input: $input) { __typename } }', {
        input: { identityType: 'individual', firstName: `\u001b]8;;http://x\u0007${MARK}` },
      }),
      'createIdentity(input)',
      'firstName',
    );
  });
});
