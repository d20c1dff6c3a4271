import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/blnk/client.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import type { Balance, Transaction } from '../../src/blnk/model.js';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { memoryBus } from '../../src/live/bus.js';
import { LiveHub } from '../../src/live/hub.js';
import type { AlertNews } from '../../src/live/hub.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { until } from '../scenarios/harness.js';

/**
 * The hub reads each change from Blnk once per process, whatever the number of watchers, and
 * passes on only what is newer. Upstream calls are counted on the sandbox's request log.
 */
let sandbox: Sandbox;
let http: BlnkHttp;
let dispatcher: ReturnType<typeof createDispatcher>;
let source: string;
let dest: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  dispatcher = createDispatcher(sandbox.url, { connections: 8 });
  http = new BlnkHttp({ origin: sandbox.url, dispatcher, timeoutMs: 5_000 });
  const f = fixtures(sandbox);
  const ledger = await f.ledger('live');
  source = await f.balance(ledger);
  dest = await f.balance(ledger);
});

afterAll(async () => {
  http.shutdown();
  await dispatcher.close();
  await sandbox.close();
});

beforeEach(() => sandbox.resetRequests());

function hubWith(marks = new Set<string>()) {
  const bus = memoryBus();
  const hub = new LiveHub({
    bus,
    client: (blnkKey) => createClient(http, { blnkKey }),
    firstSeen: async (key) => {
      if (marks.has(key)) return false;
      marks.add(key);
      return true;
    },
  });
  return { bus, hub };
}

async function transfer(amount: bigint): Promise<LedgerEvent> {
  const row = (await fixtures(sandbox).transfer('@World', dest, amount)) as Record<string, unknown>;
  return {
    kind: 'transaction',
    event: 'transaction.applied',
    transactionId: String(row.transaction_id),
    status: 'APPLIED',
    parentTransactionId: null,
    reference: String(row.reference),
    source: String(row.source),
    destination: String(row.destination),
    queuedParentId: null,
  };
}

const balanceReads = () => sandbox.requests.filter((r) => r.route === '/balances/:id').length;

describe('LiveHub', () => {
  it('reads a changed balance once for a thousand watchers, and hands each the exact row', async () => {
    const { bus, hub } = hubWith();
    const seen: Balance[][] = Array.from({ length: 1000 }, () => []);
    const stops = seen.map((list) => hub.watchBalance(dest, null, (b) => list.push(b)));
    const event = await transfer(123456000000000000000789n);
    sandbox.resetRequests();
    bus.publish(event);
    await until('every watcher told', async () => seen.every((l) => l.length === 1), Boolean);
    expect(balanceReads()).toBe(1);
    const expected = (await createClient(http).getBalance(dest)).balance;
    expect(seen[0]![0]!.balance).toBe(expected);
    expect(seen[999]![0]!.balance).toBe(expected);
    for (const stop of stops) stop();
    hub.close();
  });

  it('coalesces a burst: fifty announcements of one balance cost at most two reads, and the last read is newest', async () => {
    const { bus, hub } = hubWith();
    const versions: number[] = [];
    const stop = hub.watchBalance(dest, null, (b) => versions.push(b.version));
    const event = await transfer(1n);
    const latest = (await createClient(http).getBalance(dest)).version;
    sandbox.resetRequests();
    for (let i = 0; i < 50; i += 1) bus.publish(event);
    await until(
      'the newest version told',
      async () => versions.at(-1),
      (v) => v === latest,
    );
    await until(
      'no read out',
      async () => balanceReads(),
      (n) => n >= 1,
    );
    // One read started by the first announcement, at most one more covering the other 49.
    expect(balanceReads()).toBeGreaterThanOrEqual(1);
    expect(balanceReads()).toBeLessThanOrEqual(2);
    expect(versions).toEqual([latest]);
    stop();
    hub.close();
  });

  it('never passes on an older version after a newer one', async () => {
    const { bus, hub } = hubWith();
    const versions: number[] = [];
    const stop = hub.watchBalance(dest, null, (b) => versions.push(b.version));
    for (let i = 0; i < 5; i += 1) bus.publish(await transfer(BigInt(i + 1)));
    const latest = (await createClient(http).getBalance(dest)).version;
    await until(
      'the newest version told',
      async () => versions.at(-1),
      (v) => v === latest,
    );
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    stop();
    hub.close();
  });

  it('reads nothing for an event no watcher of this process cares about', async () => {
    const { bus, hub } = hubWith();
    const stop = hub.watchBalance(source, null, () => {});
    const event = await transfer(1n);
    sandbox.resetRequests();
    bus.publish({ ...(event as Extract<LedgerEvent, { kind: 'transaction' }>), source: 'bln_nobody', destination: 'bln_other' });
    bus.publish({ kind: 'ledger.created', ledgerId: 'ldg_x' });
    // Then one that is watched, to know the bus has been drained past the first two.
    bus.publish({ ...(event as Extract<LedgerEvent, { kind: 'transaction' }>), source });
    await until(
      'the watched read',
      async () => balanceReads(),
      (n) => n === 1,
    );
    expect(sandbox.requests.map((r) => r.route)).toEqual(['/balances/:id']);
    stop();
    hub.close();
  });

  it('reads a balance once per Blnk key: a row read with one caller key never reaches another key’s watcher', async () => {
    const { bus, hub } = hubWith();
    const a: Balance[] = [];
    const b: Balance[] = [];
    const stopA = hub.watchBalance(dest, null, (x) => a.push(x));
    const stopB = hub.watchBalance(dest, 'other-key', (x) => b.push(x));
    const event = await transfer(1n);
    sandbox.resetRequests();
    bus.publish(event);
    await until(
      'both told',
      async () => a.length + b.length,
      (n) => n === 2,
    );
    expect(balanceReads()).toBe(2);
    stopA();
    stopB();
    hub.close();
  });

  it('follows a transaction chain by parent: the row itself and each child it names', async () => {
    const { bus, hub } = hubWith();
    const rows: Transaction[] = [];
    const first = await transfer(7n);
    const root = (first as Extract<LedgerEvent, { kind: 'transaction' }>).transactionId;
    const stop = hub.watchTransaction(null, { ids: new Set([root]), reference: null, onRow: (r) => rows.push(r) });
    const child = await transfer(8n);
    // A child of the root (as a commit names its hold), then a grandchild through the child.
    const childId = (child as Extract<LedgerEvent, { kind: 'transaction' }>).transactionId;
    bus.publish({ ...(child as Extract<LedgerEvent, { kind: 'transaction' }>), parentTransactionId: root });
    await until(
      'the child told',
      async () => rows.length,
      (n) => n === 1,
    );
    expect(rows[0]!.id).toBe(childId);
    expect(rows[0]!.preciseAmount).toBe(8n);
    const grandchild = await transfer(9n);
    bus.publish({ ...(grandchild as Extract<LedgerEvent, { kind: 'transaction' }>), parentTransactionId: childId });
    await until(
      'the grandchild told',
      async () => rows.length,
      (n) => n === 2,
    );
    expect(rows[1]!.preciseAmount).toBe(9n);
    stop();
    hub.close();
  });

  it('decides a monitor alert once per (monitor, balance version), and passes it on once', async () => {
    const marks = new Set<string>();
    const { bus, hub } = hubWith(marks);
    const f = fixtures(sandbox);
    await f.transfer('@World', dest, 500n);
    const monitor = (await (
      await fetch(`${sandbox.url}/balance-monitors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ balance_id: dest, condition: { field: 'balance', operator: '>', value: 1, precision: 100 } }),
      })
    ).json()) as { monitor_id: string };
    const alerts: AlertNews[] = [];
    const stop = hub.watchAlerts(dest, null, (a) => alerts.push(a));
    // Blnk re-sends the same monitor event while the condition holds: three at one version.
    for (let i = 0; i < 3; i += 1) bus.publish({ kind: 'monitor', monitorId: monitor.monitor_id, balanceId: dest });
    await until(
      'one alert',
      async () => alerts.length,
      (n) => n >= 1,
    );
    const version = (await createClient(http).getBalance(dest)).version;
    await until(
      'the marks settled',
      async () => marks.size,
      (n) => n === 1,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.monitor.id).toBe(monitor.monitor_id);
    expect(alerts[0]!.balance.version).toBe(version);
    expect([...marks]).toEqual([`alert:${monitor.monitor_id}:${dest}:${version}`]);
    stop();
    hub.close();
  });
});
