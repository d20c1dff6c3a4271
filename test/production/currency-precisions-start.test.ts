import { describe, expect, it } from 'vitest';
import { spawnBuilt } from '../helpers/process.js';

/**
 * Hostile review of issue 17, finding 3, as the built gateway starts: in production without
 * CURRENCY_PRECISIONS confined writes are refused (test/auth/confined-precision.test.ts), and the
 * start says so once, so that the operator learns it from the log rather than from customers.
 */
const SLOW_MS = 120_000;
const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_MODE: 'jwt',
  JWT_SECRET: 'currency-precisions-secret-32-chars!',
  JWT_ISSUER: 'https://id.example',
  JWT_AUDIENCE: 'ledger',
  METRICS: 'false',
  BLNK_URL: 'http://127.0.0.1:9',
  HOST: '127.0.0.1',
  PORT: '0',
};
const WARNING =
  /CURRENCY_PRECISIONS is unset in production: writes by callers confined to an identity are refused until the operator sets it/g;

describe('CURRENCY_PRECISIONS at start', () => {
  it(
    'production without it starts and warns once; with it, no warning',
    async () => {
      const unset = await spawnBuilt('main.js', [], PRODUCTION);
      await unset.line(/gateway on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
      expect(unset.output().match(WARNING)).toHaveLength(1);
      expect(unset.output()).toMatch(/"level":40[^\n]*CURRENCY_PRECISIONS/);

      const set = await spawnBuilt('main.js', [], { ...PRODUCTION, CURRENCY_PRECISIONS: 'USD:100,EUR:100' });
      await set.line(/gateway on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
      expect(set.output()).not.toMatch(WARNING);
    },
    SLOW_MS,
  );
});
