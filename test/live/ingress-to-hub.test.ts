import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/blnk/client.js';
import type { Balance } from '../../src/blnk/model.js';
import { memoryBus } from '../../src/live/bus.js';
import { memoryDedupe } from '../../src/live/dedupe.js';
import { LiveHub } from '../../src/live/hub.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { deliver, recorded, until } from '../helpers/webhooks.js';

/**
 * The ingress and the hub as main.ts wires them (one bus, one dedupe store): a delivery shaped
 * as Blnk sends it, its amount a float, reaches a balance watcher as the exact balance read from
 * Blnk (the sandbox), and a redelivery costs nothing.
 */
const SECRET = 'ingress-to-hub-blnk-secret-key';
const AMOUNT = 123456000000000000000789n;
let h: Harness;
let hub: LiveHub;

beforeAll(async () => {
  const bus = memoryBus();
  const dedupe = memoryDedupe();
  h = await startHarness({
    webhooks: { secret: SECRET, allowUnsigned: false, replayWindowSeconds: 300, maxBodyBytes: 100_000, bus, dedupe },
  });
  hub = new LiveHub({ bus, client: (blnkKey) => createClient(h.http, { blnkKey }), firstSeen: (key) => dedupe.firstSeen(key) });
});
afterAll(async () => {
  hub.close();
  await h.close();
});

/** Blnk's own recorded transaction.applied body, naming this transfer, with the float amount Blnk writes. */
function deliveryOf(txn: { transaction_id: string; source: string; destination: string; reference: string }): string {
  const json = JSON.parse(recorded('transaction.applied').body) as { event: string; data: Record<string, unknown> };
  Object.assign(json.data, {
    transaction_id: txn.transaction_id,
    source: txn.source,
    destination: txn.destination,
    reference: txn.reference,
    parent_transaction: '',
    meta_data: null,
    status: 'APPLIED',
  });
  return JSON.stringify(json).replace(/"precise_amount":\d+/, '"precise_amount":1.23456e+23');
}

describe('a webhook through the ingress to a balance watcher', () => {
  it('delivers the exact balance beyond 2^53 read from Blnk, once, however often Blnk redelivers', async () => {
    const f = fixtures(h.sandbox);
    const ledger = await f.ledger('live');
    const destination = await f.balance(ledger);
    const txn = (await f.transfer('@World', destination, AMOUNT)) as {
      transaction_id: string;
      source: string;
      destination: string;
      reference: string;
    };
    const seen: Balance[] = [];
    const stop = hub.watchBalance(destination, null, (balance) => seen.push(balance));
    h.sandbox.resetRequests();
    const body = deliveryOf(txn);
    expect((await deliver(h.gateway, body, { secret: SECRET })).code).toBe('WEBHOOK_ACCEPTED');
    await until(() => seen.length === 1, 'the watcher to get the balance');
    expect(seen[0]).toMatchObject({ id: destination, balance: AMOUNT, creditBalance: AMOUNT });
    expect((await deliver(h.gateway, body, { secret: SECRET })).code).toBe('WEBHOOK_DUPLICATE');
    // The source (@World) is not watched: one read of the watched balance, none for the redelivery.
    await until(() => h.sandbox.requests.length >= 1, 'the read');
    expect(h.sandbox.requests.map((r) => `${r.method} ${r.route}`)).toEqual(['GET /balances/:id']);
    expect(seen).toHaveLength(1);
    stop();
  });
});
