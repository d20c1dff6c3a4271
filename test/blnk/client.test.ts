import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BlnkClient, createClient } from '../../src/blnk/client.js';
import { BlnkError } from '../../src/blnk/errors.js';
import { BlnkHttp } from '../../src/blnk/http.js';

/**
 * What the sandbox cannot produce: the bodies of older Blnk releases and of other surfaces.
 * undici's MockAgent is handed to the transport as its dispatcher, never installed globally.
 */
const ORIGIN = 'http://blnk.test';
const ID = 'bln_00000000-0000-4000-8000-000000000001';
let agent: MockAgent;
let client: BlnkClient;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  client = createClient(new BlnkHttp({ origin: ORIGIN, dispatcher: agent, timeoutMs: 2_000, retryBaseMs: 1 }));
});
afterEach(() => agent.close());

const pool = () => agent.get(ORIGIN);

async function failure(promise: Promise<unknown>): Promise<BlnkError> {
  const error = await promise.then(
    () => expect.unreachable('expected a BlnkError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BlnkError);
  return error as BlnkError;
}

const balanceBody = (amount: string) =>
  `{"balance":${amount},"version":1,"inflight_balance":0,"credit_balance":${amount},"inflight_credit_balance":0,` +
  `"debit_balance":0,"inflight_debit_balance":0,"ledger_id":"ldg_1","identity_id":"","balance_id":"${ID}",` +
  `"currency":"USD","created_at":"2026-05-01T10:00:00.123456Z","inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null}`;

describe('error shapes (docs/blnk-contract.md section 8, trap 5)', () => {
  it('reads the 0.15 envelope by error_detail.code', async () => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(
        404,
        `{"error":"Balance with ID 'x' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"Balance with ID 'x' not found","details":{}}}`,
      );
    const e = await failure(client.getBalance(ID));
    expect([e.status, e.code, e.isNotFound]).toEqual([404, 'BAL_NOT_FOUND', true]);
  });

  it('reads a pre-0.15 400 with a NOT_FOUND: prefix as not found', async () => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(400, '{"error":"NOT_FOUND: balance not found"}');
    const e = await failure(client.getBalance(ID));
    expect([e.status, e.code, e.isNotFound, e.message]).toEqual([404, 'GEN_NOT_FOUND', true, 'balance not found']);
  });

  it('reads an errors array of {Param, Message}', async () => {
    pool()
      .intercept({ path: '/balances/filter', method: 'POST' })
      .reply(400, '{"errors":[{"Param":"balance_id_in","Message":"too many values"}]}');
    const e = await failure(client.filterBalances({ filters: [] }));
    expect([e.status, e.code, e.message]).toEqual([400, 'GEN_BAD_REQUEST', 'too many values']);
  });

  it("reads gin's plain-text 404 as not found", async () => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(404, '404 page not found', { headers: { 'content-type': 'text/plain' } });
    const e = await failure(client.getBalance(ID));
    expect([e.status, e.code, e.isNotFound]).toEqual([404, 'GEN_NOT_FOUND', true]);
  });

  it("reads hooks' top-level legacy code", async () => {
    pool().intercept({ path: `/ledgers/ldg_1`, method: 'GET' }).reply(404, '{"code":"NOT_FOUND","message":"hook not found"}');
    const e = await failure(client.getLedger('ldg_1'));
    expect([e.code, e.isNotFound]).toEqual(['GEN_NOT_FOUND', true]);
  });

  it("retries a panic's empty 500 on a read, then reports it", async () => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(500, '')
      .times(3);
    const e = await failure(client.getBalance(ID));
    expect([e.status, e.code]).toEqual([500, 'GEN_INTERNAL']);
    expect(agent.pendingInterceptors()).toHaveLength(0);
  });

  it('retries a filter (a read sent as POST) after a 503, then succeeds', async () => {
    pool().intercept({ path: '/balances/filter', method: 'POST' }).reply(503, '');
    pool().intercept({ path: '/balances/filter', method: 'POST' }).reply(200, 'null');
    expect(await client.filterBalances({ filters: [] })).toEqual({ rows: [], totalCount: null, totalCountIsEstimate: false });
  });
});

describe('lossless amounts', () => {
  it('keeps 10^40 minor units exact', async () => {
    const big = `1${'0'.repeat(40)}`;
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(200, balanceBody(big));
    const b = await client.getBalance(ID);
    expect(b.balance).toBe(10n ** 40n);
    expect(b.identityId).toBeNull();
    expect(b.createdAt?.toISOString()).toBe('2026-05-01T10:00:00.123Z');
  });

  it('accepts a digit string, as some Blnk surfaces send', async () => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(200, balanceBody('"50000"'));
    expect((await client.getBalance(ID)).balance).toBe(50_000n);
  });

  it.each([['100.5'], ['"12.5"'], ['true'], ['1e30']])('refuses the amount %s as UPSTREAM_ERROR, never rounding it', async (amount) => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(200, balanceBody(amount));
    const e = await failure(client.getBalance(ID));
    expect(e.code).toBe('UPSTREAM_ERROR');
  });

  it('refuses a 200 whose body is not JSON', async () => {
    pool()
      .intercept({ path: `/balances/${ID}`, method: 'GET' })
      .reply(200, '{"balance": 1,');
    expect((await failure(client.getBalance(ID))).code).toBe('UPSTREAM_ERROR');
  });
});

describe('requests', () => {
  it('sends include as repeated parameters and with_queued=true', async () => {
    pool()
      .intercept({ path: `/balances/${ID}?include=ledger&include=identity&with_queued=true`, method: 'GET' })
      .reply(200, balanceBody('1'));
    await client.getBalance(ID, { includeLedger: true, includeIdentity: true, withQueued: true });
    expect(agent.pendingInterceptors()).toHaveLength(0);
  });

  it('writes bigint filter values as bare JSON integers', async () => {
    let sent = '';
    pool()
      .intercept({
        path: '/balances/filter',
        method: 'POST',
        body: (b) => {
          sent = b;
          return true;
        },
      })
      .reply(200, '[]');
    await client.filterBalances({ filters: [{ field: 'balance', operator: 'gt', value: 10n ** 30n }] });
    expect(sent).toContain(`"value":1${'0'.repeat(30)}`);
  });
});
