import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { spawnBuilt } from '../helpers/process.js';

/** Bounds for a loaded 2-core machine: three processes start, each loading the whole gateway. */
const SLOW_MS = 180_000;

describe('WORKERS', () => {
  it(
    'runs N gateway processes on one port over one sandbox, and stops them all on SIGTERM',
    async () => {
      // Several processes share their subscriptions' events through Redis (127.0.0.1:6379 runs here
      // and in CI), under a prefix of this run's own; without REDIS_URL the start is refused.
      const app = await spawnBuilt('main.js', ['--workers', '2'], {
        PORT: '0',
        HOST: '127.0.0.1',
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_CHANNEL_PREFIX: `test-workers-${randomUUID()}:`,
      });
      await app.line(/started 2 gateway workers/);
      await app.line(/gateway on [\s\S]*gateway on /);
      const urls = [...app.output().matchAll(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/g)].map((m) => m[1]!);
      // Both workers listen on the one shared port.
      expect(urls).toHaveLength(2);
      expect(new Set(urls).size).toBe(1);
      const url = urls[0]!;
      // The primary announces the gateway once, with the sandbox it started (which the workers name too).
      const sandbox = /started the Blnk sandbox .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(app.output())?.[1];
      expect(await app.line(/gateway \(2 workers\) on (\S+) /)).toBe(url);
      expect(app.output().match(/talking to the built-in Blnk sandbox at (http:\/\/127\.0\.0\.1:\d+)/g)).toEqual(
        Array(3).fill(`talking to the built-in Blnk sandbox at ${sandbox}`),
      );
      const seen = new Set<string>();
      for (let i = 0; i < 6; i += 1) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ query: '{ balanceByIndicator(indicator: "@World", currency: "USD") { balance } }' }),
        });
        const body = await res.json();
        // Every worker reads the one sandbox the primary started: the same @World balance.
        expect(body.data.balanceByIndicator.balance).toMatch(/^-\d+$/);
        seen.add(body.data.balanceByIndicator.balance);
      }
      expect(seen.size).toBe(1);
      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);
      // Each worker finished its own shutdown (its 'stopped' line), not killed with the primary.
      expect(app.output().match(/"msg":"stopped"/g)).toHaveLength(2);
    },
    SLOW_MS,
  );
});
