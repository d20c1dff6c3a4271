import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gatewayOver, startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { startHoldingProxy } from '../helpers/holding-proxy.js';
import { bearer, codes, JWT_AUTH, post, signToken } from '../helpers/jwt.js';
import { until } from '../scenarios/harness.js';

/**
 * Issue 17 item 1: a budget of upstream calls. Through the gateway's HTTP handling with HS256
 * tokens, over the sandbox seeded with the benchmark's 1,000 balances (each owned by its own
 * identity, funded by one transaction). Counts come from the sandbox's request log.
 */
const pad = (i: number) => String(i).padStart(12, '0');
const balanceOf = (i: number) => `bln_00000000-0000-4000-9000-${pad(i)}`;
const identityOf = (i: number) => `idt_00000000-0000-4000-9000-${pad(i)}`;
const balances = (n: number) => Array.from({ length: n }, (_, i) => balanceOf(i + 1));

/** `nodes` with `aliases` histories (`at`) per balance: each `at` is one GET /balances/{id}/at. */
const withHistories = (aliases: number) => `query ($ids: [ID!]!, $t: DateTime!) {
  nodes(ids: $ids) { ... on Balance { ${Array.from({ length: aliases }, (_, i) => `a${i}: at(timestamp: $t) { balance }`).join(' ')} } }
}`;
/** `nodes` with a nested connection and its count per balance: one POST /transactions/filter each. */
const withConnections = `query ($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Balance { transactions(first: 1) { totalCount edges { node { id } } } } }
}`;

const now = new Date().toISOString();
let h: Harness;
let operator: Record<string, string>;
let customer: Record<string, string>;

beforeAll(async () => {
  h = await startHarness({ sandbox: { benchBalances: 1000 }, auth: JWT_AUTH });
  operator = bearer(await signToken({ scope: 'ledger:admin' }));
  customer = bearer(await signToken({ scope: 'ledger:read', blnk_identity_id: identityOf(1) }));
});
afterAll(() => h.close());

describe('the cost counts upstream calls, multiplied by their parents', () => {
  it("the issue's request (one own balance 1,000 times, three `at` each) is refused by cost before any call", async () => {
    h.sandbox.resetRequests();
    const res = await post(h, withHistories(3), { ids: Array(1000).fill(balanceOf(1)), t: now }, customer);
    expect(codes(res.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    expect(h.sandbox.requests).toHaveLength(0);
  });

  // Costs worked by hand: nodes is 1 plus 10 per batch of 100 ids; an `at` 10 (an upstream call)
  // plus its one field; a connection 10, plus its page of 1 × (totalCount 10 + edges, node, id).
  it.each([
    ['1,000 balances, three `at` each', withHistories(3), 1000, 1 + 100 + 1000 * 3 * (10 + 1)],
    ['400 balances, ten `at` aliases each', withHistories(10), 400, 1 + 40 + 400 * 10 * (10 + 1)],
    ['1,000 balances, a nested connection with totalCount each', withConnections, 1000, 1 + 100 + 1000 * (10 + (10 + 1 + 1 + 1))],
  ])('%s: refused by cost with nothing sent', async (_name, query, n, cost) => {
    h.sandbox.resetRequests();
    const res = await post(h, query, { ids: balances(n), t: now }, operator);
    expect(codes(res.body)).toEqual([[null, 'COST_LIMIT_EXCEEDED']]);
    expect(res.body.errors[0].extensions).toMatchObject({ cost, maxCost: 10_000 });
    expect(h.sandbox.requests).toHaveLength(0);
  });
});

describe('a hard budget of upstream calls per request (MAX_UPSTREAM_CALLS, default 200)', () => {
  let loose: Pick<Harness, 'gateway' | 'close'>;

  beforeAll(() => {
    // An operator who raised MAX_COST out of the way: the budget alone must hold.
    const { gateway, dispatcher, http } = gatewayOver(h.sandbox.url, { auth: JWT_AUTH, limits: { maxCost: 10_000_000 } });
    loose = {
      gateway,
      close: async () => {
        http.shutdown();
        await dispatcher.close();
      },
    };
  });
  afterAll(() => loose.close());

  it("the issue's request past the cost limit: refused as repeated ids before any call", async () => {
    h.sandbox.resetRequests();
    const res = await post(loose as Harness, withHistories(3), { ids: Array(1000).fill(balanceOf(1)), t: now }, customer);
    expect(codes(res.body)).toEqual([['nodes', 'BAD_USER_INPUT']]);
    expect(res.body.errors[0].message).toBe('nodes takes each id once: ids[1] repeats ids[0]');
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'ids', index: 1, firstIndex: 0 });
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ['1,000 balances, three `at` each', withHistories(3), 1000, '/balances/:id/at'],
    ['400 balances, ten `at` aliases each', withHistories(10), 400, '/balances/:id/at'],
    ['1,000 balances, a nested connection with totalCount each', withConnections, 1000, '/transactions/filter'],
  ])('%s: stops at the budget with CALL_BUDGET_EXCEEDED, at most 200 calls sent', async (_name, query, n, route) => {
    h.sandbox.resetRequests();
    const res = await post(loose as Harness, query, { ids: balances(n), t: now }, operator);
    // One refusal for the whole query, not one per field left waiting (server/budget.ts).
    expect(res.body.data).toBeNull();
    expect(codes(res.body)).toEqual([[null, 'CALL_BUDGET_EXCEEDED']]);
    expect(res.body.errors[0].extensions).toEqual({ code: 'CALL_BUDGET_EXCEEDED', maxUpstreamCalls: 200 });
    expect(res.body.errors[0].message).toMatch(/budget of 200 ledger calls; the rest were not sent/);
    // The balances' batch (n / 100 filters), and of the per-balance calls at most what fits the
    // budget: none at all when the refusal comes before any of them got a slot.
    expect(h.sandbox.count('POST', '/balances/filter')).toBe(n / 100);
    expect(h.sandbox.requests.length).toBeLessThanOrEqual(200);
    expect(h.sandbox.requests.filter((r) => r.route === route).length).toBeLessThanOrEqual(200 - n / 100);
  });

  it("a read's retries are calls too: sent only while the budget holds them", async () => {
    // Every history answers 502, which the transport retries twice (three attempts in all).
    // The breaker kept shut, so that only the budget decides what is sent.
    const { gateway, dispatcher, http } = gatewayOver(h.sandbox.url, {
      auth: JWT_AUTH,
      breaker: { volumeThreshold: 100_000 },
      limits: { maxCost: 10_000_000, maxUpstreamCalls: 30 },
    });
    try {
      h.sandbox.resetRequests();
      h.sandbox.faults.add({ kind: 'error', status: 502, route: '/balances/:id/at' });
      const res = await post({ gateway } as Harness, withHistories(1), { ids: balances(20), t: now }, operator);
      expect(res.body.errors.length).toBe(20);
      // 1 batch and 20 first attempts leave 9 calls of the budget for retries, not 40.
      expect(h.sandbox.count('POST', '/balances/filter')).toBe(1);
      expect(h.sandbox.count('GET', '/balances/:id/at')).toBe(29);
    } finally {
      http.shutdown();
      await dispatcher.close();
    }
  });

  it('a write the budget refuses was not sent, and says so', async () => {
    // 21 calls: one write and the 20 reads kept for confirming it; a second write does not fit.
    const { gateway, dispatcher, http } = gatewayOver(h.sandbox.url, { auth: JWT_AUTH, limits: { maxUpstreamCalls: 21 } });
    try {
      h.sandbox.resetRequests();
      const transfer = (alias: string) =>
        `${alias}: recordTransaction(input: { source: "${balanceOf(1)}", destination: "${balanceOf(2)}", preciseAmount: "1", currency: "USD", description: "t", reference: "${alias}", skipQueue: true }) { __typename ... on Transaction { reference } }`;
      const res = await post({ gateway } as Harness, `mutation { ${transfer('budget_first')} ${transfer('budget_second')} }`, {}, operator);
      expect(res.body.data).toEqual({ budget_first: { __typename: 'Transaction', reference: 'budget_first' }, budget_second: null });
      expect(codes(res.body)).toEqual([['budget_second', 'CALL_BUDGET_EXCEEDED']]);
      expect(res.body.errors[0].extensions).toEqual({ code: 'CALL_BUDGET_EXCEEDED', maxUpstreamCalls: 21, writeSent: false });
      expect(res.body.errors[0].message).toMatch(/The write was not sent: nothing was recorded$/);
      expect(h.sandbox.requests.filter((r) => r.method === 'POST' && r.route === '/transactions')).toHaveLength(1);
      expect([...h.sandbox.store.transactions.values()].some((t) => t.reference === 'budget_second')).toBe(false);
    } finally {
      http.shutdown();
      await dispatcher.close();
    }
  });
});

describe('calls in flight: per request and per principal, so a flood leaves the pool to others', () => {
  it("one request keeps at most MAX_UPSTREAM_IN_FLIGHT open, one principal at most its share, and another principal's read gets through while they are held", async () => {
    // Only the histories are held at the proxy; everything else passes.
    const proxy = await startHoldingProxy(h.sandbox.url, (_method, path) => path.endsWith('/at'));
    // gatewayOver's pool has 16 connections: without the caps, 50 histories would take them all.
    const { gateway, dispatcher, http } = gatewayOver(proxy.url, {
      auth: JWT_AUTH,
      limits: { maxCost: 10_000_000, maxUpstreamInFlight: 4, maxUpstreamInFlightPerPrincipal: 6 },
    });
    const via = { gateway } as Harness;
    const other = bearer(await signToken({ scope: 'ledger:read', blnk_identity_id: identityOf(7) }));
    const othersRead = `{ balance(id: "${balanceOf(7)}") { balance } }`;
    try {
      const flood = () => post(via, withHistories(1), { ids: balances(50), t: now }, operator);
      const first = flood();
      await until(
        'the first request holds its calls',
        async () => proxy.held,
        (n) => n === 4,
      );
      expect((await post(via, othersRead, {}, other)).body).toEqual({ data: { balance: { balance: '1000007' } } });
      expect([proxy.held, proxy.maxInFlight]).toEqual([4, 4]);

      const more = [flood(), flood()];
      await until(
        "the principal's share is held",
        async () => proxy.held,
        (n) => n === 6,
      );
      expect((await post(via, othersRead, {}, other)).body).toEqual({ data: { balance: { balance: '1000007' } } });
      expect([proxy.held, proxy.maxInFlight]).toEqual([6, 6]);

      proxy.release();
      for (const res of await Promise.all([first, ...more])) {
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.nodes).toHaveLength(50);
      }
      expect(proxy.maxInFlight).toBe(6);
      expect(proxy.log.filter((r) => r.path.endsWith('/at'))).toHaveLength(150);
    } finally {
      proxy.release();
      http.shutdown();
      await dispatcher.close();
      await proxy.close();
    }
  });
});

describe('a rate of upstream calls per principal', () => {
  it('beyond the rate: RATE_LIMITED with retryAfterMs, nothing sent, logged at info; other principals unaffected', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const { gateway, dispatcher, http } = gatewayOver(h.sandbox.url, {
      auth: JWT_AUTH,
      logger: pino({ level: 'trace' }, sink),
      limits: { upstreamRateConfined: 5, upstreamRateWindowSeconds: 60 },
    });
    const via = { gateway } as Harness;
    const read = `{ balance(id: "${balanceOf(1)}") { balance } }`;
    try {
      h.sandbox.resetRequests();
      // One call per read (the batched balance row): five fit the rate.
      for (let i = 0; i < 5; i += 1) expect((await post(via, read, {}, customer)).body.errors).toBeUndefined();
      expect(h.sandbox.requests).toHaveLength(5);
      const refused = await post(via, read, {}, customer);
      expect(codes(refused.body)).toEqual([[null, 'RATE_LIMITED']]);
      const { retryAfterMs, ...rest } = refused.body.errors[0].extensions;
      expect(rest).toEqual({ code: 'RATE_LIMITED', limit: 5, windowMs: 60_000 });
      expect(retryAfterMs).toBeGreaterThan(0);
      expect(retryAfterMs).toBeLessThanOrEqual(60_000);
      expect(h.sandbox.requests).toHaveLength(5);
      // An operator (another principal, its own rate) still reads.
      expect((await post(via, read, {}, operator)).body.errors).toBeUndefined();
      expect(h.sandbox.requests).toHaveLength(6);

      const refusedLine = lines.map((l) => JSON.parse(l)).find((l) => l.errors?.includes('RATE_LIMITED'));
      expect(refusedLine).toMatchObject({ level: 30, outcome: 'error' });
      expect(lines.map((l) => JSON.parse(l).level).every((level: number) => level <= 30)).toBe(true);
    } finally {
      http.shutdown();
      await dispatcher.close();
    }
  });
});

describe('a write beyond the rate', () => {
  it('is not sent, and says so', async () => {
    const { gateway, dispatcher, http } = gatewayOver(h.sandbox.url, {
      auth: JWT_AUTH,
      limits: { upstreamRateOperator: 1, upstreamRateWindowSeconds: 60 },
    });
    const via = { gateway } as Harness;
    try {
      h.sandbox.resetRequests();
      expect((await post(via, `{ balance(id: "${balanceOf(1)}") { id } }`, {}, operator)).body.errors).toBeUndefined();
      const write = await post(
        via,
        `mutation { recordTransaction(input: { source: "${balanceOf(1)}", destination: "${balanceOf(2)}", preciseAmount: "1", currency: "USD", description: "t", reference: "rated_write", skipQueue: true }) { __typename } }`,
        {},
        operator,
      );
      expect(codes(write.body)).toEqual([['recordTransaction', 'RATE_LIMITED']]);
      expect(write.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 1, windowMs: 60_000, writeSent: false });
      expect(write.body.errors[0].message).toMatch(/The write was not sent: nothing was recorded$/);
      expect(h.sandbox.requests.map((r) => `${r.method} ${r.route}`)).toEqual(['POST /balances/filter']);
    } finally {
      http.shutdown();
      await dispatcher.close();
    }
  });
});

describe('cursor offsets are bounded by what pagination reaches', () => {
  const page = (after: string) => `{ transactions(first: 1, after: "${after}") { edges { cursor } } }`;
  const cursorAt = (n: number) => Buffer.from(`blnk:${n}`).toString('base64url');

  it('a forged cursor 999,999,999 items deep is BAD_USER_INPUT with nothing sent; one at 10,000 still pages', async () => {
    h.sandbox.resetRequests();
    const forged = await post(h, page(cursorAt(999_999_999)), {}, operator);
    expect(codes(forged.body)).toEqual([['transactions', 'BAD_USER_INPUT']]);
    expect(forged.body.errors[0].message).toMatch(/further than 10000 items into the list/);
    expect(h.sandbox.requests).toHaveLength(0);
    const justOver = await post(h, page(cursorAt(10_001)), {}, operator);
    expect(codes(justOver.body)).toEqual([['transactions', 'BAD_USER_INPUT']]);
    const deepest = await post(h, page(cursorAt(10_000)), {}, operator);
    expect(deepest.body.errors).toBeUndefined();
    expect(deepest.body.data.transactions.edges).toEqual([]);
    expect(h.sandbox.requests).toHaveLength(1);
  });
});

afterEach(() => h.sandbox.faults.clear());
