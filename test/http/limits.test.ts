import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/** Hostile documents are refused before they cost Blnk anything, and the gateway stays up. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true } });
});
afterAll(() => h.close());

async function post(body: string) {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

const codes = (json: any): string[] => (json?.errors ?? []).map((e: any) => e.extensions?.code);

describe('request limits', () => {
  it('refuses a query 50 levels deep', async () => {
    let deep = 'id';
    for (let i = 0; i < 49; i += 1) deep = `parentTransaction { ${deep} }`;
    h.sandbox.resetRequests();
    const res = await post(JSON.stringify({ query: `{ transaction(id: "txn_1") { ${deep} } }` }));
    expect(res.status).toBe(400);
    expect(codes(res.json)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.json.errors[0].message).toMatch(/depth/i);
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('refuses more aliases than allowed, in validation', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: ledger(id: "general_ledger_id") { name }`).join(' ');
    h.sandbox.resetRequests();
    const res = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(res.status).toBe(400);
    expect(codes(res.json)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.json.errors[0].message).toMatch(/alias/i);
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('refuses 1000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: ledger(id: "x") { name }`).join(' ');
    const res = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/alias|token/i);
    expect(codes(res.json)[0]).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
  });

  it('refuses a document of 100k tokens while parsing', async () => {
    const query = `{ ${Array.from({ length: 50_000 }, () => '__typename').join(' ')} }`;
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(400);
    expect(codes(res.json)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.json.errors[0].message).toMatch(/token/i);
  });

  it('refuses a 2 MB body with 413', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } }));
    expect(res.status).toBe(413);
  });

  describe('the body cap over node:http (MAX_BODY_BYTES, 1 MB here)', () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const server = createServer(h.gateway);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      close = () => new Promise((resolve) => server.close(() => resolve()));
    });
    afterAll(() => close());

    /** A POST whose body is sent as given chunks; with `chunked`, no Content-Length is declared. */
    function send(chunks: string[], chunked: boolean): Promise<{ status: number; body: string }> {
      return new Promise((resolve, reject) => {
        const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
        const req = httpRequest(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(length) }),
          },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        // The server may answer 413 and close before the whole body is written.
        req.on('error', (error: NodeJS.ErrnoException) =>
          error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
        );
        for (const c of chunks) req.write(c);
        req.end();
      });
    }
    const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });

    it('answers a declared length under the cap, and refuses one over it with 413 before reading it', async () => {
      expect(await send([padded(900_000)], false)).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}' });
      const over = await send([padded(1_100_000)], false);
      expect(over.status).toBe(413);
      expect(JSON.parse(over.body).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    });

    it('counts a chunked body as it arrives: under the cap it is answered, over it 413', async () => {
      const under = padded(900_000);
      expect(await send([under.slice(0, 400_000), under.slice(400_000)], true)).toEqual({
        status: 200,
        body: '{"data":{"__typename":"Query"}}',
      });
      const over = padded(1_100_000);
      const res = await send([over.slice(0, 600_000), over.slice(600_000)], true);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    });
  });

  it('refuses a query whose pages would cost too much, before any upstream call', async () => {
    h.sandbox.resetRequests();
    const query = '{ balances(first: 100) { edges { node { transactions(first: 100) { edges { node { id amount } } } } } } }';
    const res = await post(JSON.stringify({ query }));
    expect(codes(res.json)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.json.errors[0].extensions.cost).toBeGreaterThan(10_000);
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('still answers after all of that', async () => {
    const res = await post(JSON.stringify({ query: '{ ledger(id: "general_ledger_id") { name } }' }));
    expect(res.json).toEqual({ data: { ledger: { name: 'General Ledger' } } });
  });
});

describe('production stance', () => {
  it('refuses introspection and hides field suggestions', async () => {
    const prod = await startHarness({ limits: { introspection: false, fieldSuggestions: false } });
    try {
      const ask = async (query: string) => {
        const res = await prod.gateway.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return res.json();
      };
      const introspection = await ask('{ __schema { types { name } } }');
      expect(introspection.data).toBeUndefined();
      expect(introspection.errors[0].message).toMatch(/introspection/i);
      const typo = await ask('{ balanse(id: "x") { id } }');
      expect(typo.errors[0].message).not.toMatch(/did you mean/i);
    } finally {
      await prod.close();
    }
    // The development defaults keep both.
    const dev = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ balanse(id: "x") { id } }' }),
    });
    expect((await dev.json()).errors[0].message).toMatch(/did you mean "balance/i);
  });
});
