import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('upstream budget settings', () => {
  it('defaults: 200 calls a request, 8 in flight a request and 16 a principal (of a 64-connection pool), rates per 10 s', () => {
    const { limits, blnkConnections } = loadConfig({});
    expect(limits).toMatchObject({
      maxUpstreamCalls: 200,
      maxUpstreamInFlight: 8,
      maxUpstreamInFlightPerPrincipal: 16,
      upstreamRateConfined: 1_000,
      upstreamRateOperator: 60_000,
      upstreamRateWindowSeconds: 10,
    });
    expect(limits.maxUpstreamInFlightPerPrincipal).toBeLessThan(blnkConnections);
  });

  it.each([
    [{ MAX_UPSTREAM_CALLS: '20' }, /^MAX_UPSTREAM_CALLS must be a whole number from 21 to 100000, got '20'$/],
    [{ MAX_UPSTREAM_IN_FLIGHT: '0' }, /^MAX_UPSTREAM_IN_FLIGHT must be a whole number from 1/],
    [{ MAX_UPSTREAM_IN_FLIGHT_PER_PRINCIPAL: 'many' }, /^MAX_UPSTREAM_IN_FLIGHT_PER_PRINCIPAL must be a whole number/],
    [{ UPSTREAM_RATE_CONFINED: '-1' }, /^UPSTREAM_RATE_CONFINED must be a whole number/],
    [{ UPSTREAM_RATE_WINDOW_S: '0' }, /^UPSTREAM_RATE_WINDOW_S must be a whole number from 1 to 3600/],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
