import type { LedgerEvent, TransactionEventName } from '../domain/ledger-events.js';
import { TRANSACTION_EVENTS } from '../domain/ledger-events.js';
import { parseUpstreamJson } from './json.js';

/**
 * A webhook delivery of Blnk's (`{event, data}`) → the domain's LedgerEvent. Only ids, statuses,
 * references and counts are read: never an amount, since Blnk's webhook bodies carry amounts as
 * floats (`1.23456e+23` for 123456000000000000000789) and a delivery is a trigger only.
 */

/** Every event Blnk v0.15.2 sends (`system.error` included, which is never passed on). */
export const WEBHOOK_EVENT_NAMES = [
  ...TRANSACTION_EVENTS,
  'balance.created',
  'ledger.created',
  'identity.created',
  'bulk_transaction.applied',
  'balance.monitor',
  'system.error',
] as const;

export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];

const KNOWN = new Set<string>(WEBHOOK_EVENT_NAMES);

export const isWebhookEventName = (name: string): name is WebhookEventName => KNOWN.has(name);

export type WebhookReading =
  /** A change to pass on. */
  | { outcome: 'event'; name: WebhookEventName; event: LedgerEvent }
  /** Well formed, but nothing a subscriber follows: `system.error` (Blnk's internal errors), or an event this version does not know. */
  | { outcome: 'ignored'; name: string }
  /** Not an envelope, or a known event without the ids it must name. `reason` never quotes the body. */
  | { outcome: 'malformed'; reason: string };

class Malformed extends Error {}

/** Reads one delivery's body (text already verified, when signed). */
export function readWebhook(text: string): WebhookReading {
  let body: unknown;
  try {
    // Lossless, as every Blnk body: an id or a count is never rounded on the way.
    body = parseUpstreamJson(text);
  } catch {
    return { outcome: 'malformed', reason: 'the body is not JSON' };
  }
  if (!isRecord(body) || typeof body.event !== 'string' || body.event === '') {
    return { outcome: 'malformed', reason: 'the body is not an {event, data} envelope' };
  }
  const name = body.event;
  if (!isWebhookEventName(name) || name === 'system.error') return { outcome: 'ignored', name };
  if (!isRecord(body.data)) return { outcome: 'malformed', reason: `${name} without a data object` };
  try {
    return { outcome: 'event', name, event: eventOf(name, body.data) };
  } catch (error) {
    if (error instanceof Malformed) return { outcome: 'malformed', reason: `${name}: ${error.message}` };
    throw error;
  }
}

function eventOf(name: Exclude<WebhookEventName, 'system.error'>, data: Record<string, unknown>): LedgerEvent {
  switch (name) {
    case 'balance.created':
      return {
        kind: 'balance.created',
        balanceId: id(data, 'balance_id'),
        ledgerId: id(data, 'ledger_id'),
        identityId: optionalId(data, 'identity_id'),
      };
    case 'ledger.created':
      return { kind: 'ledger.created', ledgerId: id(data, 'ledger_id') };
    case 'identity.created':
      return { kind: 'identity.created', identityId: id(data, 'identity_id') };
    case 'bulk_transaction.applied':
      return { kind: 'bulk.applied', batchId: id(data, 'batch_id'), transactionCount: count(data.transaction_count) };
    case 'balance.monitor':
      return { kind: 'monitor', monitorId: id(data, 'monitor_id'), balanceId: id(data, 'balance_id') };
    default:
      return transactionEvent(name, data);
  }
}

function transactionEvent(event: TransactionEventName, data: Record<string, unknown>): LedgerEvent {
  const meta = isRecord(data.meta_data) ? data.meta_data : {};
  return {
    kind: 'transaction',
    event,
    transactionId: id(data, 'transaction_id'),
    status: text(data, 'status'),
    // Blnk writes "" for no parent.
    parentTransactionId: optionalId(data, 'parent_transaction'),
    reference: text(data, 'reference'),
    source: id(data, 'source'),
    destination: id(data, 'destination'),
    queuedParentId: optionalId(meta, 'QUEUED_PARENT_TRANSACTION'),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function id(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value === '') throw new Malformed(`no ${field}`);
  return value;
}

function optionalId(data: Record<string, unknown>, field: string): string | null {
  const value = data[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new Malformed(`${field} is not a string`);
  return value;
}

function text(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string') throw new Malformed(`no ${field}`);
  return value;
}

/** A count, as a JS number when it is a safe whole one (lossless parsing gives a bigint past 2^53); else unknown. */
function count(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  return null;
}
