import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { spawnEntry } from '../helpers/process.js';

describe('npm run sandbox', () => {
  it('serves the seeded sandbox and prints its URL', async () => {
    // SANDBOX_PORT=0 here; unset, it is Blnk's own 5001 (checked by hand: see the README).
    const app = spawnEntry('src/sandbox/cli.ts', ['--seed'], { SANDBOX_PORT: '0' });
    const url = await app.line(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await app.line(/not a ledger to keep money in/);
    const health = await fetch(`${url}/health`);
    expect(await health.text()).toBe('{"status":"UP"}');
    const world = await fetch(`${url}/balances/indicator/@World/currency/USD`);
    expect(world.status).toBe(200);
    app.child.kill('SIGTERM');
    expect((await once(app.child, 'exit'))[0]).toBe(0);
  });

  it('refuses a bad SANDBOX_PORT with a message naming it', async () => {
    const app = spawnEntry('src/sandbox/cli.ts', [], { SANDBOX_PORT: 'five' });
    expect((await once(app.child, 'exit'))[0]).toBe(2);
    expect(app.output()).toContain("SANDBOX_PORT must be a port number (0-65535), got 'five'");
  });
});

describe('npm run sandbox -- --cloud', () => {
  it("serves Blnk Cloud's surfaces behind the token and instance id", async () => {
    const app = spawnEntry('src/sandbox/cli.ts', ['--seed', '--cloud'], { SANDBOX_PORT: '0', SANDBOX_CLOUD_TOKEN: 't0k', SANDBOX_CLOUD_INSTANCE_ID: 'i1' });
    const url = await app.line(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const refused = await fetch(`${url}/data/ledgers?instance_id=i1`);
    expect(refused.status).toBe(401);
    const listed = await fetch(`${url}/data/ledgers?instance_id=i1&pageSize=2`, { headers: { authorization: 'Bearer t0k' } });
    const body = await listed.json();
    expect(body.total).toBe(4);
    expect(body.data).toHaveLength(2);
  });
});
