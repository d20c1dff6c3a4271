import { beforeAll, describe, expect, it } from 'vitest';
import type { Call, RawResponse } from '../helpers/http.js';
import { expectError, ref, useSandbox } from '../helpers/sandbox.js';

/**
 * SANDBOX-ONLY (transactions): fault injection (`sandbox.faults`) and the request log (`sandbox.requests`,
 * `count`), which exist so that gateway tests can make Blnk fail on purpose. Real Blnk has
 * neither; the REST beliefs about transactions run on both targets in
 * test/contract/transactions.test.ts.
 */

const { sandbox, call } = useSandbox();

async function transfer(c: Call, body: Record<string, unknown>): Promise<RawResponse> {
  return c('POST', '/transactions', {
    body: { precision: 100, currency: 'USD', reference: ref('txn'), description: 'transfer', ...body },
  });
}

describe('fault injection and request recording', () => {
  let txnId: string;
  let reference: string;
  beforeAll(async () => {
    reference = ref('faults');
    const res = await transfer(call, {
      precise_amount: 1n,
      reference,
      source: '@World',
      destination: '@Faults',
      allow_overdraft: true,
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    txnId = res.json.transaction_id;
  });

  it('an error fault hits only its route and only `times` requests; count() counts them all', async () => {
    sandbox.resetRequests();
    try {
      sandbox.faults.add({ kind: 'error', method: 'GET', route: '/transactions/:id', status: 503, times: 2 });
      // Other routes are untouched, including GET /transactions/reference/:reference.
      const byRef = await call('GET', `/transactions/reference/${reference}`);
      expect(byRef.status).toBe(200);
      const list = await call('GET', '/transactions?limit=1');
      expect(list.status).toBe(200);

      for (let i = 0; i < 2; i += 1) {
        const res = await call('GET', `/transactions/${txnId}`);
        expectError(res, 503, 'GEN_INTERNAL');
        expect(res.json.error).toBe('internal server error');
      }
      const ok = await call('GET', `/transactions/${txnId}`);
      expect(ok.status).toBe(200);
      expect(ok.json.transaction_id).toBe(txnId);

      expect(sandbox.count('GET', '/transactions/:id')).toBe(3);
      expect(sandbox.count('GET', '/transactions/reference/:reference')).toBe(1);
      expect(sandbox.count('GET', '/transactions')).toBe(1);
      expect(sandbox.count('POST', '/transactions')).toBe(0);
      const statuses = sandbox.requests.filter((r) => r.route === '/transactions/:id').map((r) => r.status);
      expect(statuses).toEqual([503, 503, 200]);
      expect(sandbox.requests.find((r) => r.route === '/transactions/:id')!.path).toBe(`/transactions/${txnId}`);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('a fault with a method leaves other methods on the same pattern alone', async () => {
    try {
      sandbox.faults.add({ kind: 'error', method: 'POST', route: '/transactions', times: 1 });
      expect((await call('GET', '/transactions?limit=1')).status).toBe(200);
      const posted = await transfer(call, {
        precise_amount: 1n,
        source: '@World',
        destination: '@Faults',
        allow_overdraft: true,
        skip_queue: true,
      });
      expectError(posted, 500, 'GEN_INTERNAL');
      const retried = await transfer(call, {
        precise_amount: 1n,
        source: '@World',
        destination: '@Faults',
        allow_overdraft: true,
        skip_queue: true,
      });
      expect(retried.status).toBe(201);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('empty, non-json, truncate, reset and latency faults each take one request, then the route answers normally', async () => {
    const path = `/transactions/${txnId}`;
    const route = '/transactions/:id';
    sandbox.resetRequests();
    try {
      sandbox.faults.add({ kind: 'empty', route, status: 502, times: 1 });
      const empty = await call('GET', path);
      expect(empty.status).toBe(502);
      expect(empty.text).toBe('');

      sandbox.faults.add({ kind: 'non-json', route, times: 1 });
      const html = await call('GET', path);
      expect(html.status).toBe(200);
      expect(html.contentType).toMatch(/^text\/html/);
      expect(html.json).toBeUndefined();

      sandbox.faults.add({ kind: 'truncate', route, times: 1 });
      await expect(call('GET', path)).rejects.toThrow();

      sandbox.faults.add({ kind: 'reset', route, times: 1 });
      await expect(call('GET', path)).rejects.toThrow();

      sandbox.faults.add({ kind: 'latency', route, ms: 20, times: 1 });
      const slow = await call('GET', path);
      expect(slow.status).toBe(200);
      expect(slow.json.transaction_id).toBe(txnId);

      const normal = await call('GET', path);
      expect(normal.status).toBe(200);
      expect(normal.json.transaction_id).toBe(txnId);
      expect(sandbox.count('GET', route)).toBe(6);
    } finally {
      sandbox.faults.clear();
    }
  });
});
