import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { startDroppingProxy } from './dropping-proxy.js';
import type { DroppingProxy } from './dropping-proxy.js';
import { startScenario, until } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 20, items 2–4 through the gateway, on the sandbox and on real Blnk Core v0.15.2:
 * updateBalanceIdentity, the overdraft limit and the write-only transaction fields, and the
 * batch commit and void of holds (per-id results, exactly once through a dropping proxy). The
 * gateway talks to Blnk through a proxy on loopback that logs every call (the upstream count)
 * and can lose an answer; Blnk itself is asked, raw, what it holds.
 */

let h: ScenarioHarness;
let proxy: DroppingProxy;
let run: Harness['run'];
let closeProxied: () => Promise<void>;
let ledger = '';
let admin: Record<string, string>;
const tag = `ob${Date.now().toString(36)}`;
let seq = 0;
const ref = (name: string) => `${tag}-${name}-${++seq}`;

const ScObOwner = graphql(`
  mutation ScObOwner($input: UpdateBalanceIdentityInput!) {
    updateBalanceIdentity(input: $input) {
      __typename
      ... on Balance {
        id
        identityId
        inflightExpiresAt
      }
      ... on NotFoundError {
        entity
      }
      ... on Error {
        code
      }
    }
  }
`);
const ScObPay = graphql(`
  mutation ScObPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
        overdraftLimit
        skipQueue
        atomic
        amountString
      }
      ... on ValidationError {
        path
      }
      ... on Error {
        code
      }
    }
  }
`);
const ScObRead = graphql(`
  query ScObRead($id: ID!) {
    transaction(id: $id) {
      overdraftLimit
      skipQueue
      atomic
      amountString
    }
  }
`);
const ScObAt = graphql(`
  query ScObAt($id: ID!, $t: DateTime!) {
    balance(id: $id) {
      fromSource: at(timestamp: $t, fromSource: true) {
        balance
        creditBalance
      }
      snapshots: at(timestamp: $t) {
        balance
        creditBalance
      }
    }
  }
`);
const ScObCommitAll = graphql(`
  mutation ScObCommitAll($input: SettleHoldsInput!) {
    commitInflightTransactions(input: $input) {
      __typename
      ... on HoldSettlements {
        settled
        failed
        results {
          id
          transaction {
            id
            status
            preciseAmount
            parentTransactionId
          }
          error {
            __typename
            ... on Error {
              code
            }
          }
        }
      }
      ... on ValidationError {
        path
      }
    }
  }
`);
const ScObVoidAll = graphql(`
  mutation ScObVoidAll($input: SettleHoldsInput!) {
    voidInflightTransactions(input: $input) {
      __typename
      ... on HoldSettlements {
        settled
        failed
        results {
          id
          transaction {
            id
            status
            preciseAmount
          }
          error {
            __typename
            ... on Error {
              code
            }
          }
        }
      }
    }
  }
`);

async function newBalance(): Promise<string> {
  const res = await h.target.call('POST', '/balances', { body: { ledger_id: ledger, currency: 'USD' } });
  expect(res.status, res.text).toBe(201);
  return res.json.balance_id;
}
async function newIdentity(): Promise<string> {
  const res = await h.target.call('POST', '/identities', { body: { identity_type: 'individual', first_name: 'Ada', last_name: 'Owner' } });
  expect(res.status, res.text).toBe(201);
  return res.json.identity_id;
}
async function transfer(body: Record<string, unknown>): Promise<any> {
  const res = await h.target.call('POST', '/transactions', {
    body: { currency: 'USD', precision: 100, reference: ref('t'), description: 'scenario', skip_queue: true, ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.json;
}
async function fund(id: string, amount: bigint): Promise<void> {
  await transfer({ source: '@World', destination: id, precise_amount: amount, allow_overdraft: true });
}
async function hold(source: string, destination: string, amount: bigint): Promise<string> {
  const row = await transfer({ source, destination, precise_amount: amount, inflight: true });
  expect(row.status).toBe('INFLIGHT');
  return row.transaction_id;
}
async function net(id: string): Promise<{ balance: bigint; inflight: bigint }> {
  const res = await h.target.call('GET', `/balances/${id}`);
  return { balance: res.json.balance, inflight: res.json.inflight_balance };
}
async function children(id: string): Promise<any[]> {
  const res = await h.target.call('POST', '/transactions/filter', {
    body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: id }], limit: 100 },
  });
  return res.json ?? [];
}
const calls = () => proxy.log.map((e) => `${e.method} ${e.path.split('?')[0]!.replace(/(bln|idt|txn)_[0-9a-f-]+/g, '$1')}`);

beforeAll(async () => {
  h = await startScenario({ auth: JWT_AUTH });
  proxy = await startDroppingProxy(h.target.url);
  const proxied = gatewayOver(proxy.url, { auth: JWT_AUTH, timeoutMs: 2_000, ...(h.target.apiKey ? { apiKey: h.target.apiKey } : {}) });
  run = runOn(proxied.gateway);
  closeProxied = async () => {
    proxied.http.shutdown();
    await proxied.dispatcher.close();
  };
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const l = await h.target.call('POST', '/ledgers', { body: { name: ref('ledger') } });
  ledger = l.json.ledger_id;
});
afterAll(async () => {
  await closeProxied();
  await proxy.close();
  await h.close();
});
beforeEach(() => proxy.clear());

describe('updateBalanceIdentity', () => {
  it('gives the balance to the identity and answers the balance as Blnk holds it: 2 calls (PUT, GET)', async () => {
    const b = await newBalance();
    const idt = await newIdentity();
    const res = await run(ScObOwner, { input: { balanceId: b, identityId: idt } }, admin);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data?.updateBalanceIdentity).toEqual({ __typename: 'Balance', id: b, identityId: idt, inflightExpiresAt: null });
    expect(calls()).toEqual(['PUT /balances/bln/identity', 'GET /balances/bln']);
    expect((await h.target.call('GET', `/balances/${b}`)).json.identity_id).toBe(idt);
  });

  it('an unknown identity is NotFoundError Identity, an unknown balance NotFoundError Balance; nothing changes', async () => {
    const b = await newBalance();
    const idt = await newIdentity();
    const noIdentity = await run(ScObOwner, { input: { balanceId: b, identityId: 'idt_nobody' } }, admin);
    expect(noIdentity.data?.updateBalanceIdentity).toEqual({ __typename: 'NotFoundError', entity: 'Identity', code: 'NOT_FOUND' });
    const noBalance = await run(ScObOwner, { input: { balanceId: 'bln_nobody', identityId: idt } }, admin);
    expect(noBalance.data?.updateBalanceIdentity).toEqual({ __typename: 'NotFoundError', entity: 'Balance', code: 'NOT_FOUND' });
    expect((await h.target.call('GET', `/balances/${b}`)).json.identity_id).toBe('');
  });

  it('needs ledger:admin: a ledger:write token, and a confined one, are FORBIDDEN before any call', async () => {
    const b = await newBalance();
    const idt = await newIdentity();
    for (const claims of [{ scope: 'ledger:write' }, { scope: 'ledger:admin', blnk_identity_id: idt }]) {
      const res = await run(ScObOwner, { input: { balanceId: b, identityId: idt } }, bearer(await signToken(claims)));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(calls().filter((c) => c.startsWith('PUT'))).toEqual([]);
  });
});

describe('overdraftLimit and the fields only a write answers with', () => {
  it('a limit of 5050 minor units at precision 100 lets an empty balance pay 5050 and not 5051; reads answer 0 and false', async () => {
    const a = await newBalance();
    const b = await newBalance();
    const pay = (preciseAmount: string) =>
      run(
        ScObPay,
        {
          input: {
            source: a,
            destination: b,
            preciseAmount,
            precision: '100',
            overdraftLimit: '5050',
            currency: 'USD',
            description: 'od',
            skipQueue: true,
          },
        },
        admin,
      );
    const over = await pay('5051');
    expect(over.data?.recordTransaction).toEqual({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    const res = await pay('5050');
    expect(res.data?.recordTransaction).toMatchObject({
      __typename: 'Transaction',
      status: 'APPLIED',
      overdraftLimit: '5050',
      skipQueue: true,
      atomic: false,
      amountString: '50.5',
    });
    expect(await net(a)).toEqual({ balance: -5050n, inflight: 0n });
    const id = (res.data!.recordTransaction as { id: string }).id;
    const read = await run(ScObRead, { id }, admin);
    expect(read.data?.transaction).toEqual({ overdraftLimit: '0', skipQueue: false, atomic: false, amountString: null });
  });

  it('a limit that does not survive a float of major units is a ValidationError on overdraftLimit, sent nowhere', async () => {
    const a = await newBalance();
    const b = await newBalance();
    for (const [overdraftLimit, precision] of [
      ['1', '3'],
      ['0', '100'],
      // 12345678901234567.89: a float64 keeps 16–17 digits, and Blnk would read 12345678901234568.
      ['1234567890123456789', '100'],
    ] as const) {
      const res = await run(
        ScObPay,
        {
          input: {
            source: a,
            destination: b,
            preciseAmount: '1',
            precision,
            overdraftLimit,
            currency: 'USD',
            description: 'od',
            skipQueue: true,
          },
        },
        admin,
      );
      expect(res.data?.recordTransaction).toEqual({ __typename: 'ValidationError', path: ['overdraftLimit'], code: 'VALIDATION_ERROR' });
    }
    expect(calls().filter((c) => c.startsWith('POST /transactions'))).toEqual([]);
  });

  it('a confined caller cannot set overdraftLimit (FORBIDDEN)', async () => {
    const idt = await newIdentity();
    const a = await newBalance();
    const b = await newBalance();
    const token = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: idt }));
    const res = await run(
      ScObPay,
      {
        input: {
          source: a,
          destination: b,
          preciseAmount: '1',
          precision: '100',
          overdraftLimit: '100',
          currency: 'USD',
          description: 'od',
          skipQueue: true,
          reference: `${idt}:od`,
        },
      },
      token,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'overdraftLimit' });
  });
});

describe('Balance.at(fromSource:)', () => {
  it('sends from_source=true only when asked; both replays give what moved before the moment', async () => {
    const a = await newBalance();
    await fund(a, 700n);
    // Whole seconds after the transfer: Blnk reads the time at second precision (RFC 3339).
    const at = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000);
    await until(
      'the moment passed',
      async () => Date.now(),
      (now) => now > at.getTime(),
    );
    proxy.clear();
    const res = await run(ScObAt, { id: a, t: at.toISOString() }, admin);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data?.balance).toEqual({
      fromSource: { balance: '700', creditBalance: '700' },
      snapshots: { balance: '700', creditBalance: '700' },
    });
    // The balance by id (one filter), then one historical read per alias.
    expect(calls()).toEqual(['POST /balances/filter', 'GET /balances/bln/at', 'GET /balances/bln/at']);
    // The query string is seen on the sandbox's own log (the proxy logs paths only).
    const logged = h.target.sandbox?.requests.filter((r) => r.route === '/balances/:id/at' && r.path.startsWith(`/balances/${a}/`));
    if (logged) expect(logged.map((r) => r.query.get('from_source')).sort()).toEqual(['true', null].sort());
  });
});

describe('commitInflightTransactions and voidInflightTransactions', () => {
  it('skipQueue: each hold answered with its commit row, an unknown id with NotFoundError; 4 calls; then a void of all three', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 10_000n);
    const h1 = await hold(a, b, 1000n);
    const h2 = await hold(a, b, 2000n);
    const h3 = await hold(a, b, 3000n);
    proxy.clear();
    const res = await run(ScObCommitAll, { input: { ids: [h2, 'txn_nobody', h1], skipQueue: true } }, admin);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const out = res.data?.commitInflightTransactions as any;
    expect({ settled: out.settled, failed: out.failed }).toEqual({ settled: 2, failed: 1 });
    expect(
      out.results.map((r: any) => [
        r.id,
        r.transaction?.status ?? null,
        r.transaction?.preciseAmount ?? null,
        r.transaction?.parentTransactionId ?? null,
        r.error,
      ]),
    ).toEqual([
      [h2, 'APPLIED', '2000', h2, null],
      ['txn_nobody', null, null, null, { __typename: 'NotFoundError', code: 'NOT_FOUND' }],
      [h1, 'APPLIED', '1000', h1, null],
    ]);
    // The holds and their children read before, one POST, the children read after.
    expect(calls()).toEqual([
      'POST /transactions/filter',
      'POST /transactions/filter',
      'POST /transactions/inflight/bulk/commit',
      'POST /transactions/filter',
    ]);
    // 10,000 − 3,000 committed; 3,000 of h3 still held.
    expect(await net(a)).toEqual({ balance: 7000n, inflight: -3000n });

    const voided = await run(ScObVoidAll, { input: { ids: [h1, h3], skipQueue: true } }, admin);
    const v = voided.data?.voidInflightTransactions as any;
    expect(
      v.results.map((r: any) => [r.id, r.transaction?.status ?? null, r.transaction?.preciseAmount ?? null, r.error?.__typename ?? null]),
    ).toEqual([
      [h1, null, null, 'AlreadyCommittedError'],
      [h3, 'VOID', '3000', null],
    ]);
    expect(await net(a)).toEqual({ balance: 7000n, inflight: 0n });
    expect(await net(b)).toEqual({ balance: 3000n, inflight: 0n });
  });

  it('queued: each hold answered as it is (INFLIGHT); the queue commits it shortly after', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 1000n);
    const h1 = await hold(a, b, 600n);
    const res = await run(ScObCommitAll, { input: { ids: [h1] } }, admin);
    const out = res.data?.commitInflightTransactions as any;
    expect(out.results).toEqual([
      { id: h1, transaction: { id: h1, status: 'INFLIGHT', preciseAmount: '600', parentTransactionId: null }, error: null },
    ]);
    await until(
      'the queued commit applied',
      () => net(b),
      (x) => x.balance === 600n,
    );
    expect((await children(h1)).map((c) => [c.status, c.precise_amount])).toEqual([['APPLIED', 600n]]);
  });

  it('a queued hold its queue has applied is committed through its `_q` row, with skipQueue', async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 1000n);
    const queued = await h.target.call('POST', '/transactions', {
      body: {
        currency: 'USD',
        precision: 100,
        reference: ref('qh'),
        description: 'queued hold',
        source: a,
        destination: b,
        precise_amount: 400n,
        inflight: true,
      },
    });
    expect(queued.json.status).toBe('QUEUED');
    const id = queued.json.transaction_id as string;
    const applied = await until(
      'the queue applied the hold',
      () => children(id),
      (c) => c.some((x) => x.status === 'INFLIGHT'),
    );
    const q = applied.find((x) => x.status === 'INFLIGHT')!;
    expect(q.reference).toBe(`${queued.json.reference}_q`);
    const res = await run(ScObCommitAll, { input: { ids: [id], skipQueue: true } }, admin);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect((res.data!.commitInflightTransactions as any).results).toEqual([
      {
        id,
        transaction: { id: expect.any(String), status: 'APPLIED', preciseAmount: '400', parentTransactionId: q.transaction_id },
        error: null,
      },
    ]);
    expect(await net(b)).toEqual({ balance: 400n, inflight: 0n });
  });

  it("a lost answer: the commits found among the holds' children are the answer; the money moved once", async () => {
    const a = await newBalance();
    const b = await newBalance();
    await fund(a, 1000n);
    const h1 = await hold(a, b, 300n);
    const h2 = await hold(a, b, 200n);
    proxy.drop({ method: 'POST', path: /^\/transactions\/inflight\/bulk\/commit/, action: 'reset' });
    const res = await run(ScObCommitAll, { input: { ids: [h1, h2], skipQueue: true } }, admin);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const out = res.data?.commitInflightTransactions as any;
    expect(out.results.map((r: any) => [r.id, r.transaction?.status, r.transaction?.preciseAmount])).toEqual([
      [h1, 'APPLIED', '300'],
      [h2, 'APPLIED', '200'],
    ]);
    expect(proxy.log.filter((e) => e.path.includes('bulk')).map((e) => e.delivered)).toEqual(['reset']);
    // Sent again: Blnk refuses both (ALREADY_COMMITTED), nothing moves twice.
    const again = await run(ScObCommitAll, { input: { ids: [h1, h2], skipQueue: true } }, admin);
    expect((again.data!.commitInflightTransactions as any).results.map((r: any) => r.error?.code)).toEqual([
      'ALREADY_COMMITTED',
      'ALREADY_COMMITTED',
    ]);
    expect(await net(a)).toEqual({ balance: 500n, inflight: 0n });
    expect(await net(b)).toEqual({ balance: 500n, inflight: 0n });
  });

  it('refuses an empty list, more than 100 ids and a repeated id (ValidationError), and a confined caller (FORBIDDEN), before any call', async () => {
    const empty = await run(ScObCommitAll, { input: { ids: [] } }, admin);
    expect(empty.data?.commitInflightTransactions).toEqual({ __typename: 'ValidationError', path: ['ids'] });
    const many = await run(ScObCommitAll, { input: { ids: Array.from({ length: 101 }, (_, i) => `txn_${i}`) } }, admin);
    expect(many.data?.commitInflightTransactions).toEqual({ __typename: 'ValidationError', path: ['ids'] });
    const twice = await run(ScObCommitAll, { input: { ids: ['txn_a', 'txn_b', 'txn_a'] } }, admin);
    expect(twice.data?.commitInflightTransactions).toEqual({ __typename: 'ValidationError', path: ['ids', '2'] });
    const idt = await newIdentity();
    const confined = await run(
      ScObVoidAll,
      { input: { ids: ['txn_a'] } },
      bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: idt })),
    );
    expect(confined.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(calls().filter((c) => c.includes('bulk'))).toEqual([]);
  });
});
