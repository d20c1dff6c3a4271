import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ABLATABLE } from '../../src/server/ablation.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { createGateway } from '../../src/server/gateway.js';

// server/ablation.ts: BENCH_WITHOUT, for bench:ab's per-plugin figures only.
describe('BENCH_WITHOUT', () => {
  it('is empty unless set, names plugins, takes all, and refuses a name it does not know', () => {
    expect(loadConfig({}).benchWithout).toEqual([]);
    expect(loadConfig({ BENCH_WITHOUT: 'cost, gate' }).benchWithout).toEqual(['cost', 'gate']);
    expect(loadConfig({ BENCH_WITHOUT: 'all' }).benchWithout).toEqual([...ABLATABLE]);
    expect(() => loadConfig({ BENCH_WITHOUT: 'cost,everything' })).toThrow(ConfigError);
  });
});

describe('a gateway without a plugin', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, limits: { maxCost: 3 } });
  });
  afterAll(() => h.close());

  const ask = async (gateway: Harness['gateway']) => {
    const res = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ balances(first: 5) { edges { node { id } } } }' }),
    });
    return res.json();
  };

  it('runs what the plugin would have refused, and only that gateway does', async () => {
    const gateway = createGateway({
      http: h.http,
      graphiql: false,
      limits: { ...loadConfig({}).limits, maxCost: 3 },
      authenticate: createAuthenticator({ mode: 'none', keyPassthrough: false }),
      without: new Set(['cost']),
    });
    expect((await ask(gateway)).errors).toBeUndefined();
    expect((await ask(h.gateway)).errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });
});
