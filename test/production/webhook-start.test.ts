import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/server/webhooks/signature.js';
import { spawnBuilt } from '../helpers/process.js';
import { nowSeconds, recorded } from '../helpers/webhooks.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { subscribeSse } from '../helpers/sse-subscriber.js';
import { until } from '../scenarios/harness.js';

/**
 * main.ts's wiring of the ingress, as the built gateway starts: the secret it verifies with
 * (BLNK_API_KEY unless BLNK_WEBHOOK_SECRET), the redelivery marks shared by its workers through
 * Redis, and no route at all with SUBSCRIPTIONS=false.
 */
const SLOW_MS = 180_000;
const KEY = 'webhook-start-blnk-master-key';

async function post(url: string, body: string, secret: string): Promise<{ status: number; code: string }> {
  const timestamp = String(nowSeconds());
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-blnk-timestamp': timestamp,
      'x-blnk-signature': signWebhook(secret, timestamp, body),
      // A new connection each time, so the workers share the deliveries.
      connection: 'close',
    },
    body,
  });
  return { status: res.status, code: ((await res.json()) as { code: string }).code };
}

describe('the webhook ingress of a started gateway', () => {
  it(
    'two workers sharing Redis take a delivery once, whichever receives it, and refuse any other secret',
    async () => {
      const app = await spawnBuilt('main.js', ['--workers', '2'], {
        PORT: '0',
        HOST: '127.0.0.1',
        BLNK_URL: 'http://127.0.0.1:9',
        BLNK_API_KEY: KEY,
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_CHANNEL_PREFIX: `test-webhook-start-${randomUUID()}:`,
      });
      await app.line(/gateway on [\s\S]*gateway on /);
      const url = (await app.line(/gateway \(2 workers\) on (\S+) /)).replace('/graphql', '/webhooks/blnk');
      const body = recorded('transaction.applied').body;
      const codes: string[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await post(url, body, KEY)).code);
      expect(codes).toEqual(['WEBHOOK_ACCEPTED', 'WEBHOOK_DUPLICATE', 'WEBHOOK_DUPLICATE', 'WEBHOOK_DUPLICATE']);
      expect(await post(url, recorded('ledger.created').body, 'another-secret')).toEqual({
        status: 401,
        code: 'WEBHOOK_SIGNATURE_INVALID',
      });
      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);
      expect(app.output().match(/"msg":"stopped"/g)).toHaveLength(2);
      expect(app.output()).not.toContain(KEY);
    },
    SLOW_MS,
  );

  it(
    'BLNK_WEBHOOK_SECRET overrides the key; SUBSCRIPTIONS=false serves no ingress',
    async () => {
      const app = await spawnBuilt('main.js', [], {
        PORT: '0',
        HOST: '127.0.0.1',
        BLNK_URL: 'http://127.0.0.1:9',
        BLNK_API_KEY: KEY,
        BLNK_WEBHOOK_SECRET: 'the-blnk-server-secret-key',
      });
      const url = (await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/)).replace('/graphql', '/webhooks/blnk');
      const body = recorded('ledger.created').body;
      expect(await post(url, body, KEY)).toEqual({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
      expect(await post(url, body, 'the-blnk-server-secret-key')).toEqual({ status: 200, code: 'WEBHOOK_ACCEPTED' });
      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);

      const off = await spawnBuilt('main.js', [], { PORT: '0', HOST: '127.0.0.1', BLNK_URL: 'http://127.0.0.1:9', SUBSCRIPTIONS: 'false' });
      const offUrl = (await off.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/)).replace('/graphql', '/webhooks/blnk');
      expect((await fetch(offUrl, { method: 'POST', body })).status).toBe(404);
      off.child.kill('SIGTERM');
      expect(await off.exited()).toBe(0);
    },
    SLOW_MS,
  );

  it(
    'two gateway processes sharing Redis: one webhook, delivered to one of them, reaches the subscribers of both with the exact balance read from Blnk',
    async () => {
      // One upstream for both (a secure sandbox, signing its webhooks with its key as Blnk does).
      const sandbox = await startSandbox({ port: 0, apiKey: KEY });
      const env = {
        PORT: '0',
        HOST: '127.0.0.1',
        BLNK_URL: sandbox.url,
        BLNK_API_KEY: KEY,
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_CHANNEL_PREFIX: `test-two-processes-${randomUUID()}:`,
      };
      const [a, b] = await Promise.all([spawnBuilt('main.js', [], env), spawnBuilt('main.js', [], env)]);
      try {
        const urlA = await a.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
        const urlB = await b.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
        // Blnk's webhook reaches process A only.
        sandbox.setWebhookUrl(urlA.replace('/graphql', '/webhooks/blnk'));
        const rest = (path: string, body: unknown) =>
          fetch(`${sandbox.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-blnk-key': KEY },
            body: JSON.stringify(body),
          }).then((r) => r.json() as Promise<Record<string, string>>);
        const ledger = await rest('/ledgers', { name: 'two-processes' });
        const balance = (await rest('/balances', { ledger_id: ledger.ledger_id, currency: 'USD' })).balance_id!;
        const query = 'subscription($id: ID!) { balanceUpdated(id: $id, current: true) { id balance version } }';
        const subs = [urlA, urlB].map((url) => subscribeSse(url, query, { id: balance }));
        // The current balance first: each stream is registered with its process's hub.
        await until(
          'both streams started',
          async () => subs.map((s) => s.events.length),
          (n) => n.every((x) => x >= 1),
          20_000,
        );
        // 123456000000000000000789 minor units, sent as a bare JSON integer (beyond 2^53).
        const res = await fetch(`${sandbox.url}/transactions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-blnk-key': KEY },
          body: `{"source":"@World","destination":"${balance}","precise_amount":123456000000000000000789,"precision":100,"currency":"USD","reference":"two-${randomUUID()}","description":"two processes","skip_queue":true,"allow_overdraft":true}`,
        });
        expect(res.status).toBe(201);
        await until(
          'both subscribers told',
          async () => subs.map((s) => s.events.length),
          (n) => n.every((x) => x >= 2),
          20_000,
        );
        for (const s of subs) {
          expect(s.events[1]!.data.balanceUpdated).toMatchObject({ id: balance, balance: '123456000000000000000789' });
          s.close();
        }
      } finally {
        for (const app of [a, b]) app.child.kill('SIGTERM');
        expect(await a.exited()).toBe(0);
        expect(await b.exited()).toBe(0);
        await sandbox.close();
      }
    },
    SLOW_MS,
  );
});
