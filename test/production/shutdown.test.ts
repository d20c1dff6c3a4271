import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS, startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { spawnBuilt } from '../helpers/process.js';

/**
 * Blnk behind a gate: requests pass through to the sandbox, except the one the test holds, which
 * Blnk answers only when the test says. So "in flight at SIGTERM" is a fact, not a timing guess.
 */
interface Gate {
  url: string;
  /** Hold the next request to `path`; resolves once it has arrived. */
  hold(path: string): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

async function gate(upstream: string): Promise<Gate> {
  let held: { path: string; arrive(): void; released: Promise<void> } | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (held && req.url?.startsWith(held.path)) {
        const { arrive, released } = held;
        held = null;
        arrive();
        await released;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>;
      const answer = await fetch(`${upstream}${req.url}`, {
        method: req.method!,
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hold: (path) => {
      let arrive!: () => void;
      let release!: () => void;
      const arrived = new Promise<void>((r) => (arrive = r));
      const released = new Promise<void>((r) => (release = r));
      held = { path, arrive, released };
      return { arrived, release };
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let sandbox: Sandbox;
let blnk: Gate;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: true });
  blnk = await gate(sandbox.url);
});
afterAll(async () => {
  await blnk?.close();
  await sandbox?.close();
});

describe('graceful shutdown', () => {
  it('lets a slow request finish after SIGTERM, then exits 0', async () => {
    const app = await spawnBuilt('main.js', [], {
      BLNK_URL: blnk.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      GRAPHIQL: 'false',
      // Generous on a busy machine: the request is released as soon as shutdown has begun.
      SHUTDOWN_TIMEOUT_MS: '120000',
    });
    const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
    const slow = blnk.hold('/balances/filter');
    const pending = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ balance(id: "${SEED_IDS.balances.adaUsd}") { balance } }` }),
    });
    await slow.arrived;
    app.child.kill('SIGTERM');
    await app.line(/shutting down: finishing in-flight requests/);
    // Blnk answers only now, with the gateway already stopping.
    slow.release();
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await res.json()).data.balance.balance).toMatch(/^\d+$/);
    expect(await app.exited()).toBe(0);
    // No new connection is taken once it is stopping.
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  }, 120_000);
});
