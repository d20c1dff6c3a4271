import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

// config.ts: the settings of subscriptions and their webhook ingress (issue 19).
describe('subscription and webhook settings', () => {
  it('are on by default, in one process, with no secret unless BLNK_API_KEY is set', () => {
    expect(loadConfig({}).live).toEqual({
      redisUrl: null,
      redisPrefix: 'blnk-graphql:',
      webhook: { secret: null, allowUnsigned: false, replayWindowSeconds: 300, maxBodyBytes: 1_000_000 },
    });
  });

  it('SUBSCRIPTIONS=false: no ingress and no bus, and several workers need no Redis', () => {
    expect(loadConfig({ SUBSCRIPTIONS: 'false' }).live).toBeNull();
    expect(loadConfig({ REDIS_CHANNEL_PREFIX: '' }).live?.redisPrefix).toBe('blnk-graphql:');
    expect(loadConfig({ SUBSCRIPTIONS: 'false', WORKERS: '4' }).workers).toBe(4);
  });

  it('the secret is BLNK_WEBHOOK_SECRET, else BLNK_API_KEY (what Blnk signs with in secure mode)', () => {
    expect(loadConfig({ BLNK_API_KEY: 'master-key' }).live?.webhook.secret).toBe('master-key');
    expect(loadConfig({ BLNK_API_KEY: 'master-key', BLNK_WEBHOOK_SECRET: 'server-secret' }).live?.webhook.secret).toBe('server-secret');
    // Pass-through mode without a gateway key: nothing to verify with, so every delivery is refused.
    expect(loadConfig({ BLNK_KEY_PASSTHROUGH: 'true' }).live?.webhook).toMatchObject({ secret: null, allowUnsigned: false });
    // A secret of spaces is refused at start, naming the variable, and never echoed.
    expect(() => loadConfig({ BLNK_WEBHOOK_SECRET: '   ' })).toThrow(/^BLNK_WEBHOOK_SECRET is only whitespace/);
  });

  it('reads REDIS_URL, REDIS_CHANNEL_PREFIX and the webhook limits', () => {
    expect(
      loadConfig({
        REDIS_URL: 'redis://127.0.0.1:6379/2',
        REDIS_CHANNEL_PREFIX: 'staging:',
        WORKERS: '2',
        WEBHOOK_REPLAY_WINDOW_SECONDS: '60',
        WEBHOOK_MAX_BODY_BYTES: '65536',
        WEBHOOK_ALLOW_UNSIGNED: 'true',
      }).live,
    ).toEqual({
      redisUrl: 'redis://127.0.0.1:6379/2',
      redisPrefix: 'staging:',
      webhook: { secret: null, allowUnsigned: true, replayWindowSeconds: 60, maxBodyBytes: 65_536 },
    });
  });

  it.each([
    [{ WORKERS: '2' }, /^WORKERS=2 needs REDIS_URL while subscriptions are on/],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /^REDIS_URL must use redis: or rediss:, got 'http:'$/],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL must be a URL such as redis:\/\/127\.0\.0\.1:6379$/],
    [{ REDIS_CHANNEL_PREFIX: 'has space' }, /^REDIS_CHANNEL_PREFIX must be 1 to 100 printable characters/],
    [{ WEBHOOK_REPLAY_WINDOW_SECONDS: '0' }, /^WEBHOOK_REPLAY_WINDOW_SECONDS must be a whole number from 1 to 86400/],
    [{ WEBHOOK_MAX_BODY_BYTES: 'lots' }, /^WEBHOOK_MAX_BODY_BYTES must be a whole number/],
    [{ WEBHOOK_ALLOW_UNSIGNED: 'maybe' }, /^WEBHOOK_ALLOW_UNSIGNED must be true or false/],
    [{ SUBSCRIPTIONS: 'sometimes' }, /^SUBSCRIPTIONS must be true or false/],
    [
      { WEBHOOK_ALLOW_UNSIGNED: 'true', BLNK_KEY_PASSTHROUGH: 'true' },
      /^WEBHOOK_ALLOW_UNSIGNED=true is refused with BLNK_KEY_PASSTHROUGH=true/,
    ],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses unsigned deliveries in production', () => {
    const production = { NODE_ENV: 'production', AUTH_ALLOW_NONE_IN_PRODUCTION: 'true', METRICS: 'false' };
    expect(loadConfig(production).live?.webhook.allowUnsigned).toBe(false);
    expect(() => loadConfig({ ...production, WEBHOOK_ALLOW_UNSIGNED: 'true' })).toThrow(
      /^WEBHOOK_ALLOW_UNSIGNED=true is refused when NODE_ENV=production/,
    );
  });

  it('never echoes a REDIS_URL, which may hold a password', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://user:hunter2@redis:6379' })).toThrow(ConfigError);
    try {
      loadConfig({ REDIS_URL: 'http://user:hunter2@redis:6379' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
    try {
      loadConfig({ REDIS_URL: 'redis://user:hunter2@[bad' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });
});
