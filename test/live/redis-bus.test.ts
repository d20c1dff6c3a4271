import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { redisDedupe } from '../../src/live/dedupe.js';
import { redisBus } from '../../src/live/redis-bus.js';
import type { RedisBus } from '../../src/live/redis-bus.js';
import { gatewayOver } from '../helpers/gateway.js';
import { deliver, recorded, until } from '../helpers/webhooks.js';

// live/redis-bus.ts over Redis at 127.0.0.1:6379 (it runs here and in CI): one event, every process.
const URL = 'redis://127.0.0.1:6379';
const event: LedgerEvent = { kind: 'monitor', monitorId: 'mon_1', balanceId: 'bln_1' };
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

function bus(prefix: string): { bus: RedisBus; heard: LedgerEvent[] } {
  const b = redisBus({ url: URL, prefix });
  const heard: LedgerEvent[] = [];
  b.listen((e) => heard.push(e));
  closing.push(() => b.close());
  return { bus: b, heard };
}

describe('redisBus', () => {
  it('two buses with the same prefix both hear an event published on one, the publisher included', async () => {
    const prefix = `test-bus-${randomUUID()}:`;
    const a = bus(prefix);
    const b = bus(prefix);
    await Promise.all([a.bus.ready, b.bus.ready]);
    a.bus.publish(event);
    await until(() => a.heard.length === 1 && b.heard.length === 1, 'both buses to hear the event');
    expect(b.heard).toEqual([event]);
    expect(a.heard).toEqual([event]);
  });

  it('buses with different prefixes do not hear each other', async () => {
    const a = bus(`test-bus-${randomUUID()}:`);
    const b = bus(`test-bus-${randomUUID()}:`);
    await Promise.all([a.bus.ready, b.bus.ready]);
    a.bus.publish(event);
    // b is checked once a has heard its own event back through Redis: the publication went round.
    await until(() => a.heard.length === 1, 'the publisher to hear its own event');
    b.bus.publish({ ...event, monitorId: 'mon_2' });
    await until(() => b.heard.length === 1, 'the second bus to hear its own event');
    expect(b.heard).toEqual([{ ...event, monitorId: 'mon_2' }]);
    expect(a.heard).toEqual([event]);
  });

  it('stops hearing when unsubscribed, and closes its connections', async () => {
    const b = redisBus({ url: URL, prefix: `test-bus-${randomUUID()}:` });
    const heard: LedgerEvent[] = [];
    const stop = b.listen((e) => heard.push(e));
    const probe: LedgerEvent[] = [];
    b.listen((e) => probe.push(e));
    await b.ready;
    stop();
    b.publish(event);
    await until(() => probe.length === 1, 'the remaining listener to hear');
    expect(heard).toEqual([]);
    await b.close();
  });
});

describe('two gateways sharing Redis', () => {
  it('de-duplicate a delivery sent to each: one publication, heard by both', async () => {
    const prefix = `test-gw-${randomUUID()}:`;
    const secret = 'shared-blnk-secret-key-for-two-gateways';
    const gateways = [0, 1].map(() => {
      const b = bus(prefix);
      const dedupe = redisDedupe({ url: URL, prefix });
      const { gateway, dispatcher, http } = gatewayOver('http://127.0.0.1:9', {
        webhooks: { secret, allowUnsigned: false, replayWindowSeconds: 300, maxBodyBytes: 100_000, bus: b.bus, dedupe },
      });
      closing.push(async () => {
        http.shutdown();
        await Promise.all([dispatcher.close(), dedupe.close()]);
      });
      return { gateway, ...b };
    });
    await Promise.all(gateways.map((g) => g.bus.ready));
    const body = recorded('transaction.applied').body;
    const answers = await Promise.all(gateways.map((g) => deliver(g.gateway, body, { secret })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => a.code).sort()).toEqual(['WEBHOOK_ACCEPTED', 'WEBHOOK_DUPLICATE']);
    await until(() => gateways.every((g) => g.heard.length === 1), 'both gateways to hear the one event');
    // A balance.monitor published after it shows the channel is drained: still one transaction event each.
    await deliver(gateways[0]!.gateway, recorded('balance.monitor').body, { secret });
    await until(() => gateways.every((g) => g.heard.length === 2), 'both gateways to hear the monitor event');
    for (const g of gateways) expect(g.heard.map((e) => e.kind)).toEqual(['transaction', 'monitor']);
  });
});
