import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS, startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { spawnEntry } from '../helpers/process.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: true });
});
afterAll(() => sandbox.close());

describe('graceful shutdown', () => {
  it('lets a slow request finish after SIGTERM, then exits 0', async () => {
    const app = spawnEntry('src/main.ts', [], { BLNK_URL: sandbox.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
    // Blnk takes a second and a half to answer this one.
    sandbox.faults.add({ kind: 'latency', route: '/balances/filter', ms: 1500, times: 1 });
    const pending = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ balance(id: "${SEED_IDS.balances.adaUsd}") { balance } }` }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    app.child.kill('SIGTERM');
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await res.json()).data.balance.balance).toMatch(/^\d+$/);
    const [code] = await once(app.child, 'exit');
    expect(code).toBe(0);
    expect(app.output()).toContain('shutting down');
    // No new connection is taken once it is stopping.
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
