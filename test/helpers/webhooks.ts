import { readFileSync, readdirSync } from 'node:fs';
import { signWebhook } from '../../src/server/webhooks/signature.js';
import type { Gateway } from '../../src/server/gateway.js';

/** Deliveries recorded from real Blnk v0.15.2 (test/fixtures/blnk-webhooks/, copied unchanged from the shared recordings). */
const DIR = new URL('../fixtures/blnk-webhooks/', import.meta.url);

export interface RecordedDelivery {
  method: string;
  headers: Record<string, string>;
  /** The exact raw body Blnk sent. */
  body: string;
  signatureValid: boolean;
}

export const RECORDED_EVENTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

export function recorded(event: string): RecordedDelivery {
  return JSON.parse(readFileSync(new URL(`${event}.json`, DIR), 'utf8')) as RecordedDelivery;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** POSTs a body to the gateway's webhook route as Blnk does: signed with `secret` at `timestamp` (now by default), unless `secret` is null. */
export async function deliver(
  gateway: Gateway,
  body: string,
  options: {
    secret: string | null;
    timestamp?: number;
    /** The timestamp as this many seconds from the moment of sending (a table built earlier stays exact). */
    skewSeconds?: number;
    headers?: Record<string, string>;
  },
): Promise<{ status: number; code: string; text: string }> {
  const timestamp = String(options.timestamp ?? nowSeconds() + (options.skewSeconds ?? 0));
  const signed =
    options.secret === null ? {} : { 'x-blnk-timestamp': timestamp, 'x-blnk-signature': signWebhook(options.secret, timestamp, body) };
  const res = await gateway.fetch('http://gateway.test/webhooks/blnk', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Go-http-client/1.1', ...signed, ...options.headers },
    body,
  });
  const text = await res.text();
  let code = '';
  try {
    code = (JSON.parse(text) as { code?: string }).code ?? '';
  } catch {
    // Not JSON: the test's own expectation on `text` says so.
  }
  return { status: res.status, code, text };
}

/** Waits, by bounded polling, until `done()` holds. */
export async function until(done: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
