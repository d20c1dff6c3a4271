import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import type { Dispatcher } from '../../src/blnk/http.js';
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/server/gateway.js';
import type { Gateway } from '../../src/server/gateway.js';
import { chooseEncoding } from '../../src/server/graphiql/plugin.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/** How the gateway serves its GraphiQL page: self-contained, compressed once, cacheable. */
const QUERY = '# Test query\nquery Example { __typename }\n';
let sandbox: Sandbox;
let dispatcher: Dispatcher;
let http: BlnkHttp;

const gatewayWith = (graphiql: boolean, defaultQuery = QUERY): Gateway => {
  const config = loadConfig({});
  return createGateway({ http, graphiql, defaultQuery, limits: config.limits, authenticate: createAuthenticator(config.auth) });
};
let gateway: Gateway;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  dispatcher = createDispatcher(sandbox.url, { connections: 2 });
  http = new BlnkHttp({ origin: sandbox.url, dispatcher, timeoutMs: 5_000 });
  gateway = gatewayWith(true);
});

afterAll(async () => {
  http.shutdown();
  await dispatcher.close();
  await sandbox.close();
});

const page = (g: Gateway, headers: Record<string, string> = {}) =>
  g.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html,application/xhtml+xml', ...headers } });

/** The page's HTML, whatever the encoding it came in. */
async function html(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8');
  expect(encoding).toBeNull();
  return bytes.toString('utf8');
}

describe('GraphiQL page', () => {
  it('is one self-contained document: no script, style, worker or icon from another host', async () => {
    const res = await page(gateway);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const text = await html(res);
    expect(text).toContain('<title>Blnk GraphQL</title>');
    // What yoga's own page loads, and any attribute that would fetch from a URL elsewhere.
    expect(text).not.toContain('unpkg.com');
    expect(text).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(text).toMatch(/<link rel="icon" href="data:image\//);
    // The inlined bundle is the bulk of it (about 9 MB).
    expect(text.length).toBeGreaterThan(5_000_000);
    // The options GraphiQL starts with, as the page's script reads them.
    const options = /YogaGraphiQL\.renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*?\}),\s*\);/s.exec(text);
    expect(options).not.toBeNull();
    expect(JSON.parse(options![1]!)).toEqual({ title: 'Blnk GraphQL', defaultQuery: QUERY, endpoint: '/graphql' });
    // The browser refuses any other origin too.
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
  });

  it('comes compressed as the client accepts, the same page in each encoding', async () => {
    const identity = await page(gateway);
    const plain = await html(identity);
    const cases: [string, string | null][] = [
      ['br', 'br'],
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0.5, gzip;q=0.8', 'gzip'],
      ['deflate', null],
      ['*', 'br'],
      ['gzip;q=0, *;q=0', null],
    ];
    for (const [accept, expected] of cases) {
      const res = await page(gateway, { 'accept-encoding': accept });
      expect([accept, res.headers.get('content-encoding')]).toEqual([accept, expected]);
      const bytes = Number(res.headers.get('content-length'));
      const text = await html(res);
      expect(text).toBe(plain);
      // Compressed to about a quarter: 9 MB would be a slow first load on a real network.
      if (expected) expect(bytes).toBeLessThan(plain.length / 3);
    }
  });

  it('is revalidated with an entity tag per encoding, answered 304 when unchanged', async () => {
    const br = await page(gateway, { 'accept-encoding': 'br' });
    const gzip = await page(gateway, { 'accept-encoding': 'gzip' });
    const etag = br.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(gzip.headers.get('etag')).not.toBe(etag);
    expect(br.headers.get('cache-control')).toBe('no-cache');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);

    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await page(gateway, { 'accept-encoding': 'br', 'if-none-match': tag });
      expect([tag, res.status]).toEqual([tag, 304]);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
    }
    // Another encoding's tag does not match this one's bytes.
    const other = await page(gateway, { 'accept-encoding': 'br', 'if-none-match': gzip.headers.get('etag')! });
    expect(other.status).toBe(200);
  });

  it('is rendered once per gateway: the same bytes every time, another query another page', async () => {
    const first = await page(gateway, { 'accept-encoding': 'gzip' });
    const second = await page(gateway, { 'accept-encoding': 'gzip' });
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    const otherGateway = await page(gatewayWith(true, '{ __typename }'), { 'accept-encoding': 'gzip' });
    expect(otherGateway.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });

  it('leaves GraphQL on the same path alone, and is absent when GraphiQL is off', async () => {
    const res = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const off = await page(gatewayWith(false));
    expect(off.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await off.text()).not.toContain('YogaGraphiQL');
  });

  it('refuses options that would end its inline script', () => {
    expect(() => gatewayWith(true, 'query { a } </script><script>alert(1)</script>')).toThrow(/defaultQuery must not contain/);
  });
});

describe('chooseEncoding', () => {
  it('follows Accept-Encoding weights, brotli on a tie, identity when nothing else is accepted', () => {
    expect(chooseEncoding(null)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('gzip, br')).toBe('br');
    expect(chooseEncoding('GZIP;Q=1, BR;q=0.9')).toBe('gzip');
    expect(chooseEncoding('br;q=0')).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('br;q=nonsense, gzip')).toBe('gzip');
  });
});
