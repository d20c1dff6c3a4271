import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isWebhookEventName, readWebhook } from '../../blnk/webhook-events.js';
import type { LedgerEventBus } from '../../live/bus.js';
import { dedupeKeyOf } from '../../live/dedupe.js';
import type { DedupeStore } from '../../live/dedupe.js';
import type { Metrics, WebhookOutcome } from '../../telemetry/metrics.js';
import { readCapped } from './body.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, checkSignature } from './signature.js';

export const WEBHOOK_PATH = '/webhooks/blnk';

export interface WebhookIngressOptions {
  /** The key Blnk signs with (BLNK_WEBHOOK_SECRET, else BLNK_API_KEY); null: no signature can be verified. Never logged. */
  secret: string | null;
  /**
   * Accept unsigned deliveries, from a Blnk without a secret key (WEBHOOK_ALLOW_UNSIGNED;
   * development only, refused in production). Only while no secret is known: with one, every
   * delivery must be signed with it.
   */
  allowUnsigned: boolean;
  /** How far a delivery's timestamp may be from now, before or after, in seconds. */
  replayWindowSeconds: number;
  maxBodyBytes: number;
  /** Where accepted events go, to every process's subscriptions. */
  bus: LedgerEventBus;
  /** Redeliveries are recognised here (shared through Redis when REDIS_URL is set). */
  dedupe: Pick<DedupeStore, 'firstSeen' | 'forget'>;
  /** Unix milliseconds; Date.now by default. */
  now?: () => number;
}

interface Answer {
  status: number;
  code: string;
  message: string;
  /** Null: not a delivery at all (another method), not counted. */
  outcome: WebhookOutcome | null;
}

const refusal = (status: number, code: string, message: string, outcome: WebhookOutcome | null): Answer => ({
  status,
  code,
  message,
  outcome,
});

/**
 * `POST /webhooks/blnk`: Blnk's webhooks come in here, are verified, read into a LedgerEvent and
 * published on the bus, once per event (redeliveries are recognised and dropped). Answered in
 * `onRequest`, before the request's life: a delivery is not a GraphQL request (no id, no log
 * line, no client authentication: the signature is its credential). Blnk retries a slow or
 * failed delivery, so the answer waits for nothing but the redelivery check; every answer is a
 * small JSON body with a `code`, and none ever echoes the body, the signature or the timestamp,
 * in the answer or the log.
 */
export function webhookIngressPlugin(options: WebhookIngressOptions, observe: { metrics?: Metrics; logger?: Logger } = {}): Plugin {
  const { metrics, logger } = observe;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== WEBHOOK_PATH) return;
      const { answer, event: name } = await handle(request, options);
      if (answer.outcome) metrics?.webhookDelivery(name, answer.outcome);
      // An event name is the sender's text: only Blnk's own names reach the log.
      const event = name === null || isWebhookEventName(name) ? name : 'other';
      if (answer.status >= 500) logger?.warn({ code: answer.code, event }, 'webhook delivery not taken: Blnk will retry it');
      else if (answer.status >= 400) logger?.info({ code: answer.code, event }, 'webhook delivery refused');
      else logger?.debug({ code: answer.code, event }, 'webhook delivery');
      endResponse(
        new fetchAPI.Response(JSON.stringify({ code: answer.code, message: answer.message }), {
          status: answer.status,
          headers: { 'content-type': 'application/json; charset=utf-8', ...(answer.status === 405 ? { allow: 'POST' } : {}) },
        }),
      );
    },
  };
}

/** The answer to one delivery, and its event name when the body was read (for the metric). */
async function handle(request: Request, options: WebhookIngressOptions): Promise<{ answer: Answer; event: string | null }> {
  const unread = (answer: Answer) => ({ answer, event: null });
  if (request.method !== 'POST') return unread(refusal(405, 'WEBHOOK_METHOD_NOT_ALLOWED', 'webhooks are POSTed', null));
  let body: Awaited<ReturnType<typeof readCapped>>;
  try {
    body = await readCapped(request, options.maxBodyBytes);
  } catch {
    // The sender went away mid-body: nobody reads this answer, but it must not be a 500 of ours.
    return unread(refusal(400, 'WEBHOOK_MALFORMED', 'the body could not be read', 'malformed'));
  }
  if (body === 'too_large') return unread(refusal(413, 'WEBHOOK_TOO_LARGE', `the body exceeds ${options.maxBodyBytes} bytes`, 'too_large'));
  const headers = { signature: request.headers.get(SIGNATURE_HEADER), timestamp: request.headers.get(TIMESTAMP_HEADER) };
  if (options.secret === null) {
    // Nothing to verify with: only an explicitly allowed development setup takes deliveries.
    if (!options.allowUnsigned) {
      return unread(
        headers.signature
          ? refusal(401, 'WEBHOOK_SIGNATURE_INVALID', 'the gateway has no webhook secret to verify signatures with', 'refused_signature')
          : refusal(401, 'WEBHOOK_UNSIGNED', 'unsigned webhook deliveries are refused', 'refused_unsigned'),
      );
    }
  } else {
    const check = checkSignature(headers, body, {
      secret: options.secret,
      replayWindowSeconds: options.replayWindowSeconds,
      ...(options.now ? { now: options.now } : {}),
    });
    if (!check.ok) {
      if (check.reason === 'unsigned') return unread(refusal(401, 'WEBHOOK_UNSIGNED', 'the delivery is not signed', 'refused_unsigned'));
      if (check.reason === 'invalid')
        return unread(refusal(401, 'WEBHOOK_SIGNATURE_INVALID', 'the signature does not match', 'refused_signature'));
      return unread(
        refusal(401, 'WEBHOOK_TIMESTAMP_OUT_OF_WINDOW', 'the delivery was signed outside the replay window', 'refused_timestamp'),
      );
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return unread(refusal(400, 'WEBHOOK_MALFORMED', 'the body is not UTF-8', 'malformed'));
  }
  const reading = readWebhook(text);
  if (reading.outcome === 'malformed') return unread(refusal(400, 'WEBHOOK_MALFORMED', reading.reason, 'malformed'));
  if (reading.outcome === 'ignored') {
    // system.error (Blnk's own failures, never a client's business) and events this version does not follow.
    return {
      answer: { status: 200, code: 'WEBHOOK_IGNORED', message: 'nothing follows this event', outcome: 'ignored' },
      event: reading.name,
    };
  }
  const key = dedupeKeyOf(reading.event);
  if (key !== null) {
    let first: boolean;
    try {
      first = await options.dedupe.firstSeen(key);
    } catch {
      // The store (Redis) is away: refused so that Blnk retries, rather than passed on twice or lost.
      return {
        answer: refusal(503, 'WEBHOOK_UNAVAILABLE', 'the delivery cannot be checked now; retry', 'unavailable'),
        event: reading.name,
      };
    }
    if (!first)
      return { answer: { status: 200, code: 'WEBHOOK_DUPLICATE', message: 'already received', outcome: 'duplicate' }, event: reading.name };
  }
  try {
    await options.bus.publish(reading.event);
  } catch {
    // Not passed on (Redis refused the publication): un-marked and refused, so that Blnk's retry
    // is taken as new instead of answered as a duplicate of an event nobody heard.
    if (key !== null) await options.dedupe.forget(key).catch(() => undefined);
    return {
      answer: refusal(503, 'WEBHOOK_UNAVAILABLE', 'the delivery cannot be passed on now; retry', 'unavailable'),
      event: reading.name,
    };
  }
  return { answer: { status: 200, code: 'WEBHOOK_ACCEPTED', message: 'accepted', outcome: 'accepted' }, event: reading.name };
}
