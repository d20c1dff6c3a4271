import type { TypedEvent, TypedEventTarget } from '@graphql-yoga/typed-event-target';
import type { LedgerEvent } from '../domain/ledger-events.js';

/**
 * How a verified webhook reaches every process's subscriptions. One process: an in-memory
 * EventTarget. Several (WORKERS>1, replicas): Redis pub/sub through
 * `@graphql-yoga/redis-event-target`, so a delivery that reached one process is seen by all of
 * them, the receiving one included (it hears its own publication back from Redis: one path for
 * every process). Events are ids and states only (domain/ledger-events.ts), serialised as JSON.
 *
 * Redis pub/sub ignores database numbers, so the channel carries a prefix (REDIS_CHANNEL_PREFIX)
 * that keeps deployments and test runs sharing one Redis apart.
 */
export interface LedgerEventBus {
  /**
   * Resolves once the bus has taken the event (at once in memory; over Redis, once Redis accepted
   * the PUBLISH), rejects when it could not: the webhook ingress answers Blnk only then, so an
   * event Redis refused is retried by Blnk rather than lost after a 200.
   */
  publish(event: LedgerEvent): Promise<void>;
  /** Calls `listener` with every event published by any process; returns the unsubscribe. */
  listen(listener: (event: LedgerEvent) => void): () => void;
  close(): Promise<void>;
}

type BusEvent = TypedEvent<string, LedgerEvent>;

/** The one channel, under the deployment's prefix. */
export const channelName = (prefix: string) => `${prefix}ledger-events`;

/** A bus over any typed event target (in memory, or Redis's). */
export function busOver(
  target: TypedEventTarget<BusEvent>,
  channel: string,
  close: () => Promise<void> = async () => {},
  onListenerError: (error: unknown) => void = () => {},
): LedgerEventBus {
  return {
    async publish(event) {
      target.dispatchEvent(new CustomEvent(channel, { detail: event }) as unknown as BusEvent);
    },
    listen(listener) {
      // An EventTarget reports a listener's exception as an uncaught one, which ends the process:
      // one bad event must not take every subscription (and the API) down with it.
      const callback = (event: BusEvent) => {
        // Over Redis, a message is whatever was published on the channel: only an object naming
        // its kind is an event (null, numbers, strings and arrays never reach a listener).
        const detail: unknown = event.detail;
        if (
          typeof detail !== 'object' ||
          detail === null ||
          Array.isArray(detail) ||
          typeof (detail as { kind?: unknown }).kind !== 'string'
        ) {
          return;
        }
        try {
          listener(event.detail);
        } catch (error) {
          onListenerError(error);
        }
      };
      target.addEventListener(channel, callback);
      return () => target.removeEventListener(channel, callback);
    },
    close,
  };
}

/** One process's bus. */
export function memoryBus(prefix = ''): LedgerEventBus {
  return busOver(new EventTarget() as TypedEventTarget<BusEvent>, channelName(prefix));
}
