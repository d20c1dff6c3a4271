import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { TypedEvent, TypedEventTarget } from '@graphql-yoga/typed-event-target';
import type { LedgerEvent } from '../domain/ledger-events.js';
import { busOver, channelName } from './bus.js';
import type { LedgerEventBus } from './bus.js';
import { closeRedis, connectRedis } from './redis-connection.js';

export interface RedisBus extends LedgerEventBus {
  /** Resolves once this process listens on the channel: an event published before that is not heard here. */
  readonly ready: Promise<void>;
}

/**
 * The bus across processes (REDIS_URL): Redis pub/sub through `@graphql-yoga/redis-event-target`,
 * on two connections, since a subscribed Redis connection can do nothing else. Every process
 * hears every publication, its own included. Events are serialised as JSON (ids and states only).
 */
export function redisBus(options: { url: string; prefix: string; onError?: (error: unknown) => void }): RedisBus {
  const publishClient = connectRedis(options.url, options.onError);
  const subscribeClient = connectRedis(options.url, options.onError);
  const channel = channelName(options.prefix);
  // The event target publishes without awaiting: a publication Redis refused (after ioredis's
  // retries) is reported to the owner here rather than left an unhandled rejection.
  const publisher = Object.create(publishClient) as typeof publishClient;
  publisher.publish = ((channel: string, message: string) =>
    publishClient.publish(channel, message).catch((error: unknown) => {
      options.onError?.(error);
      return 0;
    })) as typeof publishClient.publish;
  // The event target parses each message inside ioredis's 'message' event, where a throw is an
  // uncaught exception that ends the process: anyone able to PUBLISH on this Redis (one without
  // AUTH on loopback, another deployment sharing it) stopped every gateway with one message that
  // is not JSON. A message that does not parse is reported and passed on as null, which the bus
  // drops (busOver passes on only events).
  const serializer = {
    stringify: (value: unknown) => JSON.stringify(value),
    parse: (message: string): unknown => {
      try {
        return JSON.parse(message);
      } catch (error) {
        options.onError?.(error);
        return null;
      }
    },
  };
  const target = createRedisEventTarget<TypedEvent<string, LedgerEvent>>({ publishClient: publisher, subscribeClient, serializer });
  // Subscribed at once (the event target subscribes on its first listener; Redis counts a
  // channel once), so whoever starts the process can wait until it hears the channel.
  const ready = subscribeClient.subscribe(channel).then(() => undefined);
  // A refused subscription shows in `ready`; it must not also be an unhandled rejection.
  ready.catch(() => {});
  const bus = busOver(target as TypedEventTarget<TypedEvent<string, LedgerEvent>>, channel, async () => {
    await Promise.all([closeRedis(publishClient), closeRedis(subscribeClient)]);
  });
  // Published here rather than through the event target, which does not await Redis: the
  // caller (the webhook ingress) learns whether Redis took the event. Same JSON the target parses.
  const publish = async (event: LedgerEvent): Promise<void> => {
    await publishClient.publish(channel, serializer.stringify(event));
  };
  return { ...bus, publish, ready };
}
