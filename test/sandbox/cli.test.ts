import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { spawnBuilt } from '../helpers/process.js';

/** `npm run sandbox` (src/sandbox/cli.ts), run from the build on plain node: one compile for every spawning test. */
const SLOW_MS = 120_000;

describe('npm run sandbox', () => {
  it(
    'serves the seeded sandbox and prints its URL',
    async () => {
      // SANDBOX_PORT=0 here; unset, it is Blnk's own 5001 (checked by hand: see the README).
      const app = await spawnBuilt('sandbox/cli.js', ['--seed'], { SANDBOX_PORT: '0' });
      const url = await app.line(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      await app.line(/not a ledger to keep money in/);
      const health = await fetch(`${url}/health`);
      expect(await health.text()).toBe('{"status":"UP"}');
      const world = await fetch(`${url}/balances/indicator/@World/currency/USD`);
      expect(world.status).toBe(200);
      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);
    },
    SLOW_MS,
  );

  it(
    'refuses a bad SANDBOX_PORT with a message naming it',
    async () => {
      const app = await spawnBuilt('sandbox/cli.js', [], { SANDBOX_PORT: 'five' });
      expect(await app.exited()).toBe(2);
      expect(app.output()).toContain("SANDBOX_PORT must be a port number (0-65535), got 'five'");
    },
    SLOW_MS,
  );
});

describe('npm run sandbox with SANDBOX_WEBHOOK_URL', () => {
  it(
    "sends Blnk's webhooks there, signed with SANDBOX_API_KEY, with SANDBOX_WEBHOOK_HEADERS",
    async () => {
      const received: { headers: IncomingHttpHeaders; body: string }[] = [];
      const receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => {
          body += chunk;
        });
        req.on('end', () => {
          received.push({ headers: req.headers, body });
          res.end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      try {
        const hooks = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
        const app = await spawnBuilt('sandbox/cli.js', [], {
          SANDBOX_PORT: '0',
          SANDBOX_API_KEY: 'cli-key',
          SANDBOX_WEBHOOK_URL: hooks,
          SANDBOX_WEBHOOK_HEADERS: '{"X-Receiver":"r1"}',
        });
        const url = await app.line(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
        const made = await fetch(`${url}/ledgers`, {
          method: 'POST',
          headers: { 'x-blnk-key': 'cli-key', 'content-type': 'application/json' },
          body: '{"name":"cli"}',
        });
        expect(made.status).toBe(201);
        await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 10_000, interval: 20 });
        const [delivery] = received;
        expect(delivery!.body).toContain('"event":"ledger.created"');
        expect(delivery!.headers['x-receiver']).toBe('r1');
        const timestamp = delivery!.headers['x-blnk-timestamp'];
        const signature = createHmac('sha256', 'cli-key').update(`${timestamp}.${delivery!.body}`).digest('hex');
        expect(delivery!.headers['x-blnk-signature']).toBe(signature);
        app.child.kill('SIGTERM');
        expect(await app.exited()).toBe(0);
      } finally {
        receiver.close();
      }
    },
    SLOW_MS,
  );

  it(
    'refuses SANDBOX_WEBHOOK_HEADERS that are not a JSON object of strings, naming it',
    async () => {
      const app = await spawnBuilt('sandbox/cli.js', [], {
        SANDBOX_PORT: '0',
        SANDBOX_WEBHOOK_URL: 'http://127.0.0.1:9/hooks',
        SANDBOX_WEBHOOK_HEADERS: '["x"]',
      });
      expect(await app.exited()).toBe(2);
      expect(app.output()).toContain('SANDBOX_WEBHOOK_HEADERS must be a JSON object of strings');
    },
    SLOW_MS,
  );
});

describe('npm run sandbox -- --cloud', () => {
  it(
    "serves Blnk Cloud's surfaces behind the token and instance id",
    async () => {
      const app = await spawnBuilt('sandbox/cli.js', ['--seed', '--cloud'], {
        SANDBOX_PORT: '0',
        SANDBOX_CLOUD_TOKEN: 't0k',
        SANDBOX_CLOUD_INSTANCE_ID: 'i1',
      });
      const url = await app.line(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      const refused = await fetch(`${url}/data/ledgers?instance_id=i1`);
      expect(refused.status).toBe(401);
      const listed = await fetch(`${url}/data/ledgers?instance_id=i1&pageSize=2`, { headers: { authorization: 'Bearer t0k' } });
      const body = await listed.json();
      expect(body.total).toBe(4);
      expect(body.data).toHaveLength(2);
    },
    SLOW_MS,
  );
});
