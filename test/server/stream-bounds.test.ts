import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { watchBacklog } from '../../src/server/slow-consumer.js';
import { Slots } from '../../src/server/stream-slots.js';
import { until } from '../scenarios/harness.js';

// The subscription bounds' parts: their settings (config.ts), the counted places
// (stream-slots.ts) and the slow-consumer watch (slow-consumer.ts).

describe('the stream settings', () => {
  it('default to the documented bounds and take the environment', () => {
    expect(loadConfig({}).streams).toEqual({
      maxSubscriptions: 10_000,
      maxSubscriptionsPerPrincipal: 50,
      maxWsConnections: 500,
      maxWsConnectionsPerPrincipal: 20,
      wsMaxPayloadBytes: 100_000,
      connectionInitTimeoutMs: 5_000,
      keepAliveMs: 30_000,
      slowConsumerBytes: 1_000_000,
      slowConsumerMs: 30_000,
    });
    expect(loadConfig({ MAX_SUBSCRIPTIONS: '100', MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '5' }).streams).toEqual(
      expect.objectContaining({ maxSubscriptions: 100, maxSubscriptionsPerPrincipal: 5 }),
    );
  });

  it('refuse a bad value at start, naming the variable', () => {
    expect(() => loadConfig({ MAX_SUBSCRIPTIONS: 'lots' })).toThrow(/MAX_SUBSCRIPTIONS must be a whole number/);
    expect(() => loadConfig({ WS_KEEPALIVE_MS: '0' })).toThrow(/WS_KEEPALIVE_MS/);
    expect(() => loadConfig({ MAX_SUBSCRIPTIONS: '10', MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '11' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_WS_CONNECTIONS: '10', MAX_WS_CONNECTIONS_PER_PRINCIPAL: '11' })).toThrow(
      /MAX_WS_CONNECTIONS_PER_PRINCIPAL/,
    );
  });
});

describe('slots', () => {
  const alice = { subject: 'alice', identityId: null };
  const bob = { subject: 'bob', identityId: null };

  it('refuse a principal past its share and the process past its cap, and count a released place once', () => {
    const counts: number[] = [];
    const slots = new Slots(3, 2, (n) => counts.push(n));
    const a1 = slots.take(alice);
    const a2 = slots.take(alice);
    expect(slots.take(alice)).toEqual({ full: 'principal' });
    const b1 = slots.take(bob);
    expect(slots.take(bob)).toEqual({ full: 'process' });
    if (!('release' in a1) || !('release' in a2) || !('release' in b1)) throw new Error('expected places');
    a1.release();
    a1.release();
    expect(slots.count).toBe(2);
    expect('release' in slots.take(alice)).toBe(true);
    expect(counts).toEqual([1, 2, 3, 2, 3]);
  });

  it('key a confined principal by its identity, whatever the subject', () => {
    const slots = new Slots(10, 1);
    expect('release' in slots.take({ subject: 'phone', identityId: 'idt_1' })).toBe(true);
    expect(slots.take({ subject: 'laptop', identityId: 'idt_1' })).toEqual({ full: 'principal' });
  });
});

describe('the backlog watch', () => {
  it('ends a stream whose buffer passes the byte bound, or stays non-empty for the time bound, and not one that drains', async () => {
    const ended: string[] = [];
    let big = 0;
    let stuck = 0;
    let draining = 0;
    const stops = [
      watchBacklog(
        () => big,
        { maxBytes: 100, maxMs: 60_000 },
        (why) => ended.push(`big:${why}`),
      ),
      watchBacklog(
        () => stuck,
        { maxBytes: 100, maxMs: 80 },
        (why) => ended.push(`stuck:${why}`),
      ),
      watchBacklog(
        () => (draining = draining === 0 ? 50 : 0),
        { maxBytes: 100, maxMs: 80 },
        (why) => ended.push(`draining:${why}`),
      ),
    ];
    big = 101;
    stuck = 10;
    await until(
      'both ended',
      async () => ended.length,
      (n) => n >= 2,
    );
    const since = Date.now();
    await until(
      'a while of draining',
      async () => Date.now() - since,
      (ms) => ms > 300,
    );
    for (const stop of stops) stop();
    expect(ended.sort()).toEqual(['big:bytes', 'stuck:time']);
  });
});
