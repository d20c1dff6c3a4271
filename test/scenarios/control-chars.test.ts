import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { startDroppingProxy } from './dropping-proxy.js';
import type { DroppingProxy } from './dropping-proxy.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 17, item 4, on the sandbox and on real Blnk Core. PostgreSQL cannot store U+0000: Blnk
 * answers 500 wherever it reaches a query (and a queued write answers 201, then writes nothing),
 * so the gateway reported "Blnk may have recorded the transaction" for a write that never was.
 * First what Blnk does (the sandbox must do the same), then the gateway refusing every such
 * argument with BAD_USER_INPUT naming it, never echoing it, with nothing sent to Blnk (the
 * gateway talks to Blnk through a recording proxy).
 */

const NUL = '\u0000';
let h: ScenarioHarness;
let proxy: DroppingProxy;
let run: Harness['run'];
let close: () => Promise<void>;
const id: Record<string, string> = {};
const doc = (text: string) => parse(text) as any;

const detail = (res: { json: any }) => res.json?.error_detail;

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
  const ledger = (await call('POST', '/ledgers', { body: { name: `nul-${Date.now()}` } })).json.ledger_id;
  id.a = (await call('POST', '/balances', { body: { ledger_id: ledger, currency: 'USD' } })).json.balance_id;
  id.b = (await call('POST', '/balances', { body: { ledger_id: ledger, currency: 'USD' } })).json.balance_id;
});
afterAll(async () => {
  await close?.();
  await proxy?.close();
  await h?.close();
});
beforeEach(() => proxy.clear());

const body = (extra: Record<string, unknown>) => ({
  source: id.a,
  destination: id.b,
  precise_amount: 100n,
  precision: 100,
  currency: 'USD',
  description: 'plain',
  reference: `nul-${Math.random().toString(36).slice(2)}`,
  allow_overdraft: true,
  skip_queue: true,
  ...extra,
});

describe('Blnk and U+0000', () => {
  it('a transfer applied at once answers 500 where PostgreSQL meets it, in order: reference check, balances, insert', async () => {
    const cases: [string, Record<string, unknown>, string, string, string][] = [
      ['reference', { reference: `r${NUL}` }, 'Failed to check if transaction exists', '22021', 'unnamed portal parameter $1'],
      ['source', { source: `bln_${NUL}` }, 'Failed to scan balance data', '22021', 'unnamed portal parameter $1'],
      ['currency', { currency: `US${NUL}` }, 'Failed to record transaction', '22021', 'unnamed portal parameter $8'],
      ['description', { description: `a${NUL}b` }, 'Failed to record transaction', '22021', 'unnamed portal parameter $10'],
      [
        'meta_data',
        { meta_data: { k: `v${NUL}` } },
        'Failed to record transaction',
        '22P05',
        `JSON data, line 1: {"allow_overdraft":true,"k":"v\\u0000...\nunnamed portal parameter $13 = '...'`,
      ],
    ];
    for (const [what, extra, message, code, where] of cases) {
      const res = await h.target.call('POST', '/transactions', { body: body(extra) });
      expect.soft(res.status, what).toBe(500);
      expect.soft(detail(res), what).toMatchObject({ code: 'GEN_INTERNAL', message, details: { Code: code, Where: where } });
    }
  });

  it('a queued transfer holding it answers 201, and Blnk writes no row for it', async () => {
    const call = h.target.call;
    const poisoned = body({ skip_queue: false, description: `a${NUL}b` });
    const queued = await call('POST', '/transactions', { body: poisoned });
    expect(queued.status).toBe(201);
    expect(queued.json.status).toBe('QUEUED');
    // A clean transfer queued after it: once its outcome is written, the queue has passed the first.
    const clean = body({ skip_queue: false });
    expect((await call('POST', '/transactions', { body: clean })).status).toBe(201);
    await until(
      'the clean transfer applied',
      () => call('GET', `/transactions/reference/${clean.reference}_q`),
      (r) => r.status === 200,
    );
    expect((await call('GET', `/transactions/reference/${poisoned.reference}`)).status).toBe(404);
    expect((await call('GET', `/transactions/reference/${poisoned.reference}_q`)).status).toBe(404);
  });

  it("reads by id or reference, commits, voids and refunds answer 500 with their handler's message; a bulk item 400", async () => {
    const call = h.target.call;
    const cases: [string, string, unknown, string][] = [
      ['GET', '/transactions/txn_%00', undefined, 'Failed to retrieve transaction'],
      ['GET', '/transactions/reference/a%00b', undefined, 'Failed to retrieve transaction'],
      ['PUT', '/transactions/inflight/txn_%00', { status: 'void' }, 'Failed to retrieve transaction'],
      ['POST', '/refund-transaction/txn_%00', {}, 'Failed to retrieve refundable transactions'],
    ];
    for (const [method, path, sent, message] of cases) {
      const res = await call(method, path, sent === undefined ? {} : { body: sent });
      expect.soft(res.status, path).toBe(500);
      expect.soft(detail(res), path).toMatchObject({ code: 'GEN_INTERNAL', message, details: { Code: '22021' } });
    }
    const { skip_queue: _, ...item } = body({ description: `x${NUL}` });
    const bulk = await call('POST', '/transactions/bulk', { body: { transactions: [item], skip_queue: true } });
    expect(bulk.status).toBe(400);
    expect(detail(bulk).code).toBe('GEN_BAD_REQUEST');
    expect(detail(bulk).message).toContain(
      'failed to persist transaction with balances: INTERNAL_SERVER_ERROR: Failed to record transaction. Previous transactions were not rolled back.',
    );
  });
});

describe('the gateway refuses control characters before Blnk', () => {
  const Pay = doc(`mutation Pay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) { __typename ... on Transaction { status description } ... on Error { code } }
  }`);
  const pay = (extra: Record<string, unknown>) => ({
    source: id.a,
    destination: id.b,
    preciseAmount: '100',
    precision: '100',
    currency: 'USD',
    description: 'plain',
    allowOverdraft: true,
    skipQueue: true,
    ...extra,
  });

  it.each([
    ['description', { description: `a${NUL}b` }, 'description'],
    ['reference', { reference: `r${NUL}` }, 'reference'],
    ['currency', { currency: `US${NUL}` }, 'currency'],
    ['source', { source: `bln_${NUL}` }, 'source'],
    ['a metadata value', { metaData: { k: `v${NUL}` } }, 'metaData'],
    ['a metadata key', { metaData: { [`k${NUL}`]: 'v' } }, 'metaData'],
    ['an escape in the description', { description: 'pay \u001b[31mnow' }, 'description'],
    ['a tab in the currency', { currency: 'US\tD' }, 'currency'],
  ])('%s: BAD_USER_INPUT naming the argument, nothing sent', async (_what, extra, path) => {
    const res = await run(Pay, { input: pay(extra) });
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'recordTransaction(input)',
      variable: '$input',
      path,
    });
    expect(res.errors![0]!.message).toMatch(new RegExp(`recordTransaction\\(input\\) at ${path}: (has a key that )?holds`));
    // Never the value: the text around the character is not echoed.
    expect(res.text).not.toMatch(/a\\u0000b|\\u001b\[31m|bln_\\u0000|r\\u0000|US\\u0000|v\\u0000|k\\u0000/);
    expect(proxy.log).toEqual([]);
  });

  it('reads: a filter value, a reference, an id and an indicator holding NUL are refused the same way', async () => {
    const reads: [string, Record<string, unknown>, string][] = [
      [
        'query($v: String!) { transactions(first: 1, filter: { description: { eq: $v } }) { totalCount } }',
        { v: `a${NUL}` },
        'transactions(filter)',
      ],
      ['query($v: String!) { transactionByReference(reference: $v) { id } }', { v: `a${NUL}b` }, 'transactionByReference(reference)'],
      ['query($v: ID!) { balance(id: $v) { id } }', { v: `bln_${NUL}` }, 'balance(id)'],
      [
        'query($v: String!) { balanceByIndicator(indicator: $v, currency: "USD") { id } }',
        { v: `@a${NUL}` },
        'balanceByIndicator(indicator)',
      ],
    ];
    for (const [query, variables, argument] of reads) {
      const res = await run(doc(query), variables);
      expect.soft(res.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(proxy.log).toEqual([]);
  });

  it('tab, line feed and carriage return in a description are taken, stored and read back exactly', async () => {
    const description = 'line one\n\tline two\r\n';
    const res = await run(Pay, { input: pay({ description }) });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ recordTransaction: { __typename: 'Transaction', status: 'APPLIED', description } });
  });
});
