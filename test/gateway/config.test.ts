import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has defaults that start the sandbox', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ blnkUrl: null, port: 4000, blnkTimeoutMs: 10_000, graphiql: true, host: '127.0.0.1' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('keeps only the origin of BLNK_URL and turns GraphiQL off in production', () => {
    const secret = 'x'.repeat(32);
    // METRICS=false: production refuses metrics without METRICS_BEARER_TOKEN (test/production/closed-defaults.test.ts).
    expect(
      loadConfig({
        BLNK_URL: 'https://blnk.internal:5001/',
        NODE_ENV: 'production',
        AUTH_MODE: 'jwt',
        JWT_SECRET: secret,
        JWT_ISSUER: 'https://id.example',
        JWT_AUDIENCE: 'ledger',
        METRICS: 'false',
      }),
    ).toMatchObject({
      blnkUrl: 'https://blnk.internal:5001',
      graphiql: false,
      production: true,
      limits: { introspection: false, fieldSuggestions: false, csrfPrevention: true },
    });
  });

  it.each([
    [{ BLNK_URL: 'http://user:hunter2@[bad' }, /^BLNK_URL must be an http\(s\) URL such as http:\/\/localhost:5001$/],
    [{ BLNK_URL: 'ftp://x' }, /^BLNK_URL must use http or https/],
    [{ BLNK_URL: 'http://x:5001/api' }, /^BLNK_URL must be an origin only/],
    [{ BLNK_URL: 'http://user:pw@x:5001' }, /^BLNK_URL must be an origin only/],
    [{ BLNK_TIMEOUT_MS: 'soon' }, /^BLNK_TIMEOUT_MS must be a whole number from 1 to 600000, got 'soon'$/],
    [{ BLNK_TIMEOUT_MS: '0' }, /^BLNK_TIMEOUT_MS must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be a whole number from 0 to 65535/],
    [{ GRAPHIQL: 'maybe' }, /^GRAPHIQL must be true or false/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses AUTH_MODE=none in production unless explicitly allowed, and flags it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_MODE=none is refused when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_ALLOW_NONE_IN_PRODUCTION: 'true', METRICS: 'false' }).unauthenticatedProduction).toBe(
      true,
    );
    expect(loadConfig({}).unauthenticatedProduction).toBe(false);
  });

  describe('JWT in production (hostile review of issue 17, finding 6)', () => {
    const closed = {
      NODE_ENV: 'production',
      AUTH_MODE: 'jwt',
      JWT_JWKS_URL: 'https://id.example/.well-known/jwks.json',
      JWT_ISSUER: 'https://id.example',
      JWT_AUDIENCE: 'ledger',
      METRICS: 'false',
    };

    it('starts with an issuer, an audience, an https JWKS and exp required', () => {
      expect(loadConfig(closed).auth).toMatchObject({ issuer: 'https://id.example', audience: 'ledger', requireExp: true });
    });

    it.each([
      ['no JWT_ISSUER', { JWT_ISSUER: undefined }, /^JWT_ISSUER must be set when NODE_ENV=production and AUTH_MODE=jwt/],
      ['a blank JWT_ISSUER', { JWT_ISSUER: '  ' }, /^JWT_ISSUER must be set/],
      ['no JWT_AUDIENCE', { JWT_AUDIENCE: undefined }, /^JWT_AUDIENCE must be set when NODE_ENV=production and AUTH_MODE=jwt/],
      ['JWT_REQUIRE_EXP=false', { JWT_REQUIRE_EXP: 'false' }, /^JWT_REQUIRE_EXP=false is refused when NODE_ENV=production/],
      ['a JWKS over http', { JWT_JWKS_URL: 'http://id.example/jwks.json' }, /^JWT_JWKS_URL must be https when NODE_ENV=production/],
      [
        'a JWKS over http to localhost (a name, not an address)',
        { JWT_JWKS_URL: 'http://localhost:8080/jwks.json' },
        /^JWT_JWKS_URL must be https/,
      ],
      [
        'a JWKS over http to a host named like loopback',
        { JWT_JWKS_URL: 'http://127.0.0.1.evil.example/jwks.json' },
        /^JWT_JWKS_URL must be https/,
      ],
      [
        'HS256 without an issuer',
        { JWT_JWKS_URL: undefined, JWT_SECRET: 'x'.repeat(32), JWT_ISSUER: undefined },
        /^JWT_ISSUER must be set/,
      ],
    ])('refuses %s, naming the variable', (_name, change, message) => {
      const env: Record<string, string | undefined> = { ...closed, ...change };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('allows a JWKS over http on a loopback address only', () => {
      expect(loadConfig({ ...closed, JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks.json' }).auth).toMatchObject({
        jwksUrl: 'http://127.0.0.1:8080/jwks.json',
      });
      expect(loadConfig({ ...closed, JWT_JWKS_URL: 'http://[::1]:8080/jwks.json' }).auth).toMatchObject({
        jwksUrl: 'http://[::1]:8080/jwks.json',
      });
    });

    it('leaves development as it was: no issuer, no audience, http JWKS and exp optional', () => {
      const dev = { AUTH_MODE: 'jwt', JWT_JWKS_URL: 'http://id.example/jwks.json', JWT_REQUIRE_EXP: 'false' };
      expect(loadConfig(dev).auth).toMatchObject({ issuer: null, audience: null, requireExp: false });
    });
  });

  it.each([
    [{ AUTH_MODE: 'magic' }, /^AUTH_MODE must be none, jwt or api-keys/],
    [{ AUTH_MODE: 'jwt' }, /exactly one of JWT_SECRET/],
    [{ AUTH_MODE: 'jwt', JWT_SECRET: 'short' }, /at least 32 characters/],
    [{ AUTH_MODE: 'api-keys' }, /needs API_KEYS/],
    [{ AUTH_MODE: 'api-keys', API_KEYS: '[{"name":"a","sha256":"nothex","scopes":["ledger:read"]}]' }, /needs sha256/],
    [{ AUTH_MODE: 'api-keys', API_KEYS: `[{"name":"a","sha256":"${'a'.repeat(64)}","scopes":["ledger:everything"]}]` }, /needs scopes/],
  ])('refuses the auth settings %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes the API key or a URL password in an error', () => {
    try {
      loadConfig({ BLNK_URL: 'http://user:hunter2@x:5001', BLNK_API_KEY: 'k-secret' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
      expect(String(error)).not.toContain('k-secret');
    }
  });

  describe('Blnk Cloud credentials (issue 22, points 4 and 8)', () => {
    const instance = { BLNK_CLOUD_INSTANCE_ID: 'inst_1' };

    it('takes a static token, or a client id and secret', () => {
      expect(loadConfig({ ...instance, BLNK_CLOUD_TOKEN: 'blnk_at_x' }).cloud).toEqual({
        url: 'https://api.cloud.blnkfinance.com',
        instanceId: 'inst_1',
        credentials: { kind: 'token', token: 'blnk_at_x' },
      });
      expect(
        loadConfig({ ...instance, BLNK_CLOUD_CLIENT_ID: 'cid', BLNK_CLOUD_CLIENT_SECRET: 'csec', BLNK_CLOUD_URL: 'http://127.0.0.1:9' })
          .cloud,
      ).toEqual({
        url: 'http://127.0.0.1:9',
        instanceId: 'inst_1',
        credentials: { kind: 'client', clientId: 'cid', clientSecret: 'csec' },
      });
      expect(loadConfig({}).cloud).toBeNull();
    });

    it.each([
      [{ ...instance, BLNK_CLOUD_CLIENT_ID: 'cid' }, /^BLNK_CLOUD_CLIENT_ID and BLNK_CLOUD_CLIENT_SECRET must be set together/],
      [{ ...instance, BLNK_CLOUD_CLIENT_SECRET: 'csec' }, /^BLNK_CLOUD_CLIENT_ID and BLNK_CLOUD_CLIENT_SECRET must be set together/],
      [{ ...instance, BLNK_CLOUD_TOKEN: 't', BLNK_CLOUD_CLIENT_ID: 'c', BLNK_CLOUD_CLIENT_SECRET: 's' }, /are both set: use one/],
      [{ ...instance, BLNK_CLOUD_CLIENT_ID: '   ', BLNK_CLOUD_CLIENT_SECRET: 'csec' }, /^BLNK_CLOUD_CLIENT_ID is only whitespace/],
      [{ ...instance, BLNK_CLOUD_CLIENT_ID: 'cid', BLNK_CLOUD_CLIENT_SECRET: ' \t ' }, /^BLNK_CLOUD_CLIENT_SECRET is only whitespace/],
      [{ ...instance, BLNK_CLOUD_TOKEN: '  ' }, /^BLNK_CLOUD_TOKEN is only whitespace/],
      [
        { ...instance, BLNK_CLOUD_CLIENT_ID: 'c', BLNK_CLOUD_CLIENT_SECRET: 'two words' },
        /^BLNK_CLOUD_CLIENT_SECRET must be printable characters without spaces/,
      ],
      [instance, /^BLNK_CLOUD_INSTANCE_ID needs a credential/],
      [{ BLNK_CLOUD_CLIENT_ID: 'c', BLNK_CLOUD_CLIENT_SECRET: 's' }, /^BLNK_CLOUD_INSTANCE_ID must be set with BLNK_CLOUD_CLIENT_ID/],
      [{ ...instance, BLNK_CLOUD_TOKEN: 't', BLNK_KEY_PASSTHROUGH: 'true' }, /^BLNK_KEY_PASSTHROUGH=true is refused with Blnk Cloud/],
    ])('refuses %j', (env, message) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('never echoes a token or a secret in an error', () => {
      for (const env of [
        { ...instance, BLNK_CLOUD_CLIENT_ID: 'cid', BLNK_CLOUD_CLIENT_SECRET: 'sec ret-value' },
        { ...instance, BLNK_CLOUD_TOKEN: 'blnk_at_tok', BLNK_CLOUD_CLIENT_ID: 'cid', BLNK_CLOUD_CLIENT_SECRET: 'secret-value' },
      ]) {
        const error = (() => {
          try {
            loadConfig(env);
          } catch (e) {
            return String(e);
          }
          return '';
        })();
        expect(error).not.toBe('');
        expect(error).not.toContain('ret-value');
        expect(error).not.toContain('blnk_at_tok');
      }
    });
  });
});
