import { describe, expect, it } from 'vitest';
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
