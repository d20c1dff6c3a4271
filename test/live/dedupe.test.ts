import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { dedupeKeyOf, memoryDedupe, redisDedupe } from '../../src/live/dedupe.js';

// live/dedupe.ts: what counts as a redelivery, and the stores that remember it.
describe('dedupeKeyOf', () => {
  const txn = {
    kind: 'transaction',
    transactionId: 'txn_1',
    status: 'APPLIED',
    parentTransactionId: null,
    reference: 'r',
    source: 'bln_a',
    destination: 'bln_b',
    queuedParentId: null,
  } as const;

  it('keys a transaction by event and id, a creation by its id, a batch by its id', () => {
    expect(dedupeKeyOf({ ...txn, event: 'transaction.applied' })).toBe('transaction.applied:txn_1');
    expect(dedupeKeyOf({ ...txn, event: 'transaction.void' })).toBe('transaction.void:txn_1');
    expect(dedupeKeyOf({ kind: 'balance.created', balanceId: 'bln_a', ledgerId: 'ldg_a', identityId: null })).toBe('balance.created:bln_a');
    expect(dedupeKeyOf({ kind: 'ledger.created', ledgerId: 'ldg_a' })).toBe('ledger.created:ldg_a');
    expect(dedupeKeyOf({ kind: 'identity.created', identityId: 'idt_a' })).toBe('identity.created:idt_a');
    expect(dedupeKeyOf({ kind: 'bulk.applied', batchId: 'bulk_a', transactionCount: 2 })).toBe('bulk_transaction.applied:bulk_a');
  });

  it('never de-duplicates balance.monitor: two identical bodies can be two alerts', () => {
    expect(dedupeKeyOf({ kind: 'monitor', monitorId: 'mon_a', balanceId: 'bln_a' })).toBeNull();
  });
});

describe('memoryDedupe', () => {
  it('answers true once per key within the time to live, then again after it', async () => {
    let now = 1_000;
    const store = memoryDedupe({ ttlMs: 100, now: () => now });
    expect(await store.firstSeen('a')).toBe(true);
    expect(await store.firstSeen('a')).toBe(false);
    expect(await store.firstSeen('b')).toBe(true);
    now += 100;
    expect(await store.firstSeen('a')).toBe(true);
    expect(await store.firstSeen('a')).toBe(false);
  });

  it('keeps at most maxKeys, forgetting the oldest first', async () => {
    const store = memoryDedupe({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) expect(await store.firstSeen(key)).toBe(true);
    expect(await store.firstSeen('d')).toBe(false);
    expect(await store.firstSeen('b')).toBe(false);
    // 'a' was the oldest when 'd' came: forgotten.
    expect(await store.firstSeen('a')).toBe(true);
  });
});

describe('redisDedupe (Redis at 127.0.0.1:6379)', () => {
  const url = 'redis://127.0.0.1:6379';
  const prefix = `test-dedupe-${randomUUID()}:`;
  const stores = [redisDedupe({ url, prefix, ttlMs: 60_000 }), redisDedupe({ url, prefix, ttlMs: 60_000 })];
  const other = redisDedupe({ url, prefix: `${prefix}other:`, ttlMs: 60_000 });
  afterAll(async () => {
    await Promise.all([...stores, other].map((s) => s.close()));
  });

  it('answers true to exactly one of two stores sharing a Redis, however they race', async () => {
    const answers = await Promise.all(
      stores.flatMap((s) => [s.firstSeen('transaction.applied:txn_1'), s.firstSeen('transaction.applied:txn_1')]),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await other.firstSeen('transaction.applied:txn_1')).toBe(true);
  });

  it('keeps the mark under <prefix>dedupe:<key> with the time to live', async () => {
    await stores[0]!.firstSeen('ledger.created:ldg_1');
    const redis = new Redis(url);
    try {
      const ttl = await redis.pttl(`${prefix}dedupe:ledger.created:ldg_1`);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      redis.disconnect();
    }
  });
});

describe('redisDedupe with Redis away', () => {
  it('fails the check soon (the ingress answers 503 and Blnk retries), reporting the outage once', async () => {
    const errors: unknown[] = [];
    // Nothing listens on port 1.
    const store = redisDedupe({ url: 'redis://127.0.0.1:1', prefix: 'away:', onError: (e) => errors.push(e) });
    try {
      const started = Date.now();
      await expect(store.firstSeen('ledger.created:ldg_1')).rejects.toThrow();
      await expect(store.firstSeen('ledger.created:ldg_2')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(errors).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
