import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/server/webhooks/signature.js';
import { spawnBuilt } from '../helpers/process.js';
import { nowSeconds, recorded } from '../helpers/webhooks.js';

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
});
