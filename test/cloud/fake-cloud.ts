import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Cloud answered. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

/**
 * A tiny Blnk Cloud on 127.0.0.1 (ephemeral port) answering fixed bodies by `METHOD /path`
 * (the path without its query): the documents' own example responses, byte for byte. Anything
 * else is Cloud's 404 for a route it does not serve.
 */
export async function fakeCloud(routes: Record<string, string>) {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake.cloud');
      requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: Buffer.concat(chunks).toString() });
      const body = routes[`${req.method} ${url.pathname}`];
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      res.end(body ?? '{"error":"route not found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** The calls since the last reset, as `METHOD /path`. */
    calls: () => requests.map((r) => `${r.method} ${r.path}`),
    reset: () => {
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
