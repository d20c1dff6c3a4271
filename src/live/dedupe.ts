import type { LedgerEvent } from '../domain/ledger-events.js';
import { closeRedis, connectRedis } from './redis-connection.js';

/**
 * "Have we seen this before?", answered once across every process that shares the store. Blnk
 * delivers each webhook at least once, unordered and with no event id (a redelivery is signed
 * afresh), so the ingress keys each event by what names it (dedupeKeyOf) and passes on only the
 * first; the hub marks each monitor alert (monitor, balance version) the same way. In memory for
 * one process; in Redis (`SET NX PX`) when REDIS_URL is set, so processes sharing a Redis agree.
 */
export interface DedupeStore {
  /** True the first time `key` is offered within the store's time to live, false after. */
  firstSeen(key: string): Promise<boolean>;
  /** Un-marks `key`: the delivery it marked could not be passed on, so its redelivery must be taken. */
  forget(key: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * How long a delivery is remembered. A redelivery of one the gateway took comes when Blnk missed
 * the answer, at its next retry: asynq's default backoff (n⁴ + 15 s and some, 25 retries) puts
 * the first twelve within about a day and the last weeks later. A day covers those; one that
 * still comes through costs subscribers a fresh read, never an older balance (the hub drops them).
 */
export const DEFAULT_DEDUPE_TTL_MS = 24 * 3600 * 1000;
/** At most this many keys in one process's memory (about 10 MB): the oldest go first. */
export const DEFAULT_DEDUPE_MAX_KEYS = 100_000;

/**
 * What makes a delivery a redelivery, per event type. A transaction row is written once per
 * status event (`transaction.applied` and `transaction.void` of one id are two changes), a
 * creation once, a runAsync batch applied once. `balance.monitor` has none: Blnk fires it again
 * on every applied transaction while the condition holds, so two identical bodies can be two
 * alerts; the hub decides once per (monitor, balance version) instead.
 */
export function dedupeKeyOf(event: LedgerEvent): string | null {
  switch (event.kind) {
    case 'transaction':
      return `${event.event}:${event.transactionId}`;
    case 'balance.created':
      return `balance.created:${event.balanceId}`;
    case 'ledger.created':
      return `ledger.created:${event.ledgerId}`;
    case 'identity.created':
      return `identity.created:${event.identityId}`;
    case 'bulk.applied':
      return `bulk_transaction.applied:${event.batchId}`;
    case 'monitor':
    case 'alert':
      return null;
  }
}

/**
 * One process's store: keys in insertion order with their expiry, so the oldest are at the front
 * both for expiry (one TTL for all) and for eviction past `maxKeys`.
 */
export function memoryDedupe(options: { ttlMs?: number; maxKeys?: number; now?: () => number } = {}): DedupeStore {
  const ttlMs = options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const maxKeys = options.maxKeys ?? DEFAULT_DEDUPE_MAX_KEYS;
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();
  return {
    async firstSeen(key) {
      const t = now();
      for (const [k, expiry] of expiries) {
        if (expiry > t) break;
        expiries.delete(k);
      }
      if (expiries.has(key)) return false;
      expiries.set(key, t + ttlMs);
      if (expiries.size > maxKeys) expiries.delete(expiries.keys().next().value as string);
      return true;
    },
    async forget(key) {
      expiries.delete(key);
    },
    async close() {
      expiries.clear();
    },
  };
}

/**
 * The store in Redis: `SET <prefix>dedupe:<key> 1 NX PX <ttl>` answers OK only to the first
 * caller, whichever process it is. Its own connection, which fails a command after a short wait
 * rather than queueing it while Redis is away: the ingress then answers 503 and Blnk retries.
 */
export function redisDedupe(options: { url: string; prefix: string; ttlMs?: number; onError?: (error: unknown) => void }): DedupeStore {
  const ttlMs = options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const redis = connectRedis(options.url, options.onError, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
  return {
    async firstSeen(key) {
      return (await redis.set(`${options.prefix}dedupe:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async forget(key) {
      await redis.del(`${options.prefix}dedupe:${key}`);
    },
    async close() {
      await closeRedis(redis);
    },
  };
}
