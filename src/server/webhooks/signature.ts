import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Blnk's webhook signature, as v0.15.2 makes it (webhooks.go, processHTTP): with its server
 * secret key set, every delivery (each retry signed afresh) carries `X-Blnk-Timestamp`, unix
 * seconds, and `X-Blnk-Signature`, the hex HMAC-SHA256 of `<timestamp>.<raw body>` under that key.
 */
export const SIGNATURE_HEADER = 'x-blnk-signature';
export const TIMESTAMP_HEADER = 'x-blnk-timestamp';

export type SignatureCheck =
  | { ok: true }
  /** No signature or no timestamp: an unsigned delivery. */
  | { ok: false; reason: 'unsigned' }
  /** Signed, but not with our secret over this timestamp and body. */
  | { ok: false; reason: 'invalid' }
  /** Signed correctly, at a time outside the replay window (either direction). */
  | { ok: false; reason: 'stale' };

export interface SignatureOptions {
  secret: string;
  /** How far the timestamp may be from now, before or after, in seconds. */
  replayWindowSeconds: number;
  /** Unix milliseconds; Date.now by default. */
  now?: () => number;
}

/** The hex signature Blnk sends for `body` at `timestamp` (a sender's side: the sandbox and tests). */
export function signWebhook(secret: string, timestamp: string, body: Uint8Array | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/**
 * Checks a delivery's headers against its raw bytes. The signature first (so only the secret's
 * holder learns that a timestamp was stale), compared in constant time; then the window, which
 * stops a captured delivery from being replayed later.
 */
export function checkSignature(
  headers: { signature: string | null; timestamp: string | null },
  body: Uint8Array,
  options: SignatureOptions,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'unsigned' };
  // A well-formed signature is 64 hex digits; Buffer.from(_, 'hex') would silently stop at the first other character.
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) return { ok: false, reason: 'invalid' };
  const expected = createHmac('sha256', options.secret).update(`${timestamp}.`).update(body).digest();
  if (!timingSafeEqual(Buffer.from(signature, 'hex'), expected)) return { ok: false, reason: 'invalid' };
  if (!/^\d{1,15}$/.test(timestamp)) return { ok: false, reason: 'stale' };
  const ageSeconds = (options.now ?? Date.now)() / 1000 - Number(timestamp);
  if (Math.abs(ageSeconds) > options.replayWindowSeconds) return { ok: false, reason: 'stale' };
  return { ok: true };
}
