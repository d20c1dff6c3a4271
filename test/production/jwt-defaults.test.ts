import { describe, expect, it } from 'vitest';
import { spawnBuilt } from '../helpers/process.js';

/**
 * Hostile review of issue 17, finding 6: the built gateway, in its own process, refuses to start
 * in production with JWT settings that leave the door open, and names the variable. The
 * loadConfig cases are in test/gateway/config.test.ts; this shows main.js stops on them.
 */
/** Bounds for a loaded 2-core machine (the gateway loads in seconds when idle). */
const SLOW_MS = 120_000;
const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_MODE: 'jwt',
  JWT_SECRET: 'jwt-defaults-secret-of-32-chars!!!!',
  JWT_ISSUER: 'https://id.example',
  JWT_AUDIENCE: 'ledger',
  METRICS: 'false',
  BLNK_URL: 'http://127.0.0.1:9',
  HOST: '127.0.0.1',
  PORT: '0',
};

describe('JWT in production, as main.js starts', () => {
  it.each([
    ['without JWT_ISSUER', { JWT_ISSUER: '' }, 'Configuration error: JWT_ISSUER must be set when NODE_ENV=production and AUTH_MODE=jwt'],
    [
      'with JWT_REQUIRE_EXP=false',
      { JWT_REQUIRE_EXP: 'false' },
      'Configuration error: JWT_REQUIRE_EXP=false is refused when NODE_ENV=production',
    ],
  ])(
    'refuses to start %s, naming the variable',
    async (_name, change, line) => {
      const refused = await spawnBuilt('main.js', [], { ...PRODUCTION, ...change });
      expect(await refused.exited()).toBe(1);
      expect(refused.output()).toContain(line);
      expect(refused.output()).not.toMatch(/gateway on/);
      expect(refused.output()).not.toContain(PRODUCTION.JWT_SECRET);
    },
    SLOW_MS,
  );

  it(
    'starts with an issuer, an audience and exp required',
    async () => {
      const app = await spawnBuilt('main.js', [], PRODUCTION);
      await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);
    },
    SLOW_MS,
  );
});
