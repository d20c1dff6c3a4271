import { afterEach, describe, expect, it } from 'vitest';
import type { CurrencyPrecisions } from '../../src/auth/write-rate.js';
import { loadConfig } from '../../src/config.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Issue 17, hostile review of the fixes, finding 3: a confined payer picked the precision, so
 * `preciseAmount: "1", precision: "1"` with "Refund owed: I sent 1 USD by mistake" showed in the
 * payee's statement as amount "1" while her balance moved one cent. CURRENCY_PRECISIONS fixes
 * each currency's precision for confined callers; production without it refuses their writes.
 * The dual-target story is test/scenarios/confined-payee-oracle.test.ts.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const LISTED: CurrencyPrecisions = {
  mode: 'listed',
  precisions: new Map([
    ['USD', 100n],
    ['JPY', 1n],
  ]),
};

const pay = `mutation($input: RecordTransactionInput!) {
  recordTransaction(input: $input) { __typename ... on Transaction { amount preciseAmount precision } ... on Error { code } }
}`;
const bulk = `mutation($input: RecordBulkTransactionsInput!) {
  recordBulkTransactions(input: $input) { __typename ... on Error { code } }
}`;
const statement = `query($id: ID!) { balance(id: $id) { balance transactions(first: 1) { edges { node { amount preciseAmount precision description } } } } }`;

const transfer = (extra: Record<string, unknown> = {}) => ({
  source: B.adaUsd,
  destination: B.graceUsd,
  currency: 'USD',
  description: 'Refund owed: I sent 1 USD by mistake, please send it back',
  skipQueue: true,
  ...extra,
});

let h: Harness;

async function start(currencyPrecisions: CurrencyPrecisions) {
  h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH, limits: { currencyPrecisions } });
  const ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
  const grace = bearer(await signToken({ scope: 'ledger:read', blnk_identity_id: I.grace }));
  const admin = bearer(await signToken({ scope: 'ledger:admin' }));
  h.sandbox.resetRequests();
  return { ada, grace, admin };
}
const writes = () =>
  h.sandbox.requests.filter((r) => r.method === 'POST' && (r.path === '/transactions' || r.path === '/transactions/bulk'));

describe('CURRENCY_PRECISIONS for confined payers', () => {
  afterEach(() => h.close());

  it('a listed currency at another precision is FORBIDDEN naming precision, and nothing reaches the payee; the operator is not bound', async () => {
    const { ada, grace, admin } = await start(LISTED);
    const before = await post(h, statement, { id: B.graceUsd }, grace);
    h.sandbox.resetRequests();
    const res = await post(h, pay, { input: transfer({ preciseAmount: '1', precision: '1' }) }, ada);
    expect(res.body.data).toEqual({ recordTransaction: null });
    expect(res.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'precision' });
    expect(res.body.errors[0].message).toContain('precision 100');
    expect(writes()).toEqual([]);
    expect((await post(h, statement, { id: B.graceUsd }, grace)).body).toEqual(before.body);
    const operator = await post(
      h,
      pay,
      { input: transfer({ source: B.floatUsd, preciseAmount: '1', precision: '1', allowOverdraft: true }) },
      admin,
    );
    expect(operator.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', precision: '1' });
  });

  it("an omitted precision takes the listed one: 0.01 moves one cent and the payee's row reads 0.01", async () => {
    const { ada, grace } = await start(LISTED);
    const before = BigInt((await post(h, statement, { id: B.graceUsd }, grace)).body.data.balance.balance);
    const res = await post(h, pay, { input: transfer({ amount: '0.01' }) }, ada);
    expect(res.body.data.recordTransaction).toEqual({ __typename: 'Transaction', amount: '0.01', preciseAmount: '1', precision: '100' });
    const after = (await post(h, statement, { id: B.graceUsd }, grace)).body.data.balance;
    expect(BigInt(after.balance)).toBe(before + 1n);
    expect(after.transactions.edges[0].node).toMatchObject({ amount: '0.01', preciseAmount: '1', precision: '100' });
    // The same precision given explicitly is taken too.
    const explicit = await post(h, pay, { input: transfer({ preciseAmount: '1', precision: '100' }) }, ada);
    expect(explicit.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', precision: '100' });
  });

  it('an unlisted currency is FORBIDDEN naming currency, before any call; bulk items name their path', async () => {
    const { ada } = await start(LISTED);
    const eth = await post(
      h,
      pay,
      {
        input: transfer({
          source: B.adaEth,
          destination: B.treasuryEth,
          currency: 'ETH',
          preciseAmount: '1',
          precision: '1000000000000000000',
        }),
      },
      ada,
    );
    expect(eth.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'currency' });
    expect(eth.text).not.toContain('ETH');
    const { skipQueue: _, ...item } = transfer({ preciseAmount: '1' });
    const items = await post(
      h,
      bulk,
      {
        input: {
          transactions: [
            { ...item, precision: '100' },
            { ...item, precision: '10' },
          ],
          skipQueue: true,
        },
      },
      ada,
    );
    expect(items.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'transactions.1.precision' });
    expect(h.sandbox.requests).toEqual([]);
  });

  it('production without it refuses every confined write, naming the setting, before any call; the operator still writes; development leaves it free', async () => {
    const { ada, admin } = await start({ mode: 'refused' });
    for (const [query, input] of [
      [pay, transfer({ preciseAmount: '1', precision: '100' })],
      [bulk, { transactions: [{ ...transfer({ preciseAmount: '1', precision: '100' }), skipQueue: undefined }], skipQueue: true }],
    ] as const) {
      const res = await post(h, query, { input }, ada);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', setting: 'CURRENCY_PRECISIONS' });
      expect(res.body.errors[0].message).toMatch(/operator must set CURRENCY_PRECISIONS/);
    }
    expect(h.sandbox.requests).toEqual([]);
    const operator = await post(
      h,
      pay,
      { input: transfer({ source: B.floatUsd, preciseAmount: '1', precision: '100', allowOverdraft: true }) },
      admin,
    );
    expect(operator.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction' });

    // Development without it leaves the precision to the caller, as before.
    await h.close();
    const dev = await start({ mode: 'free' });
    const free = await post(h, pay, { input: transfer({ preciseAmount: '1', precision: '1' }) }, dev.ada);
    expect(codes(free.body)).toEqual([]);
    expect(free.body.data.recordTransaction).toMatchObject({ __typename: 'Transaction', amount: '1', precision: '1' });
  });
});

describe('CURRENCY_PRECISIONS, read at start', () => {
  const PRODUCTION = {
    NODE_ENV: 'production',
    AUTH_MODE: 'jwt',
    JWT_SECRET: 'x'.repeat(32),
    JWT_ISSUER: 'https://id.example',
    JWT_AUDIENCE: 'ledger',
    METRICS: 'false',
  };

  it('parses code:precision pairs; unset is free in development and refused in production', () => {
    expect(loadConfig({ CURRENCY_PRECISIONS: ' USD:100, EUR : 100,JPY:1,WEI:1000000000000000000' }).limits.currencyPrecisions).toEqual({
      mode: 'listed',
      precisions: new Map([
        ['USD', 100n],
        ['EUR', 100n],
        ['JPY', 1n],
        ['WEI', 10n ** 18n],
      ]),
    });
    expect(loadConfig({}).limits.currencyPrecisions).toEqual({ mode: 'free' });
    expect(loadConfig(PRODUCTION).limits.currencyPrecisions).toEqual({ mode: 'refused' });
    expect(loadConfig({ ...PRODUCTION, CURRENCY_PRECISIONS: 'USD:100' }).limits.currencyPrecisions).toEqual({
      mode: 'listed',
      precisions: new Map([['USD', 100n]]),
    });
  });

  it.each([
    ['USD:3', /precision of USD must be a whole power of ten from 1 to 10\^18, got 3/],
    ['USD:0', /precision of USD must be a whole power of ten/],
    ['USD:0100', /precision of USD must be a whole power of ten/],
    ['USD:10000000000000000000', /precision of USD must be a whole power of ten from 1 to 10\^18/],
    ['USD:1e2', /comma-separated list of CODE:PRECISION/],
    ['USD', /comma-separated list of CODE:PRECISION/],
    [':100', /comma-separated list of CODE:PRECISION/],
    ['USD:100,', /comma-separated list of CODE:PRECISION/],
    ['USD:100,USD:100', /names USD more than once/],
  ])('refuses %s, naming the setting', (value, message) => {
    expect(() => loadConfig({ CURRENCY_PRECISIONS: value })).toThrow(message);
    expect(() => loadConfig({ CURRENCY_PRECISIONS: value })).toThrow(/^CURRENCY_PRECISIONS/);
  });
});
