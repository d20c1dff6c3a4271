import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { spawnBuilt } from '../helpers/process.js';

/**
 * `npm start` against Blnk Cloud with OAuth client credentials (issue 22, point 4): the start-up
 * check gets a token, reads once through each API, names in one line the scope the client lacks,
 * and the gateway then answers with tokens it gets itself. No token and no secret in any line.
 */
const CLIENT = { id: 'client_start', secret: 'cs_start-secret-value' };
const INSTANCE = 'inst_start';
const SLOW_MS = 120_000;

describe('the gateway on Blnk Cloud with client credentials', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      seed: true,
      cloud: {
        token: 'blnk_at_static-unused',
        instanceId: INSTANCE,
        oauth: { clients: [{ ...CLIENT, scopes: ['data:read', 'proxy:read'] }] },
      },
    });
  });
  afterAll(() => sandbox.close());

  it(
    'names the missing proxy:write scope at start, answers reads, and never prints a token or the secret',
    async () => {
      const app = await spawnBuilt('main.js', [], {
        PORT: '0',
        HOST: '127.0.0.1',
        BLNK_CLOUD_URL: sandbox.url,
        BLNK_CLOUD_INSTANCE_ID: INSTANCE,
        BLNK_CLOUD_CLIENT_ID: CLIENT.id,
        BLNK_CLOUD_CLIENT_SECRET: CLIENT.secret,
        SUBSCRIPTIONS: 'false',
      });
      const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
      expect(app.output()).toMatch(/lacks the proxy:write scope: give the OAuth client proxy:write/);
      expect(app.output()).toContain('proxy:write: every mutation');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ledgers(first: 1) { edges { node { id } } } }' }),
      });
      const body = (await res.json()) as { data?: { ledgers: { edges: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.ledgers.edges).toHaveLength(1);
      const output = app.output();
      expect(output).not.toContain(CLIENT.secret);
      expect(output).not.toContain('blnk_at_');
      expect(output).not.toContain('blnk_rt_');
      expect(output).not.toContain(Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64'));
      // One token serves the start-up check and the gateway's calls: the same token source.
      expect(sandbox.oauth?.issued.client_credentials).toBe(1);
    },
    SLOW_MS,
  );
});
