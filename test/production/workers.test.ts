import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { spawnEntry } from '../helpers/process.js';

describe('WORKERS', () => {
  it('runs N gateway processes on one port over one sandbox, and stops them all on SIGTERM', async () => {
    const app = spawnEntry('src/main.ts', ['--workers', '2'], { PORT: '0', HOST: '127.0.0.1' });
    await app.line(/started 2 gateway workers/);
    await app.line(/gateway on [\s\S]*gateway on /);
    const urls = [...app.output().matchAll(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/g)].map((m) => m[1]!);
    // Both workers listen on the one shared port.
    expect(urls).toHaveLength(2);
    expect(new Set(urls).size).toBe(1);
    const url = urls[0]!;
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
    const [code] = await once(app.child, 'exit');
    expect(code).toBe(0);
  });
});
