import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true } });
});
afterAll(() => h.close());

const URL = 'http://gateway.test/graphql';

/** CSRF prevention is on: a GET (or a form-encoded POST) must carry a preflight header. */
const PREFLIGHT = { 'x-graphql-yoga-csrf': '1' };

function withPreflight(init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...PREFLIGHT } };
}

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit, with no warning left', async () => {
    const audits = serverAudits({
      url: URL,
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => h.gateway.fetch(input as never, withPreflight(init)),
    });
    expect(audits.length).toBeGreaterThan(50);
    const results = [];
    for (const audit of audits) results.push(await audit.fn());
    const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}`);
    expect(notOk).toEqual([]);
  });

  it('answers a query over GET', async () => {
    const res = await h.gateway.fetch(`${URL}?query=${encodeURIComponent('{ ledger(id: "general_ledger_id") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json', ...PREFLIGHT },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await res.json()).toEqual({ data: { ledger: { name: 'General Ledger' } } });
  });

  it('refuses a mutation over GET with 405 and sends nothing upstream', async () => {
    h.sandbox.resetRequests();
    const query = 'mutation { createLedger(input: { name: "x" }) { __typename } }';
    const res = await h.gateway.fetch(`${URL}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/graphql-response+json', ...PREFLIGHT },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('refuses a GET without a preflight header (CSRF prevention), before any upstream call', async () => {
    h.sandbox.resetRequests();
    const res = await h.gateway.fetch(`${URL}?query=${encodeURIComponent('{ ledger(id: "general_ledger_id") { name } }')}`);
    expect(res.status).toBe(403);
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('answers a malformed document with 400 and a code, and an unknown field likewise', async () => {
    for (const query of ['{ balance(id: ', '{ nope }']) {
      const res = await h.gateway.fetch(URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    }
  });
});

describe('response order', () => {
  it('writes fields in the order the query selects them, synchronous or not', async () => {
    const query = '{ balance(id: "bln_00000000-0000-4000-8000-000000000001") { version id currency available balance ledger { name } } }';
    const res = await h.gateway.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    const keys = Object.keys(JSON.parse(text).data.balance);
    expect(keys).toEqual(['version', 'id', 'currency', 'available', 'balance', 'ledger']);
  });
});
