import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMonitor, toTransaction } from '../../src/blnk/map.js';
import { parseUpstreamJson } from '../../src/blnk/json.js';
import { precisionProblem, toDecimalOver } from '../../src/domain/money.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { client } from '../helpers/http.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * Issue 11, item 6: Blnk keeps precision as a float64 and Go writes 10^21 and above in
 * exponent form. The gateway refuses a precision Blnk cannot echo digit for digit, and reads
 * whatever another client left there without failing the page that holds the row.
 */

let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Precision');
});
afterAll(() => h.close());

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; data?: any; errors?: any[] }> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...JSON.parse(await res.text()) };
}

const RECORD = `mutation ($input: RecordTransactionInput!) {
  recordTransaction(input: $input) {
    __typename
    ... on Transaction { precision amount preciseAmount }
    ... on ValidationError { code field message }
  }
}`;

describe('precision on the way in', () => {
  it.each([
    ['1000000000000000000000', /below 10\^21/],
    ['1000000000000000000000000000000', /below 10\^21/],
    // Echoed exactly by a float64, but past Blnk's BIGINT precision column (2^63 − 1).
    ['100000000000000000000', /BIGINT/],
    ['10000000000000000000', /BIGINT/],
    // 2^60: a float64 holds it, but Go prints it as 1152921504606847000.
    ['1152921504606846976', /float64 keeps digit for digit/],
    ['9007199254740993', /float64 keeps digit for digit/],
  ])('refuses precision %s with a ValidationError on precision, before calling Blnk', async (precision, why) => {
    const wallet = await f.balance(ledger);
    h.sandbox.resetRequests();
    const res = await gql(RECORD, {
      input: {
        source: '@World',
        destination: wallet,
        preciseAmount: '1',
        precision,
        currency: 'USD',
        description: 'p',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    expect(res.data!.recordTransaction).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_ERROR', field: 'precision' });
    expect(res.data!.recordTransaction.message).toMatch(why);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('takes the largest precisions Blnk echoes exactly and its BIGINT column holds (10^18 for wei)', async () => {
    for (const precision of ['1000000000000000000']) {
      const wallet = await f.balance(ledger);
      const res = await gql(RECORD, {
        input: {
          source: '@World',
          destination: wallet,
          amount: '1.5',
          precision,
          currency: 'USD',
          description: 'p',
          allowOverdraft: true,
          skipQueue: true,
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordTransaction).toMatchObject({ __typename: 'Transaction', precision, amount: '1.500000000000000000' });
    }
  });

  it('refuses a monitor whose precision or threshold Blnk cannot keep', async () => {
    const wallet = await f.balance(ledger);
    const create = `mutation ($input: CreateBalanceMonitorInput!) {
      createBalanceMonitor(input: $input) { __typename ... on ValidationError { field message } }
    }`;
    const big = await gql(create, {
      input: { balanceId: wallet, condition: { field: 'BALANCE', operator: 'GT', value: '10', precision: '1000000000000000000000' } },
    });
    expect(big.data!.createBalanceMonitor).toMatchObject({ __typename: 'ValidationError', field: 'precision' });
    // 9007199254740993 × 1 is not a float64: Blnk's int64(value * precision) would compare 9007199254740992.
    const inexact = await gql(create, {
      input: { balanceId: wallet, condition: { field: 'BALANCE', operator: 'GT', value: '9007199254740993', precision: '1' } },
    });
    expect(inexact.data!.createBalanceMonitor).toMatchObject({ __typename: 'ValidationError', field: 'value' });
    expect(inexact.data!.createBalanceMonitor.message).toMatch(/value × precision must be an integer/);
    // Neither the caller's value nor the float64 product is echoed (test/gateway/no-echo.test.ts).
    expect(inexact.data!.createBalanceMonitor.message).not.toMatch(/900719925474099/);
  });
});

describe('precision on the way out', () => {
  it('the sandbox echoes precision as Blnk does, a float: 10^21 in exponent form', async () => {
    const wallet = await f.balance(ledger);
    const sent = await f.transfer('@World', wallet, 5n, { precision: 10n ** 21n });
    const read = await client(h.sandbox.url)('GET', `/transactions/${sent.transaction_id}`);
    expect(read.text).toContain('"precision":1e+21');
  });

  it('serves every page holding a row another client wrote with precision 10^21', async () => {
    const wallet = await f.balance(ledger);
    await f.transfer('@World', wallet, 7n);
    const odd = await f.transfer('@World', wallet, 5n * 10n ** 21n, { precision: 10n ** 21n });
    await f.transfer('@World', wallet, 9n);
    const page = `query ($balance: ID!) {
      transactions(filter: { balanceId: { eq: $balance } }) { edges { node { id precision amount preciseAmount } } }
      balance(id: $balance) { transactions { edges { node { id precision amount } } } }
    }`;
    const res = await gql(page, { balance: wallet });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.transactions.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(3);
    expect(nodes.find((n: any) => n.id === odd.transaction_id)).toEqual({
      id: odd.transaction_id,
      precision: '1000000000000000000000',
      amount: '5.000000000000000000000',
      preciseAmount: '5000000000000000000000',
    });
    expect(res.data.balance.transactions.edges).toHaveLength(3);
    const one = await gql(`query ($id: ID!) { transaction(id: $id) { precision amount } }`, { id: odd.transaction_id });
    expect(one).toMatchObject({ data: { transaction: { precision: '1000000000000000000000', amount: '5.000000000000000000000' } } });
  });

  it('serves a monitor another client created with precision 10^21', async () => {
    const wallet = await f.balance(ledger);
    const made = await client(h.sandbox.url)('POST', '/balance-monitors', {
      body: { balance_id: wallet, condition: { field: 'balance', operator: '>', value: 1, precision: 10n ** 21n } },
    });
    expect(made.status).toBe(201);
    const res = await gql(`query ($id: ID!) { balanceMonitor(id: $id) { condition { precision } } }`, { id: made.json.monitor_id });
    expect(res.errors).toBeUndefined();
    expect(res.data.balanceMonitor.condition.precision).toBe('1000000000000000000000');
  });

  it('reads exponent-form and fractional precisions without refusing the row', () => {
    const read = (precision: string) =>
      toTransaction(
        parseUpstreamJson(
          `{"precise_amount":5,"amount":1,"precision":${precision},"transaction_id":"txn_1","parent_transaction":"","reference":"r","currency":"USD","status":"APPLIED","hash":"h","created_at":"2026-01-01T00:00:00Z"}`,
        ),
      );
    const row = (precision: string) => read(precision).precision;
    expect(row('1e+21')).toBe(10n ** 21n);
    expect(row('1e+23')).toBe(10n ** 23n);
    expect(row('100')).toBe(100n);
    expect(row('1152921504606847000')).toBe(1152921504606847000n);
    expect(row('2.5')).toBeNull();
    // The amount still answers: 5 minor units at a precision of 2.5 are 2 major units, written
    // with the one place every multiple of 1/2.5 = 0.4 needs.
    expect(read('2.5').fractionalPrecision).toBe('2.5');
    expect(toDecimalOver(5n, '2.5')).toBe('2.0');
    expect(toDecimalOver(1n, '2.5')).toBe('0.4');
    expect(toDecimalOver(1n, '0.3')).toBe('3.3333333333333333');
    const monitor = toMonitor(
      parseUpstreamJson(
        '{"monitor_id":"mon_1","balance_id":"bln_1","condition":{"value":1e+21,"precision":2.5,"precise_value":0,"field":"balance","operator":">"}}',
      ),
    );
    expect(monitor.condition).toMatchObject({ value: '1000000000000000000000', precision: null });
  });

  it('states the rule: below 10^21, within BIGINT and echoed digit for digit', () => {
    expect(precisionProblem(100n)).toBeNull();
    expect(precisionProblem(10n ** 18n)).toBeNull();
    expect(precisionProblem(10n ** 20n)).toMatch(/BIGINT/);
    expect(precisionProblem(10n ** 21n)).toMatch(/10\^21/);
    expect(precisionProblem(0n)).toMatch(/positive/);
  });
});
