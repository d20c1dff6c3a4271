import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { graphql } from '../gql/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

const BalanceVersion = graphql(`
  query BalanceVersion($id: ID!) {
    balance(id: $id) {
      id
      version
    }
  }
`);

const BalanceAndLedger = graphql(`
  query BalanceAndLedger($id: ID!, $ledger: ID!) {
    balance(id: $id) {
      id
      version
    }
    ledger(id: $ledger) {
      name
    }
    __typename
  }
`);

describe('hostile ids never reach another route', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());

  it.each([['../ledgers'], ['bln_x/../../identities'], ['a?b=c'], ['%2e%2e'], ['..'], ['bln_x/at'], ['#frag']])(
    '%s is NOT_FOUND',
    async (id) => {
      h.sandbox.resetRequests();
      const res = await h.run(BalanceVersion, { id });
      expect(res.data?.balance).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      // Whatever was sent went to GET /balances/:id, with the id encoded as one segment.
      for (const r of h.sandbox.requests) {
        expect(r.route).toBe('/balances/:id');
        expect(r.path).toBe(`/balances/${encodeURIComponent(id).replace(/\./g, '%2E')}`);
      }
    },
  );

  it('refuses ids with a slash before any request, since Blnk routes on the decoded path', async () => {
    h.sandbox.resetRequests();
    await h.run(BalanceVersion, { id: `${SEED_IDS.balances.adaUsd}/at` });
    expect(h.sandbox.requests).toHaveLength(0);
  });
});

describe('upstream failures', () => {
  it('maps an unreachable Blnk to UPSTREAM_UNAVAILABLE and keeps answering', async () => {
    // A port that was free a moment ago and has nothing listening now.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const h = await startHarness({ origin: `http://127.0.0.1:${port}`, apiKey: 'secret-gateway-key' });
    try {
      const res = await h.run(BalanceAndLedger, { id: 'bln_a', ledger: 'ldg_b' });
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ balance: null, ledger: null, __typename: 'Query' });
      expect(res.errors?.map((e) => e.extensions?.code).sort()).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
      expect(res.text).not.toContain(String(port));
      expect(res.text).not.toContain('127.0.0.1');
      expect(res.text).not.toContain('secret-gateway-key');
    } finally {
      await h.close();
    }
  });

  describe('against a faulty sandbox', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ sandbox: { seed: true, apiKey: 'secret-gateway-key' }, apiKey: 'secret-gateway-key', timeoutMs: 300 });
    });
    afterAll(() => h.close());

    const vars = { id: SEED_IDS.balances.adaUsd, ledger: SEED_IDS.ledgers.wallets };

    function expectNoLeak(text: string) {
      expect(text).not.toContain(h.sandbox.url);
      expect(text).not.toContain(String(h.sandbox.port));
      expect(text).not.toContain('secret-gateway-key');
      expect(text.toLowerCase()).not.toContain('x-blnk-key');
    }

    // The deadline is 300 ms. A fault that holds the answer for 5 s, or forever, could only end
    // in UPSTREAM_TIMEOUT by the deadline firing: no clock needed to tell.
    it.each([
      ['no answer for 5 s', { kind: 'latency', route: '/balances/:id', ms: 5_000 }],
      ['half a body, then nothing', { kind: 'stall', route: '/balances/:id' }],
    ] as const)('answers UPSTREAM_TIMEOUT at the deadline while other fields resolve (%s)', async (_name, fault) => {
      h.sandbox.faults.add(fault);
      const res = await h.run(BalanceAndLedger, vars);
      h.sandbox.faults.clear();
      expect(res.data?.balance).toBeNull();
      expect(res.data?.ledger).toEqual({ name: 'Customer Wallets' });
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['balance'], 'UPSTREAM_TIMEOUT']]);
      expectNoLeak(res.text);
    });

    it('answers UPSTREAM_ERROR for a body that is not JSON', async () => {
      h.sandbox.faults.add({ kind: 'non-json', route: '/balances/:id' });
      const res = await h.run(BalanceAndLedger, vars);
      h.sandbox.faults.clear();
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['balance'], 'UPSTREAM_ERROR']]);
      expect(res.data?.ledger).toEqual({ name: 'Customer Wallets' });
      expectNoLeak(res.text);
    });

    it('retries a read through a reset and a 502, and gives up with UPSTREAM_UNAVAILABLE', async () => {
      h.sandbox.faults.add({ kind: 'reset', route: '/balances/:id', times: 1 });
      h.sandbox.faults.add({ kind: 'error', status: 502, route: '/balances/:id', times: 1 });
      h.sandbox.resetRequests();
      const ok = await h.run(BalanceAndLedger, vars);
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.balance?.id).toBe(vars.id);
      expect(h.sandbox.count('GET', '/balances/:id')).toBe(3);

      h.sandbox.faults.add({ kind: 'reset', route: '/balances/:id' });
      const down = await h.run(BalanceAndLedger, vars);
      h.sandbox.faults.clear();
      expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(down.data?.ledger).toEqual({ name: 'Customer Wallets' });
    });

    it("does not retry a 500 that carries Blnk's envelope, and masks its message", async () => {
      h.sandbox.faults.add({ kind: 'error', status: 500, route: '/balances/:id' });
      h.sandbox.resetRequests();
      const res = await h.run(BalanceAndLedger, vars);
      h.sandbox.faults.clear();
      expect(h.sandbox.count('GET', '/balances/:id')).toBe(1);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_ERROR']);
      expect(res.text).not.toContain('internal server error');
    });

    it('sends the gateway key to Blnk in secure mode', async () => {
      const res = await h.run(BalanceAndLedger, vars);
      expect(res.errors).toBeUndefined();
    });
  });
});
